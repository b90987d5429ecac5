/**
 * Lines opening the body that repeat what the page says elsewhere: a meta line's fields after its date, a hero
 * picture's credit, a dek the page's description repeats. Split from edge-furniture.ts, whose opening walk reads them.
 */
import { bodyLines, type BodyLine } from './body-lines';
import { BLOCK, foldSpace } from './dom-text';
import { DATE_LABEL_RE, parseEnglishByline, parseSource } from './meta-line';
import { SOURCE_WORDS } from './meta-labels';
import { parseViews } from './view-counter';
import { parseDate } from './parse-date';

/** A dek (standfirst) sits between the type label or headline and the byline or date: at most this long. */
export const MAX_DEK = 200;

/** A subtitle: a phrase of a few words that ends no sentence, over a line that does. */
export const isDekUnder = (t: string, next: string | undefined): boolean =>
  t.length <= MAX_DEK &&
  t.split(/\s+/).length >= 4 &&
  !/[.!?。！？:：…]$/u.test(t) &&
  !!next &&
  next.length > t.length &&
  /[.!?。！？"”」]$/u.test(next);

/** Words of a phrase opening the body that make it a dek, not a heading over the text (a few words). */
const MIN_DEK_WORDS = 12;

/**
 * The body's first line as a dek: a long phrase ending no sentence, over a sentence (a one-sentence dek printed with
 * no full stop, CU Boulder's secondary text; session 41, R54).
 */
export const isOpeningDek = (t: string, next: string | undefined): boolean =>
  t.length <= MAX_DEK &&
  t.split(/\s+/).length >= MIN_DEK_WORDS &&
  !/[.!?。！？:：…]$/u.test(t) &&
  !!next &&
  /[.!?。！？"”」]$/u.test(next);

/** Whether some line is a sentence of the text's own (what the opening walk must leave). */
export const hasProse = (lines: readonly BodyLine[]): boolean =>
  lines.some((l) => l.text.length >= 60 && /[.!?。！？"”」』）)…]$/u.test(l.text));

/** A meta line's text after its date: a source, a view counter or a byline ("来源：新闻中心阅读：3,482", "Por …"). */
export const metaFields = (rest: string): boolean =>
  !!parseSource(rest) || parseViews(rest) !== null || parseEnglishByline(rest).length > 0;

/** A source field opening a line, in any language SOURCE_WORDS holds. */
const SOURCE_FIRST = new RegExp(`^(?:来源|來源|${SOURCE_WORDS})\\s*[:：]`, 'u');
/**
 * A source's field, then the date's ("Source: School of … Date: 2024-03-12", BIT's English news; session 56, R193),
 * or the date unlabelled right after the source, then no sentence (来源：南开大学新闻网 2025-04-22 16:35 记者 陈彤;
 * session 61, R236).
 */
export function isSourceDateLine(t: string): boolean {
  const source = t.length <= 160 && SOURCE_FIRST.test(t) ? parseSource(t) : null;
  if (!source) return false;
  const rest = t.slice(t.indexOf(source) + source.length).trim();
  return DATE_LABEL_RE.test(t) || (parseDate(rest, 'UTC')?.index === 0 && !/[。！？，]|[.!?](?:\s|$)/u.test(rest));
}

/** A hero picture's credit over the text, alone on its line: "Photograph by Getty Images", "Photo: Jane Doe". */
const PICTURE_CREDIT =
  /^(?:photo(?:graph)?s?|images?|pictures?|illustrations?|fotos?|bild)(?:\s+(?:by|courtesy(?: of)?|von|de|por)|\s*(?:credit)?\s*[:：©])\s*\p{Lu}[^.!?。]*$/iu;

/**
 * A byline linked to its author's archive, with the writer's office after the name (<a href="/news/author/aprice/">
 * Alden Price</a> UW News; WordPress's and Drupal's /author/ pages; session 59, R212).
 */
export function isAuthorLine(line: BodyLine): boolean {
  const a = line.links[0];
  if (!a || line.text.length > 80 || !/\/authors?\/[\w.-]+\/?(?:[?#]|$)/.test(a.getAttribute('href') ?? ''))
    return false;
  const name = foldSpace(a.textContent ?? '');
  // The office after the name ends no sentence: "Jane Doe opened the centre." is the text's.
  return !!name && line.text.startsWith(name) && !/[.!?。！？]$/u.test(line.text.slice(name.length));
}

/** Whether a line is a picture's credit alone (see PICTURE_CREDIT). */
export const isPictureCredit = (t: string): boolean => t.length <= 80 && PICTURE_CREDIT.test(t);

/** The block element printing a line. */
const blockOf = (line: BodyLine | undefined): Element | null | undefined => {
  for (let e = line?.nodes[0]?.parentElement; e; e = e.parentElement) if (BLOCK.has(e.tagName.toUpperCase())) return e;
  return null;
};

/**
 * A dek the page's description repeats (Drupal's subtitle field, a standfirst: og:description's words), in an element
 * of its own over the text's paragraphs. A lede the description repeats (Yoast's excerpt) sits among the paragraphs,
 * beside the next one, and stays.
 */
export function isDescriptionDek(lines: readonly BodyLine[], at: number, description: string | null): boolean {
  const dek = lines[at];
  if (!dek || !description || dek.text.length > MAX_DEK || lines.length < at + 3) return false;
  const bare = (t: string) =>
    t
      .replace(/[\s\u00a0]+/g, ' ')
      .trim()
      .toLowerCase();
  if (bare(dek.text) !== bare(description)) return false;
  const own = blockOf(dek);
  const next = blockOf(lines[at + 1]);
  return !!own && !!next && own.parentElement !== next.parentElement && !own.contains(next);
}

/** Longest caption of a lead picture. */
const MAX_CAPTION = 300;
const PICTURE = 'img, picture, video, svg';

/**
 * The lead picture's caption opening the body: a line in a block of its own whose container holds nothing but the
 * picture before it (<div><p><img></p><p>caption</p></div>, <figure><img><figcaption>), the text going on after.
 * The picture stays; its caption is no first line of the text (a paragraph after a picture among the text's other
 * paragraphs is, its container holding them too). A line of a <figcaption> opening the body is a caption too.
 */
export function isLeadCaption(lines: readonly BodyLine[], at: number): boolean {
  const line = lines[at];
  // Any line of a <figcaption> there: the caption and its credit (MIT News: caption, then "Credits:Image: …";
  // session 42, R64).
  const captioned = (n: Node) => !!n.parentElement?.closest('figcaption');
  if (line && lines.length >= at + 3 && line.nodes.length && line.nodes.every(captioned)) return true;
  const own = blockOf(line);
  const box = own?.parentElement;
  if (!line || !own || !box || line.text.length > MAX_CAPTION || lines.length < at + 3) return false;
  // A caption in angle brackets in the paragraph under its picture's own (<(From left) …>: Korean boards' English and
  // Korean pages; session 43, R73).
  const prev = own.previousElementSibling;
  if (BRACKETED.test(line.text) && prev && pictureOnly(prev)) return true;
  // A line right under the picture that says what its alt text says, among the text's paragraphs (alt "Midwifery
  // student with a preceptor in a clinic", then "Fourth-year student Chloe Armstrong, left, with preceptor …"; session
  // 56, R192): the picture's caption.
  // So is one opening with the mark pointing up at it (▲彰師大校長李志宏（左三）…; session 59, R217), or noting where
  // people stand in it or closing on its photographer (…詹世明（左三）與…。（攝影／林冠宇）; session 61, R242).
  if (prev && pictureOnly(prev) && (describes(line.text, prev) || PICTURE_NOTE.test(line.text))) return true;
  // A table layout's caption row under its picture's row, the two rows alone in their table (<tr><td><img></td></tr>
  // <tr><td class="caption">…</td></tr>; a press release's picture floated by its dateline; session 47, R109).
  if (isCaptionRow(own)) return true;
  const kids = [...box.children];
  const picture = kids[0];
  return (
    kids.length === 2 &&
    kids[1] === own &&
    !!picture &&
    pictureOnly(picture) &&
    line.nodes.every((n) => own.contains(n))
  );
}

const PICTURE_NOTE =
  /^[▲↑]|[（(](?:前排|后排|後排)?[左右]起?第?[一二三四五六七八九十\d]{1,2}[）)]|[（(](?:摄影|攝影)\s*[／/:：][^（）()]{1,12}[）)]$/u;

/** Whether `el` sits in a table's caption row: the row under its picture's, the two rows alone in their table. */
export function isCaptionRow(el: Element): boolean {
  const row = el.closest('tr');
  const above = row?.previousElementSibling;
  return !!row && !!above && row.parentElement?.children.length === 2 && pictureOnly(above);
}

/** Words of five letters or more (no "with", "from"), lower-cased. */
const words = (t: string): Set<string> => new Set(t.toLowerCase().match(/\p{L}{5,}/gu) ?? []);
/**
 * Whether a line shares three such words with the alt text of the picture in `el`, a quarter of its own at least: a
 * lede under the picture names more besides (Dalton Highway researchers in 19 words; session 62, R262).
 */
function describes(text: string, el: Element): boolean {
  const alt = words((el.matches('img') ? el : el.querySelector('img'))?.getAttribute('alt') ?? '');
  const own = [...words(text)];
  const shared = own.filter((w) => alt.has(w)).length;
  return shared >= 3 && shared * 4 >= own.length;
}

/** A line of the definition list the line above it was taken from: Joomla's article info (詳細資料⏎作者：公共事務室). */
export function inListAbove(lines: readonly BodyLine[], i: number): boolean {
  const list = (l: BodyLine | undefined) => l?.nodes[0]?.parentElement?.closest('dl');
  return i > 0 && !!list(lines[i]) && list(lines[i - 1]) === list(lines[i]);
}

/**
 * A picture's caption opening the body (isLeadCaption, or a line the page prints under a picture: heroCaptions), not
 * a line that opens as the page's description does: the text's lede, which may tell what the picture shows as well
 * (Three years of grazing data from UCD Lyons Farm show … under cows grazing at Lyons Farm; session 60, R234).
 */
export function isPictureCaption(
  lines: readonly BodyLine[],
  at: number,
  captions: ReadonlySet<string>,
  description: string | null,
): boolean {
  const opening = (t: string) => foldSpace(t).slice(0, 40).toLowerCase();
  const text = lines[at]?.text ?? '';
  // A <figcaption> says it is one, whatever it opens with (a caption naming whom the description names too; R228).
  const figure = !!lines[at]?.nodes.every((n) => !!n.parentElement?.closest('figcaption'));
  const lede = !figure && !!description && description.length >= 40 && opening(text) === opening(description);
  return !lede && (isLeadCaption(lines, at) || captions.has(text));
}

/** A caption wholly in angle brackets. */
const BRACKETED = /^[<〈＜][^<>〈〉＜＞]{8,}[>〉＞]$/u;
/** An element that is a picture or holds one, and no text. */
const pictureOnly = (el: Element): boolean =>
  (el.matches(PICTURE) || !!el.querySelector(PICTURE)) && !(el.textContent ?? '').trim();

/**
 * What the page prints right under its pictures, line by line, where the caption is classed as one or says what the
 * picture's alt text says: Readability may drop a hero picture and keep its caption as the text's first lines (a
 * caption under an <img>, then its "Foto:" credit; session 59, R224). Read on the page before Readability takes it
 * apart.
 */
export function heroCaptions(doc: Document): Set<string> {
  const out = new Set<string>();
  for (const img of [...doc.querySelectorAll('img[alt]')].slice(0, 12)) {
    const holder = img.parentElement && pictureOnly(img.parentElement) ? img.parentElement : img;
    const next = holder.nextElementSibling;
    const text = next?.textContent ?? '';
    // Saying what the alt text says, or classed as a caption (<img><span class="caption">: Sitecore, WordPress's
    // wp-caption-text; session 62, R259), which the extracted body no longer shows (Readability drops classes).
    const caption = /caption/i.test(next?.getAttribute('class') ?? '');
    if (!next || text.length > MAX_CAPTION || next.querySelector(PICTURE) || !(caption || describes(text, img)))
      continue;
    for (const line of bodyLines(next)) out.add(line.text);
  }
  return out;
}
