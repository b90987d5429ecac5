// Text the page hides is left out of a tab clip (R7 #2): the page names its hidden elements by index, our parse drops
// them once they line up, and a collapsed article ("展开全文") is kept whole. Also: a page still loading that held no
// article says so (R7 #1).
import './i18n-stub';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { dropHidden, hiddenIn, needsHiddenBack, withoutHiddenOr } from '../../utils/clip/hidden-elements';
import { isPageSnapshot, type HiddenMarks, type PageSnapshot } from '../../utils/clip/page-snapshot';
import { extractFromSnapshot } from '../../utils/clip/extract-snapshot';
import type { ExtractResult } from '../../utils/extraction/extract-article';
import { clipStatus } from '../../utils/clip/status-text';

const NOW = new Date('2026-11-30');
const URL = 'http://news.hidden.edu.cn/info/1033/7001.htm';
const ours = () => new JSDOM('', { url: 'chrome-extension://x/offscreen.html' }).window as unknown as Window;
const parse = (html: string) => new JSDOM(html).window.document;
const P = (i: number) =>
  `<p>第${i}段：学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果。这是第${i}段正文，内容足够长。</p>`;

/** Marks as the page would send them for the elements `select` finds (the page's side runs only in a browser). */
function marksFor(doc: Document, select: string): HiddenMarks {
  const all = [...doc.body.getElementsByTagName('*')];
  const hidden = [...doc.body.querySelectorAll(select)];
  return {
    count: all.length,
    at: hidden.map((el) => all.indexOf(el)),
    tags: hidden.map((el) => el.localName),
    sizes: hidden.map((el) => el.getElementsByTagName('*').length),
  };
}

const PAGE = `<!DOCTYPE html><html><head><title>隐藏文字测试-测试大学新闻网</title></head><body><h1>隐藏文字测试</h1>
<div>发布时间：2024-05-01 10:00</div><div class="content">${P(1)}${P(2)}<p class="hid">隐藏的垃圾文字HIDDENSPAM<b>加粗</b>。</p>
<p class="hid">内联隐藏文字INLINEHIDDEN。</p>${P(3)}${P(4)}</div></body></html>`;

describe('hidden elements, by index', () => {
  it('finds and drops the marked elements, with their subtrees, when they line up', () => {
    const doc = parse(PAGE);
    const marks = marksFor(doc, '.hid');
    expect(marks.at.length).toBe(2);
    const text = dropHidden(doc, marks);
    expect(text).toBe('隐藏的垃圾文字HIDDENSPAM加粗。\n内联隐藏文字INLINEHIDDEN。');
    expect(doc.body.textContent).not.toMatch(/HIDDENSPAM|INLINEHIDDEN/);
    expect(doc.body.textContent).toContain('第4段');
  });

  it('drops nothing when the parse does not line up: another count, tag or subtree', () => {
    const marks = marksFor(parse(PAGE), '.hid');
    for (const bad of [
      { ...marks, count: marks.count + 1 },
      { ...marks, tags: ['div', 'p'] },
      { ...marks, sizes: [0, 0] },
      { ...marks, at: [marks.at[0], marks.count + 5] },
    ]) {
      const doc = parse(PAGE);
      expect(hiddenIn(doc, bad)).toBeNull();
      expect(dropHidden(doc, bad)).toBeNull();
      expect(doc.body.textContent).toContain('HIDDENSPAM');
    }
  });

  it('a snapshot with marks of the wrong shape is not taken', () => {
    const base = { html: '', url: URL, charset: 'UTF-8', bytes: null };
    expect(isPageSnapshot({ ...base, loading: true, hidden: { count: 1, at: [0], tags: ['p'], sizes: [0] } })).toBe(
      true,
    );
    for (const hidden of [{ count: 1, at: [0], tags: [], sizes: [0] }, { count: 1, at: ['0'], tags: ['p'] }, 5])
      expect(isPageSnapshot({ ...base, hidden })).toBe(false);
    expect(isPageSnapshot({ ...base, loading: 'yes' })).toBe(false);
  });
});

describe('the rule: hidden text is left out unless the article is what is hidden', () => {
  const found = (text: string): ExtractResult => ({ ok: true, draft: { textContent: text } as never });
  const none: ExtractResult = { ok: false, error: 'no-article' };
  const prose = (n: number) => '学'.repeat(n - 1) + '。';

  it('a second extraction only when hidden prose outweighs what was found without it', () => {
    expect(needsHiddenBack(found(prose(300)), prose(100))).toBe(false);
    expect(needsHiddenBack(found(prose(300)), `${'菜单 '.repeat(500)}`)).toBe(false); // a menu is not prose
    expect(needsHiddenBack(found(prose(100)), prose(300))).toBe(true);
    expect(needsHiddenBack(none, prose(10))).toBe(true);
    expect(needsHiddenBack(none, '')).toBe(false);
  });

  it('keeps the hidden text when the article without it is missing or less than half as long', () => {
    expect(withoutHiddenOr(none, found(prose(300)))).toEqual(found(prose(300)));
    expect(withoutHiddenOr(found(prose(100)), found(prose(300)))).toEqual(found(prose(300)));
    expect(withoutHiddenOr(found(prose(200)), found(prose(300)))).toEqual(found(prose(200)));
    expect(withoutHiddenOr(found(prose(200)), none)).toEqual(found(prose(200)));
  });

  it('a tab clip leaves out hidden spam, but keeps a collapsed article ("展开全文") whole', () => {
    const snap = (html: string, select: string): PageSnapshot => ({
      html,
      url: URL,
      charset: 'UTF-8',
      bytes: null,
      hidden: marksFor(parse(html), select),
    });
    const spam = extractFromSnapshot(snap(PAGE, '.hid'), ours(), NOW);
    expect(spam.ok && spam.draft.textContent).not.toMatch(/HIDDENSPAM|INLINEHIDDEN/);
    expect(spam.ok && spam.draft.textContent).toMatch(/第1段[\s\S]*第4段/);

    const collapsed = `<!DOCTYPE html><html><head><title>折叠正文-测试大学新闻网</title></head><body><h1>折叠正文</h1>
<div>发布时间：2024-05-01 10:00</div><div class="content"><p>导语：学校举行学术交流活动。</p>
<div id="more">${P(1)}${P(2)}${P(3)}${P(4)}</div><a href="#">展开全文</a></div></body></html>`;
    const whole = extractFromSnapshot(snap(collapsed, '#more'), ours(), NOW);
    expect(whole.ok && whole.draft.textContent).toMatch(/第1段[\s\S]*第4段/);
    // Marks that do not line up (the page's tree is not our parse's): nothing is dropped.
    const off = extractFromSnapshot(
      { ...snap(PAGE, '.hid'), hidden: { count: 1, at: [0], tags: ['p'], sizes: [0] } },
      ours(),
      NOW,
    );
    expect(off.ok && off.draft.textContent).toContain('HIDDENSPAM');
  });
});

describe('a page still loading', () => {
  it('with no article yet says so, and is not blamed for its size', () => {
    const html = '<!DOCTYPE html><html><head><title>仍在加载-测试大学新闻网</title></head><body></body></html>';
    const s: PageSnapshot = { html, url: URL, charset: 'UTF-8', bytes: null, loading: true };
    expect(extractFromSnapshot(s, ours(), NOW)).toEqual({ ok: false, error: 'still-loading' });
    expect(extractFromSnapshot({ ...s, loading: false }, ours(), NOW)).toEqual({ ok: false, error: 'no-article' });
    const said = clipStatus({ ok: false, error: 'still-loading' });
    expect(said.error).toBe(true);
    expect(said.text).toMatch(/still loading/);
    expect(said.text).not.toMatch(/too large/);
  });
});
