// `npm run eval:review`: scores detection, fields and key names on review sets, folders of pages nobody here tuned
// on (`<set>/pages/<id>.html` with `<set>/answers/<id>.json`, answers fixed before anything ran on them). The sets
// live outside the repository (REVIEW_DIR, default ../review); SETS=R22,R23 picks them. MISSES=1 lists misses:
// use it on a tuning set only, never on the sets that check a change.
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { detectArticle } from '../utils/detection/detect-article';
import { isAcademicHost } from '../utils/detection/academic-hosts';
import { isUniversityHost } from '../utils/detection/university-hosts';
import { extractArticle } from '../utils/extraction/extract-article';
import { decodeHtml } from '../utils/extraction/decode-bytes';
import { findEntities } from '../utils/entities/find-entities';
import { namesText } from '../utils/model/standfirst';
import type { Draft } from '../utils/model/article';

interface Answers {
  url: string;
  lang: string;
  article: boolean;
  title: string | null;
  date: string | null;
  time: string | null;
  views: number | null;
  source: string | null;
  credits: string[];
  bodyStart: string | null;
  bodyEnd: string | null;
  people: string[];
  programs: string[];
}

const DIR = resolve(process.env.REVIEW_DIR ?? '../review');
const SETS = (process.env.SETS ?? '').split(',').filter(Boolean);
if (!SETS.length || !existsSync(DIR)) {
  console.error(`No review sets: set SETS=R22,R23 and REVIEW_DIR (now ${DIR}).`);
  process.exit(1);
}

// Quotes, book-title marks and white space are how a name is printed, not the name.
const squash = (s: string) => s.replace(/[\s\u00a0\u3000“”"'’‘《》「」『』„]+/g, '').toLowerCase();
type Tally = Record<string, [number, number]>;
const tally: Tally = {};
const misses: string[] = [];
function count(field: string, ok: boolean | null, where: string, want: unknown, got: unknown) {
  if (ok === null) return;
  const t = (tally[field] ??= [0, 0]);
  t[1]++;
  if (ok) t[0]++;
  else misses.push(`${where} ${field}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
}

function scoreFields(d: Draft | null, a: Answers, where: string) {
  const iso = d?.publishedAt ?? '';
  const names = (d?.byline ?? []).map((b) => squash(b.name));
  const body = squash(d?.textContent ?? '');
  count('title', a.title === null ? null : squash(d?.title ?? '') === squash(a.title), where, a.title, d?.title);
  count('date', a.date === null ? null : iso.slice(0, 10) === a.date, where, a.date, iso);
  count('time', a.time === null ? null : iso.slice(11, 16) === a.time, where, a.time, iso);
  count('views', a.views === null ? null : d?.views === a.views, where, a.views, d?.views);
  const src = a.source === null ? null : squash(d?.source ?? '').includes(squash(a.source));
  count('source', src, where, a.source, d?.source);
  // Every printed name and no other: a caption's agency (Getty Images) taken as a credit is a miss.
  const want = new Set(a.credits.map(squash));
  const credits = want.size ? new Set(names).size === want.size && names.every((n) => want.has(n)) : null;
  count(
    'credits',
    credits,
    where,
    a.credits,
    d?.byline.map((b) => b.name),
  );
  const start = a.bodyStart && squash(a.bodyStart).slice(0, 20);
  count('body start', start ? body.slice(0, 60).includes(start) : null, where, start, body.slice(0, 40));
  const end = a.bodyEnd && squash(a.bodyEnd).slice(-20);
  count('body end', end ? body.slice(-80).includes(end) : null, where, end, body.slice(-40));
}

function scoreNames(d: Draft | null, a: Answers, where: string) {
  const found = d ? findEntities(namesText(d), { lang: d.lang }) : [];
  for (const [kind, want, also] of [
    ['person', a.people, a.credits],
    ['program', a.programs, []],
  ] as const) {
    const got = found.filter((e) => e.kind === kind).map((e) => e.text);
    const gotSet = new Set(got.map(squash));
    const known = new Set([...want, ...also].map(squash));
    for (const w of want) count(`${kind} found`, gotSet.has(squash(w)), where, w, null);
    for (const g of got) count(`${kind} right`, known.has(squash(g)), where, null, g);
    // Also, leniently: one name holding the other, at least half of it ("“挑战杯”竞赛" for 挑战杯), as a highlight
    // covering the name still shows it.
    const near = (a: string, b: string) =>
      (a.includes(b) || b.includes(a)) && Math.min(a.length, b.length) >= 0.5 * Math.max(a.length, b.length);
    const lenient = (x: string, pool: Iterable<string>) => [...pool].some((y) => near(squash(x), y));
    for (const w of want) count(`${kind} found ~`, lenient(w, gotSet), where, w, null);
    for (const g of got) count(`${kind} right ~`, lenient(g, known), where, null, g);
  }
}

for (const set of SETS) {
  const root = join(DIR, set);
  for (const file of readdirSync(join(root, 'answers')).filter((f) => f.endsWith('.json'))) {
    const id = file.replace(/\.json$/, '');
    const a = JSON.parse(readFileSync(join(root, 'answers', file), 'utf-8')) as Answers;
    // Decoded as a browser would: old college sites serve GB2312 and say so in a <meta> (decode-bytes.ts).
    const bytes = readFileSync(join(root, 'pages', `${id}.html`));
    const html = decodeHtml(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.length), null);
    const load = () => new JSDOM(html, { url: a.url, virtualConsole: new VirtualConsole() }).window.document;
    const where = `${set}/${id}`;
    // A page is clipped when its reviewer wrote it: a fixed day before that made a story dated the day the set was
    // written a date "in the future", and so no date (session 58, R207).
    const NOW = statSync(join(root, 'answers', file)).mtime;
    const doc = load();
    // With the academic list granted (the options page's one opt-in), and on the built-in suffixes alone.
    const is = detectArticle(doc, a.url, NOW, isAcademicHost).isArticle;
    const bySuffix = is && isUniversityHost(new URL(a.url).hostname);
    doc.defaultView?.close();
    count(a.article ? 'detection: articles' : 'detection: non-articles', is === a.article, where, a.article, is);
    count(
      a.article ? '  (suffixes only)' : '  (suffixes only) non-articles',
      bySuffix === a.article,
      where,
      a.article,
      bySuffix,
    );
    if (!a.article) continue;
    const doc2 = load();
    const r = extractArticle(doc2, a.url, NOW);
    doc2.defaultView?.close();
    const d = r.ok ? r.draft : null;
    scoreFields(d, a, where);
    scoreNames(d, a, where);
  }
}

for (const [field, [ok, n]] of Object.entries(tally)) console.log(`${field.padEnd(24)} ${ok}/${n}`);
if (process.env.MISSES) console.log(`\n${misses.join('\n')}`);
if (process.env.OUT) writeFileSync(process.env.OUT, JSON.stringify({ sets: SETS, tally, misses }, null, 1));
