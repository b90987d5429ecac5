/**
 * Turns a page into a Draft: headline, date, meta-line fields, body and site facts. Pure over the `document` it is
 * given (tests pass a parsed fixture), unless the caller hands over a disposable copy (ExtractOptions).
 */
import { escapeRegExp } from '../model/text';
import { columnOf } from './breadcrumb-column';
import { linesAfterBody } from './closing-lines';
import { printedAfterBody } from './closing-date';
import { nameAfterDate } from './name-after-date';
import type { Draft, Provenance } from '../model/article';
import { extractBody, type ExtractOptions } from './extract-body';
import { extractTitle } from './extract-title';
import { leadBeforeBody, linesBefore, nameWithinLine } from './lead-before-body';
import { AGENCY_DATELINE } from './headline-before-body';
import {
  POSTER_LABELS,
  closingAuthor,
  isPlaceholder,
  officeWritersOut,
  oneWriterCredit,
  parseByline,
  parseSource,
} from './meta-line';
import { closingCredits, sourceAlone } from './closing-credits';
import { parseEnglishByline } from './english-byline';
import { creditLabelPattern } from './credit-labels';
import { datelineCredits, headerCredits } from './header-lines';
import { parseViews } from './view-counter';
import { parseDate, timeZoneForHost } from './parse-date';
import { pageZone } from './date-zone';
import { detectLang } from './site-info';
import { pageFacts } from './page-facts';
import { standfirstTexts } from './standfirst';
import { searchPage } from '../detection/page-kind';
import { metaTailAt, withoutTitleTag } from './headline-parts';
import { captionCredit, zhCaptionPhotographers } from './photo-captions';

export type { ExtractOptions };

export type ExtractResult = { ok: true; draft: Draft } | { ok: false; error: 'no-article' };

/** Minimum prose, in characters, for a page to count as having an article. */
const MIN_BODY_CHARS = 80;

/**
 * Characters of the text that are in sentences (lines with sentence punctuation), not labels or lists. Words of
 * any script count (Cyrillic, Arabic, Hangul, Devanagari with its vowel signs), and the Arabic comma, semicolon and
 * question mark, Urdu's full stop (session 58), the Devanagari danda and the Armenian, Ethiopic, Burmese and Khmer full stops are sentence
 * punctuation like Latin's; Thai and Lao, which print none, end a clause with a space (as detection's SENTENCE).
 */
export function proseChars(text: string): number {
  return text
    .split('\n')
    .filter(
      (l) =>
        /[，。！？；]/u.test(l) ||
        /[\p{L}\p{M}]{2,}[,.;:!?،؛؟۔।։።။។]\s+\S+\s+\S+/u.test(l) ||
        /[\p{sc=Thai}\p{sc=Lao}]{2}\s[\p{sc=Thai}\p{sc=Lao}]/u.test(l),
    )
    .reduce((n, l) => n + l.replace(/\s/g, '').length, 0);
}

/** First sentences of the text, about 160 characters at most. */
export function excerptOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= 160) return flat;
  const cut = /^.{40,160}?[。！？!?](?=\s|[^\d]|$)|^.{40,160}?\.(?=\s)/u.exec(flat);
  return cut ? cut[0] : `${flat.slice(0, 157)}…`;
}

/** The word after a name that makes it an institution's (Texas Tech University), not a person's. */
const INSTITUTION = '(?:University|College|Institute|School|Relations|Communications|Affairs|Office)\\b';
/**
 * What opens an author-marked element before the name: "By" in the page's language (Av, Af, Door, Par, Por), a dash
 * ("- Lwazi Maseko"; session 47, R104) or a writer's label ("Writer: Priya Raman"; session 51, R140).
 */
const MARKED_OPENER = new RegExp(
  `^\\s*(?:[-–—]\\s*)?(?:(?:by|av|af|door|par|por)\\s+|${creditLabelPattern('Author')}\\s*[:：]?\\s+)?`,
  'i',
);

/**
 * `win` supplies DOMPurify's window when `doc` has none (a re-parsed page). `doc` is left as it was unless
 * `options.disposable` says it is the caller's to take apart.
 */
export function extractArticle(
  doc: Document,
  url: string,
  now = new Date(),
  win: Window | null = doc.defaultView,
  options: ExtractOptions = {},
): ExtractResult {
  const address = (() => {
    try {
      return new URL(url);
    } catch {
      return null;
    }
  })();
  const host = address?.hostname ?? '';
  const zone = pageZone(timeZoneForHost(host), doc);
  const provenance: Provenance = {};

  const found = extractTitle(doc);
  // A meta line printed in the headline's element is no part of the headline (page-facts.ts reads it as the meta line).
  const metaAt = metaTailAt(found.title);
  const t = metaAt < 0 ? found : { ...found, title: found.title.slice(0, metaAt) };
  provenance.title = t.provenance;
  // A site's search results print snippets of prose, not links alone: refused as detection refuses them.
  if (!win || searchPage(address, [doc.title, t.title])) return { ok: false, error: 'no-article' };
  // The page's own facts first: the body's extraction may take a disposable document apart.
  // The page's standfirst elements, read once for the date's window and the body's edge.
  const standfirsts = standfirstTexts(doc);
  const page = pageFacts(doc, url, t, zone, now, options, standfirsts);
  const body = extractBody(doc, t.title, win, options, [page.site.name ?? '', page.university ?? ''], standfirsts);
  // A list page's "body" is mostly links; an empty page has none.
  if (!body || proseChars(body.textContent) < MIN_BODY_CHARS || body.linkDensity > 0.5) {
    return { ok: false, error: 'no-article' };
  }

  const near = page.near;
  // The meta line sits between the headline and the body's first words, read on its first line: a short caption line
  // first ran them across two lines, found nowhere, and the meta zone ran into the text (session 58, R209).
  const opens =
    body.textContent.split('\n', 1)[0]!.length >= 6 ? body.textContent.split('\n', 1)[0]! : body.textContent;
  const bodyStart = opens.slice(0, 12);
  const cut = bodyStart ? near.after.indexOf(bodyStart) : -1;
  const [above, below] = [
    near.before.slice(-120),
    near.after.slice(0, cut >= 0 ? cut : 300) + deckGap(near.after, cut, body.textContent),
  ];
  // PHPCMS prints the meta line inside the headline element, after a <br>: what follows the headline's words there.
  const at = t.title ? near.inside.indexOf(t.title) : -1;
  const inside = at >= 0 ? near.inside.slice(at + t.title.length).trim() : '';
  const metaZone = `${above} | ${inside ? `${inside} ` : ''}${below}`;
  const tail = body.textContent.split('\n').slice(-2).join(' ');

  const after = linesAfterBody(page.fieldLines, body.textContent);
  const date = printedAfterBody(
    page.date,
    after.map((l) => l.text),
    zone,
    now,
  );
  if (date) provenance.publishedAt = date.provenance;
  // A counter under the headline is the article's; one above it may close the item above (a list's "90165 lecturas").
  // Else the field lines closing the text (审核：… 日期：… 点击数：418; session 43, R77) or a details table.
  const views =
    parseViews(`${inside} ${below}`) ??
    page.counterNear() ??
    parseViews(above) ??
    page.details?.views ??
    after.map((l) => parseViews(l.text)).find((v) => v !== null) ??
    null;
  if (views !== null) provenance.views = { kind: 'labelled', label: null };
  // Credit lines (and Taiwan's 發布單位) printed in their own block right after the body.
  const closing = [...body.closingCredits.flatMap((l) => closingCredits(l) ?? sourceAlone(l) ?? []), ...after];
  // A source label (来源：农学院) anywhere wins over the account that posted it (发布者：宣传部; session 39, R39).
  const source =
    parseSource(metaZone, false) ??
    parseSource(tail, false) ??
    closing.find((l) => l.source)?.source ??
    page.details?.source ??
    parseSource(metaZone) ??
    parseSource(tail);
  if (source) provenance.source = { kind: 'labelled', label: null };
  let byline = parseByline(metaZone).map((b) => ({ ...b, name: nameWithinLine(b.name, page.linesAfter) }));
  // Readability's byline may keep its label ("By Sam Scott").
  // Else the author-marked element under the headline, which Readability dropped with a <header> around it.
  // The element read without its office and address is the better reading of the same byline (session 49, R124).
  const marked =
    page.authorMarked && body.byline?.includes(page.authorMarked)
      ? page.authorMarked
      : (body.byline ?? page.authorMarked);
  // Its opener read off (MARKED_OPENER). An institution's name read as a person's (Texas Tech of <meta name="author"
  // content="Texas Tech University">; session 46, R100), or an office's ("MU Public Relations"; R316), credits no one.
  const credited = (m: string | null) =>
    m
      ? parseByline(`By ${m.replace(MARKED_OPENER, '')}`)
          .filter((b) => !new RegExp(`${escapeRegExp(b.name)}\\s+${INSTITUTION}`).test(m))
          // A CMS's default account (Joomla's "Super User"; session 50) is nobody's credit, nor the site (Gaceta UNAM).
          .filter((b) => !isPlaceholder(b.name) && b.name !== page.site.name)
      : [];
  // Readability's byline test takes a dateline's class too (<div class="news-dateline">Feb 27, 2025 — Atlanta, GA):
  // naming no one, it leaves the author-marked element (session 51, R140).
  let readabilitys = credited(marked);
  if (!readabilitys.length && marked !== page.authorMarked) readabilitys = credited(page.authorMarked);
  if (!byline.length) {
    // A photographer signing the text's end ("Photos by …") is no reason to drop the writer Readability took from
    // the header, where a dek before the meta line kept the meta zone empty.
    const signed = parseByline(tail);
    if (signed.length) byline = [...readabilitys.filter((r) => !signed.some((b) => b.name === r.name)), ...signed];
  }
  if (!byline.length) byline = closingAuthor(body.textContent.split('\n').pop() ?? '');
  if (!byline.length) byline = readabilitys;
  // A photographer credited in the meta zone (a caption's "Photo: …" under the headline) leaves the writer the
  // author-marked element names (<div class="news-article__author"><a>Alex Becker</a>; session 46, R100).
  else if (byline.every((b) => b.role === 'Photo'))
    byline = [...readabilitys.filter((r) => !byline.some((b) => b.name === r.name)), ...byline];
  // A name after the meta line's date, no label (21.05.2024 | Maria Vinther Jensen), beside a photographer at most.
  if (byline.every((b) => b.role === 'Photo'))
    byline = [...nameAfterDate(metaZone, page.linesAfter, zone, now), ...byline];
  // A story's details list in a sidebar names its writer (<dt>Written by</dt>; session 39, R36).
  for (const b of [...page.detailsWriters, ...(page.details?.byline ?? [])])
    if (!byline.some((o) => o.name === b.name)) byline.push(b);
  // The header's credits, when Readability took the header into the body ("记者 梁晓彤 通讯员 何嘉欣").
  // So are a 校报 byline printed between the headline and the body ("■ 记者 孙晓霏 通讯员 杜明轩") and a dateline's
  // bracketed byline opening the text ("天大新闻网11月10日电（记者 杨帆 通讯员 崔浩）").
  const bodyKey = opens.replace(/\s/g, '').slice(0, 16);
  const headerLines = linesBefore(page.linesAfter, bodyKey);
  const header = [
    ...[...body.openingLines, ...headerLines].flatMap((l) => headerCredits(l) ?? []),
    // An "Author" field or a "By" line opening its own line (the meta zone runs it into a dek ending no sentence,
    // where "year By Name" reads as prose; session 42, R56).
    ...headerLines.flatMap((l) => (/^(?:Authors?|By)\b/.test(l) ? parseEnglishByline(l) : [])),
    // A meta line the opening walk took off the text ("Date:2024-11-20 Writer:Zhou Xin Editor:Hu Yilin"; session 47).
    // A photo credit with no colon there too (Foto Muhammad Aiman Rosli; session 50, R135).
    ...body.openingLines.flatMap((l) =>
      parseEnglishByline(l.replace(/^(?:Fotos?|Photos?)\s+(?=\p{Lu})/u, 'Photo by ')),
    ),
    ...[body.textContent.split('\n', 1)[0]!, ...body.openingLines, ...headerLines].flatMap(datelineCredits),
  ];
  for (const b of [...header, ...closing.flatMap((l) => l.byline)])
    if (!byline.some((o) => o.name === b.name && o.role === b.role)) byline.push(b);
  // A picture between the headline and the body, which Readability left out, credits its photographer too.
  // So does a photo credit on a line of its own there ("Photo credit: Yvonne Gerard" under a caption's <br>).
  const captioned = headerLines.flatMap((l) => {
    const credit = captionCredit(l);
    return credit ? [credit.photographer] : parseEnglishByline(l).flatMap((b) => (b.role === 'Photo' ? [b.name] : []));
  });
  for (const name of [...body.photographers, ...captioned, ...page.captionCredits])
    if (name && !byline.some((o) => o.name === name)) byline.push({ name, role: 'Photo' });
  // A Chinese caption between the headline and the text too (鹿林天文台一米望遠鏡。圖／黃柏翰; session 42, R65).
  for (const name of zhCaptionPhotographers([...headerLines, body.textContent].join('\n')))
    if (!byline.some((o) => o.name === name)) byline.push({ name, role: '摄影' });
  // A posting account (发布者) who is credited otherwise (编辑 沈文静) is that person posting: one credit, the role.
  byline = byline.filter((b) => !POSTER_LABELS.has(b.role ?? '') || !byline.some((o) => o !== b && o.name === b.name));
  // The site's own name is no one ("UM Today Staff" read as UM Today; session 59, R222).
  byline = oneWriterCredit(officeWritersOut(byline)).filter((b) => b.name !== page.site.name);
  if (byline.length) provenance.byline = { kind: 'labelled', label: null };
  if (!t.title) {
    // No headline on the page: Readability's guess, else the body's first line.
    const isDateLine = (l: string) => (parseDate(l, zone, now)?.length ?? 0) >= l.length * 0.6;
    const firstLine =
      body.textContent.split('\n').find((l) => l.length >= 6 && !isDateLine(l) && !AGENCY_DATELINE.test(l)) ?? '';
    t.title = body.title ?? firstLine.slice(0, 160);
    provenance.title = body.title ? { kind: 'readability' } : { kind: 'body-first-line' };
  }
  let lead = leadBeforeBody(page.linesAfter, bodyKey, body);
  // A subtitle the page prints as its standfirst is the clip's excerpt, over the text rather than in it.
  if (lead && body.standfirsts.includes(lead)) {
    body.dek ??= lead;
    lead = null;
  }
  if (lead) {
    const p = doc.implementation.createHTMLDocument('').createElement('p');
    p.textContent = lead;
    body.contentHtml = `${p.outerHTML}${body.contentHtml}`;
    body.textContent = `${lead}\n${body.textContent}`;
  }
  const site = page.site;
  if (site.provenance) provenance.siteName = site.provenance;
  return {
    ok: true,
    draft: {
      url,
      canonicalUrl: page.canonicalUrl,
      site: { host, name: site.name, university: page.university },
      title: withoutTitleTag(t.title),
      publishedAt: date?.iso ?? null,
      byline,
      source,
      views,
      lang: detectLang(body.textContent, page.declaredLang),
      excerpt: body.dek ?? excerptOf(body.textContent),
      contentHtml: body.contentHtml,
      textContent: body.textContent,
      attachments: page.attachments,
      provenance,
      column: columnOf(page.trails, t.title),
    },
  };
}

/**
 * A dek Readability keeps as the body's first paragraph may stand above the meta line (a bajada, then "Lunes 13 de
 * mayo de 2024 · Por …"; session 39, R36): what the page prints between the body's first paragraph and its second,
 * and the body leaves out, is the meta zone too.
 */
function deckGap(after: string, cut: number, text: string): string {
  const [first, second] = text
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean);
  if (cut < 0 || !first || !second || first.length > 400) return '';
  const end = after.indexOf(first.slice(-12), cut);
  const next = end < 0 ? -1 : after.indexOf(second.slice(0, 12), end);
  return next > end && next - end <= 200 ? ` | ${after.slice(end + 12, next)}` : '';
}
