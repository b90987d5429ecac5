import { describe, expect, it } from 'vitest';
import { badgeText, SAVED_MARK } from '../../utils/platform/saved-badge';

describe('badgeText', () => {
  it.each([
    [true, 'NEWS', SAVED_MARK],
    [true, '', SAVED_MARK],
    [false, 'NEWS', 'NEWS'],
    [false, '', ''],
  ])('saved %s, detector %s → %s', (saved, detected, want) => expect(badgeText(saved, detected)).toBe(want));
});
