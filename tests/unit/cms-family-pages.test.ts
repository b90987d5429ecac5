// Three authored pages of CMS families the shared corpus lacks (a WordPress English post, a Drupal English
// article, a traditional-Chinese Hong Kong table-layout page): each field and the key names, end to end.
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extraction/extract-article';
import { findEntities } from '../../utils/entities/find-entities';
import { loadPage } from './load-page';

function clip(file: string, url: string) {
  const r = extractArticle(loadPage(`tests/fixtures/pages/${file}`, url), url, new Date('2026-11-23'));
  if (!r.ok) throw new Error(`${file}: ${r.error}`);
  return { d: r.draft, names: findEntities(r.draft.textContent) };
}
const named = (names: ReturnType<typeof findEntities>, kind: string) =>
  names.filter((e) => e.kind === kind).map((e) => e.text);

describe('WordPress English news post', () => {
  const { d, names } = clip(
    'wordpress-en-news.html',
    'https://news.example.edu/2024/11/25/robotics-team-wins-national-title/',
  );
  it('headline, not the site title in the banner h1', () => expect(d.title).toBe('Robotics team wins national title'));
  it('the published date of "Posted on" with published and updated run together', () =>
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-11-25'));
  it('the byline', () => expect(d.byline.map((b) => b.name)).toContain('Jane Doe'));
  it('the body from first to last sentence, without sidebars or post navigation', () => {
    // The figure's caption, closed by its credit, is not body (unseen-body-classes: photo captions); nor is the meta line.
    expect(d.textContent).toMatch(/^A team of eight undergraduates/);
    expect(d.textContent).not.toContain('The winning robot in the final round');
    expect(d.textContent.trimEnd()).toMatch(/has won it\.$/);
    expect(d.textContent).not.toMatch(/Recent Posts|Library extends winter hours|Proudly powered/);
  });
  it('people said or titled; an image credit is not one', () => {
    expect(named(names, 'person')).toEqual(expect.arrayContaining(['Maria Lopez', 'Daniel Kim']));
    expect(named(names, 'person').join()).not.toMatch(/Getty/);
    expect(named(names, 'program')).toContain('Undergraduate Research Opportunities Program');
  });
});

describe('Drupal English article', () => {
  const { d, names } = clip(
    'drupal-en-article.html',
    'https://www.example.ac.uk/news/new-centre-for-climate-research-opens',
  );
  it('headline', () => expect(d.title).toBe('New centre for climate research opens'));
  it('the printed date, not the meta tag’s import date nor the footer’s update', () =>
    expect(d.publishedAt?.slice(0, 10)).toBe('2023-06-14'));
  it('the body, without the sidebar', () => {
    expect(d.textContent).toMatch(/^The university opened its new Centre for Climate Research/);
    expect(d.textContent).not.toMatch(/Latest news|Open day draws/);
  });
  it('degree programmes are programs; the director is a person', () => {
    expect(named(names, 'program')).toEqual(
      expect.arrayContaining(['Master of Public Health', 'Bachelor of Science in Environmental Science']),
    );
    expect(named(names, 'person')).toContain('Aisha Rahman');
  });
});

describe('traditional-Chinese Hong Kong university news page (table layout)', () => {
  const { d } = clip('hk-news-traditional.html', 'https://www.example.edu.hk/news/2024/0512/c123a456/page.htm');
  it('headline, not the logo h1', () => expect(d.title).toBe('本校研究團隊研發新型海水淡化技術'));
  it('發佈日期, 瀏覽次數 and 來源', () => {
    expect(d.publishedAt).toBe('2024-05-12');
    expect(d.views).toBe(1234);
    expect(d.source).toBe('傳訊及公共關係處');
  });
  it('the body without 打印本頁 / 關閉窗口 or the footer', () => {
    expect(d.textContent).toMatch(/^香港範例大學工程學院研究團隊/);
    expect(d.textContent.trimEnd()).toMatch(/可持續發展的研究。$/);
    expect(d.textContent).not.toMatch(/打印本頁|關閉窗口|版權所有/);
  });
});
