/**
 * Photo captions left in the body: a short line that describes a picture and ends with its credit, labelled in the
 * page's language ("…, photo: Archives", "… Foto: Andina", "(crédito: Minervino Júnior/CB)", "(Foto: U. Tischhauser,
 * 15.01.2022)."), or a numbered figure's ("Abbildung 4: …"). A credit alone is a byline and stays; so do Chinese 摄影 credits, which campus pages print in the
 * closing byline block that belongs to the article.
 */
import { foldSpace } from './dom-text';
import { leafBlocks } from './related-tail';

// Written with both cases, not the `i` flag: under it \p{Lu} would match lower-case letters too.
const CREDIT =
  '(?:[Pp]hotos?|[Ff]otos?|[Ff]otó|[Cc]rédito|[Cc]rédit|[Cc]redit|[Ii]mage|[Bb]ild|[Kk]uva|[Zz]djęcie|[Ff]ot\\.|[Pp]hotograph)';
/** The credit closing the line: its label, a colon, and a name (with an optional date) up to the end. */
// The name opens with a capital (or a digit) and runs at most six words: "one photo: a portrait of …" is a sentence.
const CLOSING_CREDIT = new RegExp(
  `[\\s(（,.]${CREDIT}\\s*(?:by\\s+)?[:：]\\s*(?=[\\p{Lu}\\d])(?:[^\\s:：()]+\\s*){1,6}\\)?\\.?$`,
  'u',
);
/** A caption made of the credit alone in brackets: "(crédito: Minervino Júnior/CB/D.A.Press)". */
const BRACKETED_CREDIT = new RegExp(`^\\(${CREDIT}\\s*[:：][^()]{2,80}\\)$`, 'u');
/** A numbered figure's caption: "Abbildung 4: …", "Figure 2. …", "Fig. 3: …". */
const FIGURE_LABEL = /^(?:Abbildung|Abb\.|Figure|Fig\.|Figura|Figur|Kuva)\s*\d+\s*[:：.]\s/iu;
const MAX_CAPTION = 400;

export function removeCaptions(root: Element): void {
  for (const el of leafBlocks(root)) {
    const text = foldSpace(el.textContent ?? '');
    if (text.length > MAX_CAPTION) continue;
    const m = CLOSING_CREDIT.exec(text);
    // Something described before the credit: a credit line alone is the article's byline.
    if ((m && m.index >= 8) || BRACKETED_CREDIT.test(text) || FIGURE_LABEL.test(text)) el.remove();
  }
}
