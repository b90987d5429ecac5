/**
 * A proof that sanitize.ts's profile would give an HTML string back unchanged, so its DOMPurify walk, hooks and
 * serialisation can be skipped. For HTML this profile produced before: an export file's articles were sanitized
 * when clipped, and sanitizing them again on import was the largest cost of reading the file. The proof is
 * stricter than the profile (a short allow-list; anything else, or any doubt, is not proven and goes through
 * DOMPurify), and it checks the tree the string parses to, so a hostile string is never taken on trust. The
 * reader sanitizes again before it shows anything.
 */

import { isBeacon } from './beacon';

/** Elements the profile keeps as they are (all in DOMPurify's default HTML list, none forbidden by the profile). */
const TAGS = new Set(
  (
    'A ABBR ADDRESS ARTICLE ASIDE B BDI BDO BIG BLOCKQUOTE BR CAPTION CENTER CITE CODE COL COLGROUP DATA DD DEL DFN ' +
    'DIV DL DT EM FIGCAPTION FIGURE FONT FOOTER H1 H2 H3 H4 H5 H6 HEADER HGROUP HR I IMG INS KBD LI MAIN MARK NAV OL ' +
    'P PRE Q RP RT RUBY S SAMP SECTION SMALL SPAN STRIKE STRONG SUB SUP TABLE TBODY TD TFOOT TH THEAD TIME TR TT U UL ' +
    'VAR WBR'
  ).split(' '),
);

/**
 * Attributes DOMPurify keeps untouched (see plainKept) when their values hold no '<' or '>' (its SAFE_FOR_XML check)
 * and have no surrounding spaces (it trims).
 */
const PLAIN = new Set(
  (
    'alt title class role rel width height colspan rowspan scope headers span align valign lang dir border cellpadding ' +
    'cellspacing bgcolor color face size datetime start reversed tabindex'
  ).split(' '),
);

/** Attributes DOMPurify never reads as an address (its URI_SAFE_ATTRIBUTES). */
const FREE_TEXT = new Set(['alt', 'title', 'class', 'role']);

/**
 * Whether DOMPurify keeps a plain attribute's value: free text always; others when they cannot read as an address
 * with a scheme (no ':', or a leading digit as in a `datetime`), as its IS_ALLOWED_URI check lets through.
 */
const plainKept = (name: string, value: string) => FREE_TEXT.has(name) || !value.includes(':') || /^\d/.test(value);

/** Address attributes, where each may appear, and the schemes the profile keeps (sanitize.ts URL_ATTRS). */
const ADDRESS: Record<string, { tags: Set<string>; allowed: RegExp }> = {
  href: { tags: new Set(['A']), allowed: /^(https?|mailto):$/ },
  src: { tags: new Set(['IMG']), allowed: /^https?:$/ },
  cite: { tags: new Set(['BLOCKQUOTE', 'Q', 'DEL', 'INS']), allowed: /^https?:$/ },
};

const XHTML = 'http://www.w3.org/1999/xhtml';

/** `value` as the profile's address hook leaves it: absolute against `base`, an allowed scheme; else null. */
function sameAddress(value: string, allowed: RegExp, base: string | undefined): boolean {
  let url: URL;
  try {
    url = base ? new URL(value, base) : new URL(value);
  } catch {
    return false;
  }
  return allowed.test(url.protocol) && url.href === value;
}

/** Whether one element is exactly as the profile (and its hooks) would leave it. */
function elementProven(el: Element, base: string | undefined): boolean {
  const tag = el.tagName;
  if (!TAGS.has(tag) || el.namespaceURI !== XHTML) return false;
  const attrs = el.attributes;
  const link = tag === 'A' && el.hasAttribute('href');
  for (let i = 0; i < attrs.length; i++) {
    const { name, value } = attrs[i]!;
    if (value.includes('<') || value.includes('>') || value !== value.trim()) return false;
    const address = ADDRESS[name];
    if (address) {
      if (!address.tags.has(tag) || !sameAddress(value, address.allowed, base)) return false;
    } else if (name === 'target') {
      // DOMPurify drops `target` and the profile's hook adds it back last, on links only.
      if (!link || value !== '_blank' || i !== attrs.length - 1) return false;
    } else if (name === 'rel' && link) {
      if (value !== 'noopener noreferrer') return false;
    } else if (!PLAIN.has(name) || !plainKept(name, value)) return false;
  }
  if (link && (el.getAttribute('target') !== '_blank' || el.getAttribute('rel') !== 'noopener noreferrer'))
    return false;
  // The hook gives an image without alt text one; another drops tracking pixels.
  return tag !== 'IMG' || (el.hasAttribute('alt') && !isBeacon(el));
}

/** Whether every node under `root` is an element the profile keeps as it is, or text (walked without recursion). */
function treeProven(root: Element, base: string | undefined): boolean {
  let n: Node | null = root.firstChild;
  while (n) {
    if (n.nodeType === 1) {
      if (!elementProven(n as Element, base)) return false;
      if (n.firstChild) {
        n = n.firstChild;
        continue;
      }
    } else if (n.nodeType !== 3) return false;
    while (!n.nextSibling) {
      n = n.parentNode!;
      if (n === root) return true;
    }
    n = n.nextSibling;
  }
  return true;
}

/** One inert holder per window: a document without a browsing context, where nothing runs or loads. */
const holders = new WeakMap<Window, HTMLElement>();

/**
 * Whether sanitizing `html` with the profile (links made absolute against `base`) would return `html` itself:
 * it parses to allowed elements and attributes only, each already as the hooks leave it, and parses and
 * serialises back to the same string.
 */
export function provenClean(html: string, win: Window, base: string | undefined): boolean {
  let holder = holders.get(win);
  if (!holder) {
    holder = win.document.implementation.createHTMLDocument('').createElement('div');
    holders.set(win, holder);
  }
  holder.innerHTML = html;
  const ok = treeProven(holder, base) && holder.innerHTML === html;
  holder.textContent = '';
  return ok;
}
