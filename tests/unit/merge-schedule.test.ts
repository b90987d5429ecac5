// The index is merged in the background after clips (issue #12): one-by-one clips no longer leave every merge to
// the next search. Clips go through the real job path (doWork 'save'); nothing here searches before it looks.
import 'fake-indexeddb/auto';
import { JSDOM } from 'jsdom';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { openJobsDb, type JobsDb } from '../../utils/clip/job-store';
import { doWork } from '../../utils/clip/job-work';
import { deleteArticles } from '../../utils/collection/store';
import { queryTokens } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { scanMatches } from '../../utils/collection/index/index-reader';
import { MERGE_AT } from '../../utils/collection/index/merge';
import { levelIsFull, scheduleMerge } from '../../utils/collection/index/merge-schedule';
import { JOURNAL, publish } from '../../utils/collection/import-journal';
import type { SegmentRecord } from '../../utils/collection/index/segment';
import { draft } from './factories';

const win = new JSDOM('').window as unknown as Window;
let db: ClipsDb;
let jobs: JobsDb;
let n = 0;
beforeEach(() => {
  db = openDb(`merge-bg-${n}`);
  jobs = openJobsDb(`merge-jobs-${n++}`);
});
afterEach(async () => {
  await db.delete();
  await jobs.delete();
});

const clip = (i: number) =>
  doWork(
    { kind: 'save', jobId: `j${i}`, draft: draft(i, { textContent: `卢建军 report ${i}` }), watchList: '' },
    db,
    jobs,
    win,
  );
const levels = async () => ((await db.table('segments').toArray()) as SegmentRecord[]).map((s) => s.level);
/** Wait for the background, polling the database (no timing is asserted). */
async function until(done: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 500 && !(await done()); i++) await new Promise((r) => setTimeout(r, 20));
  expect(await done()).toBe(true);
}
async function expectAgrees() {
  for (const q of ['卢建军', 'report 2', '第3篇', 'absent'])
    expect(await wordMatches(db, q), q).toEqual(await scanMatches(db, queryTokens(q)));
}

describe('merging after clips', () => {
  it('clips one by one: the full level is merged in the background, deleted docs dropped, answers unchanged', async () => {
    for (let i = 0; i < MERGE_AT - 1; i++) await clip(i);
    expect(await levelIsFull(db)).toBe(false);
    await deleteArticles(db, [(await db.articles.toArray())[0]!.id]);
    await clip(MERGE_AT);
    await until(async () => (await levels()).every((l) => l > 0));
    expect(await levels()).toEqual([1]);
    expect(await db.table('dead').count()).toBe(0);
    expect(await levelIsFull(db)).toBe(false);
    await expectAgrees();
  });

  it('many clips: levels stay below MERGE_AT segments each, merged a level at a time', async () => {
    for (let i = 0; i < MERGE_AT * 3; i++) await clip(i);
    await until(async () => !(await levelIsFull(db)));
    const byLevel = new Map<number, number>();
    for (const l of await levels()) byLevel.set(l, (byLevel.get(l) ?? 0) + 1);
    expect(Math.max(...byLevel.values())).toBeLessThan(MERGE_AT);
    expect(byLevel.get(1)).toBeGreaterThan(0);
    expect(await db.articles.count()).toBe(MERGE_AT * 3);
    await expectAgrees();
  });

  it('waits while an import is in progress (journal rows), and merges when asked after it is published', async () => {
    await db.table(JOURNAL).add({ added: [], replaced: [] });
    for (let i = 0; i < MERGE_AT; i++) await clip(i);
    scheduleMerge(db, 0);
    // Give the background every chance: it must leave the level alone.
    for (let i = 0; i < 10; i++) await new Promise((r) => setTimeout(r, 30));
    expect(await levels()).toEqual(Array(MERGE_AT).fill(0));
    await publish(db);
    scheduleMerge(db, 0);
    await until(async () => (await levels()).length === 1);
    await expectAgrees();
  });

  it('leaves a closed database closed', async () => {
    for (let i = 0; i < MERGE_AT; i++) await clip(i);
    db.close();
    await new Promise((r) => setTimeout(r, 400));
    expect(db.isOpen()).toBe(false);
    await db.open();
  });
});
