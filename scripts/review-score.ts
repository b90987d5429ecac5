// The review sets and how a page of them is scored: one definition for `npm run eval:review` (the extraction modules
// in Node) and `npm run eval:review:browser` (the built extension in Chromium). A set is a folder of pages nobody here
// tuned on (`<set>/pages/<id>.html` with `<set>/answers/<id>.json`, answers fixed before anything ran on them); the sets
// live outside the repository (REVIEW_DIR, default ../review) and SETS=R22,R23 picks them.
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { BylineEntry, Entity } from '../utils/model/article';

export interface Answers {
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

export interface ReviewPage {
  set: string;
  id: string;
  /** `R22/p03`: how a page is named in misses. */
  where: string;
  answers: Answers;
  bytes: Buffer;
  /** When its reviewer wrote the answers: the day the page is clipped on in Node (a story dated that day is no future). */
  written: Date;
}

/** The pages of the sets SETS names under REVIEW_DIR; exits with a plain message when there are none. */
export function reviewPages(): ReviewPage[] {
  const dir = resolve(process.env.REVIEW_DIR ?? '../review');
  const sets = (process.env.SETS ?? '').split(',').filter(Boolean);
  if (!sets.length || !existsSync(dir)) {
    console.error(`No review sets: set SETS=R22,R23 and REVIEW_DIR (now ${dir}).`);
    process.exit(1);
  }
  return sets.flatMap((set) =>
    readdirSync(join(dir, set, 'answers'))
      .filter((f) => f.endsWith('.json'))
      .map((file) => {
        const id = file.replace(/\.json$/, '');
        return {
          set,
          id,
          where: `${set}/${id}`,
          answers: JSON.parse(readFileSync(join(dir, set, 'answers', file), 'utf-8')) as Answers,
          bytes: readFileSync(join(dir, set, 'pages', `${id}.html`)),
          written: statSync(join(dir, set, 'answers', file)).mtime,
        };
      }),
  );
}

/** What a clip gives that the answers score: a Node draft's or an exported article's fields. */
export interface Clipped {
  title: string;
  publishedAt: string | null;
  views: number | null;
  source: string | null;
  byline: BylineEntry[];
  textContent: string;
}

// Quotes, book-title marks and white space are how a name is printed, not the name.
const squash = (s: string) => s.replace(/[\s\u00a0\u3000“”"'’‘《》「」『』„]+/g, '').toLowerCase();

/** Right and counted per field, and the misses named by page. */
export class ReviewTally {
  readonly tally: Record<string, [number, number]> = {};
  readonly misses: string[] = [];

  count(field: string, ok: boolean | null, where: string, want: unknown, got: unknown): void {
    if (ok === null) return;
    const t = (this.tally[field] ??= [0, 0]);
    t[1]++;
    if (ok) t[0]++;
    else this.misses.push(`${where} ${field}: want ${JSON.stringify(want)} got ${JSON.stringify(got)}`);
  }

  /** Detection: with the academic list granted (`is`), and on the built-in suffixes alone (`bySuffix`). */
  detection(a: Answers, where: string, is: boolean, bySuffix: boolean): void {
    this.count(a.article ? 'detection: articles' : 'detection: non-articles', is === a.article, where, a.article, is);
    const field = a.article ? '  (suffixes only)' : '  (suffixes only) non-articles';
    this.count(field, bySuffix === a.article, where, a.article, bySuffix);
  }

  fields(d: Clipped | null, a: Answers, where: string): void {
    const iso = d?.publishedAt ?? '';
    const names = (d?.byline ?? []).map((b) => squash(b.name));
    const body = squash(d?.textContent ?? '');
    this.count('title', a.title === null ? null : squash(d?.title ?? '') === squash(a.title), where, a.title, d?.title);
    this.count('date', a.date === null ? null : iso.slice(0, 10) === a.date, where, a.date, iso);
    this.count('time', a.time === null ? null : iso.slice(11, 16) === a.time, where, a.time, iso);
    this.count('views', a.views === null ? null : d?.views === a.views, where, a.views, d?.views);
    const src = a.source === null ? null : squash(d?.source ?? '').includes(squash(a.source));
    this.count('source', src, where, a.source, d?.source);
    // Every printed name and no other: a caption's agency (Getty Images) taken as a credit is a miss.
    const want = new Set(a.credits.map(squash));
    const credits = want.size ? new Set(names).size === want.size && names.every((n) => want.has(n)) : null;
    const got = d?.byline.map((b) => b.name);
    this.count('credits', credits, where, a.credits, got);
    const start = a.bodyStart && squash(a.bodyStart).slice(0, 20);
    this.count('body start', start ? body.slice(0, 60).includes(start) : null, where, start, body.slice(0, 40));
    const end = a.bodyEnd && squash(a.bodyEnd).slice(-20);
    this.count('body end', end ? body.slice(-80).includes(end) : null, where, end, body.slice(-40));
  }

  /** The key names found (the entities a clip holds) against the answers' people and programmes. */
  names(found: readonly Pick<Entity, 'kind' | 'text'>[], a: Answers, where: string): void {
    for (const [kind, want, also] of [
      ['person', a.people, a.credits],
      ['program', a.programs, []],
    ] as const) {
      const got = found.filter((e) => e.kind === kind).map((e) => e.text);
      const gotSet = new Set(got.map(squash));
      const known = new Set([...want, ...also].map(squash));
      for (const w of want) this.count(`${kind} found`, gotSet.has(squash(w)), where, w, null);
      for (const g of got) this.count(`${kind} right`, known.has(squash(g)), where, null, g);
      // Also, leniently: one name holding the other, at least half of it ("“挑战杯”竞赛" for 挑战杯), as a highlight
      // covering the name still shows it.
      const near = (x: string, y: string) =>
        (x.includes(y) || y.includes(x)) && Math.min(x.length, y.length) >= 0.5 * Math.max(x.length, y.length);
      const lenient = (x: string, pool: Iterable<string>) => [...pool].some((y) => near(squash(x), y));
      for (const w of want) this.count(`${kind} found ~`, lenient(w, gotSet), where, w, null);
      for (const g of got) this.count(`${kind} right ~`, lenient(g, known), where, null, g);
    }
  }

  /** `field   right/counted` lines, in the order fields were first counted. */
  lines(): string[] {
    return Object.entries(this.tally).map(([field, [ok, n]]) => `${field.padEnd(24)} ${ok}/${n}`);
  }
}
