import { describe, expect, it } from 'vitest';
import { markedPieces, searchMarker } from '../../utils/collection/search-marks';

/** The ranges of `query` to mark in `text` (none for an empty query). */
const searchMarks = (text: string, query: string) => searchMarker(query)?.(text) ?? [];
/** The marked stretches of `text` for `query`, as printed. */
const marked = (text: string, query: string) => searchMarks(text, query).map((r) => text.slice(r.start, r.end));

describe('searchMarker: where a text holds what a search matched', () => {
  it('ignores case', () => {
    expect(marked('MIT Climate Project launched', 'climate mit')).toEqual(['MIT', 'Climate']);
  });

  it('folds Han both ways: a simplified query marks the traditional text and the other way round', () => {
    expect(marked('張翔教授出席香港大學論壇', '张翔')).toEqual(['張翔']);
    expect(marked('张翔教授出席香港大学论坛', '張翔')).toEqual(['张翔']);
    expect(marked('香港大學舉行國際論壇', '香港大学')).toEqual(['香港大學']);
  });

  it('marks a Latin word where a query word is its prefix, at a word start, never inside another word', () => {
    expect(marked('Grants for immigrant grantees', 'grant')).toEqual(['Grants', 'grantees']);
    expect(marked('a migrant program', 'grant')).toEqual([]);
  });

  it('marks a singular for a plural query, and "universities" for "university", as the search finds them', () => {
    expect(marked('One grant, two grants', 'grants')).toEqual(['grant', 'grants']);
    expect(marked('Three universities meet', 'university')).toEqual(['universities']);
  });

  it("reads a possessive as the search does: Women’s, women's and MIT's", () => {
    expect(marked('Women’s Engineering Society honours MIT’s first cohort', "women's mit’s")).toEqual([
      'Women’s',
      'MIT’s',
    ]);
  });

  it('marks a quoted phrase whole, across a line break and spaces, and never its words alone', () => {
    expect(marked('On climate\n  change and climate policy; the change', '"climate change"')).toEqual([
      'climate\n  change',
    ]);
  });

  it('marks a quoted phrase only as a phrase (review 32, R12 #1): "new" marks no News, words outside still mark', () => {
    expect(marked('MIT News: a new laboratory opens', '"new laboratory"')).toEqual(['new laboratory']);
    expect(marked('New fellowship expands research', '"new laboratory"')).toEqual([]);
    expect(marked('MIT opens a new laboratory; MIT News', '"new laboratory" mit')).toEqual([
      'MIT',
      'new laboratory',
      'MIT',
    ]);
    // Han runs inside quotes likewise: 大学 alone is not marked for "清华 大学", 大学 outside the quotes is.
    expect(marked('清华 大学，北京大学', '"清华 大学"')).toEqual(['清华 大学']);
    expect(marked('清华 大学，北京大学', '"清华 大学" 大学')).toEqual(['清华 大学', '大学']);
    // A quoted stretch that is no phrase (one short word) is read as a word.
    expect(marked('AI lab', '"ai"')).toEqual(['AI']);
  });

  it('marks Chinese words where they occur, in either script, and a Chinese word of three characters whole', () => {
    expect(marked('大学生和研究生：大學生', '大学生')).toEqual(['大学生', '大學生']);
    expect(marked('清华大学举办2023年学生表彰大会', '大学生')).toEqual([]);
    expect(marked('摄影 郭晓雯 文字 李明', '郭晓雯')).toEqual(['郭晓雯']);
    expect(marked('攝影 郭曉雯', '郭晓雯')).toEqual(['郭曉雯']);
  });

  it('marks Chinese and Latin words of one query together, and nothing for an empty query', () => {
    expect(marked('张翔 visits MIT', '張翔 mit')).toEqual(['张翔', 'MIT']);
    expect(marked('anything', '  ')).toEqual([]);
  });

  it('cuts a text into marked and plain pieces', () => {
    const text = '張翔教授';
    expect(markedPieces(text, searchMarks(text, '张翔'))).toEqual([
      { text: '張翔', marked: true },
      { text: '教授', marked: false },
    ]);
  });
});
