// The reader's diff of two versions of a body: golden answers for Chinese and English edits, and the bound.
import { describe, expect, it } from 'vitest';
import { align, diffText, sentences, tokens, type TextDiff } from '../../utils/reader/diff-text';

/** A diff written as text: [-removed-] {+added+}, changed paragraphs only, one per line. */
function show(d: TextDiff): string {
  if (d.kind !== 'diff') return d.kind;
  return d.paras
    .filter((p) => p.changed)
    .map((p) =>
      p.parts.map((x) => (x.op === 'same' ? x.text : x.op === 'del' ? `[-${x.text}-]` : `{+${x.text}+}`)).join(''),
    )
    .join('\n');
}

describe('diffText', () => {
  it('the same text, whatever its spacing, is no change', () => {
    expect(diffText('甲。\n\n乙。', ' 甲。\n乙。 ').kind).toBe('same');
  });

  it('a Chinese edit is marked by characters inside the sentence that changed; other sentences stay unmarked', () => {
    expect(show(diffText('党委书记卢建军主持会议。校长讲话。', '党委书记卢建军主持大会。校长讲话。'))).toBe(
      '党委书记卢建军主持[-会议-]{+大会+}。校长讲话。',
    );
  });

  it('an English edit is marked by whole words', () => {
    expect(show(diffText('The provost spoke on Monday. It rained.', 'The provost spoke on Tuesday. It rained.'))).toBe(
      'The provost spoke on [-Monday-]{+Tuesday+}. It rained.',
    );
  });

  it('a sentence rewritten beyond recognition is shown removed and added whole, not as scattered characters', () => {
    expect(show(diffText('今天的天气很好。', '学校的新图书馆开放了。'))).toBe(
      '[-今天的天气很好。-]{+学校的新图书馆开放了。+}',
    );
  });

  it('added and removed paragraphs are whole paragraphs; unchanged ones are kept, unmarked', () => {
    const d = diffText('第一段。\n第二段。\n第三段。', '第一段。\n新的一段。\n第三段。\n结尾。');
    expect(show(d)).toBe('[-第二-]{+新的一+}段。\n{+结尾。+}');
    expect(d.kind === 'diff' && d.paras.filter((p) => !p.changed).map((p) => p.parts[0]!.text)).toEqual([
      '第一段。',
      '第三段。',
    ]);
  });

  it('mixed Chinese and English: a changed name is one word', () => {
    expect(show(diffText('校长Jane Doe出席。', '校长John Doe出席。'))).toBe('校长[-Jane-]{+John+} Doe出席。');
  });

  it('a 2 M-character article with one edit is diffed (common paragraphs cost nothing)', () => {
    const paras = Array.from({ length: 100_000 }, (_, i) => `第${i}段，一些文字。`);
    const after = paras.map((p, i) => (i === 50_000 ? '第50000段，另一些文字。' : p));
    expect(paras.join('\n').length).toBeGreaterThan(1_000_000);
    expect(show(diffText(paras.join('\n'), after.join('\n')))).toBe('第50000段，{+另+}一些文字。');
  });

  it('past the budget the body is "rewritten", never an unbounded search', () => {
    const texts = (n: number) =>
      [0, 1].map((v) => Array.from({ length: n }, (_, i) => `${v ? '新' : '旧'}${i}。`).join('\n'));
    expect(diffText(...(texts(5000) as [string, string])).kind).toBe('rewritten');
    // Fewer changes fit the same budget: diffed paragraph by paragraph.
    expect(diffText(...(texts(500) as [string, string])).kind).toBe('diff');
  });

  it('a 2 M-character article with edits scattered through it is still diffed, each edit marked', () => {
    const paras = Array.from({ length: 25_000 }, (_, i) => `第${i}段：师生代表参加会议，取得了积极成果。`);
    const after = paras.map((p, i) => (i % 500 === 0 ? p.replace('积极', '重要') : p));
    const d = diffText(paras.join('\n'), after.join('\n'));
    expect(d.kind === 'diff' && d.paras.filter((p) => p.changed)).toHaveLength(50);
    expect(show(d).split('\n')[1]).toBe('第500段：师生代表参加会议，取得了[-积极-]{+重要+}成果。');
  });
});

describe('the pieces', () => {
  it('sentences end at Chinese and English sentence marks, keeping closing quotes and numbers whole', () => {
    expect(sentences('会议开始。“好！”他说。Pi is 3.14 here. Done')).toEqual([
      '会议开始。',
      '“好！”',
      '他说。',
      'Pi is 3.14 here. ',
      'Done',
    ]);
  });

  it('tokens: a Han character each, Latin words whole', () => {
    expect(tokens('卢建军 met Doe')).toEqual(['卢', '建', '军', ' ', 'met', ' ', 'Doe']);
  });

  it('align finds the shortest edit, and spends budget only on the middle (common prefix and suffix are free)', () => {
    const budget = { cells: 100 };
    const steps = align(['a', 'b', 'c', 'd'], ['a', 'x', 'y', 'd'], budget)!;
    expect(steps.map((s) => s.op).sort()).toEqual(['add', 'add', 'del', 'del', 'same', 'same']);
    expect(steps.filter((s) => s.op === 'same').map((s) => [s.i, s.j])).toEqual([
      [0, 0],
      [3, 3],
    ]);
    expect(100 - budget.cells).toBeLessThanOrEqual(25);
    const long = Array.from({ length: 100_000 }, (_, i) => String(i));
    const edited = long.map((x, i) => (i === 5 || i === 90_000 ? `${x}!` : x));
    expect(align(long, edited, { cells: 200_000 })!.filter((s) => s.op !== 'same')).toHaveLength(4);
    expect(align(['a', 'b', 'c'], ['x', 'y', 'z'], { cells: 8 })).toBeNull();
  });
});
