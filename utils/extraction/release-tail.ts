/**
 * What closes a news release after its text, for the press and not the reader: "Notes to editors", the end mark
 * (ENDS, ###, -30-) and a press-office contact heading. Split from edge-furniture.ts, whose closing walk uses it.
 */
import type { BodyLine } from './body-lines';

/** The heading UK and Commonwealth press offices put over the notes closing a release. */
const NOTES_HEADING = /^(?:notes? (?:to|for) (?:the )?editors?|editors?['’]?s? notes?)\s*[:：]?$/i;

/** The mark a news release's text ends with ("ENDS", "– Ends –", "###", "-30-"): what follows is for the press. */
const RELEASE_END = /^(?:[-–—*\s]*ends?[-–—*.\s]*|#{3}|-\s?30\s?-)$/i;
/**
 * The heading over a release's press-office contact ("For media enquiries, please contact:", "Media contact:", a
 * "Media enquiries" heading alone): with a phone number or e-mail address under it, it and all below go. So does
 * "For more information, contact:" over an address, though it may name the story's own expert: a contact block is
 * no part of the story (session 39, R37).
 */
const CONTACT_HEADING =
  /^(?:(?:for\s+(?:media|press|news)\s+(?:enquiries|inquiries|queries)|(?:media|press)\s+(?:enquiries|inquiries|contacts?))\b[^.!?]{0,30}[:：]|(?:media|press)\s+(?:enquiries|inquiries|contacts?)$|for\s+(?:more|further)\s+information,?\s+(?:please\s+)?contact\s*[:：])/i;
const HAS_CONTACT = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?\d[\d\s().-]{6,}\d/;

/**
 * Where a release's press tail begins among `lines` from `from` up to `cut` (the closing walk's cut): the first of
 * its notes heading, end mark or press-contact heading over a number or address; else `cut`. It goes whatever it holds.
 */
export function releaseTailStart(lines: readonly BodyLine[], from: number, cut: number): number {
  for (let i = from; i < cut; i++) {
    const t = lines[i]!.text;
    const contact = () => CONTACT_HEADING.test(t) && lines.slice(i, i + 5).some((l) => HAS_CONTACT.test(l.text));
    if (NOTES_HEADING.test(t) || RELEASE_END.test(t) || (t.length <= 200 && contact())) return i;
  }
  return cut;
}
