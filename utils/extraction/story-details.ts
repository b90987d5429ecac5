/**
 * A story's details list, sidebars included (Drupal and Next.js news templates print the date and writer only there;
 * session 39, R36, R37): keys (`<dt>`, `<th>`) and the values after them.
 */
import { PUBLICATION_LABEL } from '../detection/date-clues';
import type { BylineEntry, FieldSource } from '../model/article';
import { DATE_LABEL_RE, parseByline } from './meta-line';
import { closingFields } from './closing-credits';
import { foldSpace } from './dom-text';
import { parseDate } from './parse-date';
import { parseViews } from './view-counter';

/** A key longer than this is a sentence, not a label. */
const MAX_KEY = 30;

/**
 * A key printing a publication label and its value (`<dt>Date published</dt><dd>April 30, 2024</dd>`,
 * `<dt>发布日期</dt><dd><time>2024-06-03</time></dd>`). One such pair only: a page of items prints one per item, and
 * none of them is the page's.
 */
export function detailsDate(
  doc: Document,
  zone: string,
  now: Date,
  dayFirst: boolean,
): { iso: string; provenance: FieldSource } | null {
  const keys = [...doc.querySelectorAll('dt, th')];
  // A bare "Date" key too, when it is the page's one and no event's keys (Time, Venue …) stand beside it: a story's
  // details box in the sidebar (<dt>Date</dt><dd>4 November 2024</dd>; session 43, R72, R76).
  const labels = keys.map((k) => foldSpace(k.textContent ?? '').toLowerCase());
  const bare = labels.filter((l) => BARE_DATE_KEY.test(l)).length === 1 && !labels.some((l) => EVENT_KEY.test(l));
  const isKey = (l: string) => {
    PUBLICATION_LABEL.lastIndex = 0;
    return PUBLICATION_LABEL.test(l) || (bare && BARE_DATE_KEY.test(l));
  };
  // Else a label element of its own beside its value's (<span>Published</span><span>May 6, 2025</span> in a story's
  // sidebar; session 46, R96): a publication label and nothing else in it, or a bare 日期 or Date as above, no event's
  // label beside it (<span class="label">日期</span><span class="value">2025年3月14日</span>; session 47, R109), or a
  // <div> of its own (a Drupal field's label over its item in a "News Details" box; session 54, R170).
  const spans = () => {
    const all = [...doc.querySelectorAll('span, strong, b, em, label, div')].filter((k) => !k.childElementCount);
    const texts = all.map((k) => foldSpace(k.textContent ?? '').toLowerCase());
    const event = texts.some((t) => EVENT_KEY.test(t));
    return all.filter((_, i) => labelOnly(texts[i]!) || (!event && BARE_DATE_KEY.test(texts[i]!)));
  };
  return keyedDate(keys, isKey, zone, now, dayFirst) ?? keyedDate(spans(), () => true, zone, now, dayFirst);
}

/** The one key among `keys` that `isKey` takes whose next element parses as a date; null when none or several. */
function keyedDate(
  keys: Element[],
  isKey: (label: string) => boolean,
  zone: string,
  now: Date,
  dayFirst: boolean,
): { iso: string; provenance: FieldSource } | null {
  let found: { iso: string; provenance: FieldSource } | null = null;
  for (const key of keys) {
    const label = foldSpace(key.textContent ?? '');
    if (label.length > MAX_KEY || !isKey(label.toLowerCase())) continue;
    const value = key.nextElementSibling;
    const time = value?.querySelector('time')?.getAttribute('datetime');
    // Or the text right after the key in its line (<li><strong>Date:</strong> 18 April 2024</li> in an "Article
    // Details" sidebar; session 64, R284), or on the next line (<strong>Published</strong><br>March 4, 2024; R315).
    let next = key.nextSibling;
    while (next && (next.nodeName === 'BR' || (next.nodeType === 3 && !next.textContent?.trim())))
      next = next.nextSibling;
    const rest = next?.nodeType === 3 && next.textContent?.trim() ? next.textContent : null;
    // A colon printed after the key (<b>发布时间</b>：<span>…</span>) leaves the value to the element.
    const d =
      (rest ? parseDate(rest, zone, now, dayFirst) : null) ??
      (value &&
        (parseDate(value.textContent ?? '', zone, now, dayFirst) ?? (time ? parseDate(time, zone, now) : null)));
    if (!d) continue;
    if (found) return null;
    found = { iso: d.iso, provenance: { kind: 'labelled', label } };
  }
  return found;
}

/** Text that is a publication label and nothing else ("Published", "发布时间："). */
function labelOnly(text: string): boolean {
  const t = foldSpace(text).toLowerCase();
  if (!t || t.length > MAX_KEY) return false;
  PUBLICATION_LABEL.lastIndex = 0;
  const m = PUBLICATION_LABEL.exec(t);
  return !!m && m.index === 0 && m[0].trim().length === t.length;
}

/** A key that is a bare "Date", and keys only an event's details print. */
const BARE_DATE_KEY = /^(?:date|datum|fecha|日期)\s*[:：]?$/;
const EVENT_KEY = /^(?:time|times|venue|location|where|when|register|registration|cost|fee|speaker)\s*[:：]?$/;

/** A photographer's key: "Photography", "Photos by", 摄影 (session 42, R66). */
const PHOTO_KEY = /^(?:photography|photographer|photos?(?:\s+by)?|摄影|攝影)\s*[:：]?$/i;
/** A writer's key: "Written by", "Story by", "Article by" (session 60, R235), "Author", "Writer", 作者, 撰稿, 文字. */
const WRITER_KEY =
  /^(?:(?:written|story|article|words|text|reported)\s+by|by|authors?|writers?|作者|撰稿|文字|文)\s*[:：]?$/i;

/**
 * The writers and photographers a details list names (`<dt>Written by</dt><dd>Lauren Whitaker, College of
 * Engineering</dd>`, `<dt>Photography</dt>`), or a sidebar block headed by a writer's key (`<h2>Story by</h2>
 * <p>Daniel Ochoa</p>`; session 42, R56).
 */
export function detailsWriters(doc: Document): BylineEntry[] {
  const out: BylineEntry[] = [];
  const pairs: [string, string][] = [...doc.querySelectorAll('dt, th, h2, h3, h4, h5, h6')].map((key) => {
    const next = key.nextElementSibling;
    return [foldSpace(key.textContent ?? ''), next ? foldSpace(firstLine(next)) : ''];
  });
  // Or the key on its own line of a paragraph, the name on the next (<p>Story by<br><strong>Tamara Quinlan</strong>;
  // session 46, R101).
  for (const br of doc.querySelectorAll('p > br:first-of-type')) {
    const nodes = [...br.parentElement!.childNodes];
    const text = (from: number, to?: number) =>
      foldSpace(
        nodes
          .slice(from, to)
          .map((n) => n.textContent ?? '')
          .join(''),
      );
    const label = text(0, nodes.indexOf(br));
    const at = nodes.indexOf(br) + 1;
    const end = nodes.findIndex((n, i) => i >= at && n.nodeName === 'BR');
    if (label && label.length <= MAX_KEY) pairs.push([label, text(at, end < 0 ? undefined : end)]);
  }
  for (const [label, value] of pairs) {
    const photo = PHOTO_KEY.test(label);
    if ((!WRITER_KEY.test(label) && !photo) || !value || value.length > 120) continue;
    const zh = /\p{Script=Han}/u.test(label);
    const role = photo ? (zh ? '摄影' : 'Photo') : zh ? '作者' : 'Author';
    for (const b of parseByline(zh ? `作者：${value}` : `By ${value}`))
      if (!out.some((o) => o.name === b.name)) out.push({ ...b, role });
  }
  return out;
}

/** Most items a story's details list holds: date, writer, source, editor, reviewer, views and a few more. */
const MAX_ITEMS = 10;

/** What a story's details list gives: its credits, source and view counter. */
export interface DetailsList {
  byline: BylineEntry[];
  source: string | null;
  views: number | null;
}

/** A key and its value as one labelled line ("新聞來源：醫學院秘書室"). */
const labelled = (key: string, value: string): string => (/[:：]$/u.test(key) ? `${key}${value}` : `${key}：${value}`);

/**
 * A list item as a labelled line: a key in an element of its own before its value (<li><em>来 源</em>科技处</li> in a
 * sidebar's 文章信息 box, the key justified with ideographic spaces; session 65, R293) joined as "来源：科技处", the
 * spaces between its characters taken out.
 */
function itemLine(li: Element): string {
  const text = foldSpace(li.textContent ?? '');
  const first = li.firstChild;
  if (first?.nodeType !== 1 || (first as Element).childElementCount) return text;
  const key = foldSpace(first.textContent ?? '').replace(/(?<=\p{Script=Han})\s+(?=\p{Script=Han})/gu, '');
  const value = foldSpace([...li.childNodes].slice(1).reduce((out, n) => out + (n.textContent ?? ''), ''));
  return key && value && key.length <= 8 && !/\d/.test(key) ? labelled(key, value) : text;
}

/** A key/value table's rows as labelled lines ("新聞來源：醫學院秘書室"), or null when it is no such table. */
function rowLines(table: Element): string[] | null {
  // A layout table holds links or tables: rejected before its rows are gathered.
  if (table.querySelector('a, table')) return null;
  const rows = [...table.querySelectorAll('tr')];
  if (rows.length < 2 || rows.length > MAX_ITEMS) return null;
  const lines: string[] = [];
  for (const row of rows) {
    const cells = [...row.children].filter((c) => c.tagName === 'TH' || c.tagName === 'TD');
    const [key, value] = cells.map((c) => foldSpace(c.textContent ?? ''));
    if (cells.length !== 2 || !key || !value || key.length > MAX_KEY) return null;
    lines.push(labelled(key, value));
  }
  return lines;
}

/**
 * A details box of key/value pairs as labelled lines: one <dl> of pairs, or one <dl> a pair side by side
 * (<dl><dt>来源</dt><dd>科学技术处</dd></dl><dl><dt>编辑</dt>…; session 44, R80). Null when it holds links.
 */
function pairLines(box: Element): string[] | null {
  if (box.querySelector('a')) return null;
  const lines: string[] = [];
  for (const dt of box.querySelectorAll('dt')) {
    const key = foldSpace(dt.textContent ?? '');
    const dd = dt.nextElementSibling;
    const value = dd?.tagName === 'DD' ? foldSpace(dd.textContent ?? '') : '';
    if (!key || key.length > MAX_KEY) return null;
    if (value) lines.push(labelled(key, value));
  }
  return lines.length < 2 || lines.length > MAX_ITEMS ? null : lines;
}

/**
 * A details box of labelled paragraphs (<div class="arc-info-box"><h3>文章信息</h3><p>发布日期：…</p><p>供稿：…</p>
 * <p>浏览：412 次</p>; session 52, R144): a heading at most, then short <p> or <div> lines only. Null when it holds links.
 */
function blockLines(box: Element): string[] | null {
  const lines = [...box.children].filter((c) => !/^H[2-6]$/.test(c.tagName));
  if (box.querySelector('a') || lines.some((c) => !/^(?:P|DIV)$/.test(c.tagName) || c.childElementCount > 2))
    return null;
  const texts = lines.map((c) => foldSpace(c.textContent ?? ''));
  return texts.length < 2 || texts.length > MAX_ITEMS || texts.some((t) => !t || t.length > 60) ? null : texts;
}

/** The elements holding a paragraph that opens with a date label: where blockLines looks. */
function dateLineBoxes(doc: Document): Element[] {
  const boxes = new Set<Element>();
  for (const p of doc.querySelectorAll('p'))
    if (p.parentElement && foldSpace(p.textContent ?? '').search(DATE_LABEL_RE) === 0) boxes.add(p.parentElement);
  return [...boxes];
}

/**
 * A box of fields, each a label element and its value's side by side (Drupal's inline fields: <div><div
 * class="field__label">來源</div><div class="field__item">教務處</div></div>; session 55, R181), as labelled lines.
 * Null when it holds links or a row is no such pair.
 */
function fieldRowLines(box: Element): string[] | null {
  if (box.querySelector('a')) return null;
  const lines: string[] = [];
  for (const row of box.children) {
    const [key, value, more] = [...row.children];
    if (!key || !value || more || key.childElementCount) return null;
    const k = foldSpace(key.textContent ?? '');
    const v = foldSpace(value.textContent ?? '');
    if (!k || !v || k.length > MAX_KEY) return null;
    lines.push(labelled(k, v));
  }
  return lines.length < 2 || lines.length > MAX_ITEMS ? null : lines;
}

/** The boxes of fieldRowLines: the box around a date label's element that stands first beside its value's. */
function fieldRowBoxes(doc: Document): Element[] {
  const boxes = new Set<Element>();
  for (const el of doc.querySelectorAll('div > div:first-child, p > span:first-child, div > span:first-child')) {
    const row = el.parentElement!;
    if (!el.childElementCount && row.childElementCount === 2 && row.parentElement && labelOnly(el.textContent ?? ''))
      boxes.add(row.parentElement);
  }
  return [...boxes];
}

/** The boxes <dl> pairs make: a <dl> of several pairs, or the element holding <dl>s of one pair each. */
function pairBoxes(doc: Document): Element[] {
  const boxes = new Set<Element>();
  for (const dl of doc.querySelectorAll('dl'))
    boxes.add(dl.querySelectorAll('dt').length > 1 || !dl.parentElement ? dl : dl.parentElement);
  return [...boxes];
}

/**
 * The credits, source and view counter of a Chinese story's details list (文章信息: <li>日期：…</li><li>作者：赵一鸣
 * 陆珊珊</li><li>供稿：致远学院</li>, often in a sidebar; session 41, R52), or of a key/value table under the text
 * (<th>發佈日期</th><td>…</td>, <th>新聞來源</th>, <th>瀏覽次數</th>; session 43, R68): the one list, table or <dl> box
 * without links whose items print a date label and field labels. Null when none or more than one: a page of items prints
 * one list per item.
 */
export function detailsList(doc: Document): DetailsList | null {
  let found: DetailsList | null = null;
  const lists = [...doc.querySelectorAll('ul, ol')].map((list) => {
    const items = [...list.children].filter((c) => c.tagName === 'LI');
    return items.length < 2 || items.length > MAX_ITEMS || list.querySelector('a') ? null : items.map(itemLine);
  });
  const tables = [...doc.querySelectorAll('table')].map(rowLines);
  const blocks = dateLineBoxes(doc).map(blockLines);
  const rows = fieldRowBoxes(doc).map(fieldRowLines);
  for (const texts of [...lists, ...tables, ...pairBoxes(doc).map(pairLines), ...blocks, ...rows]) {
    if (!texts || !texts.some((t) => t.search(DATE_LABEL_RE) === 0)) continue;
    const fields = texts.flatMap((t) => closingFields(t) ?? []);
    const views = texts.map((t) => parseViews(t)).find((v) => v !== null) ?? null;
    if (!fields.length && views === null) continue;
    if (found) return null;
    found = { byline: fields.flatMap((f) => f.byline), source: fields.find((f) => f.source)?.source ?? null, views };
  }
  return found;
}

/**
 * An element's text up to its first line break: the name in a contact block ("<strong>Lauren Whitaker</strong><br>Public
 * Affairs Specialist<br>…"; session 43, R74), not its job and address run into it.
 */
function firstLine(el: Element): string {
  let out = '';
  let done = false;
  const walk = (n: Node) => {
    if (done) return;
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeName === 'BR') done = true;
    else for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
  };
  walk(el);
  return out;
}
