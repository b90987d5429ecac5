// The detector's quick verdict from the text after the headline (issue #12): which pages it settles, which it
// leaves to the walk, and that it never says "article" where the walk says otherwise.
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle, detectByWalk, detectOnAcademicHost } from '../../utils/detection/detect-article';
import { headlineEvidence, titleParts } from '../../utils/detection/headline-region';
import { hasLabelledDate } from '../../utils/detection/date-clues';
import { loadPage } from './load-page';

const NOW = new Date('2026-11-23');
const EDU = 'https://news.example.edu/stories/lab-opens';
const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: researchers and students worked on the project together, and the results were shared.</p>`,
).join('\n'); // pages put line breaks between blocks; textContent keeps them (and without them, the walk decides)
const page = (body: string, title = 'Campus lab opens - News') =>
  new JSDOM(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`, { url: EDU }).window
    .document;

describe('quick verdict beside the headline', () => {
  it('campus CMS article (VSB): the labelled date under the headline settles it, no walk needed', () => {
    const url = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
    const doc = loadPage('tests/fixtures/pages/xjtu-vsb-article.html', url);
    expect(headlineEvidence(doc, NOW)).toBe('labelled date');
    expect(detectArticle(doc, url, NOW).reasons).toEqual(['labelled date', 'beside the headline']);
  });
  it('English news: "Published:" under a headline that is the second part of <title>', () =>
    expect(headlineEvidence(page(`<h1>Campus lab opens</h1>\n<p>Published: April 8, 2025</p>\n${PROSE}`), NOW)).toBe(
      'labelled date',
    ));
  it('Chinese news: a view counter under the headline', () =>
    expect(
      headlineEvidence(
        page(
          `<h1>学校举行学术交流活动</h1><div>浏览次数：120</div>${'<p>学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果。</p>'.repeat(3)}`,
          '学校举行学术交流活动-新闻网',
        ),
        NOW,
      ),
    ).toBe('view counter'));
  it('the headline and its date line with no space between them (as the built test page prints them)', () =>
    expect(headlineEvidence(page(`<h1>Campus lab opens</h1><p>Published: April 8, 2025</p>\n${PROSE}`), NOW)).toBe(
      'labelled date',
    ));
  it('blocks printed with no whitespace between them (minified HTML): the date runs into the first paragraph', () => {
    // Six paragraphs: glued, a paragraph's last full stop has no space after it, so it is not counted as a sentence.
    const glued = PROSE.replaceAll('\n', '') + PROSE.split('\n')[0];
    const doc = page(`<nav><a href="/">Home</a></nav><h1>Campus lab opens</h1><p>Published: April 8, 2025</p>${glued}`);
    expect(doc.body.textContent).toContain('2025Paragraph 1');
    expect(headlineEvidence(doc, NOW)).toBe('labelled date');
  });
  it('a labelled date followed by links, not prose, is left to the walk (which says no)', () => {
    const links = Array.from({ length: 30 }, (_, i) => `<a href="/${i}">Story number ${i}</a>`).join(' ');
    const doc = page(`<h1>Campus lab opens</h1><p>Published: April 8, 2025</p><div>${links}</div>`);
    expect(headlineEvidence(doc, NOW)).toBeNull();
    expect(detectArticle(doc, EDU, NOW).isArticle).toBe(false);
  });
  it('a plain date under the headline is left to the walk (it decides by the whole page)', () =>
    expect(headlineEvidence(page(`<h1>Campus lab opens</h1><p>April 8, 2025</p>${PROSE}`), NOW)).toBeNull());
  it('the headline only in a later link (related stories) does not count: the first occurrence decides', () => {
    const doc = page(
      `<p>Campus lab opens</p><p>See also</p>${PROSE}<h1>Campus lab opens</h1><p>Published: April 8, 2025</p>`,
    );
    expect(headlineEvidence(doc, NOW)).toBeNull();
  });
  it('an error page is not an article, whatever its headline prints', () => {
    const doc = page(`<h1>Page not found</h1><p>Published: April 8, 2025</p>${PROSE}`, 'Page not found - News');
    expect(detectArticle(doc, EDU, NOW).reasons).toEqual(['error page']);
  });
  it('reads the address from the page itself (location), with no URL to build', () => {
    const doc = page(`<h1>Campus lab opens</h1>\n<p>Published: April 8, 2025</p>\n${PROSE}`);
    expect(
      detectOnAcademicHost(doc, { hostname: 'news.example.edu', pathname: '/stories/lab-opens', search: '' }, NOW)
        .isArticle,
    ).toBe(true);
    expect(
      detectOnAcademicHost(doc, { hostname: 'news.example.edu', pathname: '/news/list.htm', search: '' }, NOW)
        .isArticle,
    ).toBe(false);
  });
  it('titleParts: the parts of <title> of 4+ characters, longest first', () =>
    expect(titleParts('Campus lab opens - news.listening.edu | Go')).toEqual([
      'news.listening.edu',
      'Campus lab opens',
    ]));
});

describe('labelled dates, numeric form tried first', () => {
  it.each([
    ['发布时间：2021-04-08 23:00', true],
    ['日期：2023年5月12日', true],
    ['published: april 8, 2025', true],
    ['posted on: 3 november 2022', true],
    ['date: 10/18/2004', true],
    ['published: 2030-01-01', false], // in the future
    ['published by the office of news, 2021-04-08', false], // the date is not right after the label
  ])('%s → %s', (text, want) => expect(hasLabelledDate(text, NOW)).toBe(want));
});

describe('the quick verdict never contradicts the walk', () => {
  const dir = 'tests/fixtures/pages';
  it.each(readdirSync(dir).filter((f) => f.endsWith('.html')))('%s', (file) => {
    const url = 'http://news.example.edu.cn/info/1033/1.htm';
    const doc = loadPage(`${dir}/${file}`, url);
    if (headlineEvidence(doc, NOW)) expect(detectByWalk(doc, new URL(url), NOW).isArticle).toBe(true);
  });
});
