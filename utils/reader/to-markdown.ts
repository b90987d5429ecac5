/**
 * Sanitized article HTML as Markdown for notes apps (CommonMark with GFM tables): headings, paragraphs, lists,
 * blockquotes, code, bold and italic, links, images and tables. Written by hand rather than with turndown 7.2.5 +
 * turndown-plugin-gfm 1.0.2: on the 171 article bodies of the fixtures and the shared corpus, each Markdown parsed
 * back (marked, GFM) and compared with its HTML (text, links, images, headings, list items, quotes, bold, italic,
 * table cells), this gave 135 right to turndown's 130 (148 to 131 counting only data tables' cells: turndown keeps a
 * headerless table as raw HTML, and crashed on one page), in 1.8 KB gzip to its 4.8 KB; the difference is mostly
 * bold and italic by Chinese punctuation, which CommonMark reads as text unless the punctuation stays outside
 * (wrap). A layout table (cells holding paragraphs, headings, lists) is given as its cells' blocks, not a table.
 * Its input is sanitizeHtml's output; it still keeps only http(s) and mailto addresses, so no other scheme can
 * reach the Markdown whatever it is given.
 */
import { inertElement } from '../safety/inert-html';

const BLOCK =
  /^(?:P|DIV|SECTION|ARTICLE|MAIN|HEADER|FOOTER|ASIDE|NAV|FIGURE|FIGCAPTION|H[1-6]|UL|OL|LI|DL|DT|DD|BLOCKQUOTE|PRE|TABLE|HR|ADDRESS|DETAILS|SUMMARY|CENTER)$/u;
const SKIP = /^(?:SCRIPT|STYLE|TEMPLATE|NOSCRIPT|HEAD|TITLE)$/u;
const SAFE_URL = /^(?:https?:|mailto:)/iu;

/** Characters Markdown would read as syntax inside text. */
export function escapeText(s: string): string {
  // An address in the text is left as typed: notes apps link it, escapes and all.
  return s
    .split(/(https?:\/\/[^\s<>]+)/u)
    .map((part, i) => (i % 2 ? part : part.replace(/[\\`*_[\]<>~|]/gu, '\\$&')))
    .join('');
}

/** A line that would begin a heading, list, quote or rule: its first mark escaped. */
export function escapeLineStart(s: string): string {
  return s.replace(/^(\s*)([#>+-])/u, '$1\\$2').replace(/^(\s*\d+)([.)])(?=\s|$)/u, '$1\\$2');
}

/** An address usable between ( and ): spaces and parentheses encoded; null when not http(s) or mailto. */
function address(url: string | null): string | null {
  const u = url?.trim();
  return u && SAFE_URL.test(u) ? u.replace(/[ ()]/gu, (c) => encodeURIComponent(c)) : null;
}

/**
 * `mark` around `s`, its outer spaces and punctuation kept outside: CommonMark reads "**x。**之" or "** x**" as
 * text (a closing mark after punctuation must be followed by a space or punctuation), which Chinese text hits often.
 */
function wrap(s: string, mark: string): string {
  let m = OUTER.exec(s)!;
  // A ")" closing a link or image stays with it.
  if (m[3]!.startsWith(')') && m[2]!.includes('](')) m = OUTER_NO_PARENS.exec(s)!;
  // Punctuation alone is not marked: "**)**" between words would be read as text.
  return m[2] && !/^(?:\\?\p{P})+$/u.test(m[2]) ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : s;
}
/** Spaces, punctuation and escaped marks at either end, except what may belong to Markdown (`keep`). */
const edges = (keep: string) => {
  const edge = `(?:\\\\\\p{P}|(?![${keep}])[\\s\\p{P}])*`;
  return new RegExp(`^(${edge})([^]*?)(${edge})$`, 'u');
};
const OUTER = edges('[\\]!\\\\`*_~');
const OUTER_NO_PARENS = edges('[\\]()!\\\\`*_~');

/** Inline nodes as Markdown: two bold runs side by side (<b>D</b><b>on't</b>) are one ("**D****on't**" is text). */
function joinInline(nodes: Iterable<Node>): string {
  return [...nodes]
    .map(inline)
    .join('')
    .replace(/(?<=[^\s*])\*{4}(?=[^\s*])/gu, '');
}

/** An element's inline content as one Markdown line (a <br> as a hard break). */
function inline(node: Node): string {
  if (node.nodeType === 3) return escapeText((node as Text).data.replace(/\s+/gu, ' '));
  if (node.nodeType !== 1) return '';
  const el = node as Element;
  const tag = el.tagName;
  if (SKIP.test(tag)) return '';
  if (tag === 'BR') return '  \n';
  if (tag === 'IMG') {
    const src = address(el.getAttribute('src'));
    return src ? `![${escapeText(el.getAttribute('alt') ?? '').replace(/\s+/gu, ' ')}](${src})` : '';
  }
  const inner = joinInline(el.childNodes);
  switch (tag) {
    case 'STRONG':
    case 'B':
      return wrap(inner, '**');
    case 'EM':
    case 'I':
      return wrap(inner, '*');
    case 'DEL':
    case 'S':
      return wrap(inner, '~~');
    case 'CODE': {
      const text = el.textContent ?? '';
      const fence = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length)) + 1);
      return text ? `${fence}${/^`|`$/u.test(text) ? ` ${text} ` : text}${fence}` : '';
    }
    case 'A': {
      const href = address(el.getAttribute('href'));
      return href && inner.trim() ? `[${inner.trim()}](${href})` : inner;
    }
    default:
      return inner;
  }
}

/** Lines of `text` after the first indented by `pad`. */
function indent(text: string, first: string, pad: string): string {
  return text
    .split('\n')
    .map((line, i) => (i === 0 ? first + line : line ? pad + line : line))
    .join('\n');
}

/** Blocks a data table's cell may not hold: a table holding them lays out a page, it is not data. */
const LAYOUT = 'table,h1,h2,h3,h4,h5,h6,ul,ol,blockquote,pre,hr,p+p,div+div';

/**
 * A data table as a GFM table (the first row as its header; each cell on one line, | escaped); a table used for
 * layout, or of one column, as its cells' blocks in order.
 */
function table(el: Element): string {
  const caption = el.querySelector(':scope > caption');
  const title = caption ? `${inlineText(caption)}\n\n` : '';
  const rows = [...el.querySelectorAll('tr')].filter((tr) => tr.closest('table') === el);
  const grid = rows.map((tr) => [...tr.children].filter((c) => c.tagName === 'TD' || c.tagName === 'TH'));
  const width = Math.max(0, ...grid.map((r) => r.length));
  if (width < 2 || grid.some((r) => r.some((c) => c.querySelector(LAYOUT))))
    return title + grid.flatMap((r) => r.flatMap((c) => blocks(c))).join('\n\n');
  const cells = grid.map((r) => r.map((c) => inlineText(c).replace(/\s*\n\s*/gu, ' ')));
  const line = (r: string[]) => `| ${Array.from({ length: width }, (_, i) => r[i] ?? '').join(' | ')} |`;
  return title + [line(cells[0]!), line(Array(width).fill('---')), ...cells.slice(1).map(line)].join('\n');
}

/** An element that is a block of its own, as Markdown ('' when empty). */
function block(el: Element): string {
  const tag = el.tagName;
  const h = /^H([1-6])$/u.exec(tag);
  // The article's own title is the document's only #: the body's headings start at ##.
  if (h) return inlineText(el) && `${'#'.repeat(Math.max(2, +h[1]!))} ${inlineText(el).replace(/\n/gu, ' ')}`;
  switch (tag) {
    case 'HR':
      return '---';
    case 'PRE': {
      const text = (el.textContent ?? '').replace(/\n$/u, '');
      const fence = '`'.repeat(Math.max(2, ...[...text.matchAll(/`+/gu)].map((m) => m[0].length)) + 1);
      return `${fence}\n${text}\n${fence}`;
    }
    case 'BLOCKQUOTE':
      return blocks(el)
        .join('\n\n')
        .split('\n')
        .map((l) => (l ? `> ${l}` : '>'))
        .join('\n');
    case 'UL':
    case 'OL': {
      let n = Number(el.getAttribute('start')) || 1;
      const items: string[] = [];
      // What a list holds besides its items (a list, text, a paragraph written straight in it) is shown by
      // browsers inside the item before it: so here too.
      let stray: Node[] = [];
      const strays = () => {
        const text = blocksOf(stray).join('\n');
        stray = [];
        if (!text) return;
        if (items.length) items[items.length - 1] += `\n${indent(text, '  ', '  ')}`;
        else items.push(text);
      };
      for (const child of el.childNodes) {
        if ((child as Element).tagName !== 'LI') {
          stray.push(child);
          continue;
        }
        strays();
        const mark = tag === 'OL' ? `${n++}. ` : '- ';
        items.push(indent(blocks(child as Element).join('\n'), mark, ' '.repeat(mark.length)));
      }
      strays();
      return items.join('\n');
    }
    case 'TABLE':
      return table(el);
    default:
      return blocks(el).join('\n\n');
  }
}

/** An element's inline content, trimmed, each line's start escaped. */
function inlineText(el: Node): string {
  return joinInline(el.childNodes)
    .split('\n')
    .map((l) => escapeLineStart(l.replace(/^ +/u, '')))
    .join('\n')
    .trim();
}

/** A container's children as Markdown blocks: runs of inline content become paragraphs. */
function blocks(root: Element): string[] {
  return blocksOf(root.childNodes);
}

/** Nodes as Markdown blocks. */
function blocksOf(nodes: Iterable<Node>): string[] {
  const out: string[] = [];
  let run: Node[] = [];
  const flush = () => {
    const p = joinInline(run)
      .split('\n')
      .map((l) => escapeLineStart(l.replace(/^ +/u, '')))
      .join('\n')
      .trim()
      .replace(/ {2}$/u, '');
    if (p) out.push(p);
    run = [];
  };
  for (const child of nodes) {
    if (child.nodeType === 1 && BLOCK.test((child as Element).tagName)) {
      flush();
      const b = block(child as Element);
      if (b.trim()) out.push(b);
    } else run.push(child);
  }
  flush();
  return out;
}

/** Sanitized HTML as Markdown: blocks separated by a blank line, no trailing newline. */
export function htmlToMarkdown(html: string, doc: Document): string {
  return blocks(inertElement(doc, html)).join('\n\n');
}
