// Confirming a name or phrase (hasPhrases) first looks for it as printed, and normalises the text only when that
// fails: the answer must be what the normalised comparison alone gives, for texts in either Chinese script, any
// case and any spacing. It rests on han-fold folding to characters it does not fold again.
import { describe, expect, it } from 'vitest';
import { foldHan } from '../../utils/model/han-fold';
import { phraseText, queryPhrases } from '../../utils/collection/search-words';
import { hasPhrases, type SearchedFields } from '../../utils/collection/stored-article';

const fields = (textContent: string, title = ''): SearchedFields => ({
  title,
  site: { host: 'news.example.edu.cn', name: null, university: null },
  source: null,
  byline: [],
  tags: [],
  entities: [],
  textContent,
  excerpt: '',
  highlights: [],
});

/** The comparison with every field normalised first. */
const slow = (a: SearchedFields, phrases: string[]) =>
  phrases.every((p) => [a.title, a.textContent].map(phraseText).some((f) => f.includes(p)));

describe('a phrase found as printed', () => {
  it('folds to characters han-fold leaves as they are (every BMP character)', () => {
    const moved: string[] = [];
    for (let c = 0; c < 0x10000; c++) {
      const once = foldHan(String.fromCharCode(c));
      if (foldHan(once) !== once) moved.push(String.fromCharCode(c));
    }
    expect(moved).toEqual([]);
  });

  it('answers as the normalised comparison does, in both scripts, any case and spacing', () => {
    const texts = [
      '校党委书记卢建军出席会议并讲话。',
      '校黨委書記盧建軍出席會議並講話。',
      'The Climate  Project began; the CLIMATE PROJECT grew.',
      "Women’s  health programme, women's rights",
      '香港大學與香港大学',
      '卢建 军 and 盧建',
    ];
    const queries = [
      '卢建军',
      '盧建軍',
      '"climate project"',
      '"women\'s health"',
      '香港大学',
      '"women’s rights"',
      '建军出席',
    ];
    let checked = 0;
    for (const t of texts)
      for (const q of queries) {
        const phrases = queryPhrases(q);
        expect(phrases.length).toBeGreaterThan(0);
        const a = fields(t, t.slice(0, 4));
        expect(hasPhrases(a, phrases), `${q} in ${t}`).toBe(slow(a, phrases));
        checked++;
      }
    expect(checked).toBe(42);
    // Both answers occur: the cases above are not all misses.
    expect(hasPhrases(fields(texts[1]!), queryPhrases('卢建军'))).toBe(true);
    expect(hasPhrases(fields(texts[5]!), queryPhrases('卢建军'))).toBe(false);
    expect(hasPhrases(fields(texts[2]!), queryPhrases('"climate project"'))).toBe(true);
  });
});
