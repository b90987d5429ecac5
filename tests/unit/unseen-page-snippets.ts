// Authored snippets for the page-class tests (tests/unit/unseen-page-*.test.ts) and the clip they go through.
import { JSDOM } from 'jsdom';
import { extractArticle } from '../../utils/extraction/extract-article';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';

const NOW = new Date('2026-11-23T00:00:00Z');
const EN_PARA =
  '<p>The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.</p>';
export const EN_BODY = `<div class="content">${EN_PARA.repeat(4)}</div>`;
const ZH_PARA =
  '<p>5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。</p>';
export const ZH_BODY = `<div class="content">${ZH_PARA.repeat(4)}</div>`;
/** The paragraphs alone, for a page that prints them in the article's own container beside short lines. */
export const EN_PARAS = EN_PARA.repeat(4);
export const ZH_PARAS = ZH_PARA.repeat(4);

/** The Draft extracted from an authored page at the given address; throws when extraction refuses it. */
export function clip(html: string, url = 'https://news.example.edu/story/1.html') {
  const dom = new JSDOM(html, { url });
  const r = extractArticle(dom.window.document, url, NOW, dom.window as never);
  if (!r.ok) throw new Error(r.error);
  return r.draft;
}

/** An authored body's text once removeEdgeFurniture has taken its edges, whitespace folded. */
export function edges(html: string): string {
  const root = new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!;
  removeEdgeFurniture(root);
  return root.textContent!.replace(/\s+/g, ' ').trim();
}

/** The credits a story reads from one line printed after its text, as [name, role] pairs. */
export function creditsAfterText(line: string): [string, string | null][] {
  const page =
    `<html><head><title>News</title></head><body><article><h1>A story of the university</h1><p>May 20, 2024</p>${EN_PARAS}` +
    `<p>${line}</p></article></body></html>`;
  return clip(page).byline.map((b) => [b.name, b.role ?? null]);
}
