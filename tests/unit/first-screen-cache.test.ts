import './i18n-stub';
import { describe, expect, it } from 'vitest';
import type { Card } from '../../utils/collection/card';
import { FIRST_SCREEN, readFirstScreen, writeFirstScreen } from '../../utils/collection/first-screen-cache';
import { MemoryStorage } from './memory-storage';

const card = (i: number): Card => ({
  id: `id${i}`,
  url: `http://x.edu/${i}`,
  title: `标题 ${i}`,
  lang: 'zh',
  site: { host: 'x.edu', name: null, university: null },
  publishedAt: null,
  clippedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
  views: null,
  tags: [],
  sortPublished: '2026-01-01',
  chips: [],
  names: [],
});

describe('first screen', () => {
  it('keeps the first rows and the total of the list, for the order it was written in', () => {
    const storage = new MemoryStorage();
    const sorted = Array.from({ length: 40 }, (_, i) => card(i));
    expect(writeFirstScreen('clipped', sorted, storage)).toBe(true);
    const saved = readFirstScreen('clipped', storage)!;
    expect([saved.order, saved.total, saved.cards]).toEqual(['clipped', 40, sorted.slice(0, FIRST_SCREEN)]);
    // The rows' words, one per card, as the live list writes them (components/article-row.ts).
    expect(saved.shown.rows.map((r) => r.title)).toEqual(sorted.slice(0, FIRST_SCREEN).map((c) => c.title));
    expect(readFirstScreen('published', storage)).toBeNull();
    // Written again unchanged: no write (the list re-renders often, storage writes are synchronous).
    expect(writeFirstScreen('clipped', sorted, storage)).toBe(false);
    expect(writeFirstScreen('clipped', sorted.slice(1), storage)).toBe(true);
    expect(readFirstScreen('clipped', storage)!.cards[0]!.id).toBe('id1');
  });

  it('is simply absent when storage is missing, unreadable, damaged or full', () => {
    expect(readFirstScreen('clipped', undefined)).toBeNull();
    const damaged = new MemoryStorage();
    damaged.setItem('cnc-first-screen-v2', '{"order":"clipped","cards":');
    expect(readFirstScreen('clipped', damaged)).toBeNull();
    damaged.setItem('cnc-first-screen-v2', '{"order":"clipped","cards":"no"}');
    expect(readFirstScreen('clipped', damaged)).toBeNull();
    // A screen saved without its words (the v1 shape) is not drawn.
    damaged.setItem('cnc-first-screen-v2', JSON.stringify({ order: 'clipped', total: 1, cards: [card(1)] }));
    expect(readFirstScreen('clipped', damaged)).toBeNull();
    const full = new MemoryStorage();
    full.setItem = () => {
      throw new DOMException('quota', 'QuotaExceededError');
    };
    expect(writeFirstScreen('clipped', [card(1)], full)).toBe(false);
    const locked = new MemoryStorage();
    locked.getItem = () => {
      throw new DOMException('denied', 'SecurityError');
    };
    expect(readFirstScreen('clipped', locked)).toBeNull();
  });
});
