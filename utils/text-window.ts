/** The visible text around an element, in reading order: where campus pages print an article's meta line. */
import { foldSpace } from './dom-text';

const SKIP = /^(SCRIPT|STYLE|NOSCRIPT|TEMPLATE|SELECT|OPTION|TITLE|HEAD)$/;

/** Links, linked list items and page furniture: where other articles' dates are printed. */
const ELSEWHERE = /^(A|NAV|ASIDE|FOOTER)$/;
const elsewhere = (el: Element, tag: string) => ELSEWHERE.test(tag) || (tag === 'LI' && !!el.querySelector('a'));

function textNodes(root: Node, plain: boolean): Text[] {
  const out: Text[] = [];
  const walk = (n: Node) => {
    for (let c = n.firstChild; c; c = c.nextSibling) {
      if (c.nodeType === 3) {
        if ((c.nodeValue ?? '').trim()) out.push(c as Text);
      } else if (c.nodeType === 1) {
        const tag = (c as Element).tagName.toUpperCase();
        if (!SKIP.test(tag) && !(plain && elsewhere(c as Element, tag))) walk(c);
      }
    }
  };
  walk(root);
  return out;
}

export interface TextWindow {
  /** Text printed before the anchor (closest last). */
  before: string;
  /** The anchor's own text. */
  inside: string;
  /** Text printed after the anchor. */
  after: string;
}

/**
 * Up to `chars` characters either side of `anchor` (the whole body's start when anchor is null). `plain`
 * leaves out links, list items holding links, nav, aside and footer: the window for unlabelled datelines.
 */
export function textWindow(doc: Document, anchor: Element | null, chars: number, plain = false): TextWindow {
  const nodes = textNodes(doc.body ?? doc.documentElement, plain);
  if (!anchor) {
    return { before: '', inside: '', after: foldSpace(join(nodes, 0, nodes.length, chars)) };
  }
  const first = nodes.findIndex((t) => anchor.contains(t));
  if (first < 0) return { before: '', inside: '', after: '' };
  let last = first;
  while (last + 1 < nodes.length && anchor.contains(nodes[last + 1]!)) last++;
  let before = '';
  for (let i = first - 1; i >= 0 && before.length < chars; i--) before = `${nodes[i]!.nodeValue} ${before}`;
  return {
    before: foldSpace(before).slice(-chars),
    inside: foldSpace(join(nodes, first, last + 1, Infinity)),
    after: foldSpace(join(nodes, last + 1, nodes.length, chars)),
  };
}

function join(nodes: Text[], from: number, to: number, chars: number): string {
  let s = '';
  for (let i = from; i < to && s.length < chars; i++) s += ` ${nodes[i]!.nodeValue}`;
  return s.slice(0, chars + 200);
}
