import './dom-globals';
import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { articleMarkdown, type MarkdownFields, type MarkdownLabels } from '../../utils/reader/article-markdown';
import { htmlToMarkdown } from '../../utils/reader/to-markdown';
import { extractArticle } from '../../utils/extraction/extract-article';
import { PAYLOADS } from '../fixtures/xss-payloads.mjs';
import { loadPage } from './load-page';

const LABELS: MarkdownLabels = {
  published: 'Published',
  site: 'Site',
  source: 'Source',
  credits: 'Credits',
  original: 'Original',
  highlights: 'Your highlights',
};
/** The seed article's Markdown, reviewed by eye (WRITE_GOLDEN=1 writes it anew). */
const GOLDEN = 'tests/fixtures/markdown/xjtu-webplus-article.md';
const md = (html: string) => htmlToMarkdown(html, document);

describe('articleMarkdown', () => {
  it('gives a fixture article as title, metadata, body and highlights with notes', () => {
    const url = 'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm';
    const r = extractArticle(loadPage('tests/fixtures/pages/xjtu-webplus-article.html', url), url);
    if (!r.ok) throw new Error('no article');
    const a: MarkdownFields = {
      ...r.draft,
      highlights: [
        { text: '产教融合', note: '见校长讲话。\n- 第二行', createdAt: '2026-01-01T00:00:00Z' },
        { text: '协同育人', note: null, createdAt: '2026-01-01T00:00:00Z' },
      ],
    };
    if (process.env.WRITE_GOLDEN) writeFileSync(GOLDEN, articleMarkdown(a, LABELS, window));
    expect(articleMarkdown(a, LABELS, window)).toBe(readFileSync(GOLDEN, 'utf8'));
  });

  it('sanitizes the stored body again: no script, handler or javascript: link reaches the Markdown', () => {
    const a: MarkdownFields = {
      title: 'Hostile <b>title</b>',
      publishedAt: null,
      site: { host: 'x.edu', name: null, university: null },
      source: null,
      byline: [],
      url: 'https://x.edu/a',
      contentHtml: `<p>Text</p>${PAYLOADS.join('\n')}<p><a href="javascript:alert(1)">js</a> <img src="x.png" onerror="alert(2)" alt="pic"></p>`,
      highlights: [],
      excerpt: 'A <b>standfirst</b> **in bold**',
      textContent: 'Text',
    };
    const out = articleMarkdown(a, LABELS, window);
    expect(out).not.toMatch(/<script|javascript:|vbscript:|data:text|onerror|onload|__xss|<iframe|<svg/i);
    expect(out).toContain('# Hostile \\<b\\>title\\</b\\>');
    // The relative image is made absolute against the article, its handler gone.
    expect(out).toContain('![pic](https://x.edu/x.png)');
    expect(out).toMatch(/^js !\[pic\]/m);
    // The standfirst the text leaves out, in bold, its marks escaped.
    expect(out).toContain('**A \\<b\\>standfirst\\</b\\> \\*\\*in bold\\*\\***');
  });

  it('converts even unsanitized HTML without letting another scheme through', () => {
    const out = md(
      '<a href="javascript:alert(1)">a</a> <img src="data:image/png;base64,AA" alt="b"> <a href="mailto:x@y.edu">m</a>',
    );
    expect(out).toBe('a  [m](mailto:x@y.edu)');
  });
});

describe('htmlToMarkdown', () => {
  it('writes headings from ##, paragraphs, emphasis, links and images', () => {
    expect(
      md(
        '<h1>A</h1><h3>B</h3><p>One <strong>bold</strong> and <em>it</em>, <a href="https://x.edu/a b">link</a>.<br>Next</p><p><img src="https://x.edu/i.png" alt="An [image]"></p>',
      ),
    ).toBe(
      '## A\n\n### B\n\nOne **bold** and *it*, [link](https://x.edu/a%20b).  \nNext\n\n![An \\[image\\]](https://x.edu/i.png)',
    );
  });

  it('keeps Chinese punctuation outside bold and italic, where CommonMark can read the marks', () => {
    expect(md('<p>他说<strong>“创新。”</strong>然后<em>离开，</em>了</p>')).toBe('他说“**创新**。”然后*离开*，了');
    expect(md('<p><b>D</b><b>on’t</b> go</p>')).toBe('**Don’t** go');
  });

  it('writes nested lists, numbered lists from their start, blockquotes and code', () => {
    expect(md('<ul><li>One<ul><li>Nested</li></ul></li><li>Two</li></ul><ol start="3"><li>Three</li></ol>')).toBe(
      '- One\n  - Nested\n- Two\n\n3. Three',
    );
    expect(md('<blockquote><p>Quote</p><p>More</p></blockquote><pre><code>a `b`\nc</code></pre>')).toBe(
      '> Quote\n>\n> More\n\n```\na `b`\nc\n```',
    );
  });

  it('writes a data table as a GFM table, a layout table as its cells', () => {
    expect(
      md(
        '<table><caption>Intake</caption><tr><th>Year</th><th>Students</th></tr><tr><td>2021</td><td>1 | 2</td></tr></table>',
      ),
    ).toBe('Intake\n\n| Year | Students |\n| --- | --- |\n| 2021 | 1 \\| 2 |');
    expect(md('<table><tr><td><h2>News</h2><p>A</p><p>B</p></td><td>Side</td></tr></table>')).toBe(
      '## News\n\nA\n\nB\n\nSide',
    );
  });

  it('escapes text that would read as Markdown', () => {
    expect(md('<p>1. Not a list *nor* _this_ [x]</p><p># nor a heading</p>')).toBe(
      '1\\. Not a list \\*nor\\* \\_this\\_ \\[x\\]\n\n\\# nor a heading',
    );
  });
});
