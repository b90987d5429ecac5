// The popup's saved first screen drawn before its bundle runs (entrypoints/popup/first-paint.ts): the same rows
// as the live list, text only, and nothing drawn when there is nothing saved.
import './dom-globals';
import './i18n-stub';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import type { Card } from '../../utils/collection/card';
import { writeFirstScreen } from '../../utils/collection/first-screen-cache';
import {
  FIRST_PAINT_ID,
  FIRST_PAINT_ROWS,
  adoptStyles,
  paintSavedScreen,
  startBundle,
} from '../../entrypoints/popup/first-paint';
import { BUNDLE_SCRIPT_ID } from '../../entrypoints/popup/bundle-script-id';
import { MemoryStorage } from './memory-storage';

const card = (i: number, over: Partial<Card> = {}): Card => ({
  id: `id${i}`,
  url: `http://x.edu/${i}`,
  title: `标题 ${i}`,
  lang: 'zh',
  site: { host: 'news.x.edu.cn', name: null, university: '测试大学' },
  publishedAt: '2024-05-0' + (1 + (i % 9)),
  clippedAt: `2026-01-01T00:00:${String(i % 60).padStart(2, '0')}Z`,
  views: 1234,
  tags: ['要闻'],
  sortPublished: '2024-05-01',
  chips: [{ text: '王建军', kind: 'person' }],
  names: ['王建军'],
  ...over,
});

describe('the saved first screen, drawn before the bundle', () => {
  beforeEach(() => document.getElementById(FIRST_PAINT_ID)?.remove());

  it('draws the saved rows with their place, date, views, tags and names, and the count', () => {
    const storage = new MemoryStorage();
    writeFirstScreen(
      'clipped',
      Array.from({ length: 30 }, (_, i) => card(i)),
      storage,
    );
    // Its words were saved with it: drawing asks the extension API nothing (its first use is slow to set up).
    const asked = vi.spyOn(fakeBrowser.i18n, 'getMessage');
    asked.mockClear();
    expect(paintSavedScreen(document, storage)).toBe(true);
    expect(asked).not.toHaveBeenCalled();
    const screen = document.getElementById(FIRST_PAINT_ID)!;
    expect(screen.querySelector('h1')!.textContent).toBe('Campus News Clipper');
    expect(screen.querySelector<HTMLInputElement>('input[type=search]')!.placeholder).not.toBe('');
    const rows = [...screen.querySelectorAll('li.article-item')];
    // Only the rows the popup's list viewport (360 px) shows: 4 of the 12 saved.
    expect(FIRST_PAINT_ROWS).toBe(4);
    expect(rows).toHaveLength(4);
    expect(rows[0]!.querySelector('.article-title')!.textContent).toBe('标题 0');
    expect([...rows[1]!.querySelectorAll('.article-meta > *')].map((e) => e.textContent)).toEqual([
      '测试大学',
      '2024-05-02',
      '1,234 views',
    ]);
    expect([...rows[0]!.querySelectorAll('.tags li')].map((e) => e.textContent)).toEqual(['要闻', '王建军']);
    expect((rows[2] as HTMLElement).style.top).toBe('192px');
    // The scroll height and the count are the whole list's, as the live list will show them.
    expect((screen.querySelector('.article-list') as HTMLElement).style.height).toBe(`${30 * 96}px`);
    expect(screen.querySelector('.count')!.textContent).toBe('30 articles');
    // Drawn once: a second call (a reload of the script) adds nothing.
    expect(paintSavedScreen(document, storage)).toBe(false);
    expect(document.querySelectorAll(`#${FIRST_PAINT_ID}`)).toHaveLength(1);
  });

  it('puts saved text in as text: markup in a title or name stays inert', () => {
    const storage = new MemoryStorage();
    const evil = '<img src=x onerror="window.pwned=1"><script>window.pwned=1</script>';
    writeFirstScreen(
      'clipped',
      [card(1, { title: evil, chips: [{ text: evil, kind: 'person' }], tags: [evil] })],
      storage,
    );
    expect(paintSavedScreen(document, storage)).toBe(true);
    const screen = document.getElementById(FIRST_PAINT_ID)!;
    expect(screen.querySelector('img, script')).toBeNull();
    expect(screen.querySelector('.article-title')!.textContent).toBe(evil);
  });

  it('draws nothing without a saved screen, or with a damaged one', () => {
    expect(paintSavedScreen(document, new MemoryStorage())).toBe(false);
    const damaged = new MemoryStorage();
    damaged.setItem('cnc-first-screen-v2', '{not json');
    expect(paintSavedScreen(document, damaged)).toBe(false);
    expect(document.getElementById(FIRST_PAINT_ID)).toBeNull();
  });
});

describe('the bundle, started by first-paint.js', () => {
  /** A window whose frames and timers run when the test says. */
  function clock() {
    const frames: (() => void)[] = [];
    const timers: { fn: () => void; ms: number }[] = [];
    const win = {
      requestAnimationFrame: (fn: () => void) => frames.push(fn),
      setTimeout: (fn: () => void, ms: number) => timers.push({ fn, ms }),
    } as unknown as Window;
    return { win, frames, timers };
  }
  const modules = () => [...document.querySelectorAll('script[type="module"]')].map((s) => s.getAttribute('src'));
  const preloads = () => [...document.querySelectorAll('link[rel="modulepreload"]')].map((l) => l.getAttribute('href'));
  const CHUNKS = ['/chunks/popup-x.js', '/chunks/settings-x.js', '/chunks/store-x.js'];

  beforeEach(() => {
    document.body.innerHTML = '';
    document.head.innerHTML =
      `<script type="text/plain" id="${BUNDLE_SCRIPT_ID}" src="/chunks/popup-x.js"` +
      ` data-preload="${CHUNKS.join(' ')}"></script>`;
  });

  it('with a saved screen drawn, asks for its chunks and starts it only after the first frame, once', () => {
    const { win, frames, timers } = clock();
    startBundle(document, true, win);
    expect(modules()).toEqual([]);
    frames.forEach((f) => f()); // before the frame: nothing asked for, nothing started
    expect(preloads()).toEqual([]);
    expect(modules()).toEqual([]);
    timers.filter((t) => t.ms === 0).forEach((t) => t.fn()); // after it: every chunk at once, and the bundle
    expect(preloads()).toEqual(CHUNKS);
    expect(modules()).toEqual(['/chunks/popup-x.js']);
    timers.filter((t) => t.ms !== 0).forEach((t) => t.fn()); // the hidden page's timer adds no second copy
    expect(modules()).toHaveLength(1);
    expect(preloads()).toHaveLength(CHUNKS.length);
  });

  it('in a page that draws no frame, starts it on the timer', () => {
    const { win, timers } = clock();
    startBundle(document, true, win);
    timers.filter((t) => t.ms === 100).forEach((t) => t.fn());
    expect(modules()).toEqual(['/chunks/popup-x.js']);
  });

  it('with nothing drawn, starts it at once; without the inert tag (dev server), adds nothing', () => {
    const { win } = clock();
    startBundle(document, false, win);
    expect(modules()).toEqual(['/chunks/popup-x.js']);
    expect(preloads()).toEqual(CHUNKS);
    document.head.innerHTML = '';
    document.body.innerHTML = '';
    startBundle(document, false, win);
    expect(modules()).toEqual([]);
  });
});

describe('the stylesheet, carried by first-paint.js', () => {
  it('is adopted as a constructed sheet where the browser has them, and skipped where it has none', () => {
    // jsdom has no constructed stylesheets: a stand-in window with the same API records what is adopted.
    class Sheet {
      text = '';
      replaceSync(css: string) {
        this.text = css;
      }
    }
    const doc = { defaultView: { CSSStyleSheet: Sheet }, adoptedStyleSheets: [] as Sheet[] };
    expect(adoptStyles(doc as unknown as Document, '.popup{display:flex}')).toBe(true);
    expect(doc.adoptedStyleSheets.map((x) => x.text)).toEqual(['.popup{display:flex}']);
    const old = { defaultView: { CSSStyleSheet: class {} }, adoptedStyleSheets: [] };
    expect(adoptStyles(old as unknown as Document, '.popup{display:flex}')).toBe(false);
    expect(old.adoptedStyleSheets).toEqual([]);
  });
});
