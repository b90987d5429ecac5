// Round 14 (issue #11, session 46): classes the tuning sets failed, checked on sets written after the change: each
// describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 14: a staff profile with its publication list (faculty pages on any CMS)', () => {
  const url = 'https://sse.example.edu.cn/en/faculty/liuwenhao';
  const profile = (citation: string) =>
    '<title>LIU, Wenhao | School of Science and Engineering</title><main><h1>LIU, Wenhao</h1>' +
    '<p>Associate Professor, Electronic Information Engineering Programme</p><h2>Biography</h2>' +
    '<p>Professor Liu received his Ph.D. degree in Electrical Engineering in 2015 and joined the school in 2019. ' +
    'He serves as an Associate Editor of IEEE Transactions on Circuits and Systems II.</p>' +
    `<h2>Selected Publications</h2><p>${citation}</p></main>`;
  it('a citation’s volume, number, pages and month are the paper’s, not an issue line', () => {
    const cited =
      'W. Liu, Y. Zhang, and K. Chen, “A 28-GHz eight-element phased-array transceiver,” IEEE Journal of ' +
      'Solid-State Circuits, vol. 59, no. 4, pp. 1021–1034, Apr. 2024.';
    expect(detect(profile(cited), url)).toEqual({ isArticle: false, reasons: ['no date'] });
  });
  it('guard: a magazine’s issue line by its headline is still one', () => {
    const issue =
      '<title>Students rebuild the old boathouse | The Campus Magazine</title><main><h1>Students rebuild the ' +
      'old boathouse</h1><p>Volume 121, Number 11</p><p>Twelve students spent the summer rebuilding the ' +
      'boathouse on the lake, plank by plank, with help from the facilities office and two retired carpenters. ' +
      'The work took eleven weeks and was paid for by alumni of the rowing club.</p>' +
      `${EN_PARAS}</main>`;
    const url = 'https://magazine.example.edu/students-rebuild-boathouse';
    expect(detect(issue, url)).toEqual({ isArticle: true, reasons: ['issue line'] });
  });
});

describe('round 14: a newsroom whose sidebar holds the date as a label and a value (Drupal news templates)', () => {
  const page = (meta: string) =>
    '<title>Undergraduates present research at spring symposium | NYU Shanghai</title><main><div class="story">' +
    `<h1>Undergraduates present research at spring symposium</h1>${EN_PARAS}</div><aside>${meta}` +
    '<h2>Related Stories</h2><ul><li><a href="/news/a">Summer institute wraps up</a></li></ul></aside></main>';
  it('the label element and its value’s element beside it give the date', () => {
    const meta =
      '<div class="news-meta__item"><span class="label">Published</span><span class="value">May 6, 2025</span></div>';
    expect(clip(page(meta), 'https://shanghai.example.edu/news/symposium').publishedAt?.slice(0, 10)).toBe(
      '2025-05-06',
    );
  });
  it('guard: the same label over each of several items gives no date', () => {
    const item = (d: string) => `<div><span>Published</span><span>${d}</span></div>`;
    const meta = item('May 6, 2025') + item('April 2, 2025');
    expect(clip(page(meta), 'https://shanghai.example.edu/news/symposium').publishedAt).toBeNull();
  });
});
