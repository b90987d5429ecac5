// Text a page's markup hides inline (style="display:none") is left out of a tab clip's body in the extension as in
// Node (eval:browser, session 32): the offscreen document's CSP (style-src 'self') leaves a parsed page's inline styles
// unapplied, so Readability, which reads `el.style`, kept it whenever the page's own marks were missing or did not
// line up. Page classes: TYPO3-style e-mail addresses with hidden anti-spam words, news pages with a hidden
// "原标题" line, an editor's box hidden under the article; and a collapsed article ("展开全文") still clipped whole.
import './i18n-stub';
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { inlineHidden, markInlineHidden } from '../../utils/clip/hidden-elements';
import { extractFromSnapshot } from '../../utils/clip/extract-snapshot';
import { extractFromUrl } from '../../utils/clip/clip-url';
import type { PageSnapshot } from '../../utils/clip/page-snapshot';
import { extractArticle } from '../../utils/extraction/extract-article';

const NOW = new Date('2026-11-30');
const URL = 'http://www.klima.mpg.de/aktuelles/2024/visualisierung';

/** An extension page as Chrome makes it: inline styles of the pages it parses are not applied (`el.style` empty). */
function extensionPage(): Window {
  const win = new JSDOM('', { url: 'chrome-extension://x/offscreen.html' }).window;
  const style = Object.getOwnPropertyDescriptor(win.HTMLElement.prototype, 'style')!;
  Object.defineProperty(win.HTMLElement.prototype, 'style', {
    configurable: true,
    get: () => style.get!.call(win.document.createElement('span')),
  });
  return win as unknown as Window;
}

const P = (i: number) =>
  `<p>Absatz ${i}: Das Institut stellt neue Visualisierungen des Klimasystems vor, die Forschende gemeinsam mit dem Rechenzentrum entwickelt haben.</p>`;
const mail = (user: string, host: string) => `${user}@<span style="display:none;">we dont want spam</span>${host}`;
const PAGE = `<!DOCTYPE html><html><head><title>Das Klimasystem sichtbar machen</title></head><body>
<nav><a href="/institut">Institut<a href="/institut/kontakt">Kontakt</a></a></nav>
<h1>Das Klimasystem sichtbar machen</h1><p class="date">12. März 2024</p>
<p data-role="original-title" style="display: NONE !important">原标题：Das Klimasystem sichtbar machen (Langfassung)</p>
<div class="news-text-wrap">${P(1)}${P(2)}${P(3)}${P(4)}
<p>Fragen beantwortet Dr. Hendryk Bockelmann vom Rechenzentrum unter <a href="mailto:x">${mail('bockelmann', 'dkrz.de')}</a>, auch zu den Daten der Visualisierungen.</p>
<div class="editor-box" style="visibility:hidden"><iframe></iframe><p>Fehler melden</p></div></div></body></html>`;

/** A tab clip's snapshot; `hidden` as the page sent it (absent, or marks that do not line up with our parse). */
const snap = (html: string, hidden?: PageSnapshot['hidden']): PageSnapshot => ({
  html,
  url: URL,
  charset: 'UTF-8',
  bytes: null,
  ...(hidden && { hidden }),
});

describe('inline-hidden elements', () => {
  it('are those whose last display or visibility declaration hides them, outermost only', () => {
    const doc = new JSDOM(`<body><p style="display:none"><span style="display:none">a</span></p>
<p style="DISPLAY : None !important">b</p><p style="visibility: hidden">c</p><p style="display:none; display:block">d</p>
<p style="display:none !important; display:block">e</p><p style="display:block !important; display:none">f</p>
<p style="color:red">g</p><p style="content:'display:none'">h</p></body>`).window.document;
    expect(inlineHidden(doc).map((el) => el.textContent)).toEqual(['a', 'b', 'c', 'e']);
    expect(markInlineHidden(doc)).toBe('a\nb\nc\ne');
    expect(doc.querySelectorAll('[hidden]')).toHaveLength(4);
    expect(markInlineHidden(new JSDOM('<p>x</p>').window.document)).toBeNull();
  });
});

/** An article whose text is hidden inline until "Weiterlesen" is clicked. */
const COLLAPSED = `<!DOCTYPE html><html><head><title>Eingeklappt</title></head><body><h1>Eingeklappt</h1>
<p>12. März 2024</p><div class="content"><p>Kurz.</p><div id="more" style="display:none">${P(1)}${P(2)}${P(3)}${P(4)}</div>
<a href="#">Weiterlesen</a></div></body></html>`;

describe('a tab clip in the extension leaves inline-hidden text out of the body, as Node does', () => {
  it('the simulated extension page reads no inline style, as Chrome under our CSP', () => {
    const win = extensionPage();
    const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(PAGE, 'text/html');
    expect((doc.querySelector('[data-role]') as HTMLElement).style.display).toBe('');
  });

  it('without marks, or with marks that do not line up (links nested in links)', () => {
    const node = extractArticle(new JSDOM(PAGE, { url: URL }).window.document, URL, NOW);
    expect(node.ok && node.draft.textContent).toContain('bockelmann@dkrz.de');
    for (const hidden of [undefined, { count: 3, at: [0], tags: ['a'], sizes: [0] }]) {
      const r = extractFromSnapshot(snap(PAGE, hidden), extensionPage(), NOW);
      expect(r.ok).toBe(true);
      const text = r.ok ? r.draft.textContent : '';
      expect(text).toContain('bockelmann@dkrz.de');
      expect(text).not.toMatch(/we dont want spam|原标题|Fehler melden/);
      expect(text).toBe(node.ok && node.draft.textContent);
      expect(r.ok && r.draft.title).toBe('Das Klimasystem sichtbar machen');
    }
  });

  it('a collapsed article hidden inline is still clipped whole', () => {
    const r = extractFromSnapshot(snap(COLLAPSED), extensionPage(), NOW);
    expect(r.ok && r.draft.textContent).toMatch(/Absatz 1[\s\S]*Absatz 4/);
  });
});

// A followed column's item or a link's context menu: the page is fetched and parsed in the same extension page.
describe('a link clip leaves inline-hidden text out too, by the same rule', () => {
  const serve = (html: string) => async () =>
    Object.defineProperty(new Response(html, { headers: { 'content-type': 'text/html; charset=utf-8' } }), 'url', {
      value: URL,
    });
  it('as Node does, and a collapsed article is still clipped whole', async () => {
    const node = extractArticle(new JSDOM(PAGE, { url: URL }).window.document, URL, NOW);
    const r = await extractFromUrl(URL, extensionPage(), serve(PAGE), NOW);
    expect(r.ok && r.draft.textContent).toBe(node.ok && node.draft.textContent);
    expect(r.ok && r.draft.textContent).not.toMatch(/we dont want spam|Fehler melden/);
    const collapsed = await extractFromUrl(URL, extensionPage(), serve(COLLAPSED), NOW);
    expect(collapsed.ok && collapsed.draft.textContent).toMatch(/Absatz 1[\s\S]*Absatz 4/);
  });
});
