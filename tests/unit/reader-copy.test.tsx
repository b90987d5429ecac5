// The reader's "Copy citation" and "Copy as Markdown": what reaches the clipboard, and what the user is told.
import './dom-globals';
import './i18n-stub';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ReaderView } from '../../components/ReaderView';
import type { Article } from '../../utils/model/article';
import { localDay } from '../../utils/reader/cite';
import { draft } from './factories';
import { byTestId, click, mountEach, until } from './render-helpers';

const show = mountEach();
const article: Article = {
  ...draft(1, {
    title: '标题',
    byline: [{ name: '卢建军', role: '文字' }],
    site: { host: 'news.xjtu.edu.cn', name: '西安交通大学新闻网', university: '西安交通大学' },
    publishedAt: '2021-04-08T23:00:00+08:00',
    url: 'http://news.xjtu.edu.cn/info/1033/140512.htm',
    contentHtml: '<p>正文<b>加粗</b><script>alert(1)</script><a href="javascript:alert(2)">链接</a></p>',
  }),
  id: 'a',
  tags: [],
  entities: [],
  highlights: [{ text: '正文', note: '注', createdAt: '2026-11-02T00:00:00Z' }],
  clippedAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
};

let clipboard: string | null;
const writeText = vi.fn(async (text: string) => {
  clipboard = text;
});
beforeEach(() => {
  clipboard = null;
  writeText.mockClear();
  // Node 20 has no navigator of its own: the page's, with a clipboard that records what it is given.
  if (!('navigator' in globalThis)) Object.defineProperty(globalThis, 'navigator', { value: window.navigator });
  Object.defineProperty(window.navigator, 'clipboard', { value: { writeText }, configurable: true });
});

const status = (root: HTMLElement) => byTestId(root, 'copy-status')!;

describe('ReaderView: copy citation and Markdown', () => {
  it('copies the citation in the article’s style and says so in a status region', async () => {
    const root = show(<ReaderView article={article} onClose={() => {}} onPick={() => {}} />);
    expect(status(root).getAttribute('role')).toBe('status');
    click(byTestId(root, 'copy-citation'));
    await until(() => expect(status(root).textContent).toBe('Citation copied (GB/T 7714—2015)'));
    expect(clipboard).toBe(
      `卢建军. 标题[EB/OL]. 西安交通大学新闻网, (2021-04-08)[${localDay(new Date())}]. http://news.xjtu.edu.cn/info/1033/140512.htm.`,
    );
  });

  it('copies the article as Markdown, its body sanitized again, its highlights listed', async () => {
    const root = show(<ReaderView article={article} onClose={() => {}} onPick={() => {}} />);
    click(byTestId(root, 'copy-markdown'));
    await until(() => expect(status(root).textContent).toBe('Article copied as Markdown'));
    expect(clipboard).toBe(
      [
        '# 标题',
        '',
        '- Published: 2021-04-08 23:00',
        '- Site: 西安交通大学新闻网',
        '- Credits: 文字 卢建军',
        '- Original: [http://news.xjtu.edu.cn/info/1033/140512.htm](http://news.xjtu.edu.cn/info/1033/140512.htm)',
        '',
        '正文**加粗**链接',
        '',
        '## Your highlights',
        '',
        '- > 正文',
        '',
        '  注',
        '',
      ].join('\n'),
    );
  });

  it('says in words when the browser refuses the clipboard', async () => {
    writeText.mockRejectedValueOnce(new DOMException('Document is not focused.', 'NotAllowedError'));
    const root = show(<ReaderView article={article} onClose={() => {}} onPick={() => {}} />);
    click(byTestId(root, 'copy-citation'));
    await until(() => expect(status(root).textContent).toMatch(/^Nothing was copied/));
    expect(status(root).className).toContain('error');
    expect(clipboard).toBeNull();
  });
});
