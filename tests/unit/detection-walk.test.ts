// The detector's page walk (issue #12): what it defers, what it bounds, and the date forms the merged FULL_DATE
// still reads. Each case names the page class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { readWalk, walkPage } from '../../utils/detection/page-walk';
import { hasFullDate, isDateLine } from '../../utils/detection/date-clues';
import { detectArticle } from '../../utils/detection/detect-article';

const NOW = new Date('2026-11-23');
const PROSE = Array.from(
  { length: 5 },
  (_, i) =>
    `<p>Paragraph ${i + 1}: researchers and students worked on the project together, and the results were shared.</p>`,
).join('');
const page = (body: string, title = 'Campus lab opens') =>
  new JSDOM(`<!DOCTYPE html><html><head><title>${title}</title></head><body>${body}</body></html>`).window.document;

describe('page walk, deferred tests', () => {
  it('news list: counts its date lines on demand, and stops at five', () => {
    const items = Array.from({ length: 9 }, (_, i) => `<p>${i + 1} December 2006</p>`).join('');
    const walk = walkPage(page(`${items}${PROSE}`), NOW);
    expect(walk.dateLines()).toBe(5);
  });
  it('date lines in list items or links are not counted (a sidebar of dated links)', () => {
    const items = Array.from({ length: 9 }, (_, i) => `<li>${i + 1} December 2006</li>`).join('');
    const links = Array.from({ length: 9 }, (_, i) => `<a href="/${i}">${i + 1} December 2006</a>`).join('');
    expect(walkPage(page(`<ul>${items}</ul><div>${links}</div>${PROSE}`), NOW).dateLines()).toBe(0);
  });
  it('forum archive: a control printed as a link ("Next message") is found', () => {
    expect(walkPage(page(`<a href="/n">[ Next message ]</a>${PROSE}`), NOW).forum()).toBe(true);
    expect(walkPage(page(`<a href="/n">Reply</a>${PROSE}`), NOW).forum()).toBe(false);
  });
});

describe('page walk, bounded', () => {
  it('huge page: text after the first 5,000 text nodes is not read', () => {
    const filler = '<span>x</span>'.repeat(6_000);
    expect(walkPage(page(`<div>${filler}</div>${PROSE}`), NOW).prose).toBe(0);
    expect(walkPage(page(`${PROSE}<div>${filler}</div>`), NOW).prose).toBeGreaterThan(400);
  });
  it('an article whose prose comes first is still detected on a huge page', () => {
    const filler = '<span>x</span>'.repeat(6_000);
    const url = 'https://news.example.edu/stories/lab-opens';
    const doc = page(`<h1>Campus lab opens</h1><p>Published: April 8, 2025</p>${PROSE}<div>${filler}</div>`);
    expect(detectArticle(doc, url, NOW).isArticle).toBe(true);
  });
});

// What the walk reads, pinned: a walk that touches fewer nodes (tried in session 20) must read the same.
describe('page walk, what it reads', () => {
  it('article page: blocks in document order, each with its own text, links and scripts left out', () => {
    const doc = page(
      '<div>Intro <a href="/x">a link</a><p>First <b>bold</b> words</p> tail<script>var x = 2024;</script></div>' +
        '<ul><li>In a list 2024</li></ul><nav><p>Menu</p></nav>',
    );
    const read = readWalk(doc);
    // Blocks with no text of their own (the body's) are left out here: they add only spaces.
    expect(read.blocks.filter((b) => b.text).map((b) => [b.text.replace(/\s+/g, ' ').trim(), b.furniture])).toEqual([
      ['Intro tail', false],
      ['First bold words', false],
      ['In a list 2024', false],
      ['Menu', true],
    ]);
    expect(read.linked).toBe('a link'.length);
    // Short lines, links included; dated ones outside links and list items only (the script's year is not read).
    expect(read.short).toEqual(['Intro', 'a link', 'First', 'bold', 'words', 'tail', 'In a list 2024', 'Menu']);
    expect(read.dated).toEqual([]);
  });
  it('huge page: text nodes in scripts do not count toward the bound', () => {
    const scripts = '<script>1</script>'.repeat(6_000);
    expect(walkPage(page(`<div>${scripts}</div>${PROSE}`), NOW).prose).toBeGreaterThan(400);
  });
});

describe('full dates, month names written once', () => {
  it.each([
    ['April 12, 2025', true],
    ['apr. 12th, 2025', true],
    ['3 November 2022', true],
    ['3rd nov, 2022', true],
    ['2021-04-08', true],
    ['2023年5月12日', true],
    ['10/18/2004', true],
    // textContent glues blocks: the year runs into the next block's first word
    ['April 8, 2025Paragraph 1', true],
    ['April 8, 20251', false],
    ['12 students in 2025', false],
    ['april 2025', false],
  ])('%s → %s', (text, want) => expect(hasFullDate(text.toLowerCase(), NOW)).toBe(want));
  it('a date line is mostly its date, in either order', () => {
    expect(isDateLine('published 11 december 2006', NOW)).toBe(true);
    expect(isDateLine('december 11, 2006', NOW)).toBe(true);
    expect(isDateLine('the lab opened to students on december 11, 2006, with a party', NOW)).toBe(false);
  });
});
