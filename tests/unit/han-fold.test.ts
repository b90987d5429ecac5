import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { foldHan } from '../../utils/model/han-fold';
import { HAN_FOLD_TABLE, hanFoldModule } from '../../scripts/han-fold-table';

describe('traditional Chinese folded for search (utils/model/han-fold.ts)', () => {
  it('the committed table is what OpenCC gives today (npx vite-node scripts/write-han-fold-table.ts rewrites it)', () =>
    expect(readFileSync(HAN_FOLD_TABLE, 'utf8')).toBe(hanFoldModule()));
  it('folds Hong Kong and Taiwan news to simplified, one character for one', () => {
    const hk = '香港大學校長張翔教授出席典禮，學校將推出「創新科技人才培育計劃」。';
    expect(foldHan(hk)).toBe('香港大学校长张翔教授出席典礼，学校将推出「创新科技人才培育计划」。');
    expect(foldHan(hk)).toHaveLength(hk.length);
    // Taiwan's and Hong Kong's variant forms go the same way (裡 → 里, 綫 → 线).
    expect(foldHan('實驗室裡的電纜綫')).toBe('实验室里的电缆线');
  });
  it('leaves simplified text, Latin text and punctuation as they are', () => {
    const zh = '党委书记卢建军主持会议，“6352”工程和未来技术学院 Climate Project 2024年5月12日';
    expect(foldHan(zh)).toBe(zh);
  });
});
