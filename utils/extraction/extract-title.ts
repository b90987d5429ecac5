/** The article's own headline, the element whose text <title> starts with (or og:title names), and the site name after it. */
import { foldSpace, inFurniture, inListItem, visibleText } from './dom-text';
import { AGENCY_DATELINE, headlineBeforeBody } from './headline-before-body';
import {
  headlineBeforeSubtitle,
  headlineUnderColumn,
  siteFirstTitle,
  spacedSiteFirst,
  withoutEnclosedSubtitle,
} from './headline-parts';
import { isColumnName } from './column-name';
import { isSiteBanner, namesBannerImage } from './site-banner';
import { signedHeading } from './signed-heading';
import { markedHeadline } from './schema-headline';
import type { FieldSource } from '../model/article';

// A doubled hyphen joins site and headline on old college sites (北京林业大学园林学院--我院学生…; session 43, R72); a bare
// one when it is the last, unless it joins two lower-case words ("final-year"; session 56, R195).
const SEPARATORS = /\s*(?:\s[-–—|:·»]\s|-{2,}|[|_–—»·]|(?<!\p{Ll})-(?=[^-]*$)|-(?!\p{Ll})(?=[^-]*$)|::)\s*/u;
const SITE_WORDS =
  /大学|学院|学校|新闻网|新闻|网站|大學|學院|學校|新聞網|新聞|網站|官网|University|College|Institute|School|News|Newsroom|Report|Gazette|Magazine|Today|Affairs|Office|Press|Media|Department|\.edu/i;

export interface TitleResult {
  title: string;
  /** The site name found as the <title> suffix, if any. */
  siteSuffix: string | null;
  /** The element holding the headline (anchor for "near the headline" searches). */
  element: Element | null;
  provenance: FieldSource;
}

function meta(doc: Document, key: string): string | null {
  const v = doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content');
  return v ? foldSpace(v) : null;
}
const opened = (s: string): boolean => [...'“《「『'].some((o, i) => s.split(o).length > s.split('”》」』'[i]!).length);

/**
 * <title> cut at its separators, except one inside quotes or book marks: the middle dot of “外研社·国才杯” joins a
 * contest's two names (session 51, R143).
 */
function titleParts(raw: string): string[] {
  const bits = raw.split(new RegExp(`(${SEPARATORS.source})`, 'u'));
  const parts: string[] = [];
  for (let i = 0; i < bits.length; i += 2) {
    const last = parts.length - 1;
    if (last >= 0 && opened(parts[last]!)) parts[last] += bits[i - 1]! + bits[i]!;
    else parts.push(bits[i]!);
  }
  return parts.filter(Boolean);
}

/** Split "<headline><sep><site>" into its two parts; null when there is no site-looking suffix. */
export function splitTitle(raw: string, og: string | null = null): { head: string; site: string } | null {
  const parts = titleParts(raw);
  if (parts.length < 2) return spacedSiteFirst(raw);
  const siteFirst = siteFirstTitle(raw, parts, SEPARATORS, og);
  if (siteFirst) return siteFirst;
  const site = parts.slice(1).join(' ');
  if (!SITE_WORDS.test(site) && site.length > 30) return null;
  return { head: parts[0]!, site: parts[parts.length - 1]! };
}

/** The names the page gives itself: og:site_name, application-name and the <title>'s site part. */
function siteNames(doc: Document, split: { head: string; site: string } | null): string[] {
  const names = [meta(doc, 'og:site_name'), meta(doc, 'application-name'), split?.site ?? null];
  return names.filter((n): n is string => !!n).map((n) => n.toLowerCase());
}

function candidates(doc: Document): Element[] {
  const els = [
    ...doc.querySelectorAll('h1, h2, h3, [class*="title" i], [id*="title" i], [class*="tit" i], td.biaoti, font'),
  ];
  // A few children at most (a container is not a headline); ruby (annotated words) and <br> are no children (R259).
  const children = (e: Element) => [...e.children].filter((c) => c.tagName !== 'RUBY' && c.tagName !== 'BR').length;
  return els.filter((e) => !inFurniture(e) && !e.closest('a, title, head') && !inListItem(e) && children(e) <= 3);
}

/** Character bigrams, lower-cased, for a language-neutral resemblance score. */
function bigrams(s: string): Set<string> {
  const t = s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, '');
  const out = new Set<string>();
  for (let i = 0; i + 1 < t.length; i++) out.add(t.slice(i, i + 2));
  return out;
}

/** Dice similarity of two texts' bigrams, 0..1. */
export function resemblance(a: string, b: string): number {
  const x = bigrams(a),
    y = bigrams(b);
  if (!x.size || !y.size) return 0;
  let both = 0;
  for (const g of x) if (y.has(g)) both++;
  return (2 * both) / (x.size + y.size);
}

/**
 * A page footer's line (copyright, ICP licence, postal address): it repeats the site's name that a <title> naming
 * only the site gives, and is never a headline (table layouts set it in <font> like the headline).
 */
const FOOTER_LINE =
  /版权所有|版權所有|©|\bcopyright\s*(?:\(c\)|\d{4})|all rights reserved|ICP[备備]|[邮郵]编\s*[:：]|地址\s*[:：]/iu;

/** The heading-like element (h1–h3, a bold or large-font line) most like the given title, if alike enough. */
function closestHeading(doc: Document, title: string, names: string[]): { el: Element; text: string } | null {
  if (title.length < 4) return null;
  let best: { el: Element; text: string; score: number } | null = null;
  for (const el of doc.querySelectorAll('h1, h2, h3, h4, b, strong, font[size]')) {
    if (inFurniture(el) || el.closest('a, title') || inListItem(el) || el.querySelector('a')) continue;
    const text = visibleText(el);
    if (text.length < 6 || text.length > 160 || (text.match(/\|/g) ?? []).length >= 2 || FOOTER_LINE.test(text))
      continue;
    if (isSiteBanner(el, text, names)) continue;
    // A date or a bare number is never the headline, however much of <title> it repeats.
    if (!/\p{L}{3,}/u.test(text.replace(/\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?/gi, '')))
      continue;
    const score = resemblance(text, title);
    if (score >= 0.4 && (!best || score > best.score)) best = { el, text, score };
  }
  return best;
}

/** "Headline: Subtitle" in <title> over an <h1> printing the headline alone. */
const subtitleInTitle = (el: Element, text: string, head: string) =>
  el.tagName === 'H1' && text.length >= 6 && head.startsWith(text) && /^:\s/.test(head.slice(text.length));

/**
 * A Chinese <title> that joins the site's name to the headline by a space alone (标题 中国农业大学动物科技学院;
 * session 43, R68): the rest names a college or a site, and the headline is a sentence's length.
 */
function siteAfterSpace(title: string, text: string): boolean {
  const rest = title.slice(text.length);
  return (
    text.length >= 8 &&
    /\p{Script=Han}$/u.test(text) &&
    /^ \p{Script=Han}[^ ]{1,29}$/u.test(rest) &&
    SITE_WORDS.test(rest)
  );
}

/** A <title> that is one lower-case word, a file name ("werlings", "index"): it names no headline. */
const FILE_NAME_TITLE = /^[a-z][a-z0-9_-]*$/;

/** The article headline of a page. */
export function extractTitle(doc: Document): TitleResult {
  const docTitle = foldSpace(doc.title ?? '');
  const og = meta(doc, 'og:title');
  const split = splitTitle(docTitle, og);
  // 0. The one element schema.org marks as the headline (schema-headline.ts).
  const marked = markedHeadline(doc);
  if (marked)
    return {
      title: withoutEnclosedSubtitle(marked.text),
      siteSuffix: split?.site ?? null,
      element: marked.el,
      provenance: { kind: 'element', tag: marked.el.tagName.toLowerCase(), how: 'schema-headline' },
    };

  // 1. An element whose text <title> (or og:title) begins with: the printed headline, site name cut off.
  const wants = [docTitle, og].filter((t): t is string => !!t && t.length >= 4);
  // A <title> that opens with a banner image's alt text names the site first: what follows is not a site name.
  const bannerTitle = namesBannerImage(doc, split?.head ?? docTitle);
  const names = siteNames(doc, bannerTitle ? null : split);
  const banner = (el: Element, text: string) => isSiteBanner(el, text, names);
  const heads = [...new Set([split?.head, docTitle, og, og ? splitTitle(og)?.head : null])].filter(
    (h): h is string => !!h,
  );
  let best: { el: Element; text: string } | null = null;
  // An element printing the <title>'s headline part alone, beside one repeating the whole <title> (share boxes).
  let headAlone: { el: Element; text: string } | null = null;
  for (const el of candidates(doc)) {
    const text = visibleText(el);
    if (text.length < 4 || text.length > 200 || isSiteBanner(el, text, names) || AGENCY_DATELINE.test(text)) continue;
    const matches = wants.some(
      (w) =>
        w === text ||
        (w.startsWith(text) && (SEPARATORS.test(w.slice(text.length, text.length + 4)) || siteAfterSpace(w, text))),
    );
    if (matches && (!best || text.length > best.text.length)) best = { el, text };
    if (split && text === split.head && !headAlone) headAlone = { el, text };
    // A headline and its subtitle in one heading, or an <h1> that <title> follows with ": subtitle".
    const sub = matches
      ? null
      : heads.some((h) => subtitleInTitle(el, text, h))
        ? text
        : heads.find((h) => headlineBeforeSubtitle(el, h));
    if (sub && (!best || sub.length > best.text.length)) best = { el, text: sub };
  }
  if (best && best.text === docTitle && headAlone) best = headAlone;
  else if (best && best.text === docTitle && split && SITE_WORDS.test(split.site)) {
    // The page repeats the whole <title>, site name and all (share boxes do): keep the headline part.
    best = { el: best.el, text: split.head };
  }
  // <title> names the column, printed above the real headline: the <h1> after it, else the line before the body.
  const column = best && best.el.tagName !== 'H1' && isColumnName(best.text) ? best.el : null;
  const under = column ? headlineUnderColumn(doc, column, banner) : null;
  if (under)
    return {
      title: under.text,
      siteSuffix: split?.site ?? null,
      element: under.el,
      provenance: {
        kind: 'element',
        tag: under.el.tagName.toLowerCase(),
        how: under.el.tagName === 'H1' ? 'first-h1' : 'line-before-body',
      },
    };
  if (best) {
    // A subtitle <title> carries after the headline ("Headline: Subtitle | Site") is not the site's name.
    const rest = docTitle.startsWith(best.text) ? docTitle.slice(best.text.length).replace(/^[\s\-–—|_:·»]+/u, '') : '';
    // A <title> naming the site first (splitTitle) gives its site part.
    const first = split && split.head === best.text && !docTitle.startsWith(best.text) ? split.site : null;
    const suffix = /^:\s/.test(docTitle.slice(best.text.length)) ? (split?.site ?? null) : rest || first;
    return {
      title: withoutEnclosedSubtitle(best.text),
      siteSuffix: suffix,
      element: best.el,
      provenance: { kind: 'element', tag: best.el.tagName.toLowerCase(), how: 'matches-title' },
    };
  }
  // 1b. A printed heading that says much the same as <title> (old pages title a story differently).
  const fileName = FILE_NAME_TITLE.test(docTitle);
  const near = bannerTitle || fileName ? null : closestHeading(doc, split?.head ?? docTitle, names);
  if (near)
    return {
      title: near.text,
      siteSuffix: split?.site ?? null,
      element: near.el,
      provenance: { kind: 'element', tag: near.el.tagName.toLowerCase(), how: 'resembles-title' },
    };

  // 2. The first h1 inside the content (CMS title blocks), when <title> is only the site's name.
  const h1 = [...doc.querySelectorAll('h1')].find(
    (e) => !inFurniture(e) && visibleText(e).length >= 6 && !isSiteBanner(e, visibleText(e), names),
  );
  if (h1 && (!docTitle || docTitle.includes(visibleText(h1)) || SITE_WORDS.test(docTitle) || bannerTitle)) {
    return {
      title: visibleText(h1),
      siteSuffix: (bannerTitle ? split?.head : split?.site) ?? null,
      element: h1,
      provenance: { kind: 'element', tag: 'h1', how: 'first-h1' },
    };
  }
  if ((!docTitle || fileName) && !og) {
    // No <title> at all, or a file name for one (old static pages). A heading that signs itself is the piece's own
    // headline, the byline cut off; one above it names its subject (a review's book).
    const signed = signedHeading(doc);
    if (signed) return signed;
    // Else the first prominent heading is the headline.
    const h =
      [...doc.querySelectorAll('h1, h2, h3')].find((e) => !inFurniture(e) && visibleText(e).length >= 6) ??
      [...doc.querySelectorAll('b, strong, font[size]')].find(
        (e) => !inFurniture(e) && !e.closest('a') && visibleText(e).length >= 15 && visibleText(e).length <= 160,
      );
    if (h)
      return {
        title: visibleText(h),
        siteSuffix: null,
        element: h,
        provenance: { kind: 'element', tag: h.tagName.toLowerCase(), how: 'first-heading' },
      };
  }
  // 3. <title> names only the site, or no printed heading matched it: the line printed just before the body. A head that
  // is the logo's alt text (bannerTitle) is the site's name in any language (session 58, R207's Urdu page).
  const head = split?.head ?? docTitle;
  // So is a head before a column's name, short (IIT Delhi | News; session 43) or ending in "University" (session 45).
  const shortSite =
    !!split &&
    isColumnName(split.site) &&
    ((head.length <= 24 && head.split(/\s+/).length <= 3) || /(?:University|College|大學|大学|學院|学院)$/u.test(head));
  const siteOnly =
    !head || (SITE_WORDS.test(head) && head.length <= 24) || isColumnName(head) || shortSite || bannerTitle;
  const before = siteOnly ? headlineBeforeBody(doc, true) : null;
  if (before)
    return {
      title: before.text,
      siteSuffix: split?.site ?? null,
      element: before.el,
      provenance: { kind: 'element', tag: before.el.tagName.toLowerCase(), how: 'line-before-body' },
    };
  if (og) {
    const s = splitTitle(og);
    return {
      title: s?.head ?? og,
      siteSuffix: s?.site ?? split?.site ?? null,
      element: null,
      provenance: { kind: 'meta', name: 'og:title' },
    };
  }
  return {
    title: split?.head ?? docTitle,
    siteSuffix: split?.site ?? null,
    element: null,
    provenance: { kind: 'title-tag', suffixCut: !!split },
  };
}
