// The reader's earlier versions: counted with the plural form, the chosen one's changes shown as old → new, and a
// version's HTML (from a page or an import) sanitized before it is drawn.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { ReaderView } from '../../components/ReaderView';
import { Library } from '../../components/Library';
import type { Article, ArticleVersion } from '../../utils/model/article';
import { openDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { draft } from './factories';
import { allByTestId, byTestId, mountEach, type, until } from './render-helpers';

const show = mountEach();

const article: Article = {
  ...draft(1),
  title: '学校隆重举行创新工程启动大会',
  publishedAt: '2021-04-09',
  textContent: '党委书记卢建军主持大会。\n校长王树国讲话。',
  contentHtml: '<p>党委书记卢建军主持大会。</p><p>校长王树国讲话。</p>',
  id: 'a',
  tags: [],
  entities: [],
  highlights: [],
  clippedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-03T00:00:00.000Z',
};
const version = (over: Partial<ArticleVersion>): ArticleVersion => ({
  title: article.title,
  publishedAt: article.publishedAt,
  byline: [],
  source: null,
  views: 1,
  contentHtml: '<p>x</p>',
  textContent: article.textContent,
  savedAt: '2026-01-01T00:00:00.000Z',
  replacedAt: '2026-01-02T00:00:00.000Z',
  ...over,
});
const text = (el: Element | null) => el?.textContent?.replace(/\s+/g, ' ').trim();

describe('ReaderView with earlier versions', () => {
  it('shows no versions line when there are none', () => {
    const root = show(<ReaderView article={article} onClose={() => {}} onPick={() => {}} />);
    expect(byTestId(root, 'versions')).toBeNull();
  });

  it('counts them (plural) and shows title, date and body changes from the latest to the article now', () => {
    const versions = [
      version({ title: '第一版标题', textContent: '最早的正文。' }),
      version({
        title: '学校举行创新工程启动大会',
        publishedAt: '2021-04-08',
        textContent: '党委书记卢建军主持会议。\n校长王树国讲话。',
        savedAt: '2026-01-02T00:00:00.000Z',
        replacedAt: '2026-01-03T00:00:00.000Z',
      }),
    ];
    const root = show(<ReaderView article={article} versions={versions} onClose={() => {}} onPick={() => {}} />);
    expect(text(byTestId(root, 'versions-count'))).toBe('2 earlier versions');
    expect(text(byTestId(root, 'diff-title'))).toBe('Title: 学校举行创新工程启动大会 → 学校隆重举行创新工程启动大会');
    expect(text(byTestId(root, 'diff-date'))).toBe('Date: 2021-04-08 → 2021-04-09');
    const body = byTestId(root, 'diff-body')!;
    expect([...body.querySelectorAll('del')].map((d) => d.textContent)).toEqual(['会议']);
    expect([...body.querySelectorAll('ins')].map((d) => d.textContent)).toEqual(['大会']);
    expect(text(body.querySelector('.diff-gap'))).toBe('… 1 unchanged paragraph …');
    // The first version compared with the second.
    type(byTestId(root, 'version-pick'), '0', 'change');
    expect(text(byTestId(root, 'diff-title'))).toBe('Title: 第一版标题 → 学校举行创新工程启动大会');
    expect(byTestId(root, 'diff-date')).not.toBeNull();
  });

  it('one version is "1 earlier version"; an unchanged body says so', () => {
    const root = show(
      <ReaderView article={article} versions={[version({ title: '旧' })]} onClose={() => {}} onPick={() => {}} />,
    );
    expect(text(byTestId(root, 'versions-count'))).toBe('1 earlier version');
    expect(text(byTestId(root, 'diff-body'))).toBe('The text is unchanged.');
    expect(byTestId(root, 'diff-date')).toBeNull();
  });

  it('a version that differs only in source, views, credits or site shows each old → new (R4 #2)', () => {
    const old = version({
      source: '科学技术研究院',
      views: 999,
      byline: [{ name: '王海', role: '文字' }],
      site: { name: '测试大学新闻中心', university: '测试大学' },
    });
    const now: Article = {
      ...article,
      source: '党委宣传部',
      views: 321,
      site: { ...article.site, name: '测试大学新闻网' },
    };
    const root = show(<ReaderView article={now} versions={[old]} onClose={() => {}} onPick={() => {}} />);
    expect(text(byTestId(root, 'diff-source'))).toBe('Source: 科学技术研究院 → 党委宣传部');
    expect(text(byTestId(root, 'diff-views'))).toBe('Views: 999 → 321');
    expect(text(byTestId(root, 'diff-byline'))).toBe('Credits: 王海 (文字) → none');
    expect(text(byTestId(root, 'diff-site-name'))).toBe('Site: 测试大学新闻中心 → 测试大学新闻网');
    expect(text(byTestId(root, 'diff-university'))).toBe('University: 测试大学 → 西安交通大学');
    expect(byTestId(root, 'diff-title')).toBeNull();
  });

  it('equal details and a version kept before sites were recorded show no detail lines', () => {
    const root = show(
      <ReaderView
        article={article}
        versions={[version({ views: article.views })]}
        onClose={() => {}}
        onPick={() => {}}
      />,
    );
    for (const id of ['source', 'views', 'byline', 'site-name', 'university'])
      expect(byTestId(root, `diff-${id}`)).toBeNull();
  });

  it("a version's HTML is sanitized and its diffed text stays text", () => {
    const evil = version({
      title: '<img src=x onerror=alert(1)>',
      contentHtml: '<p>旧<img src=x onerror="alert(1)"><script>alert(2)</script></p>',
      textContent: '<b>旧</b>',
    });
    const root = show(<ReaderView article={article} versions={[evil]} onClose={() => {}} onPick={() => {}} />);
    const box = byTestId(root, 'versions')!;
    expect(box.querySelector('script, [onerror]')).toBeNull();
    expect(box.querySelector('.version-diff b, .version-diff img')).toBeNull();
    expect(text(box.querySelector('del'))).toContain('<img src=x onerror=alert(1)>');
  });
});

describe('Library reads the versions of the open article', () => {
  it('a re-clipped article opens in the reader with its earlier version and the diff', async () => {
    const db = openDb(`reader-versions-${Math.random()}`);
    const { article: a } = await saveDraft(db, draft(1, { title: '旧标题' }), new Date('2026-01-01'));
    await saveDraft(db, draft(1, { title: '新标题' }), new Date('2026-01-02'));
    const root = show(
      <Library db={db} watch={[]} readingId={a.id} onRead={() => {}} onStatus={() => {}} layout="tab" />,
    );
    await until(() => expect(allByTestId(root, 'versions-count')).toHaveLength(1));
    expect(text(byTestId(root, 'diff-title'))).toBe('Title: 旧标题 → 新标题');
    await db.delete();
  });
});
