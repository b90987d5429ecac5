/**
 * Publication date, most trusted source first: a labelled date next to the headline, <time datetime>,
 * JSON-LD, meta tags, a date in the URL, then an unlabelled dateline near the headline. Sidebars,
 * related lists and footers are never read, because only the headline's neighbourhood is.
 */
import { NON_TEXT, inFurniture } from './dom-text';
import { DATE_LABEL_RE } from './meta-line';
import { jsonLdDate, metaDate, weakMetaDate } from './date-markup';
import { OTHER_DATE_LABEL_RE, SIGN_OFF_RE } from './date-labels';
import { detailsDate } from './story-details';
import { standfirstTexts } from './standfirst';
import { dayBadge, dayBadgeBefore } from './date-badge';
import { dayFirstPage, parseDate } from './parse-date';
import { countryZones, declaredLang, inZone, isUtc } from './date-zone';
import { clockOut, UPDATE_LABEL, updatesOut } from './date-updates';
import { issueLinkMonth, issueMonth } from './issue-month';
import { headlineWindow, isPermalink, type HeadlineWindow } from './headline-window';
import type { FieldSource } from '../model/article';
import { urlDate, urlMonth } from './url-date';

export interface DateResult {
  iso: string;
  provenance: FieldSource;
}

// A weekday between the label and the date ("posted on Friday, March 3rd, 2023").
const WEEKDAY = /^\s*(?:Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun)(?:[a-z]*day)?\.?,?/i;

/**
 * A labelled date ("发布时间：…", "Published …") in the given text, with the label that introduced it. An update
 * label printed first ("Updated: Dec 3 · Published: Nov 25", 更新时间 … 发布时间 …) gives way to the publication
 * label right after it.
 */
export function labelledDate(
  text: string,
  zone: string,
  now: Date,
  dayFirst = false,
  labels = DATE_LABEL_RE,
): DateResult | null {
  const re = new RegExp(labels.source, 'giu');
  let update: { result: DateResult; end: number } | null = null;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const start = m.index + m[0].length;
    if (update && start > update.end + 40) break;
    const after = text.slice(start, start + 60);
    const d = parseDate(after, zone, now, dayFirst);
    if (!d || d.index > 6 + (WEEKDAY.exec(after)?.[0].length ?? 0)) continue;
    const result: DateResult = { iso: d.iso, provenance: { kind: 'labelled', label: m[0].trim() } };
    if (!UPDATE_LABEL.test(m[0].trim())) return result;
    update ??= { result, end: start + d.index + d.length };
  }
  return update?.result ?? null;
}

/**
 * The article's publication date, or null. `headline` anchors "near the headline"; `near` is its window if known.
 * A markup time in UTC (meta tags, `<time>`, JSON-LD often say UTC) is told in the site's zone, so the day is the one
 * the site's readers saw; a time with another offset already is in the site's zone.
 */
export function extractDate(
  doc: Document,
  url: string,
  headline: Element | null,
  zone: string,
  now = new Date(),
  near: HeadlineWindow = headlineWindow(doc, headline, 400),
  standfirsts: readonly string[] = standfirstTexts(doc),
): DateResult | null {
  let host = '';
  try {
    host = new URL(url).hostname;
  } catch {
    /* not a URL: no country to go by */
  }
  return findDate(doc, url, headline, zone, now, near, dayFirstPage(declaredLang(doc), host), standfirsts);
}

function findDate(
  doc: Document,
  url: string,
  headline: Element | null,
  zone: string,
  now: Date,
  near: HeadlineWindow,
  dayFirst: boolean,
  standfirsts: readonly string[],
): DateResult | null {
  const nearText = `${near.inside} ${near.after}`;
  const labelled =
    labelledDate(nearText, zone, now, dayFirst) ?? labelledDate(near.before.slice(-200), zone, now, dayFirst);
  const update = !!labelled && UPDATE_LABEL.test((labelled.provenance as { label?: string }).label ?? '');
  const pageTimes = [...doc.querySelectorAll('time')].filter(
    (t) => !inFurniture(t) && !t.closest('li') && (!t.closest('a') || isPermalink(t.closest('a')!, url)),
  );
  const time = pageTimes.find((t) => t.hasAttribute('datetime'));
  const td = time && parseDate(time.getAttribute('datetime') ?? '', zone, now);
  const ld = jsonLdDate(doc, zone, now);
  const md = metaDate(doc, zone, now);
  // A markup time with an offset other than UTC's states the site's own zone (a Pacific post says -07:00): it is
  // kept. A UTC time names none: the same instant stated with the site's offset elsewhere in the markup, else the
  // host's zone, or where the host's country spans zones the one of them whose day is the printed one.
  const stated = [td?.iso, ld, md?.iso].filter((s): s is string => !!s && !isUtc(s));
  const local = (r: DateResult, printed?: string): DateResult => {
    if (zone === 'UTC' || !isUtc(r.iso)) return r;
    const same = stated.find((s) => Date.parse(s) === Date.parse(r.iso));
    if (same) return { ...r, iso: same };
    const told = countryZones(zone).map((z) => inZone(r.iso, z));
    // The zone whose clock reads as printed: 14:15Z printed "9:15 AM" is Central time, not Eastern (session 59, R224).
    const at = (n: number) => printed && printed.length >= n && told.find((t) => t.startsWith(printed.slice(0, n)));
    return { ...r, iso: at(16) || at(10) || told[0]! };
  };
  // A labelled day printed without a time takes the time markup gives for that same day (a TRS PubDate meta, a
  // WordPress article:published_time): the readers' day, the markup's precision. Another day in markup is ignored,
  // and so is midnight, which CMSs write for a day with no time.
  if (labelled && !update) {
    const timed = [td?.iso, ld, md?.iso]
      .filter((iso): iso is string => !!iso && /T(?!00:00(?::00)?(?:\.0+)?(?:[+-]|Z|$))/.test(iso))
      .filter(() => labelled.iso.length === 10)
      .map((iso) => local({ ...labelled, iso }, labelled.iso))
      .find((r) => r.iso.startsWith(labelled.iso));
    return timed ?? labelled;
  }
  // An update label names the publication date only when nothing else does: a date printed beside it ("April 11,
  // 2024 · Updated April 15"), a <time datetime>, JSON-LD's datePublished or a publication meta tag wins.
  // Unlabelled, an update's date is blanked too where a date is left beside it (Julkaistu 3.9.2024 Päivitetty
  // 5.9.2024 over a headline; session 53, R157).
  const unblanked = (clocked: string) => {
    const t = clockOut(clocked, zone, now, dayFirst);
    const out = updatesOut(t, zone, now, dayFirst);
    return update || (out !== t && parseDate(out, zone, now, dayFirst)) ? out : t;
  };
  if (labelled && !(td || ld || md || parseDate(unblanked(nearText), zone, now, dayFirst))) return labelled;

  // An unlabelled dateline: the date printed nearest the headline, after it or just before it, outside
  // links, lists and furniture (where other articles' dates are).
  const window = headlineWindow(doc, headline, 400, true, url);
  const plain = {
    before: issueNumbersOut(unblanked(window.before)),
    inside: window.inside,
    after: issueNumbersOut(unblanked(window.after)),
  };
  // 300 characters after the headline, whatever its own length: a long headline and a dek before the meta line
  // ("Lunes 13 de mayo de 2024" under a two-line bajada; session 39, R36) left the date out. A dek the page marks as
  // one is read out: no distance and no room (the subheadline, then "10 Apr 2025"; session 45, R93, R95).
  const afterDek = standfirsts.reduce((t, d) => t.replace(d, ''), plain.after);
  const after = parseDate(`${plain.inside} ${afterDek.slice(0, 300)}`, zone, now, dayFirst);
  const beforeText = plain.before.slice(-120);
  const before = lastDate(beforeText, zone, now, dayFirst);
  const afterGap = after ? after.index - plain.inside.length : Infinity;
  const beforeGap = before ? beforeText.length - (before.index + before.length) : Infinity;
  // A badge right over the headline is nearer than any date after it (22 3月 2024 above the <h1>; session 59, R218).
  const above = before ? null : dayBadgeBefore(beforeText);
  const dateline = above ? null : beforeGap < afterGap ? before : after;
  // A badge right under the headline (22 | 2024.10) when no date parses there (session 43, R70).
  const badge = dateline ? null : (above ?? dayBadge(plain.after));
  const printed: DateResult | null =
    dateline || badge
      ? { iso: dateline?.iso ?? badge!, provenance: { kind: 'dateline', where: 'near-headline' } }
      : null;
  // Readers see the printed date: a dateline right under the headline wins over markup that names another day
  // (templates fill meta tags with the modified or import date).
  // So does a story's details box (<dt>Date</dt><dd>Wednesday 22 October 2025</dd> beside an embargo's meta time;
  // session 45, R88).
  const details = detailsDate(doc, zone, now, dayFirst);
  const tight = (headline && Math.min(afterGap, above ? 0 : beforeGap) <= 60 ? printed : null) ?? details;
  // Readers see the printed date: the dateline beside the headline, else the <time> element's own text.
  const unlessPrinted = (m: DateResult, shown?: string): DateResult => {
    const r = local(m, tight?.iso ?? shown);
    // Another day printed wins; so does the same day printed with a time markup lacks (Squiz's DC.Date meta is a
    // day, the line under the headline "Thursday 8 October 2026 9:52am").
    const sameDay = tight?.iso.slice(0, 10) === r.iso.slice(0, 10);
    return tight && (!sameDay || (r.iso.length === 10 && tight.iso.length > 10)) ? tight : r;
  };

  const timeText = time && parseDate(time.textContent ?? '', zone, now, dayFirst)?.iso.slice(0, 10);
  if (td) return unlessPrinted({ iso: td.iso, provenance: { kind: 'time-element' } }, timeText);
  if (ld) return unlessPrinted({ iso: ld, provenance: { kind: 'json-ld' } });
  if (md) return unlessPrinted(md);

  // Blog themes print <time class="entry-date">September 5, 2019</time> with no datetime: HTML's date element, so
  // its text is the page's date wherever it stands outside furniture and lists (after markup, which keeps a time).
  const shown = pageTimes.find((t) => !t.hasAttribute('datetime'));
  const sd = shown && parseDate(shown.textContent ?? '', zone, now, dayFirst);
  if (sd) return unlessPrinted({ iso: sd.iso, provenance: { kind: 'time-element' } });

  const ud = urlDate(url);
  // The address names the day only: a dateline printed by the headline on that day adds its time (PHPCMS prints
  // "2026-09-16 15:27:40" inside the <h1>, its address /2026/0916/).
  if (ud && printed?.iso.startsWith(ud)) return printed;
  if (ud) return { iso: ud, provenance: { kind: 'url' } };

  if (printed) return printed;
  if (details) return details;
  const lede = ledeDateline(doc, zone, now, dayFirst);
  if (lede) return { iso: lede, provenance: { kind: 'dateline', where: 'first-paragraph' } };
  // Blog templates (WordPress, Drupal, TYPO3) and old static pages print the date after the body: "Posted on …",
  // "Last updated: Wed Jan 17 2001". Only a labelled date counts there: unlabelled ones belong to other items.
  const end = pageEnd(doc);
  const closing =
    labelledDate(end, zone, now, dayFirst) ??
    labelledDate(end, zone, now, dayFirst, OTHER_DATE_LABEL_RE) ??
    labelledDate(end, zone, now, dayFirst, SIGN_OFF_RE);
  if (closing) return { iso: closing.iso, provenance: { kind: 'dateline', where: 'after-body' } };
  const weak = weakMetaDate(doc, zone, now);
  if (weak) return local(weak);
  // Magazines and newsletters print only the issue's month ("Volume 121, Number 11 · April 2003", "Current
  // ACITS, July 2000"), above or below the headline; else the URL may name it (/2003/04/).
  // A month a course or deadline names is passed over; an issue link right above the headline is read.
  const month =
    issueLinkMonth(doc, headline, near.before, now) ??
    issueMonth(`${plain.inside} ${plain.after}`.slice(0, 300) + ` | ${doc.title}`, now) ??
    issueMonth(plain.before.slice(-200), now) ??
    urlMonth(url, now);
  return month ? { iso: month, provenance: { kind: 'issue-month' } } : null;
}

/** The last words of the page's visible text, where a closing "Posted on …" or "Last updated …" sits. */
function pageEnd(doc: Document, chars = 1500): string {
  const body = doc.body;
  if (!body) return '';
  const copy = body.cloneNode(true) as HTMLElement;
  for (const el of copy.querySelectorAll('script, style, noscript, template')) el.remove();
  const text = (copy.textContent ?? '').replace(/\s+/g, ' ');
  return text.slice(-chars);
}

/**
 * "Volume 121, Number 11 · April 2003" is an issue line, not 11 April 2003: issue and volume numbers are blanked
 * (same length, so positions still hold) before datelines are read.
 */
export function issueNumbersOut(text: string): string {
  return text.replace(/\b(?:Volume|Vol\.?|Number|No\.?|Issue|Nr\.?|Heft|第)\s*\d+/gi, (s) => ' '.repeat(s.length));
}

/** The last date in a text (the one nearest its end). */
function lastDate(text: string, zone: string, now: Date, dayFirst: boolean): ReturnType<typeof parseDate> {
  let found: ReturnType<typeof parseDate> = null;
  const read = (t: string) => parseDate(t, zone, now, dayFirst);
  for (let from = 0, d = read(text); d; d = read(text.slice(from))) {
    found = { ...d, index: d.index + from };
    from = found.index + found.length;
  }
  return found;
}

/** Press releases open with a dateline: "St. Louis, May 19, 1999 – …", "3:55 p.m., Feb. 1, 2005--…". */
function ledeDateline(doc: Document, zone: string, now: Date, dayFirst: boolean): string | null {
  const walker = doc.createTreeWalker(doc.body ?? doc.documentElement, 4 /* SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    let text = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
    const parent = n.parentElement;
    // A dateline in bold opening its paragraph is read with it ("<b>HAMPTON, Va. (March 5, 2025)</b> — More than …";
    // session 47, R109).
    const para = parent?.parentElement;
    if (parent && para?.tagName === 'P' && para.firstElementChild === parent && /^(?:B|STRONG)$/.test(parent.tagName))
      text = (para.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text.length < 80 || !parent || NON_TEXT.has(parent.tagName) || parent.tagName === 'A' || inFurniture(parent))
      continue;
    const d = parseDate(text.slice(0, 60), zone, now, dayFirst);
    // A dateline ends there ("Paris, le 5 mars 2020 – …", "May 19, 1999 (AP) The …"); a date a lower-case word
    // goes on from is inside the sentence ("am 28. September 2014 wollen wir …", "on May 3, 2024 the …").
    if (d && d.index < 40 && !/^\s*\p{Ll}/u.test(text.slice(d.index + d.length))) return d.iso;
    if (++seen >= 3) break; // only the opening paragraphs carry a dateline
  }
  return null;
}
