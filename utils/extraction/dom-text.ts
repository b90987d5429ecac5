/** Text helpers that read a page the way a reader sees it (no script or style text). */

/** Elements whose contents a reader never sees as text. */
export const NON_TEXT = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'SVG',
  'SELECT',
  'OPTION',
  'TEXTAREA',
  'TITLE',
  'HEAD',
]);
/** Elements whose contents stand on lines of their own. */
export const BLOCK = new Set([
  ...['P', 'DIV', 'LI', 'TR', 'TD', 'BR', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'SECTION', 'ARTICLE', 'HEADER'],
  ...['FOOTER', 'TABLE', 'UL', 'OL', 'DD', 'DT', 'BLOCKQUOTE', 'PRE', 'FIGURE', 'FIGCAPTION'],
]);

/** Text of a node without script/style contents, whitespace folded. */
export function visibleText(node: Node): string {
  let out = '';
  const walk = (n: Node) => {
    if (n.nodeType === 3) out += n.nodeValue ?? '';
    else if (n.nodeType === 1 && !NON_TEXT.has((n as Element).tagName.toUpperCase())) {
      const block = BLOCK.has((n as Element).tagName.toUpperCase());
      if (block) out += ' ';
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (block) out += ' ';
    }
  };
  walk(node);
  return foldSpace(out);
}

/** Collapse runs of whitespace (including &nbsp; and the ideographic space) into one space. */
export function foldSpace(s: string): string {
  return s.replace(/[\s\u00a0\u3000]+/g, ' ').trim();
}

/** True when the element sits in page furniture: navigation, sidebars, headers and footers. */
export function inFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    if (tag === 'NAV' || tag === 'ASIDE' || tag === 'FOOTER') return true;
    const role = e.getAttribute('role');
    if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  }
  return false;
}
