import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { addTag, deleteArticles, restoreArticles } from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { matchingIds, NO_FILTERS, searchArticles } from '../../utils/collection/query';
import { openDb } from '../../utils/collection/db';
import { compact } from '../../utils/model/passage';
import { markUserHighlights, passagesBefore } from '../../utils/reader/mark-user-highlights';
import { breadcrumbColumn } from '../../utils/extraction/breadcrumb-column';
import { suggestTags } from '../../utils/clip/suggest-tags';
import { loadPage } from './load-page';

const doc = new JSDOM('').window.document;
const hl = (text: string, note: string | null = null) => ({ text, note, createdAt: '2026-11-23T00:00:00Z' });

describe('markUserHighlights', () => {
  it("marks a passage that crosses elements, whatever the selection's spacing", () => {
    const out = markUserHighlights(
      '<p>党委书记<mark data-kind="person">卢建军</mark>主持会议。</p><p>下一段</p>',
      [hl('书记 卢建军\n主持')],
      doc,
    );
    expect(out).toBe(
      '<p>党委<mark data-kind="user">书记</mark><mark data-kind="person"><mark data-kind="user">卢建军</mark></mark><mark data-kind="user">主持</mark>会议。</p><p>下一段</p>',
    );
  });
  it('marks across paragraphs and carries the note as a title', () => {
    const out = markUserHighlights('<p>第一段结尾</p><p>第二段开头</p>', [hl('结尾\n\n第二段', '跨段')], doc);
    expect(out).toBe(
      '<p>第一段<mark data-kind="user" title="跨段">结尾</mark></p><p><mark data-kind="user" title="跨段">第二段</mark>开头</p>',
    );
  });
  // Review 28, R1 #4: the second of two equal passages, selected, is the one marked.
  const REPEAT = '<p>第一段：校长讲话。</p><p>第二段：校长 讲话。</p><p>第三段：校长讲话。</p>';
  const marked = (html: string) => [...new JSDOM(html).window.document.querySelectorAll('p')].map((p) => p.innerHTML);
  it('marks the occurrence the highlight names; one without it marks the first, as before', () => {
    expect(marked(markUserHighlights(REPEAT, [{ ...hl('校长讲话', '第二'), occurrence: 1 }], doc))).toEqual([
      '第一段：校长讲话。',
      '第二段：<mark data-kind="user" title="第二">校长 讲话</mark>。',
      '第三段：校长讲话。',
    ]);
    expect(marked(markUserHighlights(REPEAT, [{ ...hl('校长讲话'), occurrence: 2 }], doc))[2]).toBe(
      '第三段：<mark data-kind="user">校长讲话</mark>。',
    );
    expect(marked(markUserHighlights(REPEAT, [hl('校长讲话')], doc))[0]).toBe(
      '第一段：<mark data-kind="user">校长讲话</mark>。',
    );
  });
  it('an occurrence the body no longer has marks the first; counted over a body drawn in pieces', () => {
    const gone = markUserHighlights(REPEAT, [{ ...hl('校长讲话'), occurrence: 5 }], doc);
    expect(marked(gone)[0]).toBe('第一段：<mark data-kind="user">校长讲话</mark>。');
    const h = { ...hl('校长讲话'), occurrence: 2 };
    const seen = new Map();
    const pieces = ['<p>第一段：校长讲话。</p><p>第二段：校长讲话。</p>', '<p>第三段：校长讲话。</p>'].map((piece) =>
      markUserHighlights(piece, [h], doc, seen),
    );
    expect(pieces.join('').match(/<mark/g)).toHaveLength(1);
    expect(pieces[1]).toBe('<p>第三段：<mark data-kind="user">校长讲话</mark>。</p>');
  });
  it('passagesBefore counts the equal passages before a place in the text, white space ignored', () => {
    const body = compact('第一段：校长讲话。第二段：校长 讲话。');
    expect(passagesBefore(body, '校长\n讲话', body.lastIndexOf('校长'))).toBe(1);
    expect(passagesBefore(body, '校长讲话', body.indexOf('校长'))).toBe(0);
  });
  it('leaves the body unchanged when the text is no longer there', () => {
    expect(markUserHighlights('<p>正文</p>', [hl('不存在')], doc)).toBe('<p>正文</p>');
  });
  it('escapes what it writes: a note cannot become markup', () => {
    const out = markUserHighlights('<p>正文</p>', [hl('正文', '"><img src=x onerror=alert(1)>')], doc);
    expect(new JSDOM(out).window.document.querySelectorAll('img')).toHaveLength(0);
  });
});

describe('breadcrumbColumn', () => {
  it('reads the column from the breadcrumb of both XJTU templates and an English "News › Climate" trail', () => {
    expect(
      breadcrumbColumn(
        loadPage('tests/fixtures/pages/xjtu-vsb-article.html', 'http://news.xjtu.edu.cn/info/1033/140512.htm'),
        '',
      ),
    ).toBe('交大要闻');
    expect(
      breadcrumbColumn(
        loadPage(
          'tests/fixtures/pages/xjtu-webplus-article.html',
          'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm',
        ),
        '',
      ),
    ).toBe('交大要闻');
    const en = new JSDOM(
      '<nav aria-label="Breadcrumb"><a href="/">Home</a> › <a href="/news">News</a> › <a href="/climate">Climate</a></nav><h1>Grant</h1>',
    ).window.document;
    expect(breadcrumbColumn(en, 'Grant')).toBe('Climate');
  });
  it('finds a trail whose label sits in its own element', () => {
    const d = new JSDOM(
      '<div class="pos"><span>您现在的位置：</span><a href="/">首页</a> > <a href="/xyxw">学院新闻</a> > 正文</div><h1>标题</h1>',
    ).window.document;
    expect(breadcrumbColumn(d, '标题')).toBe('学院新闻');
  });
  it('gives null when the page prints no trail', () => {
    expect(breadcrumbColumn(new JSDOM('<h1>标题</h1><p>正文</p>').window.document, '标题')).toBeNull();
  });
});

describe('suggestTags', () => {
  it('offers the column, the university and programs mentioned at least twice, minus tags already there', () => {
    const article = {
      tags: ['西安交通大学'],
      site: { host: 'news.xjtu.edu.cn', name: '西安交通大学新闻网', university: '西安交通大学' },
      entities: [
        { text: '“6352”工程', kind: 'program' as const, count: 4 },
        { text: '卢建军', kind: 'person' as const, count: 2 },
        { text: '强基计划', kind: 'program' as const, count: 1 },
      ],
    };
    expect(suggestTags(article, '交大要闻')).toEqual(['交大要闻', '“6352”工程']);
  });
});

describe('collection writes for review', () => {
  const base = {
    canonicalUrl: null,
    site: { host: 'news.xjtu.edu.cn', name: null, university: null },
    publishedAt: null,
    byline: [],
    source: null,
    views: null,
    lang: 'zh',
    excerpt: '',
    contentHtml: '<p>x</p>',
    textContent: '正文',
    attachments: [],
  };
  it('delete then restore gives back the same records; bulk tag skips those already tagged', async () => {
    const db = openDb('review-writes');
    const a = (
      await saveDraft(db, { ...base, url: 'http://news.xjtu.edu.cn/a.htm', title: '甲' }, new Date('2026-01-01'))
    ).article;
    const b = (
      await saveDraft(db, { ...base, url: 'http://news.xjtu.edu.cn/b.htm', title: '乙' }, new Date('2026-01-02'))
    ).article;
    const before = await searchArticles(db, '');
    const removed = await deleteArticles(db, [a.id, 'missing']);
    expect(removed.map((r) => r.id)).toEqual([a.id]);
    expect(await matchingIds(db, NO_FILTERS)).toEqual([b.id]);
    await restoreArticles(db, removed);
    expect(await searchArticles(db, '')).toEqual(before);
    expect(await addTag(db, [a.id, b.id], ' 待读 ')).toEqual([a.id, b.id]);
    expect(await addTag(db, [a.id, b.id], '待读')).toEqual([]);
    expect(await matchingIds(db, { ...NO_FILTERS, tag: '待读', query: '甲' })).toEqual([a.id]);
    await db.delete();
  });

  it('a few matches are ordered exactly as the whole collection is, ties included, in both orders', async () => {
    const db = openDb('review-order');
    for (let i = 0; i < 30; i++) {
      const day = `2026-01-${String((i % 7) + 1).padStart(2, '0')}`;
      await saveDraft(
        db,
        {
          ...base,
          url: `http://news.xjtu.edu.cn/${i}.htm`,
          title: i % 2 ? '双数 甲' : '单数 甲',
          publishedAt: i % 5 ? day : null,
        },
        new Date(`${day}T00:00:00Z`),
      );
    }
    for (const order of ['clipped', 'published'] as const) {
      const every = await matchingIds(db, NO_FILTERS, order);
      const some = await matchingIds(db, { ...NO_FILTERS, query: '双数' }, order);
      expect(some).toHaveLength(15);
      expect(some).toEqual(every.filter((id) => some.includes(id)));
    }
    await db.delete();
  });
});
