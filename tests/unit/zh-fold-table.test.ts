import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ENTITIES_DIR, foldTableModule, TABLE_FILE } from '../../scripts/zh-fold-table';

// The committed fold table is made from opencc-js (pinned) and the finders' own words: a word added to
// utils/entities with a character the table lacks makes it stale. Rewrite it: npx vite-node scripts/write-zh-fold-table.ts
describe('utils/entities/zh-fold-table.ts', () => {
  it('is what scripts/zh-fold-table.ts makes from OpenCC and the finders’ words now', () =>
    expect(readFileSync(resolve(ENTITIES_DIR, TABLE_FILE), 'utf8')).toBe(foldTableModule()));
});
