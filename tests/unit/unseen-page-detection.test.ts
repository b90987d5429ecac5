// Detection on pages never seen (issue #11, session 20), learned from the off-campus tuning pages judged past the
// host gate: today's news templates whose menus outweigh a short article, and dates printed in other languages.
// One authored page per class (no corpus page copied), each failing before its rule; the lists and pages without
// evidence beside them must stay refused.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const NOW = new Date('2026-11-23');
const detect = (head: string, body: string, url: string) =>
  detectArticle(
    new JSDOM(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, { url })
      .window.document,
    url,
    NOW,
    isAcademicHost,
  );

const EN_PARA =
  '<p>The new laboratory gives students from several departments a place to test their designs, and staff said the first projects would start in the autumn.</p>';
// A portal's menus, footer links and related stories: more link text than a short article holds (not in <nav>).
const MENUS = `<div class="menu">${Array.from({ length: 60 }, (_, i) => `<a href="/s/${i}">Section link ${i}</a>`).join(' ')}</div>`;
const RELATED = `<div class="related">${Array.from({ length: 20 }, (_, i) => `<a href="/n/${i}">Another story from the news desk ${i}</a>`).join(' ')}</div>`;
const OG_ARTICLE = '<meta property="og:type" content="article">';

describe('a short article declaring itself one, among a portal’s menus (wire stories, sports briefs)', () => {
  const page = (paras: number) =>
    detect(
      `<title>New laboratory opens - Example University</title>${OG_ARTICLE}`,
      `${MENUS}<h1>New laboratory opens</h1>${EN_PARA.repeat(paras)}${RELATED}`,
      'https://news.example.edu/stories/new-laboratory',
    );
  it('three paragraphs (about 400 characters of prose) under og:type article: an article', () =>
    expect(page(3)).toEqual({ isArticle: true, reasons: ['og:type'] }));
  it('two paragraphs (a teaser, a video page) stay refused as mostly links', () =>
    expect(page(2).reasons).toEqual(['mostly links']));
});
