import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES_DIR, foldTableModule, TABLE_FILE, unfoldedTraditional } from '../../scripts/zh-fold-table';

// The committed fold table is made from opencc-js (pinned) and the finders' own words: a word added to
// utils/entities with a character the table lacks makes it stale. Rewrite it: npx vite-node scripts/write-zh-fold-table.ts
describe('utils/entities/zh-fold-table.ts', () => {
  it('is what scripts/zh-fold-table.ts makes from OpenCC and the finders’ words now', () =>
    expect(readFileSync(resolve(ENTITIES_DIR, TABLE_FILE), 'utf8')).toBe(foldTableModule()));

  // 事[业業] in find-programs.ts kept 業 from folding: 畢業生 on a traditional page was read as a name (session 59,
  // R218). Write the simplified form alone, or escape the traditional one (\u696d) where a finder needs it raw.
  it('leaves every traditional character the finders could meet folding: none is written beside its simplified form', () =>
    expect(unfoldedTraditional()).toEqual([]));
});
