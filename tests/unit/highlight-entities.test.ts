import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { highlightEntities } from '../../utils/reader/highlight-entities';

const doc = new JSDOM('').window.document;

describe('highlightEntities', () => {
  it('marks each mention by kind, longest name first, inside any element', () => {
    const html =
      '<p>党委书记卢建军主持会议，<a href="http://x.edu/">秦创原创新驱动平台</a>与秦创原平台。卢建军说。</p>';
    const out = highlightEntities(
      html,
      [
        { text: '卢建军', kind: 'person', role: '党委书记', count: 2 },
        { text: '秦创原创新驱动平台', kind: 'program', count: 1 },
        { text: '秦创原平台', kind: 'program', count: 1 },
      ],
      doc,
    );
    expect(out).toBe(
      '<p>党委书记<mark data-kind="person">卢建军</mark>主持会议，<a href="http://x.edu/"><mark data-kind="program">秦创原创新驱动平台</mark></a>与<mark data-kind="program">秦创原平台</mark>。<mark data-kind="person">卢建军</mark>说。</p>',
    );
  });
  it("marks watch-list aliases with their name's kind", () => {
    expect(
      highlightEntities('<p>王校长说</p>', [{ text: '王树国', kind: 'person', role: null, count: 1 }], doc, [
        { text: '王校长', kind: 'person' },
      ]),
    ).toBe('<p><mark data-kind="person">王校长</mark>说</p>');
  });
  it('leaves markup alone when there is nothing to mark', () => {
    expect(highlightEntities('<p>x</p>', [], doc)).toBe('<p>x</p>');
  });
});
