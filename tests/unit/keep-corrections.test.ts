// A re-clip keeps the user's corrections (review 28, R2 #1): the review records which fields the user corrected,
// with the page's value of each; a re-clip keeps the user's value, takes the page's for the rest, says when the page
// changed a corrected field (R3 #2), and the record travels in exports. Rows from before the record keep a version
// of whatever a re-clip replaces (R3 #1).
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
    expect(once.corrected).toEqual({ source: '党委宣传部' });
    const twice = await correct(db, once, { views: '999', siteName: '测试大学新闻中心', source: '科研院' });
    // The page's values: a field corrected again keeps what the page printed, not the user's first value.
    expect(twice.corrected).toEqual({ source: '党委宣传部', views: 321, 'site.name': '测试大学新闻网' });
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
    expect(JSON.parse(text).articles[0].corrected).toEqual({
      title: page().title,
      source: '党委宣传部',
      views: 321,
      'site.name': '测试大学新闻网',
    });
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
    // The file may hold a correction made before they were recorded: the value replaced is kept as a version.
    expect(again).toMatchObject({ changed: true, versioned: true });
    expect(await other.articles.get(row!.id)).toMatchObject({ source: '党委宣传部' });
    expect(await versionsOf(other, row!.id)).toMatchObject([{ source: '旧文件的来源' }]);
    // …and the status says so (review 28: it said only "Updated").
    expect(clipStatus({ ok: true, ...again, provenance: {}, column: null }).text).toBe(
      `Updated: ${page().title}. What the page replaced is kept as an earlier version.`,
    );
  });

  it('a file naming a field that cannot be corrected is refused, the collection unchanged', async () => {
    const db = fresh();
    await saveDraft(db, page(), at(1));
    const file = JSON.parse((await exportAllParts(db)).join(''));
    file.articles[0].url = 'http://news.r2test.edu.cn/info/1033/7014.htm';
    file.articles[0].id = 'other';
    file.articles[0].corrected = { textContent: '正文' };
    expect(await importCollection(db, JSON.stringify(file), at(4), { win })).toMatchObject({
      ok: false,
      error: 'invalid-article',
      field: 'corrected.textContent',
    });
    expect(await db.articles.count()).toBe(1);
  });
});

/** A row as the previous release wrote it: the user's corrections in place, and no record of them. */
async function correctedBeforeTheRecord(db: ClipsDb): Promise<Article> {
  const { article } = await saveDraft(db, page(), at(1));
  const { corrected: _c, ...row } = (await db.articles.get(article.id))!;
  const typed = { ...row, ...KEPT, byline: [{ name: '李明', role: '摄影' }], updatedAt: at(2).toISOString() };
  typed.site = { ...KEPT.site, university: '测试大学（本部）' };
  await db.articles.put(typed);
  return typed;
}

describe('corrections made before the update (review 28, R3 #1)', () => {
  it('the first re-clip keeps every value it replaces as an earlier version', async () => {
    const db = fresh();
    const was = await correctedBeforeTheRecord(db);
    const again = await saveDraft(db, page(), at(3));
    expect(again).toMatchObject({ created: false, changed: true, versioned: true, pageChanged: [] });
    expect(await versionsOf(db, was.id)).toMatchObject([
      {
        title: TYPED.title,
        source: '科学技术研究院',
        views: 999,
        byline: [{ name: '李明', role: '摄影' }],
        site: { name: '测试大学新闻中心', university: '测试大学（本部）' },
        savedAt: at(2).toISOString(),
      },
    ]);
    // Marked as recorded now: the next re-clip of the same page changes nothing.
    expect((await db.articles.get(was.id))!.corrected).toEqual({});
    expect(await saveDraft(db, page(), at(4))).toMatchObject({ changed: false, versioned: false });
  });

  it('a correction of one detail alone (source, credits, site name, university, views) is kept as a version', async () => {
    const details: [string, Partial<Article>][] = [
      ['source', { source: '科学技术研究院' }],
      ['credits', { byline: [{ name: '李明', role: '摄影' }] }],
      ['site name', { site: { host: page().site.host, name: '测试大学新闻中心', university: '测试大学' } }],
      ['university', { site: { host: page().site.host, name: '测试大学新闻网', university: '测试大学（本部）' } }],
      ['views', { views: 999 }],
    ];
    for (const [name, typed] of details) {
      const db = fresh();
      const { article } = await saveDraft(db, page(), at(1));
      const { corrected: _c, ...row } = (await db.articles.get(article.id))!;
      await db.articles.put({ ...row, ...typed });
      expect(await saveDraft(db, page(), at(3)), name).toMatchObject({ versioned: true });
      const { host: _h, ...site } = typed.site ?? page().site;
      expect(await versionsOf(db, article.id), name).toMatchObject([{ ...typed, ...(typed.site ? { site } : {}) }]);
    }
  });

  it('once recorded, a view count the page moved is taken without a version; other page changes keep one', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    expect(await saveDraft(db, page({ views: 400 }), at(2))).toMatchObject({ changed: true, versioned: false });
    expect((await db.articles.get(article.id))!.views).toBe(400);
    expect(await saveDraft(db, page({ views: 410, source: '新闻中心' }), at(3))).toMatchObject({ versioned: true });
    expect(await versionsOf(db, article.id)).toMatchObject([{ source: '党委宣传部', views: 400 }]);
  });
});

describe('the page changes a field the user corrected (review 28, R3 #2)', () => {
  const NEW_TITLE = '学校召开2026年科技创新工作会议暨表彰大会';

  it("keeps the user's value, records the page's and says the page changed it", async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, TYPED);
    const again = await saveDraft(db, page({ title: NEW_TITLE }), at(3));
    expect(again).toMatchObject({ changed: true, versioned: false, pageChanged: ['title'] });
    const row = (await db.articles.get(article.id))!;
    expect(row).toMatchObject(KEPT);
    expect(row.corrected).toEqual({
      title: NEW_TITLE,
      source: '党委宣传部',
      views: 321,
      'site.name': '测试大学新闻网',
    });
    expect(clipStatus({ ok: true, ...again, provenance: {}, column: null }).text).toBe(
      `Updated: ${TYPED.title}. The page has changed since your correction (the title); what you typed is kept, and the review below offers the page's.`,
    );
    // The page's new value is known now: clipping it again changes nothing.
    expect(await saveDraft(db, page({ title: NEW_TITLE }), at(4))).toMatchObject({ changed: false, pageChanged: [] });
  });

  it('names every corrected field the page changed, the site details once, never the view count', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, { ...TYPED, university: '测试大学（本部）' });
    const site = { ...page().site, name: '新闻网', university: '测试大学本部' };
    const again = await saveDraft(db, page({ views: 400, site }), at(3));
    expect(again.pageChanged).toEqual(['site.name', 'site.university']);
    expect(clipStatus({ ok: true, ...again, provenance: {}, column: null }).text).toContain('(the site details)');
    expect(await db.articles.get(article.id)).toMatchObject({ views: 999, site: { name: '测试大学新闻中心' } });
  });
});

describe('a corrected view count (review 28, R4 #4)', () => {
  it("the page's count moving alone is no change: not announced, not written, the typed count stays", async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    const corrected = await correct(db, article, { views: '1321' });
    for (const [day, views] of [
      [3, 322],
      [4, 323],
      [5, 330],
    ] as const) {
      const again = await saveDraft(db, page({ views }), at(day));
      expect(again, String(views)).toMatchObject({ changed: false, pageChanged: [] });
      expect(clipStatus({ ok: true, ...again, provenance: {}, column: null }).text).toBe(
        `Already up to date, nothing changed: ${page().title}`,
      );
      expect(await db.articles.get(article.id)).toMatchObject({ views: 1321, updatedAt: corrected.updatedAt });
    }
    // With another change, the page's count is recorded, still not named.
    const more = await saveDraft(db, page({ views: 340, source: '新闻中心' }), at(6));
    expect(more).toMatchObject({ changed: true, pageChanged: [] });
    expect(await db.articles.get(article.id)).toMatchObject({ views: 1321, corrected: { views: 340 } });
    expect(await versionsOf(db, article.id)).toMatchObject([{ source: '党委宣传部' }]);
  });

  it("a count the user raised gives way once the page's count reaches it; the typed count stays as a version", async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, { views: '1321', source: '科学技术研究院' });
    const again = await saveDraft(db, page({ views: 1400 }), at(3));
    expect(again.pageChanged).toEqual([]);
    const row = (await db.articles.get(article.id))!;
    expect(row).toMatchObject({ views: 1400, source: '科学技术研究院' });
    expect(row.corrected).toEqual({ source: '党委宣传部' });
    expect(await versionsOf(db, article.id)).toMatchObject([{ views: 1321 }]);
  });

  it('a count the user lowered stays theirs when the page counts on', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page({ views: 13210 }), at(1));
    await correct(db, article, { views: '1321' });
    expect(await saveDraft(db, page({ views: 13300 }), at(3))).toMatchObject({ changed: false, pageChanged: [] });
    expect(await db.articles.get(article.id)).toMatchObject({ views: 1321, corrected: { views: 13210 } });
  });
});

describe('an import merge keeps the corrections of both copies (review 28, R4 #1)', () => {
  /** This collection's export as another browser's copy of it, saved at `day`, with `edit` applied to the article. */
  async function otherCopy(db: ClipsDb, day: number, edit: (a: Record<string, unknown>) => void): Promise<string> {
    const file = JSON.parse((await exportAllParts(db)).join(''));
    file.articles[0].updatedAt = at(day).toISOString();
    edit(file.articles[0]);
    return JSON.stringify(file);
  }
  const uncorrected = (a: Record<string, unknown>) => {
    delete a.corrected;
    Object.assign(a, { source: '党委宣传部', views: 321 });
  };

  it("a newer copy without corrections keeps this one's, and a re-clip still keeps them", async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, { source: '科学技术研究院', views: '1321' });
    const text = await otherCopy(db, 3, uncorrected);
    expect(await importCollection(db, text, at(4), { win })).toMatchObject({ ok: true, merged: 1 });
    const row = (await db.articles.get(article.id))!;
    expect(row).toMatchObject({ source: '科学技术研究院', views: 1321, updatedAt: at(3).toISOString() });
    expect(row.corrected).toEqual({ source: '党委宣传部', views: 321 });
    expect(await versionsOf(db, article.id)).toEqual([]);
    expect(await saveDraft(db, page(), at(5))).toMatchObject({ changed: false });
  });

  it("an older copy's corrections are kept over this newer one, and that copy stays as a version", async () => {
    const there = fresh();
    const { article } = await saveDraft(there, page(), at(1));
    await correct(there, article, { source: '科学技术研究院', title: TYPED.title });
    const text = (await exportAllParts(there)).join('');
    const here = fresh();
    await saveDraft(here, page({ byline: [{ name: '王海', role: '文字' }] }), at(3));
    expect(await importCollection(here, text, at(4), { win })).toMatchObject({ ok: true, merged: 1 });
    const [row] = await here.articles.toArray();
    expect(row).toMatchObject({
      title: TYPED.title,
      source: '科学技术研究院',
      byline: [{ name: '王海', role: '文字' }],
    });
    expect(row!.corrected).toEqual({ title: page().title, source: '党委宣传部' });
    // Its credits differ from the merged article's: the copy that lost the merge is kept, as a re-clip's would be.
    expect(await versionsOf(here, row!.id)).toMatchObject([{ title: TYPED.title, byline: page().byline }]);
  });

  it('a field corrected on both sides takes the newer value; the older typed value stays as a version', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    await correct(db, article, { source: '科学技术研究院', views: '1321' });
    const text = await otherCopy(db, 3, (a) => {
      Object.assign(a, { source: '科研院', views: 321, byline: [{ name: '李明', role: '摄影' }] });
      a.corrected = { source: '党委宣传部', byline: [] };
    });
    expect(await importCollection(db, text, at(4), { win })).toMatchObject({ ok: true, merged: 1 });
    const row = (await db.articles.get(article.id))!;
    expect(row).toMatchObject({ source: '科研院', views: 1321, byline: [{ name: '李明', role: '摄影' }] });
    expect(row.corrected).toEqual({ source: '党委宣传部', byline: [], views: 321 });
    expect(await versionsOf(db, article.id)).toMatchObject([{ source: '科学技术研究院', views: 1321 }]);
  });

  it('copies without any record: the newer wins, the other stays as a version when a detail differs, no record is made up', async () => {
    const db = fresh();
    const { article } = await saveDraft(db, page(), at(1));
    const { corrected: _c, ...row } = (await db.articles.get(article.id))!;
    await db.articles.put(row);
    const text = await otherCopy(db, 3, (a) => Object.assign(a, { source: '新闻中心' }));
    expect(await importCollection(db, text, at(4), { win })).toMatchObject({ ok: true, merged: 1 });
    const after = (await db.articles.get(article.id))!;
    expect(after).toMatchObject({ source: '新闻中心' });
    expect(after).not.toHaveProperty('corrected');
    expect(await versionsOf(db, article.id)).toMatchObject([{ source: '党委宣传部' }]);
  });
});
