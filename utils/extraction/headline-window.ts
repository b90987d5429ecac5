/**
 * The visible text around an element, in reading order: where campus pages print an article's meta line.
 * Walks outwards from the element only as far as it needs, so its cost does not grow with the page.
 */
import { NON_TEXT, foldSpace, inListItem, isFurnitureElement } from './dom-text';

/**
 * Blog templates link the post's own date to the post ("Posted on <a href=permalink rel=bookmark><time>"): a link
 * to the page itself, unlike the links to other items (rel=bookmark alone is not enough: archive and related lists
 * carry it too).
 */
export function isPermalink(a: Element, url: string | undefined): boolean {
  if (!url) return false;
  // The scheme and a leading www. name no other page: sites moved to https keep http:// permalinks in their
  // templates, and a page read over http (a proxy, an old mirror) links its https address.
  const bare = (u: URL) => (u.host.replace(/^www\./, '') + u.pathname + u.search).replace(/\/$/, '');
  try {
    return bare(new URL(a.getAttribute('href') ?? '', url)) === bare(new URL(url));
  } catch {
    return false;
  }
}

/** Links (but the page's own permalink), linked list items and page furniture: where other articles' dates are. */
const elsewhere = (el: Element, tag: string, self: string | undefined) =>
  isFurnitureElement(el) ||
  (tag === 'A' && !isPermalink(el, self)) ||
  (tag === 'LI' && !!el.querySelector('a') && inListItem(el));

function readable(t: Node, plain: boolean, self: string | undefined): boolean {
  if (!(t.nodeValue ?? '').trim()) return false;
  for (let e = t.parentElement; e; e = e.parentElement) {
    const tag = e.tagName.toUpperCase();
    // A picture's caption is no meta line: read on, it ran into the credit before it ("Photographs by Jörg Meyer"
    // + "Piermont Pier, at …" gave the photographer "Jörg Meyer Piermont Pier"; session 35).
    if (NON_TEXT.has(tag) || tag === 'FIGCAPTION' || (plain && elsewhere(e, tag, self))) return false;
  }
  return true;
}

export interface HeadlineWindow {
  /** Text printed before the anchor (closest last). */
  before: string;
  /** The anchor's own text. */
  inside: string;
  /** Text printed after the anchor. */
  after: string;
}

/**
 * Up to `chars` characters either side of `anchor` (the whole body's start when anchor is null). `plain`
 * leaves out links (but links to `self`, the page's address), list items holding links, nav, aside and footer: the
 * window for unlabelled datelines.
 */
export function headlineWindow(
  doc: Document,
  anchor: Element | null,
  chars: number,
  plain = false,
  self?: string,
): HeadlineWindow {
  const root = doc.body ?? doc.documentElement;
  const walker = doc.createTreeWalker(root, 4 /* SHOW_TEXT */);
  const collect = (step: () => Node | null, keep: (n: Node) => boolean, limit: number): string[] => {
    const parts: string[] = [];
    let length = 0;
    for (let n = step(); n && keep(n) && length < limit; n = step()) {
      if (!readable(n, plain, self)) continue;
      parts.push(n.nodeValue!);
      length += n.nodeValue!.length + 1;
    }
    return parts;
  };
  if (!anchor || !root.contains(anchor)) {
    const after = anchor
      ? []
      : collect(
          () => walker.nextNode(),
          () => true,
          chars,
        );
    return { before: '', inside: '', after: foldSpace(after.join(' ')).slice(0, chars + 200) };
  }
  walker.currentNode = anchor;
  const inside = collect(
    () => walker.nextNode(),
    (n) => anchor.contains(n),
    Infinity,
  );
  if (!inside.length) return { before: '', inside: '', after: '' };
  // The walker now stands on the first node after the anchor (or at the end).
  const afterStart = walker.currentNode !== anchor && !anchor.contains(walker.currentNode) ? walker.currentNode : null;
  const after = afterStart && readable(afterStart, plain, self) ? [afterStart.nodeValue!] : [];
  if (afterStart)
    after.push(
      ...collect(
        () => walker.nextNode(),
        () => true,
        chars - (after[0]?.length ?? 0),
      ),
    );
  walker.currentNode = anchor;
  const before = collect(
    () => walker.previousNode(),
    () => true,
    chars,
  ).reverse();
  return {
    before: foldSpace(before.join(' ')).slice(-chars),
    inside: foldSpace(inside.join(' ')),
    after: foldSpace(after.join(' ')).slice(0, chars + 200),
  };
}
