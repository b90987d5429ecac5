/**
 * A jsdom window as the globals Preact and our components use. Vitest's own jsdom environment cannot be
 * used here: with the WXT plugin it trips esbuild's TextEncoder check, so the DOM is installed by hand.
 */
import { JSDOM } from 'jsdom';
import { MemoryStorage } from './memory-storage';

const { window } = new JSDOM('<!doctype html><html><body></body></html>', {
  url: 'chrome-extension://test/popup.html',
  pretendToBeVisual: true,
});
const g = globalThis as Record<string, unknown>;
for (const key of [
  'window',
  'document',
  'Node',
  'Element',
  'HTMLElement',
  'Text',
  'Event',
  'MouseEvent',
  'KeyboardEvent',
  'NodeFilter',
  'MutationObserver',
  'getSelection',
  'DocumentFragment',
  'HTMLInputElement',
  'requestAnimationFrame',
  'cancelAnimationFrame',
]) {
  const value = (window as unknown as Record<string, unknown>)[key];
  g[key] =
    typeof value === 'function' && /^[a-z]/.test(key) ? (value as (...a: unknown[]) => unknown).bind(window) : value;
}

// localStorage as a page of the extension has it (jsdom refuses it for a chrome-extension: origin).
g.localStorage = new MemoryStorage();
