// Reading the search index in a page that keeps it cached (utils/collection/index/index-reader.ts): a page that
// read the segment list early (warmIndex, as a fresh popup does) still sees every later write, edit, delete and
// merge, and multi-token queries intersect across segments.
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Draft } from '../../utils/model/article';
import { deleteArticles } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { queryTokens } from '../../utils/collection/search-words';
import { wordMatches } from '../../utils/collection/query';
import { scanMatches, warmIndex } from '../../utils/collection/index/index-reader';
import { MERGE_AT, mergeSegments } from '../../utils/collection/index/merge';
import { draft as base } from './factories';

const draft = (i: number, text?: string): Draft =>
  base(i, {
    url: `http://news.xjtu.edu.cn/info/${i}.htm`,
    site: { host: 'news.xjtu.edu.cn', name: null, university: null },
    title: `第${i}篇 report ${i}`,
    publishedAt: null,
    views: null,
    contentHtml: '',
    textContent: text ?? (i % 3 ? `党委书记卢建军主持会议 number${i}` : `Provost Jane Doe met 卢建 number${i}`),
  });

const QUERIES = ['卢建军', '卢建', 'jane doe', 'doe 卢建', 'number1', 'report 2', 'absent', 'jane absent'];

let db: ClipsDb;
let n = 0;
beforeEach(() => void (db = openDb(`reader-${n++}`)));
afterEach(() => db.delete());

async function expectAgrees(step: string) {
  for (const q of QUERIES)
    expect(await wordMatches(db, q), `${step}: ${q}`).toEqual(await scanMatches(db, queryTokens(q)));
}

describe('index reader', () => {
  it('an empty collection warms and answers nothing', async () => {
    await warmIndex(db);
    expect(await wordMatches(db, '卢建军')).toEqual(new Set());
  });

  it('a page that read the index early sees later clips, edits, deletes and merges', async () => {
    for (let i = 0; i < 4; i++) await saveDraft(db, draft(i));
    await warmIndex(db);
    await expectAgrees('warmed');
    for (let i = 4; i < MERGE_AT + 3; i++) await saveDraft(db, draft(i));
    await expectAgrees('more clips');
    await saveDraft(db, draft(1, 'Jane Doe rewrote it'));
    const gone = (await db.articles.filter((a) => a.url === draft(2).url).first())!;
    await deleteArticles(db, [gone.id]);
    await expectAgrees('edited and deleted');
    // (Searching already starts merges in the background; this one finishes whatever is left.)
    await mergeSegments(db);
    expect(await db.table('segments').count()).toBeLessThan(MERGE_AT);
    await expectAgrees('merged');
    expect(await wordMatches(db, 'jane doe')).toContain(
      (await db.articles.filter((a) => a.url === draft(1).url).first())!.id,
    );
  });

  it('a search starts a merge in the background once a level is full', async () => {
    for (let i = 0; i < MERGE_AT - 1; i++) await saveDraft(db, draft(i));
    await wordMatches(db, 'jane');
    await new Promise((r) => setTimeout(r, 200));
    expect(await db.table('segments').count()).toBe(MERGE_AT - 1);
    await saveDraft(db, draft(MERGE_AT));
    await wordMatches(db, 'jane');
    for (let t = 0; t < 50 && (await db.table('segments').count()) >= MERGE_AT; t++)
      await new Promise((r) => setTimeout(r, 100));
    expect(await db.table('segments').count()).toBeLessThan(MERGE_AT);
    await expectAgrees('merged by a search');
  });
});
