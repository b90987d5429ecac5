// The page's footer that Readability leaves under university articles (session 25, issue #11): it opens with the
// copyright or the update stamp, and no prose follows it.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { removeFooterTail } from '../../utils/extraction/footer-tail';
import { blockText } from '../../utils/extraction/extract-body';

const PROSE =
  '<p>' + 'The committee reviewed every incident and published its findings for the campus. '.repeat(3) + '</p>';
const body = (html: string) => new JSDOM(`<body><div id="r">${html}</div></body>`).window.document.getElementById('r')!;
const after = (html: string, f: (root: Element) => void) => {
  const root = body(html);
  f(root);
  return blockText(root);
};

describe('removeFooterTail', () => {
  it('removes a footer that opens with the copyright, with the update stamp under it (online journals)', () => {
    const footer =
      '<p>© Internet Archaeology URL: <a href="/j">http://intarch.ac.uk/j</a><br>Last updated: Wed Jan 17 2001</p>';
    expect(after(`${PROSE}${footer}`, removeFooterTail)).toBe(blockText(body(PROSE)));
  });

  it('removes a Chinese footer (版权所有) and what follows it', () => {
    expect(after(`${PROSE}<p>版权所有 北京大学</p><p>地址：北京市</p>`, removeFooterTail)).toBe(blockText(body(PROSE)));
  });

  it('keeps a © credit followed by more of the article', () => {
    const html = `<p>© Jane Doe / University photo</p>${PROSE}`;
    expect(after(html, removeFooterTail)).toBe(blockText(body(html)));
  });
});
