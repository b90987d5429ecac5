/**
 * The saved first screen (utils/collection/first-screen-cache.ts), drawn by a tiny classic script while the popup's
 * HTML is parsed; its module bundle (Preact, Dexie, ~64 KB gzip) is asked for in that frame and started only after
 * it (startBundle), and main.tsx removes the screen just before Preact renders the same rows. Built from text nodes only (textContent, never markup), so
 * nothing saved can inject anything. Its words were saved with the screen: no extension API is touched before the
 * first frame. Loaded by entrypoints/first-paint.ts.
 */
import { readFirstScreen } from '../../utils/collection/first-screen-cache';
import { ROW_HEIGHT, rowStyle } from '../../components/article-row';
import { BUNDLE_SCRIPT_ID } from './bundle-script-id';

/**
 * Give the page its stylesheet, carried in first-paint.js as text, as a constructed sheet: the popup links no
 * stylesheet, so its first frame waits for one file (this script), not two, and no `<style>` is needed (the CSP's
 * style-src 'self' refuses those; constructed sheets are not governed by it). False where the browser has none.
 */
export function adoptStyles(doc: Document, css: string): boolean {
  const win = doc.defaultView;
  if (!win || !('replaceSync' in win.CSSStyleSheet.prototype)) return false;
  const sheet = new win.CSSStyleSheet();
  sheet.replaceSync(css);
  doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
  return true;
}

/** The id of the drawn screen, for main.tsx to remove. */
export const FIRST_PAINT_ID = 'first-paint';

/**
 * Rows drawn: those the popup's list shows (style.css: .list-viewport is at most 360 px high). The saved screen
 * cannot scroll and lasts until Preact draws the list, so rows below would only add to the first frame's layout.
 */
export const FIRST_PAINT_ROWS = Math.ceil(360 / ROW_HEIGHT);

function el<K extends keyof HTMLElementTagNameMap>(
  doc: Document,
  tag: K,
  cls: string,
  ...kids: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const e = doc.createElement(tag);
  if (cls) e.className = cls;
  for (const k of kids) e.append(k); // strings become text nodes
  return e;
}

/**
 * Draw the saved first screen of the list (newest clipped first, the popup's opening order); false when there is
 * none, or when the popup opens another way (?layout=tab, ?read=…).
 */
export function paintSavedScreen(doc: Document, storage?: Storage): boolean {
  const saved = readFirstScreen('clipped', storage);
  if (!saved?.cards.length || doc.getElementById(FIRST_PAINT_ID) || doc.location.search) return false;
  const list = el(doc, 'ul', 'article-list');
  list.style.height = `${saved.total * ROW_HEIGHT}px`;
  saved.cards.slice(0, FIRST_PAINT_ROWS).forEach((card, i) => {
    const row = saved.shown.rows[i]!;
    const meta = el(doc, 'div', 'article-meta', el(doc, 'span', '', row.place));
    if (row.date) meta.append(el(doc, 'time', '', row.date));
    if (row.views !== null) meta.append(el(doc, 'span', '', row.views));
    const main = el(doc, 'div', 'article-main', el(doc, 'button', 'article-title', row.title), meta);
    const names = [
      ...card.tags.map((x) => el(doc, 'li', '', x)),
      ...card.chips.map((c) => el(doc, 'li', 'name', c.text)),
    ];
    if (names.length) main.append(el(doc, 'ul', 'tags', ...names));
    const box = el(doc, 'input', '');
    box.type = 'checkbox';
    box.disabled = true;
    const li = el(doc, 'li', 'article-item', box, main);
    li.lang = card.lang;
    Object.assign(li.style, rowStyle(i, ROW_HEIGHT));
    list.append(li);
  });
  const search = el(doc, 'input', '');
  search.type = 'search';
  search.disabled = true;
  search.placeholder = saved.shown.search;
  const library = el(
    doc,
    'div',
    'library',
    el(
      doc,
      'div',
      'library-list',
      el(doc, 'div', 'search-row', search, el(doc, 'span', 'count', saved.shown.count)),
      el(doc, 'div', 'list-viewport', list),
    ),
  );
  const screen = el(doc, 'main', 'popup', el(doc, 'header', 'bar', el(doc, 'h1', '', saved.shown.title)), library);
  screen.id = FIRST_PAINT_ID;
  screen.setAttribute('aria-hidden', 'true');
  doc.body.prepend(screen);
  return true;
}

/**
 * Start the popup's module bundle, left inert by the build (wxt.config.ts): at once when nothing was drawn, else
 * after the first frame (requestAnimationFrame runs before that frame, the timer after it), so that frame shows
 * the saved screen without waiting for the bundle. Its chunks (`data-preload`) are asked for then too, not by the
 * page as it is parsed: answered first, they held up first-paint.js itself, and asked for in the frame's animation
 * callback, starting their requests took the main thread 14–57 ms before the frame (traces, loaded machine). A page
 * that draws no frame (hidden) starts on a timer. Nothing to do without the inert tag (the dev server loads the
 * bundle itself).
 */
export function startBundle(doc: Document, painted: boolean, win: Window = window): void {
  const inert = doc.getElementById(BUNDLE_SCRIPT_ID);
  const src = inert?.getAttribute('src');
  if (!src) return;
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    // Every chunk asked for at once, not one import after another as the module graph is read.
    for (const href of inert!.dataset.preload?.split(' ').filter(Boolean) ?? []) {
      const link = doc.createElement('link');
      link.rel = 'modulepreload';
      link.crossOrigin = '';
      link.href = href;
      doc.head.append(link);
    }
    const s = doc.createElement('script');
    s.type = 'module';
    s.crossOrigin = '';
    s.src = src;
    doc.body.append(s);
  };
  if (!painted) return start();
  win.requestAnimationFrame(() => win.setTimeout(start, 0));
  win.setTimeout(start, 100);
}
