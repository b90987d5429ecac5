// What the detector's injections return is untrusted input: the page's own scripts share its DOM, and would share
// the injected function itself if it ran in the page's main world (scripting.executeScript `world: 'MAIN'`, measured
// in session 22). Page class: any page, including a hostile one that patches the built-ins our reads call. The
// background must refuse values the honest readers (readHeadline, readWalk) can never return, never throw on them,
// and so give a hostile page no badge beyond what its text earns.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { afterHeadlineRead, badgeFor } from '../../entrypoints/background/badge';
import { headlineLooks, readHeadline } from '../../utils/detection/headline-region';
import { readMetadata } from '../../utils/detection/page-metadata';
import { DATED_LINE, MAX_TEXT_NODES, readWalk, SHORT_LINE } from '../../utils/detection/page-walk';
import { isHeadlineRead, MAX_TITLE } from '../../utils/platform/protocol';

const NOW = new Date('2026-11-23');
const URL_ = 'http://news.example.edu.cn/info/1033/1.htm';
const PROSE = '<p>' + '这是一段新闻正文，讲述了实验室的建设。'.repeat(12) + '</p>';
const TITLE = '新材料实验室揭牌成立-新闻网';
const doc = new JSDOM(`<title>${TITLE}</title><body><h1>新材料实验室揭牌成立</h1><p>发布时间：2025-04-08</p>${PROSE}`, {
  url: URL_,
}).window.document;
const looks = headlineLooks(TITLE);
// Through JSON, as an injection's value comes back.
const honest = () => JSON.parse(JSON.stringify(readHeadline(looks, doc)));

describe('the headline read, checked against what was asked for', () => {
  it('takes the honest read of a dated article (the quick verdict badges it)', () => {
    expect(isHeadlineRead(honest(), [looks[0]!.length])).toBe(true);
    expect(afterHeadlineRead(honest(), URL_, looks, 'NEWS', NOW)).toEqual({ badge: 'NEWS' });
  });

  const read = honest();
  const long = 'x'.repeat(looks[0]!.length + 1);
  it.each([
    ['a window longer than asked for (a patched String.prototype.slice)', { ...read, windows: [long] }],
    ['more windows than looks', { ...read, windows: [...read.windows, null] }],
    ['no windows', { ...read, windows: [] }],
    ['a title past the bound (a page-defined document.title)', { ...read, title: 'a'.repeat(MAX_TITLE + 1) }],
    ['a title that is not text', { ...read, title: { toString: 1 } }],
    ['windows that are not an array', { ...read, windows: { length: 1, 0: 'x' } }],
    ['a string instead of the object', 'NEWS'],
    ['null', null],
  ])('refuses %s, without throwing', (_n, result) => {
    expect(afterHeadlineRead(result, URL_, looks, 'NEWS', NOW)).toBeNull();
  });

  it('keeps a title at the bound', () => {
    expect(isHeadlineRead({ ...read, title: 'a'.repeat(MAX_TITLE) }, [looks[0]!.length])).toBe(true);
  });
});

describe('the walk, checked against the bounds readWalk keeps', () => {
  const facts = () =>
    JSON.parse(JSON.stringify({ href: URL_, title: doc.title, walk: readWalk(doc), meta: readMetadata(doc) }));

  it('judges the honest walk (a page the quick verdict settles walks to the same verdict)', () => {
    expect(badgeFor(facts(), URL_, 'NEWS', NOW)).toBe('NEWS');
  });

  const f = facts();
  it.each([
    ['a short line that is not short', { ...f, walk: { ...f.walk, short: ['y'.repeat(SHORT_LINE)] } }],
    ['a date line past its length', { ...f, walk: { ...f.walk, dated: ['2025 '.repeat(DATED_LINE / 5)] } }],
    [
      'more short lines than text nodes read',
      { ...f, walk: { ...f.walk, short: Array(MAX_TEXT_NODES + 1).fill('a') } },
    ],
    ['a title past the bound', { ...f, title: 'a'.repeat(MAX_TITLE + 1) }],
  ])('refuses %s', (_n, result) => expect(badgeFor(result, URL_, 'NEWS', NOW)).toBeNull());
});
