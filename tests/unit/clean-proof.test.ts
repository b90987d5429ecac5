// The sanitizer's fast path for import (utils/safety/clean-proof.ts): whatever it proves clean, DOMPurify with the
// profile returns unchanged, and it never proves a hostile string; sanitizeKnownHtml always equals sanitizeHtml.
import { readFileSync, readdirSync } from 'node:fs';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { sanitizeHtml, sanitizeKnownHtml } from '../../utils/safety/sanitize';
import { provenClean } from '../../utils/safety/clean-proof';
import { PAYLOADS } from '../fixtures/xss-payloads.mjs';

const win = new JSDOM('').window as unknown as Window;
const BASE = 'http://news.xjtu.edu.cn/info/1/1.htm';

/** Page bodies of the repository's fixtures, as a clip stores them: sanitized with the article's address. */
const pages = readdirSync('tests/fixtures/pages')
  .filter((f) => f.endsWith('.html') && !f.includes('gb18030'))
  .map((f) => new JSDOM(readFileSync(`tests/fixtures/pages/${f}`, 'utf-8')).window.document.body.innerHTML);

describe('provenClean', () => {
  it('proves stored article HTML (sanitized as a clip is), and DOMPurify agrees it is unchanged', () => {
    let proven = 0;
    for (const page of pages) {
      // A clip is sanitized twice (extraction, then the save with the article's address): what an export holds.
      const stored = sanitizeHtml(sanitizeHtml(page, win), win, BASE);
      if (provenClean(stored, win, BASE)) proven++;
      expect(sanitizeKnownHtml(stored, win, BASE)).toBe(sanitizeHtml(stored, win, BASE));
    }
    // The fast path must actually apply to most stored articles, or it only costs a parse.
    expect(proven).toBeGreaterThanOrEqual(pages.length - 2);
  });

  it('proves ordinary markup as the profile leaves it', () => {
    const html =
      '<p>文字 <strong>加粗</strong> <a href="http://news.xjtu.edu.cn/a" rel="noopener noreferrer" target="_blank">链接</a></p>' +
      '<figure><img src="http://news.xjtu.edu.cn/p.jpg" alt="图"><figcaption>说明 &amp; 1 &lt; 2</figcaption></figure>' +
      '<table><tbody><tr><td colspan="2" class="x">格</td></tr></tbody></table>';
    expect(sanitizeHtml(html, win, BASE)).toBe(html);
    expect(provenClean(html, win, BASE)).toBe(true);
  });

  it.each([
    ['a link the hook has not yet marked', '<p><a href="http://news.xjtu.edu.cn/a">x</a></p>'],
    [
      'target before rel (the hook moves it last)',
      '<a href="http://a.edu/" target="_blank" rel="noopener noreferrer">x</a>',
    ],
    ['a relative link', '<a href="/a" rel="noopener noreferrer" target="_blank">x</a>'],
    ['an image without alt', '<img src="http://a.edu/1.jpg">'],
    ['a script', '<p>x</p><script>alert(1)</script>'],
    ['a handler', '<p onclick="alert(1)">x</p>'],
    ['a javascript: link', '<a href="javascript:alert(1)" rel="noopener noreferrer" target="_blank">x</a>'],
    ['a comment', '<p>x</p><!-- c -->'],
    ['a style attribute', '<p style="color:red">x</p>'],
    ['an id', '<p id="top">x</p>'],
    ['a scheme in a plain attribute', '<p lang="javascript:x">x</p>'],
    ['an unclosed tag (not the parser’s own serialisation)', '<p>x'],
    ['a mis-nested table row', '<tr><td>x</td></tr>'],
    ['svg', '<svg><a href="http://a.edu/">x</a></svg>'],
    ['a forbidden overlay', '<dialog open>x</dialog>'],
  ])('does not prove %s', (_what, html) => {
    expect(provenClean(html, win, BASE)).toBe(false);
    expect(sanitizeKnownHtml(html, win, BASE)).toBe(sanitizeHtml(html, win, BASE));
  });

  it.each(PAYLOADS.map((p, i) => [i + 1, p] as const))(
    'hostile payload %i: the same answer as DOMPurify, raw and once sanitized',
    (_i, payload) => {
      const raw = String(payload);
      expect(sanitizeKnownHtml(raw, win, BASE)).toBe(sanitizeHtml(raw, win, BASE));
      for (const once of [sanitizeHtml(raw, win, BASE), sanitizeHtml(sanitizeHtml(raw, win, BASE), win, BASE)]) {
        expect(sanitizeKnownHtml(once, win, BASE)).toBe(sanitizeHtml(once, win, BASE));
        expect(sanitizeKnownHtml(once, win)).toBe(sanitizeHtml(once, win));
      }
    },
  );
});
