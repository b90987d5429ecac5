// Readability's byline test with its cheap conditions first (utils/extraction/quick-byline.ts): the same byline and
// article on pages that print their author in each way Readability looks for, and on a page with none.
import { JSDOM } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { describe, expect, it } from 'vitest';
import { cheapBylineFirst } from '../../utils/extraction/quick-byline';

const PARA = '<p>The university opened its new laboratory today, with students and staff from every faculty. '.repeat(
  3,
);
const PAGES: [string, string][] = [
  ['a class "byline"', '<div class="byline">By Jane Doe</div>'],
  ['an id "author"', '<span id="author-box">Wang Li</span>'],
  ['rel="author"', '<a rel="author" href="/people/jd">Jane Doe</a>'],
  ['itemprop="author" with a name inside', '<div itemprop="author"><span itemprop="name">Li Ming</span> Staff</div>'],
  ['a byline class on a block of 100+ characters (not a byline)', `<div class="author-notes">${'x'.repeat(120)}</div>`],
  ['an empty byline element', '<div class="byline"> </div>'],
  ['no byline at all', ''],
];

function parse(html: string, cheap: boolean) {
  const doc = new JSDOM(`<html><body><article><h1>Lab opens</h1>${html}<div>${PARA}</div></article></body></html>`, {
    url: 'https://news.example.edu/a',
  }).window.document;
  const reader = new Readability(doc, { charThreshold: 200 });
  if (cheap) expect(cheapBylineFirst(reader)).toBe(true);
  return reader.parse();
}

describe('the byline test, cheap conditions first', () => {
  it.each(PAGES)('a page with %s: the same byline and article as Readability alone', (_what, html) => {
    expect(parse(html, true)).toEqual(parse(html, false));
  });

  it('finds the bylines it should (the comparison above is not between two empty answers)', () => {
    expect(parse(PAGES[0]![1], true)?.byline).toBe('By Jane Doe');
    expect(parse(PAGES[3]![1], true)?.byline).toBe('Li Ming');
    expect(parse('', true)?.byline).toBeFalsy();
  });
});
