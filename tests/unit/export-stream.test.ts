// The export file's stream reader: every article of any chunking, strings with brackets, quotes and escapes;
// malformed JSON refused like JSON.parse refuses it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ExportStream } from '../../utils/collection/export-stream';

function read(text: string, cuts: number[]) {
  const members: Record<string, unknown> = {};
  const articles: unknown[] = [];
  const s = new ExportStream({ member: (k, v) => void (members[k] = v), article: (a) => void articles.push(a) });
  let at = 0;
  for (const c of [...cuts.filter((x) => x < text.length)].sort((a, b) => a - b)) {
    s.write(text.slice(at, c));
    at = c;
  }
  s.write(text.slice(at));
  s.end();
  return { members, articles };
}

describe('ExportStream', () => {
  it('reads any file of the export shape, cut anywhere, as JSON.parse does', () => {
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.jsonValue(), fc.dictionary(fc.string(), fc.jsonValue())), { maxLength: 6 }),
        fc.string(),
        fc.array(fc.nat(400), { maxLength: 8 }),
        fc.boolean(),
        (articles, extra, cuts, pretty) => {
          const file = { format: 'campus-news-clips', version: 1, note: extra, articles, after: [extra, { a: 1 }] };
          const text = pretty ? JSON.stringify(file, null, 2) : JSON.stringify(file);
          const got = read(text, cuts);
          const want = JSON.parse(text);
          expect(got.articles).toEqual(want.articles);
          expect(got.members).toEqual({ format: want.format, version: 1, note: want.note, after: want.after });
        },
      ),
      { numRuns: 300 },
    );
  });

  it('reads strings of escapes and quotes cut at every position', () => {
    const articles = [{ t: 'a\\"b\\\\"c\\', h: '<p class="x">"}]{[\\</p>\n' }, { t: '\\\\\\"' }, '"', '\\'];
    const text = JSON.stringify({ format: 'campus-news-clips', articles });
    for (let at = 1; at < text.length; at++) expect(read(text, [at]).articles).toEqual(articles);
    for (let at = 1; at < text.length - 1; at++) expect(read(text, [at, at + 1]).articles).toEqual(articles);
  });

  it("reads a value carried across many chunks (each chunk scanned alone, the value's start kept)", () => {
    const articles = [{ t: '交大'.repeat(300) + '\\"', n: 12345 }, 678, { u: 'x' }];
    const text = JSON.stringify({ format: 'campus-news-clips', articles, after: 9 });
    const cuts = Array.from({ length: text.length }, (_, i) => i + 1);
    expect(read(text, cuts)).toEqual({ members: { format: 'campus-news-clips', after: 9 }, articles });
  });

  it.each([
    ['{oops'],
    ['{"articles":[{"a":1},]}'],
    ['{"articles":[{"a":1}'],
    ['[1,2]'],
    ['{"a":1} x'],
    ['{"articles":[{"a":tru}]}'],
    [''],
  ])('refuses %s', (text) => expect(() => read(text, [3])).toThrow(SyntaxError));
});
