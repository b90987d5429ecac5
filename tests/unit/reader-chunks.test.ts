// Enormous articles are drawn in pieces with a mark budget, so no single step of the reader is long.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { MAX_MARKS, splitBody } from '../../utils/reader/reader-chunks';
import { highlightEntities } from '../../utils/reader/highlight-entities';

const doc = new JSDOM('').window.document;

describe('splitBody', () => {
  it('leaves an ordinary body whole, exactly as stored', () => {
    const html = '<div><p>一</p><p>二</p></div>';
    expect(splitBody(html)).toEqual([html]);
  });

  it('cuts a 2 M-character body into pieces of bounded size at paragraph ends, losing nothing', () => {
    const paras = Array.from(
      { length: 20_000 },
      (_, i) => `<p>第${i}段 王树国 &amp; 西安交通大学 ${'文字'.repeat(40)}</p>`,
    );
    const html = `<div class="page">${paras.join('')}</div>`;
    expect(html.length).toBeGreaterThan(2_000_000);
    const pieces = splitBody(html, 40_000);
    expect(pieces.length).toBeGreaterThan(40);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(40_000);
    expect(pieces.join('')).toBe(html);
    for (const p of pieces.slice(0, -1)) expect(p).toMatch(/<\/p>$/);
  });

  it('cuts text without any tag too, and each piece sanitizes on its own', () => {
    const html = `<p>${'字'.repeat(100_000)}</p>`;
    const pieces = splitBody(html, 12_000);
    expect(pieces.join('')).toBe(html);
    for (const p of pieces) expect(p.length).toBeLessThanOrEqual(12_000);
  });
});

describe('highlightEntities with a budget', () => {
  it('stops marking when the budget shared by the pieces is spent', () => {
    const budget = { marks: MAX_MARKS };
    const piece = `<p>${'王树国说。'.repeat(2_000)}</p>`;
    const marks = (html: string) => html.split('<mark').length - 1;
    const ent = [{ text: '王树国', kind: 'person' as const, count: 4_000 }];
    const first = highlightEntities(piece, ent, doc, [], budget);
    const second = highlightEntities(piece, ent, doc, [], budget);
    const third = highlightEntities(piece, ent, doc, [], budget);
    expect([marks(first), marks(second), marks(third)]).toEqual([2_000, MAX_MARKS - 2_000, 0]);
    expect(third).toBe(piece);
  });
});
