import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cldrMonthsModule, MONTHS_FILE } from '../../scripts/cldr-months';
import { dayFirstMonthNumber } from '../../utils/extraction/day-first-months';

// The committed month table is made from the running Node's CLDR (its version is in the file's first line): a Node
// with another CLDR makes it stale. Rewrite it: npm run months
describe('utils/extraction/cldr-months.ts', () => {
  it('is what scripts/cldr-months.ts makes from this Node’s CLDR', () =>
    expect(readFileSync(MONTHS_FILE, 'utf8')).toBe(cldrMonthsModule()));

  it('a name written by hand outranks CLDR’s (Croatian listopada is read apart, mar is March)', () => {
    expect(dayFirstMonthNumber('mar')).toBe(3);
    expect(dayFirstMonthNumber('Gashyantare')).toBe(2);
  });
});
