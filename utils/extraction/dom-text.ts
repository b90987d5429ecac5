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
  // Ruby annotations (furigana, pinyin) gloss the characters they sit over: a reader sees them, but they are not
  // words of the headline or the text.
  'RT',
  'RP',
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

/**
 * A nav, an aside or the page's footer. A <footer> inside an <article> is the article's own (Drupal's node__meta:
 * "Submitted by … on Tue, 03/11/2025 - 14:22"; session 61, R247).
 */
export function isFurnitureElement(e: Element): boolean {
  const tag = e.tagName.toUpperCase();
  return tag === 'NAV' || tag === 'ASIDE' || (tag === 'FOOTER' && !e.parentElement?.closest('article'));
}

/** True when the element sits in page furniture: navigation, sidebars, headers and footers. */
export function inFurniture(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) {
    if (isFurnitureElement(e)) return true;
    const role = e.getAttribute('role');
    if (role === 'navigation' || role === 'complementary' || role === 'contentinfo') return true;
  }
  return false;
}

/** Characters from which a list item is a layout column holding the article, not one item of a list. */
const LAYOUT_ITEM_CHARS = 1000;
const itemLength = new WeakMap<Element, number>();

/**
 * Whether an element sits in an item of a list (other articles, links), as opposed to a list item some templates
 * use as a page column (`<ul><li class="left-main"><h3>headline</h3> … the whole article`): the nearest list item,
 * or list, counts only when it holds less text than an article.
 */
export function inListItem(el: Element): boolean {
  const item = el.closest('li') ?? el.closest('ul, ol');
  if (!item) return false;
  let n = itemLength.get(item);
  if (n === undefined) itemLength.set(item, (n = (item.textContent ?? '').length));
  return n < LAYOUT_ITEM_CHARS;
}
