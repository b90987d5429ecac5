import { describe, expect, it } from 'vitest';
import { needsBackup } from '../../utils/platform/settings';

const now = new Date('2026-11-23T00:00:00Z');
describe('needsBackup', () => {
  it.each([
    [0, null, false],
    [1, null, true],
    [5, '2026-11-20T00:00:00Z', false],
    [5, '2026-10-01T00:00:00Z', true],
  ])('%i articles, last export %s → %s', (count, last, want) => expect(needsBackup(count, last, now)).toBe(want));
});
