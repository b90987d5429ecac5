/**
 * What closes a news release after its text, for the press and not the reader: "Notes to editors", the end mark
 * (ENDS, ###, -30-) and a press-office contact heading. Split from edge-furniture.ts, whose closing walk uses it.
 */
import type { BodyLine } from './body-lines';
import { isFootNotice } from './foot-notices';

/**
 * The heading UK and Commonwealth press offices put over the notes closing a release, alone or leading its notes
 * ("NOTE TO JOURNALISTS: a) If any of the text…", session 41, R48), or "Further information" alone over them (Bristol's
 * releases; session 44, R82), or "More information" (Queen Mary's; session 61, R243).
 */
const NOTES_HEADING =
  /^(?:notes? (?:to|for) (?:the )?(?:news )?(?:editors?|journalists?|media|reporters?|press)|editors?['’]?s? notes?)\s*(?:[:：]|$)|^(?:further|background|more) information\s*[:：]?$/i;

/** The mark a news release's text ends with ("ENDS", "– Ends –", "###", "-30-"): what follows is for the press. */
// Chinese releases print 完 between dashes or in brackets ("- 完 -", "（完）"; session 58, R204's Hong Kong release), some
// universities their initials in capitals ("- FAU -"; session 58, R210).
const RELEASE_END = /^(?:[-–—*\s]*ends?[-–—*.\s]*|#{3}|-\s?30\s?-|[-–—\s]*完[-–—\s]*|[（(]完[）)])$/i;
const INITIALS_END = /^[-–—]\s?[A-Z]{2,6}\s?[-–—]$/;
/** The heading over the writers' bios under a republished piece ("About the authors"; session 58, R208). */
const AUTHORS_HEADING = /^(?:about the authors?|作者简介|作者簡介|关于作者|關於作者)$/i;
/**
 * The heading over a release's press-office contact ("For media enquiries, please contact:", "Media contact:", a
 * "Media enquiries" or "Press Office contact" heading alone; session 58): with a phone number or e-mail address under
 * it, it and all below go. So does
 * "For more information, contact:" over an address, though it may name the story's own expert: a contact block is
 * no part of the story (session 39, R37). A bare "CONTACT:" over a name and address too (session 41, R48), and a
 * "Contact" or "Kontakt" heading alone (session 59, R222).
 */
const CONTACT_HEADING =
  /^(?:(?:for\s+(?:media|press|news)\s+(?:enquiries|inquiries|queries)|(?:media|press)(?:\s+(?:office|team|relations))?\s+(?:enquiries|inquiries|contacts?))\b[^.!?]{0,30}[:：]|(?:media|press)(?:\s+(?:office|team|relations))?\s+(?:enquiries|inquiries|contacts?)$|for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact\s*[:：]|contacts?\s*[:：]|(?:contacts?|kontakt)$|(?:传媒|傳媒|媒体|媒體)(?:查询|查詢|联络|聯絡|联系|聯繫)\s*[:：]?$)/i;
const HAS_CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{6,}\d/;

/**
 * The heading over the paper a release reports ("REFERENCE:", "Paper:", "Publication:"), over its citation. Just
 * above the press tail it belongs to the tail (session 41, R48); elsewhere it stays, as the corpus's labels keep it.
 */
const REFERENCE_HEADING =
  /^(?:references?|paper|publication|original (?:paper|publication)|citation|originalpublikation|publikation)\s*[:：]/i;
/** The heading over a release's boilerplate about the institution or the study ("About UBC’s Okanagan campus"). */
// In Chinese and German too (關於港大李嘉誠醫學院微生物學系, Über das KIT; session 42, R64).
const ABOUT_HEADING = /^(?:About|Über)\s+[^.!?:：]{3,60}$|^(?:关于|關於)\p{Script=Han}{2,30}$/u;
/** An institution's word in an "About …" heading. */
const INSTITUTION =
  /\b(?:University|College|School|Institute|Centre|Center|Foundation|Laborator(?:y|ies)|Universit\p{L}*|Hochschule)\b|大学|大學|学院|學院/u;
/**
 * Lines closing a story that are no part of it: an editor's note that the post was updated or corrected ("This post was
 * updated on April 4 to correct …", "Correction: …"), and an institution's standing description of itself with no
 * "About" heading over it ("K-State Research and Extension is a short name for …", "As the state’s flagship, land-grant
 * institution, the University of Kentucky exists to …"; session 45, R92, R93).
 */
const UPDATE_NOTE =
  /^(?:(?:this|the)\s+(?:post|story|article|piece|release)\s+(?:was|has\s+been)\s+(?:updated|corrected|amended)\b|(?:correction|clarification|editor['’]s\s+note)\s*[:：])/i;
const SELF_DESCRIPTION =
  /^(?:As\s+[^.]{3,80},\s+)?(?:The\s+|the\s+)?[\p{Lu}][^.]{2,80}?\s+(?:is\s+a\s+short\s+name\s+for|exists\s+to)\b/u;
const MAX_NOTE = 600;

/** The institution a self-description names (an extension service is a university's too). */
const INSTITUTION_OR_SERVICE = new RegExp(`${INSTITUTION.source}|\\bExtension\\b`, 'u');
/** How long a citation line may be: authors, title, journal and DOI, not a paragraph of the story. */
const MAX_CITATION = 300;

/**
 * Where a release's press tail begins among `lines` from `from` up to `cut` (the closing walk's cut): the first of
 * its notes heading, end mark or press-contact heading over a number or address; else `cut`. It goes whatever it holds.
 */
/** Whether a line is a release's end mark: what follows it is for the press, however long. */
export const isReleaseEnd = (t: string): boolean => RELEASE_END.test(t) || INITIALS_END.test(t);

export function releaseTailStart(lines: readonly BodyLine[], from: number, cut: number): number {
  for (let i = from; i < cut; i++) {
    const t = lines[i]!.text;
    const contact = () => CONTACT_HEADING.test(t) && lines.slice(i, i + 6).some((l) => HAS_CONTACT.test(l.text));
    if (NOTES_HEADING.test(t) || isReleaseEnd(t) || AUTHORS_HEADING.test(t) || (t.length <= 200 && contact()))
      return withReference(lines, from, i);
  }
  // A tail the closing walk already cut (a media contact, share links) takes the same headings above it.
  if (cut < lines.length) return withReference(lines, from, cut);
  const closing = (t: string) =>
    t.length <= MAX_NOTE && (UPDATE_NOTE.test(t) || (SELF_DESCRIPTION.test(t) && INSTITUTION_OR_SERVICE.test(t)));
  while (cut - 1 > from && closing(lines[cut - 1]!.text)) cut--;
  // With no press tail under it, an institution's "About …" heading over one or two closing paragraphs is the
  // release's boilerplate ("About the New York University Tandon School of Engineering"; session 44, R83).
  for (let i = Math.max(from, cut - 3); i < cut - 1; i++)
    if (ABOUT_HEADING.test(lines[i]!.text) && INSTITUTION.test(lines[i]!.text)) return i;
  return cut;
}

/**
 * `tail`, or the reference or "About …" heading just above it when only its citation or boilerplate lies between
 * them (session 41, R46, R48).
 */
function withReference(lines: readonly BodyLine[], from: number, end: number): number {
  // A site's notice just above goes with it (a republication note over "About the authors"; session 58, R208).
  let tail = end;
  while (tail - 1 > from && isFootNotice(lines[tail - 1]!.text)) tail--;
  for (let j = tail - 1; j >= from && lines[j]!.text.length <= MAX_CITATION; j--) {
    if (REFERENCE_HEADING.test(lines[j]!.text) || ABOUT_HEADING.test(lines[j]!.text)) return j;
  }
  return tail;
}
