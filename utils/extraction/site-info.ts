/** The site's own name, the university behind it, the article language, attachments, canonical URL. */
import type { Attachment, FieldSource } from '../model/article';
import { NON_TEXT, foldSpace, inFurniture } from './dom-text';

const ZH_UNIVERSITY = /([\p{Script=Han}]{2,12}?(?:大学|学院|大學|學院))/u;
// A site's section word after a university's name is no part of it (University of Cape Town News).
const NOT_NAME = '(?!(?:News|Newsroom|Today|Magazine|Press|Media|Office|Home|Events)\\b)';
const EN_UNIVERSITY = new RegExp(
  `\\b((?:The\\s+)?University\\s+of\\s+[A-Z][\\w'’-]*(?:\\s+(?:at\\s+|of\\s+)?${NOT_NAME}[A-Z][\\w'’-]*){0,3}|(?:University|College)\\s+College\\s+${NOT_NAME}[A-Z][\\w'’-]*|(?:[A-Z][\\w.'’&-]*\\s+){1,4}(?:University|College)|(?:[A-Z][\\w'’-]*\\s+){1,3}Institute\\s+of\\s+Technology)\\b`,
);
/**
 * A state's university system names its campus after a comma or a dash: "University of California, Santa Barbara",
 * "University of Wisconsin–Madison", "California State University, Chico".
 */
const US_STATE_SYSTEM =
  /^(?:California State University|University of (?:Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawai[i'’ʻ]+|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Mexico|North Carolina|North Dakota|Oklahoma|Oregon|Pittsburgh|Rhode Island|South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|Wisconsin|Wyoming))$/;
const CAMPUS = /^(?:,\s*|\s*[–—-]\s*)((?!All\b|Inc\b|USA\b|U\.S\.)[A-Z][a-z][\w'’.-]*(?:\s+[A-Z][a-z][\w'’.-]*){0,2})/;
/**
 * The university word of other languages, and the words a name may carry after it: "Universität Mannheim",
 * "Humboldt-Universität zu Berlin", "Technische Universität München", "Université de Montréal", "Università degli
 * Studi di Milano", "Universidad Complutense de Madrid", "Universiteit van Amsterdam", "Uniwersytet Warszawski".
 */
const OTHER_UNIVERSITY = new RegExp(
  [
    '((?:(?:Freie|Technische|Katholische|Evangelische|Pädagogische|Private|Vrije|Libera|Pontificia|Pontifícia)\\s+)?',
    '(?:\\p{Lu}[\\p{L}]*-)*(?:Rijks)?',
    '(?:Universität|Universitaet|Université|Universidad|Università|Universiteit|Uniwersytet|Universidade|Universitat|Universitet|Univerzita|Univerzitet|Universiti|Universitas)',
    "(?:\\s+(?:(?:de|di|del|della|degli|dello|do|da|dos|des|du|zu|van|voor|im|w|we|la|le|per|für|Studi)\\s+)*(?!Presse|Pressemitteilung|News|Home|Startseite|Impressum|Kontakt|Datenschutz|Aktuelles)\\p{Lu}[\\p{L}'’.-]*){0,2})",
  ].join(''),
  'u',
);

/** "University of California, Santa Barbara" whole, from where the matched "University of California" ends. */
function withCampus(name: string, rest: string): string {
  const campus = US_STATE_SYSTEM.test(name) ? CAMPUS.exec(rest) : null;
  return campus ? name + campus[0].replace(/^\s+/, '').replace(/\s+$/, '') : name;
}

/** "西安交通大学" from "西安交通大学新闻网"; "Rutgers University" from "Rutgers University News". */
export function universityFrom(text: string | null): string | null {
  if (!text) return null;
  const zh = ZH_UNIVERSITY.exec(text);
  if (zh) return zh[1]!;
  const en = EN_UNIVERSITY.exec(text);
  const other = OTHER_UNIVERSITY.exec(text);
  // The word alone ("Universität", "l'Université") names no one university.
  const named = other && /[\s-]/.test(other[1]!.trim()) ? other : null;
  if (named && (!en || named.index < en.index)) return foldSpace(named[1]!);
  if (!en) return null;
  const name = foldSpace(en[1]!).replace(/^The\s+(?=University)/, '');
  return withCampus(name, text.slice(en.index + en[0].length));
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

/**
 * Whether a text is a university's school or department, as its site names itself (北京林业大学园林学院; session 43,
 * R72): the university's name, then the unit's.
 */
export function isCollegeName(text: string): boolean {
  const t = foldSpace(text);
  const u = universityFrom(t);
  return (
    !!u &&
    t.startsWith(u) &&
    /^\p{Script=Han}{2,12}(?:学院|學院|学部|學部|系|研究院|研究所|中心)$/u.test(t.slice(u.length))
  );
}

/** The site's name: og:site_name, else the <title> suffix, else the logo's alt text. */
export function siteName(
  doc: Document,
  titleSuffix: string | null,
  host = '',
): { name: string | null; provenance: FieldSource | null } {
  const og = doc
    .querySelector('meta[property="og:site_name"], meta[name="og:site_name"], meta[name="SiteName"]')
    ?.getAttribute('content');
  if (og?.trim()) return { name: foldSpace(og), provenance: { kind: 'meta', name: 'og:site_name' } };
  if (titleSuffix)
    return { name: withoutColumn(titleSuffix, host), provenance: { kind: 'title-tag', suffixCut: true } };
  const logo = [...doc.querySelectorAll('img[alt]')]
    .slice(0, 5)
    .find((i) => /大学|学院|新闻|University|College|News/i.test(i.getAttribute('alt') ?? ''));
  if (logo) return { name: foldSpace(logo.getAttribute('alt')!), provenance: { kind: 'logo-alt' } };
  return { name: null, provenance: null };
}

/**
 * A <title>'s suffix without the column it names before the site ("综合新闻 - 太原理工大学新闻网", "Press Office -
 * Newcastle University", "新聞 - 澳門科技大學"): from its first part that names the institution, unless an earlier part
 * names the host ("Rice News | … | Rice University" on news.rice.edu is the news site's own name).
 */
export function withoutColumn(suffix: string, host: string): string {
  const parts = suffix.split(/\s+[-|–—_·»]\s+|\s*[|｜_]\s*/u).filter(Boolean);
  const at = parts.findIndex((p) => universityFrom(p));
  if (at <= 0) return suffix;
  const label = host.split('.').find((l, i, all) => i < all.length - 1 && !/^(?:www|news|en|zh|cn)$/.test(l));
  const namesHost = label && label.length >= 3 && parts.slice(0, at).some((p) => p.toLowerCase().includes(label));
  return namesHost ? suffix : suffix.slice(suffix.indexOf(parts[at]!));
}

/** Copyright and publisher lines: the institution that owns the site. */
const OWNER_LINE =
  /(?:版权所有|主办单位|主办|Copyright|©)[\s:：©]*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?[\s,]*([^\n|©]{2,80})/i;
const OWNER_LINES = new RegExp(OWNER_LINE.source, 'gi');
/** A college's name alone (电气工程学院), which a site of a college prints without its university's. */
const COLLEGE_ONLY = /^[\p{Script=Han}]+(?:学院|學院)$/u;

/**
 * The institution: from the site name, unless that names a college alone; else from the page's closing lines (the
 * copyright line, the footer: "版权所有 © 西安交通大学电气工程学院" names the university first), the logo's alt text,
 * then the college's name.
 */
export function university(doc: Document, name: string | null): string | null {
  const fromName = universityFrom(name);
  // The footer is at the page's end, where prose saying "主办" or "©" is not: its owner lines first, in page order.
  const owners = [...pageEnd(doc, 3000).matchAll(OWNER_LINES)].map((m) => universityFrom(m[1]!));
  const footerText = doc.querySelector('footer, [role="contentinfo"], #footer, .footer')?.textContent ?? '';
  const footer = universityFrom(foldSpace(footerText));
  const logo = [...doc.querySelectorAll('img[alt]')]
    .slice(0, 5)
    // A logo's or banner's alt is a name ("曲阜师范大学物理工程学院"), not a photo's description.
    .map((i) => foldSpace(i.getAttribute('alt') ?? ''))
    .map((alt) => (alt.length <= 40 && !/[.。，,]/.test(alt) ? universityFrom(alt) : null))
    .find((u) => u);
  const found =
    (fromName && !COLLEGE_ONLY.test(fromName) ? fromName : null) ??
    owners.find((u) => u) ??
    universityFrom(OWNER_LINE.exec(doc.body?.textContent ?? '')?.[1] ?? null) ??
    logo ??
    fromName;
  // The footer may name the campus the copyright line leaves out ("© The Regents of the University of California").
  const campus = found && footer?.startsWith(found) && /^\s*[,–—-]\s*\S/.test(footer.slice(found.length));
  return campus ? footer : found;
}

/** The last `chars` characters of the page's visible text (no script or style), read backwards from its end. */
function pageEnd(doc: Document, chars: number): string {
  if (!doc.body) return '';
  const walker = doc.createTreeWalker(doc.body, 4 /* SHOW_TEXT */);
  const parts: string[] = [];
  let length = 0;
  // lastChild() skips the elements it cannot show and descends into them: the page's last text.
  for (let n = walker.lastChild(); n && length < chars; n = walker.previousNode()) {
    if (n.parentElement && NON_TEXT.has(n.parentElement.tagName.toUpperCase())) continue;
    parts.push(n.nodeValue ?? '');
    length += (n.nodeValue ?? '').length;
  }
  return parts.reverse().join('\n').slice(-chars);
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

/** Names of a news office or site ending a line that names the institution alone ("…大学医学部新闻中心"). */
const OFFICE =
  /(?:新闻中心|新闻网|新聞中心|新聞網|宣传部|宣傳部|News Office|Newsroom|Office of (?:Communications|Public Affairs|Media Relations))$/i;
const INSTITUTION = /大学|大學|学院|學院|University|College|Institute/i;

/** The site's or its institution's name alone on a line (`siteNames`: the names the page gives itself). */
export function isSiteName(t: string, siteNames: readonly string[]): boolean {
  // A campus after the institution's name ("California State University, Fullerton") is part of it.
  const campus = /^([^,]{6,}), \p{Lu}[\p{L} .'-]{2,30}$/u.exec(t);
  if (campus && t.length <= 60 && isInstitutionName(campus[1]!)) return true;
  if (t.length > 40 || /[，。,.!?！？:：（）()]/.test(t)) return false;
  const norm = (s: string) => s.replace(/\s+/g, '').toLowerCase();
  if (siteNames.some((s) => s && norm(s) === norm(t))) return true;
  return isInstitutionName(t) || (OFFICE.test(t) && INSTITUTION.test(t) && t.length >= 6);
}
