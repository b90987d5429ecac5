/** The site's own name, the university behind it, the article language, attachments, canonical URL. */
import type { Attachment, FieldSource } from '../model/article';
import { foldSpace, inFurniture } from './dom-text';

const ZH_UNIVERSITY = /([\p{Script=Han}]{2,12}?(?:大学|学院|大學|學院))/u;
const EN_UNIVERSITY =
  /\b((?:The\s+)?University\s+of\s+[A-Z][\w'’-]*(?:\s+(?:at\s+|of\s+)?[A-Z][\w'’-]*){0,3}|(?:[A-Z][\w.'’&-]*\s+){1,4}(?:University|College)|(?:[A-Z][\w'’-]*\s+){1,3}Institute\s+of\s+Technology)\b/;

/** "西安交通大学" from "西安交通大学新闻网"; "Rutgers University" from "Rutgers University News". */
export function universityFrom(text: string | null): string | null {
  if (!text) return null;
  const zh = ZH_UNIVERSITY.exec(text);
  if (zh) return zh[1]!;
  const en = EN_UNIVERSITY.exec(text);
  return en ? foldSpace(en[1]!).replace(/^The\s+(?=University)/, '') : null;
}

/**
 * Whether a text is nothing but an institution's name, or its news site's ("Example University", "某某大学新闻网"):
 * a site's name in a heading, never a story's headline.
 */
export function isInstitutionName(text: string): boolean {
  const t = foldSpace(text).replace(/\s*(?:新闻网|新聞網|新闻中心|新聞中心|官网|News|Newsroom|Today)$/i, '');
  const u = universityFrom(t);
  return !!u && u === t.replace(/^The\s+(?=University)/, '');
}

/** The site's name: og:site_name, else the <title> suffix, else the logo's alt text. */
export function siteName(
  doc: Document,
  titleSuffix: string | null,
): { name: string | null; provenance: FieldSource | null } {
  const og = doc
    .querySelector('meta[property="og:site_name"], meta[name="og:site_name"], meta[name="SiteName"]')
    ?.getAttribute('content');
  if (og?.trim()) return { name: foldSpace(og), provenance: { kind: 'meta', name: 'og:site_name' } };
  if (titleSuffix) return { name: titleSuffix, provenance: { kind: 'title-tag', suffixCut: true } };
  const logo = [...doc.querySelectorAll('img[alt]')]
    .slice(0, 5)
    .find((i) => /大学|学院|新闻|University|College|News/i.test(i.getAttribute('alt') ?? ''));
  if (logo) return { name: foldSpace(logo.getAttribute('alt')!), provenance: { kind: 'logo-alt' } };
  return { name: null, provenance: null };
}

/** The institution, from the site name or, failing that, the copyright line. */
export function university(doc: Document, name: string | null): string | null {
  const fromName = universityFrom(name);
  if (fromName) return fromName;
  const text = doc.body?.textContent ?? '';
  const copy =
    /(?:版权所有|主办单位|主办|Copyright|©)[\s:：©]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*([^\n|©]{2,80})/i.exec(text);
  return universityFrom(copy?.[1] ?? null);
}

/** BCP 47 primary tag of the article text: script ratios first, as pages often mislabel <html lang>. */
export function detectLang(text: string, declared: string | null): string {
  const sample = text.slice(0, 3000);
  const han = (sample.match(/\p{Script=Han}/gu) ?? []).length;
  const latin = (sample.match(/[A-Za-z]/g) ?? []).length;
  if (han > latin * 0.2 && han > 20) {
    if ((sample.match(/[\p{Script=Hiragana}\p{Script=Katakana}]/gu) ?? []).length > han * 0.1) return 'ja';
    return 'zh';
  }
  if ((sample.match(/\p{Script=Hangul}/gu) ?? []).length > 20) return 'ko';
  const primary = declared?.trim().toLowerCase().split(/[-_]/)[0];
  return primary && /^[a-z]{2,3}$/.test(primary) && primary !== 'zh' ? primary : 'en';
}

const FILE_EXT = /\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|txt|wps|et|csv|odt|ods)(?:$|[?#])/i;

/** Files linked from the article (附件 lists, download links), absolute, without duplicates. */
export function attachments(doc: Document): Attachment[] {
  const out: Attachment[] = [];
  for (const a of doc.querySelectorAll('a[href]')) {
    // The address first: the furniture test walks up every ancestor, for each of a huge page's 25,000 links.
    const href = a.getAttribute('href') ?? '';
    if (!FILE_EXT.test(href) && !/download\.jsp|DownloadAttachUrl/i.test(href)) continue;
    if (inFurniture(a)) continue;
    let url: string;
    try {
      url = new URL(href, doc.baseURI).href;
    } catch {
      continue;
    }
    if (!/^https?:/.test(url) || out.some((x) => x.url === url)) continue;
    const name = foldSpace(a.textContent ?? '') || decodeURIComponent(url.split('/').pop() ?? url);
    out.push({ name, url });
  }
  return out;
}

/** <link rel=canonical> or og:url, absolute, or null. */
export function canonicalUrl(doc: Document): string | null {
  const raw =
    doc.querySelector('link[rel="canonical"]')?.getAttribute('href') ??
    doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  if (!raw) return null;
  try {
    const u = new URL(raw, doc.baseURI);
    return /^https?:$/.test(u.protocol) ? u.href : null;
  } catch {
    return null;
  }
}
