import { describe, expect, it } from 'vitest';
import { isInstant, isPublishedAt } from '../../utils/model/dates';

describe('isPublishedAt', () => {
  it.each([
    ['2000-07', true],
    ['2021-04-08', true],
    ['2021-04-08T23:00', true],
    ['2021-04-08T23:00:00+08:00', true],
    ['2024-02-29', true],
    ['2021-04-08T23:00:00.123Z', true],
    ['2023-02-29', false],
    ['2021-02-30T25:00', false],
    ['9999-99-99T99:99', false],
    ['+275760-09-13T00:00:00.000Z', false],
    ['0999-01-01', false],
    ['1899-12', false],
    ['2999-01-01', false],
    ['~~~', false],
    ['8 April', false],
    ['2021-04-08T23:00+24:00', false],
  ])('%s → %s', (s, want) => expect(isPublishedAt(s)).toBe(want));
});

describe('isInstant', () => {
  it.each([
    ['2026-11-23T19:00:00.000Z', true],
    ['2026-11-23T19:00:00+08:00', true],
    ['2026-11-23T19:00:00', false],
    ['2026-11-23', false],
    ['2026-13-01T00:00:00Z', false],
  ])('%s → %s', (s, want) => expect(isInstant(s)).toBe(want));
});
