/**
 * The body as a reader sees it, one line per block or <br>, with the DOM text nodes that print each line: rules
 * about what sits at the body's edges judge lines (a link line, an address line), and remove exactly those nodes,
 * whatever elements the template wraps them in (a <p> of <br>-separated lines, a bare link after the last <p>).
 */
import { BLOCK, NON_TEXT, foldSpace } from './dom-text';

export interface BodyLine {
  /** The line's text, whitespace folded. */
  text: string;
  /** Text nodes printing it, in order. */
  nodes: Text[];
  /** Characters (whitespace aside) inside links. */
  linked: number;
  /** Distinct links the line's text sits in. */
  links: HTMLAnchorElement[];
}

const bare = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '');

/** The lines of `root`, in reading order, empty ones left out. */
export function bodyLines(root: Element): BodyLine[] {
  const lines: BodyLine[] = [];
  let nodes: Text[] = [];
  const flush = () => {
    const text = foldSpace(nodes.map((n) => n.nodeValue ?? '').join(''));
    if (text) {
      let linked = 0;
      const links: HTMLAnchorElement[] = [];
      for (const n of nodes) {
        const a = n.parentElement?.closest('a');
        if (!a || !root.contains(a)) continue;
        linked += bare(n.nodeValue ?? '').length;
        if (!links.includes(a as HTMLAnchorElement)) links.push(a as HTMLAnchorElement);
      }
      lines.push({ text, nodes, linked, links });
    }
    nodes = [];
  };
  const walk = (n: Node) => {
    if (n.nodeType === 3) nodes.push(n as Text);
    else if (n.nodeType === 1 && !NON_TEXT.has((n as Element).tagName.toUpperCase())) {
      const block = BLOCK.has((n as Element).tagName.toUpperCase());
      if (block) flush();
      for (let c = n.firstChild; c; c = c.nextSibling) walk(c);
      if (block) flush();
    }
  };
  for (let c = root.firstChild; c; c = c.nextSibling) walk(c);
  flush();
  return lines;
}

/** Share of the line's characters inside links. */
export function linkShare(line: BodyLine): number {
  const n = bare(line.text).length;
  return n ? line.linked / n : 0;
}

/** Elements that print something without text, kept when a line around them goes. */
const MEDIA = 'img, picture, video, audio, iframe, table, figure';

/** Removes a line's text, then every element it leaves empty (up to `root`), so no empty link or <p> stays. */
export function removeLine(root: Element, line: BodyLine): void {
  for (const n of line.nodes) {
    let parent: Element | null = n.parentElement;
    n.remove();
    while (parent && parent !== root && root.contains(parent)) {
      if (bare(parent.textContent ?? '') || parent.matches(MEDIA) || parent.querySelector(MEDIA)) break;
      const up: Element | null = parent.parentElement;
      parent.remove();
      parent = up;
    }
  }
}
