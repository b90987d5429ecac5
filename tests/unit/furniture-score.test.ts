// The eval's furniture measure on pages with a gold text (issue #11), on a tiny made-up page: a body is free of
// furniture when every paragraph of it is found, tolerantly, in the gold text.
import { describe, expect, it } from 'vitest';
import { goldFurniture } from '../corpus/score';

const GOLD = `URL: http://news.example.edu/2005/housing.html
<h> Housing staff keep the campus running
<p> Housing Assignment Services has changed and expanded over the years, reflecting the ways the
   University itself has evolved, Carey said. (For more information, visit .)
<p> "We used to ask three questions of students," she said.
<p> 李简的话几乎让人怀疑自己的耳朵出了问题。“呵，是真的”。`;

const ARTICLE = [
  'Housing staff keep the campus running',
  // The annotators left the address out: the line is still the article's.
  'Housing Assignment Services has changed and expanded over the years, reflecting the ways the University itself has evolved, Carey said. (For more information, visit [www.ugs.udel.edu/gened/FYE_links.htm]).',
  // Curly quotes and a different wrap.
  '“We used to ask three questions of students,” she said.',
  '李简的话几乎让人怀疑自己的耳朵出了问题。"呵，是真的"。',
];

describe('goldFurniture (university articles with a CleanEval gold text)', () => {
  it('passes a body made of the gold text’s paragraphs', () => {
    expect(goldFurniture(ARTICLE.join('\n'), GOLD)).toMatchObject({ ok: true, got: '' });
  });

  it('fails a body with a footer line or a "Return to" link, and names it', () => {
    const s = goldFurniture([...ARTICLE, 'To learn how to subscribe to UDaily, click here.'].join('\n'), GOLD);
    expect(s).toMatchObject({ ok: false, got: 'To learn how to subscribe to UDaily, click here.' });
    expect(goldFurniture([...ARTICLE, 'Return to table of contents'].join('\n'), GOLD)?.ok).toBe(false);
  });

  it('fails a breadcrumb that ends in the headline (half its n-grams are the article’s)', () => {
    const crumbs = 'Home > News > Campus life > Housing staff keep the campus running';
    expect(goldFurniture([crumbs, ...ARTICLE].join('\n'), GOLD)?.ok).toBe(false);
  });

  it('judges a Chinese site name under the article (CJK characters count two), not a short credit', () => {
    expect(goldFurniture([...ARTICLE, '北京大学医学部新闻中心'].join('\n'), GOLD)?.ok).toBe(false);
    expect(goldFurniture([...ARTICLE, '（袁源）', 'Print'].join('\n'), GOLD)?.ok).toBe(true);
  });
});
