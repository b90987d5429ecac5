/**
 * A standfirst (dek, subtitle, teaser) printed between the headline and the text in an element the page names as
 * one: schema.org's description or alternativeHeadline, or a class in the editors' words every CMS uses for it
 * (standfirst, dek, subtitle, lead, teaser, summary, intro). Readability keeps it as the body's first paragraph and
 * drops classes (and, turning a <div> into a <p>, every attribute), so the texts of those elements are read from the
 * page before it runs and matched at the body's edge.
 */
import type { BodyLine } from './body-lines';
import { isDateAlone, isDatedLabel } from './date-lines';
import { foldSpace } from './dom-text';

/** Longest standfirst: a paragraph of a sentence or two, never a text. */
const MAX_STANDFIRST = 320;

// Substrings to query by (cheap on a 150,000-element page), then whole class words to accept.
const CLASS_PARTS = ['standfirst', 'dek', 'deck', 'subtitle', 'sub-title', 'subhead', 'lead', 'lede'];
// The trade's words in Spanish, French, German, Italian and Portuguese newsrooms too (bajada, entradilla, copete,
// chapô, Vorspann, sommario, linha fina; session 42, R62).
const MORE_PARTS = [
  'teaser',
  'summary',
  'intro',
  'strapline',
  'excerpt',
  'abstract',
  'bajada',
  'entradilla',
  'copete',
  'chapo',
  'chapeau',
  'vorspann',
  'sommario',
  'linha-fina',
  // Nordic, Czech and Slovak, Polish, Danish newsrooms: ingress (ingressi), EPiServer's preamble, perex, zajawka,
  // manchet (session 48, R117, R119).
  'ingress',
  'preamble',
  'perex',
  'zajawka',
  'manchet',
  // Plone's documentDescription (Bologna's and many European universities' sites; session 49, R125).
  'description',
  // Vietnamese newsrooms' sapo (session 61, R242).
  'sapo',
];
/**
 * A story's key points, listed above its text (<ul class="story__highlights">, "Key takeaways"; session 51, R143):
 * each item is a line of the summary, not of the text.
 */
const POINTS_PARTS = ['highlights', 'takeaways', 'keypoints', 'key-points'];
const POINTS_WORD = /^(?:highlights|takeaways|keypoints)$/i;
const QUERY = [
  ...POINTS_PARTS.map((p) => `ul[class*="${p}" i], ol[class*="${p}" i]`),
  '[itemprop~="description"]',
  '[itemprop~="alternativeHeadline"]',
  '[itemprop~="abstract"]',
  ...[...CLASS_PARTS, ...MORE_PARTS].flatMap((p) => [
    `[class*="${p}"]`,
    `[class*="${p[0]!.toUpperCase()}${p.slice(1)}"]`,
  ]),
].join(',');
const CLASS_WORD =
  /^(?:standfirst|dek|deck|subtitle|subhead|subheading|subheadline|strapline|teaser|summary|intro|introduction|excerpt|abstract|description|bajada|entradilla|copete|chapo|chapeau|vorspann|sommario|linha|ingress|ingressi|preamble|perex|zajawka|manchet|sapo)$/i;
/**
 * Bootstrap's "lead" styles a lede as often as a standfirst (an earlier review set's lede sentence in <p class="lead">
 * opened the text): there only a phrase ending no sentence, a text wholly in bold or italics, one printed above
 * the date line (session 41, R44) or one the page's description opens is a standfirst.
 */
const LEDE_WORD = /^(?:lead|lede)$/i;
const wholly = (el: Element, text: string): boolean =>
  [...el.querySelectorAll('strong, b, em, i')].some((e) => foldSpace(e.textContent ?? '') === text);
/**
 * Printed above the story's date (the next element holds its <time>, or only a date: <div class="…date"><span>19 March
 * 2025</span></div>; session 44, R82), or above a picture and then the byline box holding the date (session 45, R95):
 * under the headline, not in the text.
 */
const dated = (el: Element): boolean =>
  el.tagName === 'TIME' ||
  !!el.querySelector('time') ||
  isDateAlone(foldSpace(el.textContent ?? '')) ||
  [...el.children].some((c) => isDateAlone(foldSpace(c.textContent ?? ''))) ||
  labelledField(foldSpace(el.textContent ?? ''));
/** A meta line's fields, one a labelled date ("Posted on 11 March 2024 · By Mereana Tapsell"; session 55, R181). */
const labelledField = (t: string): boolean => t.length <= 120 && t.split(/\s+[|·•]\s+/u).some((f) => isDatedLabel(f));
const aboveDate = (el: Element): boolean => {
  let next = el.nextElementSibling;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) {
    if (dated(next)) return true;
    if (next.tagName !== 'FIGURE') return false;
  }
  return false;
};

/**
 * A lede among the text's paragraphs: a paragraph itself, or a paragraph follows it among its next siblings. A block
 * the text's paragraphs do not follow (<div class="lead"> under the <h1>, then a figure and the body's own container;
 * session 50, R133) stands apart from the text, as a standfirst does.
 */
const besideParagraphs = (el: Element): boolean => {
  if (el.tagName === 'P') return true;
  let next = el.nextElementSibling;
  for (let i = 0; next && i < 3; i++, next = next.nextElementSibling) if (next.tagName === 'P') return true;
  return false;
};

/** A summary's printed label: 导读：, 摘要：, 编者按：. */
const DEK_LABEL = /^(?:导读|導讀|摘要|提要|内容提要|內容提要|编者按|編者按)\s*[:：]\s*/u;

/** Class words, split at hyphens, underscores and camel case (Article_standfirst__r7, field-name-subtitle). */
const classWords = (c: string): string[] =>
  c
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .split(/[\s_-]+/)
    .filter(Boolean);

/** The texts of the page's standfirst elements (see the module's note), whitespace folded. */
export function standfirstTexts(doc: Document): string[] {
  const out: string[] = [];
  const description = foldSpace(doc.querySelector('meta[name="description"]')?.getAttribute('content') ?? '');
  // The page's description opening the text: the editors' summary, not the story's first paragraph (session 41, R54).
  const described = (text: string) => description.length >= 40 && text.startsWith(description);
  for (const el of doc.querySelectorAll(QUERY)) {
    // The class words first: "lead" in "leadership" or "dek" in a longer word may mark a page-wide container,
    // whose text is not worth reading (a 13 MB page holds many).
    const words = classWords(el.getAttribute('class') ?? '');
    if (/^[UO]L$/.test(el.tagName) && (words.some((w) => POINTS_WORD.test(w)) || /key-?points/i.test(el.className))) {
      const items = [...el.querySelectorAll('li')].map((li) => foldSpace(li.textContent ?? ''));
      if (items.length <= 5 && items.every((t) => t.length >= 10 && t.length <= MAX_STANDFIRST)) out.push(...items);
      continue;
    }
    const named = el.hasAttribute('itemprop') || words.some((w) => CLASS_WORD.test(w));
    const lede = !named && words.some((w) => LEDE_WORD.test(w));
    if (!named && !lede) continue;
    const text = foldSpace(el.textContent ?? '');
    if (text.length < 10 || text.length > MAX_STANDFIRST || el.querySelector('h1, img, time')) continue;
    if (
      lede &&
      /[.!?。！？]$/u.test(text) &&
      !wholly(el, text) &&
      !aboveDate(el) &&
      !described(text) &&
      besideParagraphs(el)
    )
      continue;
    if (!out.includes(text)) out.push(text);
    // Its label read off, as the body's line prints it (<b>导读：</b>来自…; session 50, R134).
    const unlabelled = text.replace(DEK_LABEL, '');
    if (unlabelled !== text && unlabelled.length >= 10 && !out.includes(unlabelled)) out.push(unlabelled);
  }
  // A paragraph wholly in italics or bold that the page's description paraphrases, in no class of its own (a WordPress
  // block's dek: "<p class="has-medium-font-size"><em>More than 300 residents …</em></p>"; round 55, R307). A plain
  // first paragraph the description copies is the text's own (descriptions are cut from it).
  const og = foldSpace(doc.querySelector('meta[property="og:description"]')?.getAttribute('content') ?? '');
  const summaries = [description, og].filter((d) => d.length >= 40);
  if (summaries.length)
    for (const el of [...doc.querySelectorAll('p')].slice(0, 40)) {
      const text = foldSpace(el.textContent ?? '');
      if (text.length < 40 || text.length > MAX_STANDFIRST || !wholly(el, text) || out.includes(text)) continue;
      if (summaries.some((d) => sharedStart(d, text) >= Math.min(60, text.length * 0.6))) out.push(text);
    }
  return out;
}

/** How many characters two texts open with alike. */
function sharedStart(a: string, b: string): number {
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  return i;
}

/** Whether `lines[at]` is a standfirst the page printed (`texts`), with the text going on for two lines after it. */
export function isStandfirst(lines: readonly BodyLine[], at: number, texts: readonly string[]): boolean {
  const line = lines[at];
  return !!line && lines.length >= at + 3 && texts.includes(line.text);
}
