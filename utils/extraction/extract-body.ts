/**
 * The article body: Readability picks it, then the CMS furniture campus pages print inside the article
 * (字体大小, 上一条/下一条, 分享到, 打印本页/关闭窗口, the meta line) is removed, links and images are made
 * absolute, and the result is sanitized.
 */
import { inertElement } from '../safety/inert-html';
import { Readability } from '@mozilla/readability';
import { BLOCK, NON_TEXT, foldSpace, visibleText } from './dom-text';
import { DATE_LABEL_RE } from './meta-line';
import { parseViews } from './view-counter';
import { sanitizeHtml } from '../safety/sanitize';
import { removeRelated } from './related-tail';
import { removeLinkLists } from './link-lists';
import { removeCaptions } from './photo-captions';
import { removeLeadingDateline } from './leading-dateline';
import { cheapBylineFirst } from './quick-byline';
import { removeEdgeFurniture } from './edge-furniture';
import { heroCaptions } from './opening-lines';
import { labelledCredits } from './credit-labels';
import { joinFieldLabels } from './field-labels';
import { standfirstTexts } from './standfirst';
import { closingCreditLines } from './closing-credits';
import { headlineElement, keepStoryContainers, kickerAbove } from './headline-frame';

const FURNITURE =
  /^[【[\s]*(字体大小|字号|字体|字體大小|字體|上一[条篇條]|下一[条篇條]|分享到|打印本页|打印本頁|列印本頁|打印|列印|关闭窗口|關閉窗口|關閉視窗|关闭|關閉|返回顶部|返回頂部|返回列表|收藏本页|Share( this)?|Print( this)?|(?:Back|Return) to top|Email this)[】\]\s:：]*/i;

/** An advertisement's slot label, alone on its line: the advertisement itself was never text. */
const AD_LABEL =
  /^(?:Advertisement|Advertising|Anzeige|Werbung|Reklama|Publicidad|Publicité|Pubblicità|Sponsored|广告|廣告)$/i;

export interface Body {
  contentHtml: string;
  textContent: string;
  /** Readability's title (a fallback when the page has no headline we can find). */
  title: string | null;
  /** Readability's byline, when it found one (used as a fallback). */
  byline: string | null;
  /** Share of the body's text that is link text: near 1 for list pages. */
  linkDensity: number;
  /** The lines closing the body that are only credits ("（审核：刘娜）", "—By Susan Enright"). */
  closingCredits: string[];
  /** The header lines taken off the body's start (type label, dek, byline, date, reading time), for their credits. */
  openingLines: string[];
  /** The standfirst (dek) among them: the clip's excerpt, shown over the text by the reader. */
  dek: string | null;
  /** The page's standfirst elements' texts (standfirst.ts), read before Readability. */
  standfirsts: string[];
  /** The photographers the pictures' captions credit by name ("… Photo: Marco Keller"), the captions removed. */
  photographers: string[];
}

/** Share of an element's text inside links. */
export function linkDensity(root: Element): number {
  const all = (root.textContent ?? '').replace(/\s/g, '').length;
  if (!all) return 1;
  const linked = [...root.querySelectorAll('a')].reduce(
    (n, a) => n + (a.textContent ?? '').replace(/\s/g, '').length,
    0,
  );
  return linked / all;
}

/**
 * Plain text with one line per block, as a reader sees it: ruby glosses (furigana, pinyin) are not words of the text,
 * and soft hyphens (U+00AD, French and German sites hyphenate with them) are invisible, so neither may split a word
 * the reader would search for ("子こども", "auto\u00adnome").
 */
export function blockText(root: Element): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += (n.nodeValue ?? '').replace(/\u00ad/g, '').replace(/[\s\u00a0]+/g, ' ');
    else if (n.nodeType === 1 && !NON_TEXT.has((n as Element).tagName.toUpperCase())) {
      const block = BLOCK.has((n as Element).tagName.toUpperCase());
      if (block) out += '\n';
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (block) out += '\n';
    }
  };
  walk(root);
  return out
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
}

/** `heading`: the headline's element's text, when it prints a subtitle after the headline. */
function removeFurniture(root: Element, title: string, heading: string | null): void {
  for (const el of [
    // A details list too (Joomla's article-info <dl>: 作者, 分類, 發佈日期, 點閱數; session 43, R75).
    ...root.querySelectorAll('p, div, span, li, td, h1, h2, h3, h4, section, ul, dl, b, strong, font, center'),
  ]) {
    // The body is a detached tree (inert): `isConnected` is false for all of it, so ask the root.
    if (!root.contains(el)) continue;
    const text = foldSpace(el.textContent ?? '');
    if (!text) {
      if (!el.querySelector('img')) el.remove();
      continue;
    }
    const short = text.length < 120;
    const isCrumbs = short && /(?:\s[>›»]\s?|>>|》).+(?:\s[>›»]\s?|>>|》)/.test(text) && !/[，。]/.test(text);
    const isMetaLine =
      short &&
      DATE_LABEL_RE.test(text) &&
      (parseViews(text) !== null || /来源|作者|发布者|浏览|來源|發布者|瀏覽|點擊|\bby\s+\p{Lu}/u.test(text));
    const isHeadline = (text === title || text === heading) && !el.querySelector('img');
    const isAdLabel = AD_LABEL.test(text);
    if ((short && FURNITURE.test(text)) || isMetaLine || isCrumbs || isHeadline || isAdLabel) el.remove();
  }
  // A table layout's headline cell, which Readability flattens into loose text beside the meta line (session 43, R70).
  // Its meta line may share the same text node: the headline is cut off it.
  const walker = root.ownerDocument.createTreeWalker(root, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const text = foldSpace(n.nodeValue ?? '');
    const head = [title, heading].find((h) => h && text.startsWith(h));
    const rest = head ? text.slice(head.length).trim() : null;
    if (rest === '' || (rest && rest.search(DATE_LABEL_RE) === 0)) n.nodeValue = rest;
  }
}

/** Who owns the document extraction reads. */
export interface ExtractOptions {
  /**
   * The document is the caller's own copy, read by nothing after this (a snapshot or fetched page it parsed): the
   * body is extracted from it in place, taking it apart, instead of from a clone of the whole document (0.22 s of
   * the 13 MB page's clip). Never for a live page, or a document a test or another rule reads again.
   */
  disposable?: boolean;
}

/**
 * Extract the body of `doc`. Readability takes the document it reads apart, so it reads a clone unless disposable.
 * `siteNames` (the site's and its institution's names) tell the site's name printed alone under the article.
 */
export function extractBody(
  doc: Document,
  title: string,
  win: Window,
  options: ExtractOptions = {},
  siteNames: readonly string[] = [],
  standfirsts: string[] = standfirstTexts(doc),
): Body | null {
  // The page's summary, read before Readability may take a disposable document apart: a dek repeating it is no text.
  const description =
    doc.querySelector('meta[property="og:description"], meta[name="description"]')?.getAttribute('content') ?? null;
  const source = options.disposable ? doc : (doc.cloneNode(true) as Document);
  const captions = heroCaptions(source);
  const headline = headlineElement(source, title);
  const kickers = kickerAbove(headline);
  // Read now: Readability moves the headline's children into the element it renames.
  const heading = headline && foldSpace(headline.textContent ?? '');
  keepStoryContainers(headline);
  const reader = new Readability(source, { charThreshold: 200, keepClasses: false });
  // The byline element's text with its blocks apart, for when Readability keeps that element's whole text.
  let bylineBox: { raw: string; text: string } | null = null;
  cheapBylineFirst(reader, (node) => {
    bylineBox ??= { raw: (node.textContent ?? '').trim(), text: visibleText(node) };
  });
  const parsed = reader.parse();
  const box = bylineBox as { raw: string; text: string } | null;
  if (!parsed?.content) return null;
  // Inert: nothing in it loads or runs, so furniture is removed before the one sanitize.
  const raw = inertElement(doc, parsed.content);
  removeRelated(raw);
  removeLinkLists(raw, doc.URL);
  const photographers = removeCaptions(raw);
  removeLeadingDateline(raw);
  joinFieldLabels(raw);
  removeFurniture(raw, title, heading);
  const opening = removeEdgeFurniture(raw, siteNames, description, standfirsts, kickers, captions);
  // A credit the release's removed tail printed counts too (Writer/Media contact: … under "About …"; session 61, R245).
  const closingCredits = [...closingCreditLines(raw), ...opening.closing.filter((l) => labelledCredits(l).length)];
  const contentHtml = sanitizeHtml(raw.innerHTML, win);
  const holder = inertElement(doc, contentHtml);
  return {
    contentHtml,
    textContent: blockText(holder),
    title: parsed.title || null,
    byline: box && parsed.byline === box.raw ? box.text : (parsed.byline ?? null),
    linkDensity: linkDensity(holder),
    closingCredits,
    openingLines: opening.lines,
    dek: opening.dek,
    standfirsts,
    photographers,
  };
}
