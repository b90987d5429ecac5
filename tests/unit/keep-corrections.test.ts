// A re-clip keeps the user's corrections (review 28, R2 #1): the review records which fields the user corrected,
// a re-clip keeps the user's value of each and takes the page's for the rest, and the record travels in exports.
import 'fake-indexeddb/auto';
import './i18n-stub';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Article, Draft } from '../../utils/model/article';
import { saveDraft } from '../../utils/collection/save-draft';
import { updateArticle } from '../../utils/collection/store';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { exportAllParts } from '../../utils/collection/export-collection';
import { importCollection } from '../../utils/collection/import-json';
import { versionsOf } from '../../utils/collection/versions';
import { formOf, patchFrom, type CorrectionForm } from '../../utils/clip/corrections';
import { clipStatus } from '../../utils/clip/status-text';
import { win } from './import-window';
import { draft as base } from './factories';

let dbs: ClipsDb[] = [];
let n = 0;
const fresh = () => {
  const db = openDb(`keep-corrections-${n++}`);
  dbs.push(db);
  return db;
};
beforeEach(() => fakeBrowser.reset());
afterEach(async () => {
  for (const db of dbs) await db.delete();
  dbs = [];
});

const page = (over: Partial<Draft> = {}): Draft =>
  base(7013, {
    url: 'http://news.r2test.edu.cn/info/1033/7013.htm',
    site: { host: 'news.r2test.edu.cn', name: '测试大学新闻网', university: '测试大学' },
    title: '学校召开2026年科技创新工作会议',
    source: '党委宣传部',
    views: 321,
    ...over,
  });
const at = (day: number) => new Date(Date.UTC(2026, 0, day));

/** What the user typed in the review, saved as the popup saves it (patchFrom, then updateArticle). */
async function correct(db: ClipsDb, a: Article, typed: Partial<CorrectionForm>): Promise<Article> {
  const r = patchFrom({ ...formOf(a), ...typed }, a);
  if (!r.ok) throw new Error(`refused ${r.field}`);
  return (await updateArticle(db, a.id, r.patch, at(2)))!;
}
const TYPED = {
  title: '科技创新工作会议（校对后标题）',
  source: '科学技术研究院',
  views: '999',
  siteName: '测试大学新闻中心',
};
const KEPT = {
  title: TYPED.title,
  source: '科学技术研究院',
  views: 999,
  site: { host: 'news.r2test.edu.cn', name: '测试大学新闻中心', university: '测试大学' },
};

describe('a re-clip keeps the corrections', () => {
  it('the review records the fields the user changed, and only those', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    const once = await correct(db, article, { source: '科学技术研究院' });
    expect(once.corrected).toEqual(['source']);
    const twice = await correct(db, once, { views: '999', siteName: '测试大学新闻中心' });
    expect(twice.corrected).toEqual(['source', 'views', 'site.name']);
  });

  it('re-clipping the unchanged page keeps every correction, adds no version and says nothing changed', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    const corrected = await correct(db, article, TYPED);
    const again = await saveDraft(db, page(), at(3));
    expect(again).toMatchObject({ created: false, versioned: false, changed: false });
    expect(await db.articles.get(article.id)).toMatchObject({ ...KEPT, updatedAt: corrected.updatedAt });
    expect(await versionsOf(db, article.id)).toEqual([]);
    const status = clipStatus({ ok: true, ...again, provenance: {}, column: null });
    expect(status.text).toBe(`Already up to date, nothing changed: ${TYPED.title}`);
  });

  it('a changed body is taken from the page, the corrections stay and the old body is a version', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, TYPED);
    const changed = page({
      title: '学校召开科技创新工作会议（更新）',
      textContent: '新的正文。',
      contentHtml: '<p>新的正文。</p>',
    });
    const again = await saveDraft(db, changed, at(3));
    expect(again).toMatchObject({ versioned: true, changed: true });
    expect(await db.articles.get(article.id)).toMatchObject({ ...KEPT, textContent: '新的正文。' });
    const [v, ...more] = await versionsOf(db, article.id);
    expect(more).toEqual([]);
    expect(v).toMatchObject({ title: TYPED.title, source: '科学技术研究院', textContent: page().textContent });
  });

  it('fields not corrected take the page value, as before', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, { source: '科学技术研究院' });
    await saveDraft(db, page({ views: 400, byline: [{ name: '王海', role: '编辑' }] }), at(3));
    expect(await db.articles.get(article.id)).toMatchObject({
      source: '科学技术研究院',
      views: 400,
      byline: [{ name: '王海', role: '编辑' }],
    });
  });

  it('export → import → re-clip keeps them', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, TYPED);
    const text = (await exportAllParts(db)).join('');
    expect(JSON.parse(text).articles[0].corrected).toEqual(['title', 'source', 'views', 'site.name']);
    const other = fresh();
    expect(await importCollection(other, text, at(4), { win })).toMatchObject({ ok: true, added: 1 });
    const again = await saveDraft(other, page(), at(5));
    expect(again.changed).toBe(false);
    expect(await other.articles.get(article.id)).toMatchObject(KEPT);
    expect(await versionsOf(other, article.id)).toEqual([]);
  });

  it('an article without corrections exports no field; an older file without it imports and re-clips as before', async () => {
    const db = fresh();
    await saveDraft(db, page(), at(1));
    const text = (await exportAllParts(db)).join('');
    expect(JSON.parse(text).articles[0]).not.toHaveProperty('corrected');
    const old = JSON.parse(text);
    old.version = 2;
    old.articles[0].source = '旧文件的来源';
    const other = fresh();
    expect(await importCollection(other, JSON.stringify(old), at(4), { win })).toMatchObject({ ok: true, added: 1 });
    const [row] = await other.articles.toArray();
    expect(row).not.toHaveProperty('corrected');
    const again = await saveDraft(other, page(), at(5));
    expect(again).toMatchObject({ changed: true, versioned: false });
    expect(await other.articles.get(row!.id)).toMatchObject({ source: '党委宣传部' });
    expect(clipStatus({ ok: true, ...again, provenance: {}, column: null }).text).toBe(`Updated: ${page().title}`);
  });

  it('a file naming a field that cannot be corrected is refused, the collection unchanged', async () => {
    const db = fresh();
    await saveDraft(db, page(), at(1));
    const file = JSON.parse((await exportAllParts(db)).join(''));
    file.articles[0].url = 'http://news.r2test.edu.cn/info/1033/7014.htm';
    file.articles[0].id = 'other';
    file.articles[0].corrected = ['textContent'];
    expect(await importCollection(db, JSON.stringify(file), at(4), { win })).toMatchObject({
      ok: false,
      error: 'invalid-article',
      field: 'corrected',
    });
    expect(await db.articles.count()).toBe(1);
  });
});
