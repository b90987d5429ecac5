// Which job's news each open page tells (utils/clip/job-news.ts): its own first, "While this window was closed"
// only for a job that ended before the page opened, and another window's job left to that window.
import { describe, expect, it } from 'vitest';
import { jobNews, newJobWatch, startedHere } from '../../utils/clip/job-news';
import type { JobRecord } from '../../utils/clip/job-store';

const OPENED = Date.parse('2026-01-01T10:00:00Z');
const at = (minutes: number) => new Date(OPENED + minutes * 60e3).toISOString();
const running = (id: string, startedMin: number, over: Partial<JobRecord> = {}): JobRecord => ({
  id,
  kind: 'clip',
  label: '',
  state: 'running',
  startedAt: at(startedMin),
  seen: false,
  ...over,
});
const done = (j: JobRecord, endedMin: number, over: Partial<JobRecord> = {}): JobRecord => ({
  ...j,
  state: 'done',
  finishedAt: at(endedMin),
  ...over,
});
/** What a page says for each successive state of the records: [job id, away] or null. */
const says = (w: ReturnType<typeof newJobWatch>, ...states: JobRecord[][]) =>
  states.map((s) => {
    const { tell } = jobNews(s, w);
    return tell && [tell.job.id, tell.away];
  });

describe('jobNews', () => {
  it('a job that ended before the page opened, shown nowhere, is "while this window was closed"', () => {
    const w = newJobWatch(OPENED);
    const j = done(running('a', -5), -4);
    expect(jobNews([j], w)).toEqual({ tell: { job: j, away: true }, seen: ['a'] });
    // Told once.
    expect(jobNews([{ ...j, seen: true }], w).tell).toBeNull();
    // Already shown by another page: not again.
    expect(jobNews([done(running('b', -5), -4, { seen: true })], newJobWatch(OPENED)).tell).toBeNull();
  });

  it('a job begun before the page opened that ended before its first look is told plainly (review 30, R8 #1)', () => {
    // The background, starting, found the import cut off by a closed browser just after the popup opened.
    const cut = done(running('cut', -10, { kind: 'import' }), 0.01);
    expect(jobNews([cut], newJobWatch(OPENED))).toEqual({ tell: { job: cut, away: false }, seen: ['cut'] });
    // Not where this page has started a job of its own: that is what it tells.
    const w = newJobWatch(OPENED);
    startedHere(w, 'mine');
    expect(jobNews([cut], w).tell).toBeNull();
  });

  it("another window's clip, begun and ended while this page is open, is not this page's news", () => {
    const w = newJobWatch(OPENED);
    startedHere(w, 'mine');
    const other = running('other', 1);
    const mine = running('mine', 1);
    expect(says(w, [mine, other], [mine, done(other, 2)], [done(mine, 3), done(other, 2, { seen: true })])).toEqual([
      ['mine', false],
      null,
      ['mine', false],
    ]);
    // Begun and ended between two reads, after the page opened (a shortcut's clip): nothing to say either.
    expect(jobNews([done(running('quick', 4), 4)], newJobWatch(OPENED)).tell).toBeNull();
  });

  it('two windows clipping at once each tell their own outcome last, whichever ends first', () => {
    for (const aEndsFirst of [true, false]) {
      const A = newJobWatch(OPENED);
      const B = newJobWatch(OPENED);
      const a = running('a', 1);
      const b = running('b', 1);
      // A clicks; B sees A's clip running, then clicks too.
      startedHere(A, 'a');
      says(A, [a]);
      says(B, [a]);
      startedHere(B, 'b');
      const first = aEndsFirst ? [done(a, 2), b] : [a, done(b, 2)];
      const both = [done(a, 2), done(b, 2)];
      const lastSaid = (w: typeof A) => says(w, [a, b], first, both).filter(Boolean).at(-1);
      expect(lastSaid(A)).toEqual(['a', false]);
      expect(lastSaid(B)).toEqual(['b', false]);
    }
  });

  it('a page that has just clicked follows no other job, even before the background has written its own', () => {
    const B = newJobWatch(OPENED);
    startedHere(B, 'b');
    const a = running('a', 1);
    // Only A's record exists yet; B's own is on its way.
    expect(
      says(B, [a], [a, running('b', 1)], [done(a, 2), running('b', 1)], [done(a, 2), done(running('b', 1), 3)]),
    ).toEqual([null, ['b', false], null, ['b', false]]);
  });

  it("another window's job is not this page's news, even when it ends after the page's own", () => {
    const B = newJobWatch(OPENED);
    startedHere(B, 'b');
    const a = running('a', 1);
    const b = running('b', 1.01);
    // B's own clip ends before A's, and B first sees A's after that.
    expect(says(B, [a, done(b, 2)], [done(a, 3), done(b, 2)])).toEqual([['b', false], null]);
    // Nor is one begun later while the page has nothing of its own running: it is its own window's news.
    const c = running('c', 4);
    expect(says(B, [done(a, 3), done(b, 2), c], [done(a, 3), done(b, 2), done(c, 5)])).toEqual([null, null]);
  });

  it('a page opened while a job of a closed popup runs follows it: its progress, then its end, plainly', () => {
    const w = newJobWatch(OPENED);
    const imp = running('imp', -1, { kind: 'import', label: 'backup.json' });
    const moved = { ...imp, progress: { written: 500, percent: 40 } };
    expect(says(w, [imp], [imp], [moved], [done(imp, 2)], [done(imp, 2, { seen: true })])).toEqual([
      ['imp', false],
      null, // nothing new: not told again
      ['imp', false],
      ['imp', false],
      null,
    ]);
  });

  it('records without an end time (written before) count as ended when they began', () => {
    const old = { ...done(running('old', -60), 0), finishedAt: undefined };
    expect(jobNews([old], newJobWatch(OPENED)).tell).toEqual({ job: old, away: true });
  });
});
