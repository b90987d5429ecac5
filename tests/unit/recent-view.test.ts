// The toolbar popup's last view comes back for ten minutes (review 31, R10 #6), and storage that refuses or holds
// something else never stops the popup from opening.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { recentView, rememberView, viewSummary, RECENT_VIEW_MS } from '../../utils/platform/recent-view';
import { viewFromSearch } from '../../utils/platform/library-address';

let store: Map<string, string>;
beforeEach(() => {
  store = new Map();
  vi.stubGlobal('localStorage', {
    getItem: (k: string) => store.get(k) ?? null,
    setItem: (k: string, v: string) => void store.set(k, v),
  });
});
afterEach(() => vi.unstubAllGlobals());

describe('recentView', () => {
  it('gives back the view remembered less than ten minutes ago, and nothing after', () => {
    rememberView('?q=%E5%8D%A2%E5%BB%BA%E5%86%9B&tag=a', 1_000);
    expect(recentView(1_000 + RECENT_VIEW_MS - 1)).toBe('?q=%E5%8D%A2%E5%BB%BA%E5%86%9B&tag=a');
    expect(recentView(1_000 + RECENT_VIEW_MS)).toBe('');
  });

  it('is empty when nothing, or something else, is stored, and when storage throws', () => {
    expect(recentView()).toBe('');
    store.set('cnc:recent-view', '{"search":3}');
    expect(recentView()).toBe('');
    store.set('cnc:recent-view', 'not json');
    expect(recentView()).toBe('');
    vi.stubGlobal('localStorage', {
      getItem: () => {
        throw new Error('denied');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
    });
    expect(() => rememberView('?q=x')).not.toThrow();
    expect(recentView()).toBe('');
  });

  it('is told in a few words: the search and each filter, the dates as a range', () => {
    expect(viewSummary(viewFromSearch('?q=%E5%A4%A7%E5%AD%A6%E7%94%9F&tag=a&from=2023-01-01&sort=published'))).toBe(
      '大学生 · a · 2023-01-01–',
    );
    expect(viewSummary(viewFromSearch('?sort=published'))).toBe('');
  });
});
