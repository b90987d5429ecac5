import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 18 (issue #11): each rule kept because it lifted the check set's aggregate (docs/extraction.md, "People,
// session 18"). Made-up texts; each test names the page class it serves.
const people = (text: string) => namesOfKind(text, 'person');

describe('Chinese runs that are words about a name, not names', () => {
  it.each([
    [
      'an entertainment report listing trades (摄影师等)',
      '现场聚集大批粉丝、采访媒体、摄影师等，嘉宾陆续登场。',
      '师等',
    ],
    [
      'a consumer dispute naming someone by surname only (吕姓消费者)',
      '他向记者透露，吕姓女士先是直接到省工商局投诉。',
      '吕姓',
    ],
  ])('%s', (_, text, wrong) => expect(people(text)).not.toContain(wrong));
});

describe('English names before a possessive', () => {
  it("university minutes naming an officer by title, then a possessive (Counsel Mara Quillfeather's title)", () =>
    expect(
      people('The word "acting" had been removed from General Counsel Mara Quillfeather\'s title this week.'),
    ).toContain('Mara Quillfeather'));
  it('a committee named after a verb and a possessive is no person, even when the surname speaks alone', () =>
    expect(
      people("The Committee to Boycott Thorne's Memoirs met in May. Thorne said little. Thorne wrote back to them."),
    ).not.toContain('Boycott Thorne'));
});
