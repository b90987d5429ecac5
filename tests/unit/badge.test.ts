import { describe, expect, it } from 'vitest';
import { badgeFor } from '../../entrypoints/background/badge';

const ours = { id: 'ext', tab: { id: 7 }, frameId: 0 };

describe('badgeFor', () => {
  it('sets the badge for an article and clears it otherwise', () => {
    expect(badgeFor({ type: 'page-detected', isArticle: true }, ours, 'ext', 'NEWS')).toEqual({
      tabId: 7,
      text: 'NEWS',
    });
    expect(badgeFor({ type: 'page-detected', isArticle: false }, ours, 'ext', 'NEWS')).toEqual({ tabId: 7, text: '' });
  });
  it.each([
    ['another extension', { ...ours, id: 'other' }, { type: 'page-detected', isArticle: true }],
    ['a sub-frame', { ...ours, frameId: 3 }, { type: 'page-detected', isArticle: true }],
    ['no tab', { id: 'ext' }, { type: 'page-detected', isArticle: true }],
    ['a malformed message', ours, { type: 'page-detected', isArticle: 'yes' }],
    ['extra fields', ours, { type: 'page-detected', isArticle: true, html: '<script>' }],
    ['an unknown message', ours, { type: 'save', article: {} }],
  ])('ignores %s', (_n, sender, message) => expect(badgeFor(message, sender, 'ext', 'NEWS')).toBeNull());
});
