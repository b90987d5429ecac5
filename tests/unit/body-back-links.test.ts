// Links back out of the article that Readability leaves at the end of university articles (session 25, issue
// #11), removed when they stand on a line of their own.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeBackLinks } from '../../utils/extraction/back-links';
import { blockText } from '../../utils/extraction/extract-body';

const PROSE =
  '<p>' + 'The committee reviewed every incident and published its findings for the campus. '.repeat(3) + '</p>';
const body = (html: string) => new JSDOM(`<body><div id="r">${html}</div></body>`).window.document.getElementById('r')!;
const after = (html: string, f: (root: Element) => void) => {
  const root = body(html);
  f(root);
  return blockText(root);
};

describe('removeBackLinks', () => {
  it.each([
    // Page class: departmental newsletters of the early web, a link back to the contents under the article.
    ['a bare link after a rule', `${PROSE}<hr><a href="index.html"><i>Return to table of contents</i></a>`],
    // Page class: old personal and project essays, the link centred in wrappers.
    [
      'a link in inline wrappers',
      `${PROSE}<br>&nbsp;<center><b><font>&nbsp;<a href="x.html">RETURN TO PREVIOUS PAGE</a></font></b></center>`,
    ],
    // Page class: Chinese campus news, 返回 links under the article.
    ['a Chinese back link', `${PROSE}<p><a href="/">返回首页</a></p>`],
  ])('removes %s', (_n, html) => expect(after(html, removeBackLinks)).toBe(blockText(body(PROSE))));

  it('keeps a link inside a sentence, and a back-to line that is not a link', () => {
    const html = `<p>Students can <a href="/r">return to campus</a> on Monday.</p><p>Back to the lab, the team met again.</p>`;
    expect(after(html, removeBackLinks)).toBe(blockText(body(html)));
    const inSentence = `<p>Read the report, then <a href="/r">Back to the Future</a> screens at eight.</p>`;
    expect(after(inSentence, removeBackLinks)).toBe(blockText(body(inSentence)));
  });
});
