// Dates and body edges on the classes review sets R50, R52 and R54 found failing (issue #11, session 41, round 9,
// checked on R51, R53 and R55): each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { ZH_BODY, clip } from './unseen-page-snippets';

const META = '<meta property="article:published_time" content="2024-07-02T10:00:00+08:00">';
const zhPage = (after: string) =>
  `<html><head>${META}<title>学校举行创新大会</title></head><body><article><h1>学校举行创新大会</h1>${ZH_BODY.repeat(3)}` +
  `<footer class="detail-foot">${after}</footer></article></body></html>`;

describe('the date labelled in the field lines right after the text (博达/VSB article footers)', () => {
  it('wins over a meta tag naming another day', () => {
    const d = clip(zhPage('<p>撰稿：毛诗雨 摄影：薛子涵</p><p>稿源：教育学部 | 日期：2024-06-25</p>'));
    expect(d.publishedAt).toBe('2024-06-25');
  });
  it('keeps the markup’s time when it names the same day', () => {
    const d = clip(zhPage('<p>稿源：教育学部 | 日期：2024-07-02</p>'));
    expect(d.publishedAt).toBe('2024-07-02T10:00:00+08:00');
  });
  it('guard: an update date there does not replace the publication date', () => {
    const d = clip(zhPage('<p>稿源：教育学部 | 更新时间：2024-08-01</p>'));
    expect(d.publishedAt).toBe('2024-07-02T10:00:00+08:00');
  });
  it('guard: a date printed by the headline stays', () => {
    const page = zhPage('<p>稿源：教育学部 | 日期：2024-06-25</p>').replace(
      '</h1>',
      '</h1><p>发布时间：2024-06-20</p>',
    );
    expect(clip(page).publishedAt).toBe('2024-06-20');
  });
});
