/**
 * HTML parsed where nothing in it runs or loads: a detached element of a document without a browsing context
 * (no scripts, no image requests, no event handlers firing). The only place outside the sanitizer where markup
 * becomes nodes; read it back with `.innerHTML`.
 */
export function inertElement(doc: Document, html: string): HTMLElement {
  const holder = doc.implementation.createHTMLDocument('').createElement('div');
  holder.innerHTML = html;
  return holder;
}
