/**
 * Photo captions left in the body: a short line that describes a picture and ends with its credit, labelled in the
 * page's language ("…, photo: Archives", "… Foto: Andina", "(crédito: Minervino Júnior/CB)", "(Foto: U. Tischhauser,
 * 15.01.2022)."), or a numbered figure's ("Abbildung 4: …"). A credit alone is a byline and stays; so do Chinese 摄影 credits, which campus pages print in the
 * closing byline block that belongs to the article.
 */
import { foldSpace } from './dom-text';
import { leafBlocks } from './related-tail';
import { signOff } from './closing-credits';

// Written with both cases, not the `i` flag: under it \p{Lu} would match lower-case letters too.
const CREDIT =
  '(?:[Pp]hotos?|[Ff]otos?|[Ff]otó|[Cc]rédito|[Cc]rédit|[Cc]redit|[Ii]mage|[Pp]icture|[Bb]ild|[Kk]uva|[Zz]djęcie|[Ff]ot\\.|[Pp]hotograph)';
/**
 * The credit closing the line: its label, a colon (or "by": "(Photo by Luis Ferreira)"), and a name (with an optional
 * date) up to the end.
 */
// The name opens with a capital (or a digit) and runs at most six words: "one photo: a portrait of …" is a sentence.
const CLOSING_CREDIT = new RegExp(
  `[\\s(（,.]${CREDIT}(?:\\s*(?:by\\s+)?[:：]|\\s+by)\\s*(?=[\\p{Lu}\\d])(?:[^\\s:：()]+\\s*){1,6}\\)?\\.?$`,
  'u',
);
/** A caption made of the credit alone in brackets: "(crédito: Minervino Júnior/CB/D.A.Press)". */
const BRACKETED_CREDIT = new RegExp(`^\\(${CREDIT}\\s*[:：][^()]{2,80}\\)$`, 'u');
/** A numbered figure's caption: "Abbildung 4: …", "Figure 2. …", "Fig. 3: …". */
const FIGURE_LABEL = /^(?:Abbildung|Abb\.|Figure|Fig\.|Figura|Figur|Kuva)\s*\d+\s*[:：.]\s/iu;
const MAX_CAPTION = 400;

/**
 * Removes the captions and returns the photographers they credit by name ("… Photo: Marco Keller", "(Photos by
 * Mateo Ferreira)"): a picture's photographer is the article's photo credit, as 摄影 is on Chinese pages. An agency,
 * archive or studio ("Getty Images", "Shannon Photography", "University Archives") credits no one.
 */
export function removeCaptions(root: Element): string[] {
  const photographers: string[] = [];
  for (const el of leafBlocks(root)) {
    const text = foldSpace(el.textContent ?? '');
    if (text.length > MAX_CAPTION) continue;
    const m = CLOSING_CREDIT.exec(text);
    // Something described before the credit: a credit line alone is the article's byline.
    // A credit after a credit ("Article by Alexis Carroll⏎Photos by Kathy F. Atkinson", "Story by Priya Raman. Photos
    // by Tom Avery.") is a credit block, not a caption.
    if (m && signOff(text.slice(0, m.index).replace(/[.;,]\s*$/u, ''))) continue;
    if ((m && m.index >= 8) || BRACKETED_CREDIT.test(text) || FIGURE_LABEL.test(text)) {
      const name = m && m.index >= 8 ? photographer(m[0]) : null;
      if (name && !photographers.includes(name)) photographers.push(name);
      el.remove();
    }
  }
  return photographers;
}

/** A credit's name, up to a comma, slash or date, when it is a person's: two to four capitalised words. */
const PERSON = /^\p{Lu}[\p{L}\p{M}'’-]*\.?(?:\s+\p{Lu}[\p{L}\p{M}'’-]*\.?){1,3}$/u;
const NOT_PERSON =
  /\b(?:Images?|Photography|Photos?|Pictures?|Studios?|Archives?|Library|Collection|University|College|Institute|Office|Press|News|Media|Agency|Communications|Courtesy|Getty|Shutterstock|iStock|Alamy|Reuters|AFP|AP|Unsplash|Wikimedia|Commons|Ltd|Inc|Group|Services)\b/u;
function photographer(credit: string): string | null {
  const name = credit
    .replace(/^[\s(（,.]*\S+?(?:\s*(?:by\s+)?[:：]|\s+by)\s*/u, '')
    .split(/\s*[,/|–—]\s*|\s+-\s+/u)[0]!
    .replace(/[).]+$/u, '')
    .trim();
  return PERSON.test(name) && !NOT_PERSON.test(name) ? name : null;
}
