/**
 * One pass over a page's text for detection: how much prose it holds (sentences in blocks, outside links and
 * page furniture), how much is link text, the text around the first prose block (where an article's headline,
 * date line and view counter sit), and how many short date lines it repeats (a list's tell). Link, list and
 * furniture state is carried down the walk, so no node looks up its ancestors.
 */
import { isDateLine } from './date-clues';

export interface PageWalk {
  /** Characters of prose: blocks of 30+ characters with sentence punctuation, outside links and furniture. */
  prose: number;
  /** Characters of text inside links. */
  linked: number;
  /** Lower-cased text just before the first prose block (up to LEAD_IN characters) and the starts of the first prose blocks. */
  leadIn: string;
  /** Short text lines, outside links and list items, that are mostly one date. */
  dateLines: number;
  /** The first TOP characters (lower-cased) of text outside links and furniture, where a headline and its meta line usually are. */
  top: string;
  /** A forum's or mailing-list archive's own controls are printed ("Post a message", "Messages sorted by"). */
  forum: boolean;
}

// Controls only forums and list archives print (not "Reply", which article comment sections have too).
const FORUM_CONTROL =
  /^\[?\s*(?:post a (?:msg|message|reply)|post new (?:topic|thread)|new (?:topic|thread)|messages sorted by|next message|previous message|next in thread|reply to this (?:post|message)|发表新帖|发新帖|发表回复|回复主题|發表新帖|回覆主題)\b/;

const SKIP = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'TITLE',
  'OPTION',
  'SELECT',
  'TEXTAREA',
  'svg',
  'SVG',
]);
const BLOCK = new Set(['P', 'DIV', 'TD', 'TH', 'LI', 'DD', 'SECTION', 'ARTICLE', 'BLOCKQUOTE', 'BODY', 'MAIN', 'FONT']);
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER']);
const FURNITURE_ROLE = /^(navigation|complementary|contentinfo)$/;
// Case-sensitive on purpose, like every detection regex (see date-clues.ts).
const SENTENCE = /[，。！？；]|[A-Za-z]{2,}[,.;!?]\s/;

/** Text nodes read to judge a page: enough for any article, and a bound on huge pages (on every load). */
const MAX_TEXT_NODES = 20_000;
/** Characters of text kept before the first prose block, and of the block itself. */
const LEAD_IN = 400;
const LEAD_INTO_PROSE = 200;
/** Prose blocks whose start is read (an address or standfirst block can come before the dated paragraph). */
const LEAD_BLOCKS = 2;
const TOP = 500;
/** Date lines counted before the walk stops counting (enough to call a page a list). */
const ENOUGH_DATE_LINES = 5;

interface Block {
  text: string;
  furniture: boolean;
}
interface State {
  link: boolean;
  list: boolean;
  furniture: boolean;
  block: Block | null;
}

export function walkPage(doc: Document, now: Date): PageWalk {
  const root = doc.body ?? doc.documentElement;
  const blocks: Block[] = [];
  let linked = 0;
  let dateLines = 0;
  let seen = 0;
  let forum = false;
  const stack: [Node, State][] = [[root, { link: false, list: false, furniture: false, block: null }]];
  while (stack.length && seen < MAX_TEXT_NODES) {
    const [node, state] = stack.pop()!;
    if (node.nodeType === 3) {
      seen++;
      const raw = node.nodeValue ?? '';
      const trimmed = raw.trim();
      if (!trimmed) continue;
      if (!forum && trimmed.length < 30 && FORUM_CONTROL.test(trimmed.toLowerCase())) forum = true;
      if (state.link) {
        linked += trimmed.length;
        continue;
      }
      // Cheap tests first: only short lines with a year are tried as dates.
      if (dateLines < ENOUGH_DATE_LINES && !state.list && trimmed.length < 60 && /\d{4}/.test(trimmed))
        if (isDateLine(trimmed.toLowerCase(), now)) dateLines++;
      // Nodes are joined with a space: "FOR IMMEDIATE RELEASE<br>January 18, 2005" must not run together.
      if (state.block) state.block.text += ` ${raw}`;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP.has(tag)) continue;
    let next = state;
    const furniture = FURNITURE.has(tag) || FURNITURE_ROLE.test(el.getAttribute('role') ?? '');
    if (tag === 'A' || tag === 'LI' || furniture || BLOCK.has(tag)) {
      next = { ...state };
      if (tag === 'A') next.link = true;
      if (tag === 'LI') next.list = true;
      if (furniture) next.furniture = true;
      if (BLOCK.has(tag)) blocks.push((next.block = { text: '', furniture: next.furniture }));
    }
    for (let c = el.lastChild; c; c = c.previousSibling) stack.push([c, next]);
  }

  let prose = 0;
  const firsts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const chars = b.text.replace(/\s/g, '').length;
    if (chars >= 30 && !b.furniture && SENTENCE.test(b.text)) {
      prose += chars;
      if (firsts.length < LEAD_BLOCKS && chars >= 60) firsts.push(i);
    }
  }
  // The lead-in: what precedes the first prose block, then everything up to the second one, prose blocks cut
  // short (a standfirst can sit between headline and date line; a press release's dateline opens its text).
  let leadIn = '';
  if (firsts.length) {
    let before = '';
    for (let i = firsts[0]! - 1; i >= 0 && before.length < LEAD_IN; i--)
      if (!blocks[i]!.furniture) before = `${blocks[i]!.text} ${before}`;
    leadIn = fold(before).slice(-LEAD_IN);
    for (let i = firsts[0]!; i <= firsts.at(-1)!; i++) {
      const b = blocks[i]!;
      if (!b.furniture) leadIn += ` | ${firsts.includes(i) ? fold(b.text).slice(0, LEAD_INTO_PROSE) : fold(b.text)}`;
      if (leadIn.length > 3 * LEAD_IN) break;
    }
  }
  let top = '';
  for (let i = 0; i < blocks.length && top.length < TOP; i++) if (!blocks[i]!.furniture) top += ` ${blocks[i]!.text}`;
  return { prose, linked, leadIn, dateLines, forum, top: fold(top).slice(0, TOP) };
}

// Lower-cased: the detection regexes are case-sensitive (see date-clues.ts).
const fold = (s: string) =>
  s
    .replace(/[\s\u00a0\u3000]+/g, ' ')
    .trim()
    .toLowerCase();
