/**
 * One pass over a page's text for detection: how much prose it holds (sentences in blocks, outside links and
 * page furniture), how much is link text, the text around the first prose block (where an article's headline,
 * date line and view counter sit), and how many short date lines it repeats (a list's tell). Link, list and
 * furniture state is carried down the walk, so no node looks up its ancestors.
 */
import {
  countDateLines,
  hasLabelledDate,
  isClosingDateLine,
  dateBesideSignOff,
  PUBLICATION_LABEL,
  VIEW_COUNTER,
} from './date-clues';
import { breadcrumb } from './page-breadcrumb';

export interface PageWalk {
  /** Characters of prose: blocks of 30+ characters with sentence punctuation, outside links and furniture. */
  prose: number;
  /** Characters of text inside links. */
  linked: number;
  /** Lower-cased text just before the first prose block (up to LEAD_IN characters) and the starts of the first prose blocks. */
  leadIn: string;
  /** Short text lines, outside links and list items, that are mostly one date (counted up to 5, on first call). */
  dateLines: () => number;
  /** The first TOP characters (lower-cased) of text outside links and furniture, where a headline and its meta line usually are. */
  top: string;
  /** A forum's or mailing-list archive's own controls are printed ("Post a message", "Messages sorted by"). */
  forum: () => boolean;
  /** A list's page bar is printed: its last page's link (尾页, 末頁) or its count of items (共2857条). */
  pager: () => boolean;
  /** The lead's key–value labels (a <dt> or <th> alone: "Venue", "Responsible Office"), lower-cased. */
  keys: string[];
  /** The text of the page's breadcrumb ("当前位置：首页 > 师资队伍 > 正文"), or ''. */
  trail: () => string;
  /**
   * One short line after the first prose block, and only one, prints a publication label and a date ("Posted on …")
   * or a labelled date and a view counter (日期：… 阅读：648); or one key–value pair or sidebar line is a publication
   * label and a date ("Date published" / "April 30, 2024", "發布時間：2024年8月30日").
   */
  closingDate: (era?: (text: string) => string) => boolean;
}

// Controls only forums and list archives print (not "Reply", which article comment sections have too).
const FORUM_CONTROL =
  /^\[?\s*(?:post a (?:msg|message|reply|followup)|follow ups|in reply to\b|(?:post )?new (?:topic|thread)|messages sorted by|(?:next|previous) message|next in thread|reply to this (?:post|message)|发表?新帖|发表回复|回复主题|發表新帖|回覆主題)\b/;

// What only a list's page bar prints: 下一页 is not here, as a long article split in pages prints it too (corpus: a
// guancha story); an article's own neighbours are 上一篇 / 下一条 (session 62, R257).
const PAGER = /^(?:[尾末][页頁]|共\s*\d+\s*[条條](?:记录|記錄)?)$/;

const SKIP = new Set('SCRIPT STYLE NOSCRIPT TEMPLATE TITLE OPTION SELECT TEXTAREA svg SVG'.split(' '));
// DT as well as TH: a key of a key–value list is its own block ("Venue", "Responsible Office"), not run into the next.
const BLOCK = new Set('P DIV TD TH DT LI DD SECTION ARTICLE BLOCKQUOTE BODY MAIN FONT'.split(' '));
const FURNITURE = new Set(['NAV', 'ASIDE', 'FOOTER']);
const FURNITURE_ROLES = new Set(['navigation', 'complementary', 'contentinfo']);
// A sentence's end (as extraction reads prose): CJK punctuation, a word of any script before sentence punctuation with
// Arabic ، ؛ ؟, Urdu's ۔ (session 58), the danda। and the Armenian, Ethiopic, Burmese and Khmer stops (։ ። ။ ។;
// session 52, R150), or in Thai and Lao, which print no stop, a space between words (session 54, R171). Run only in the
// background (summarizeWalk, evidenceInWindows), where the `u` flag's compilation is paid once, not on every page load.
export const SENTENCE =
  /[，。！？；]|[\p{L}\p{M}]{2,}[,.;!?،؛؟۔।։።။។]\s|[\p{sc=Thai}\p{sc=Lao}]{2}\s[\p{sc=Thai}\p{sc=Lao}]/u;
// Whitespace runs, to count a block's characters and to fold text: one regex for both (each regex costs its
// compilation on every page load).
const SPACES = /\s+/g;

/** Text nodes read to judge a page: enough for any article, and a bound on huge pages (on every load). */
export const MAX_TEXT_NODES = 5_000;
/** A text line shorter than this is a short line (forum controls); shorter than DATED_LINE, a date line candidate. */
export const SHORT_LINE = 30;
export const DATED_LINE = 60;
/** Characters of text kept before the first prose block, and of the block itself. */
const LEAD_IN = 400;
const LEAD_INTO_PROSE = 200;
/** Prose blocks whose start is read (an address or standfirst block can come before the dated paragraph). */
const LEAD_BLOCKS = 2;
const TOP = 500;
/** A block this short, with letters and spaces only, is a key–value list's label. */
const KEY = 30;
/** A block this short after the first prose block is a line of its own (a closing date line, a share bar). */
const CLOSING_LINE = 80;
const META_LINES = 2; // short lines after the lead blocks read as its meta line (a byline, then its date)
/** Dated pairs and sidebar lines read (a list prints one per item: more than one is no story's). */
const MAX_PAIRS = 20;
/** Date lines counted before the walk stops counting (enough to call a page a list). */
const ENOUGH_DATE_LINES = 5;

/** A block element's text (its text nodes joined with spaces), and whether it sits in page furniture. */
export interface Block {
  text: string;
  furniture: boolean;
  /** A key of a key–value list (<dt>, <th>); set only when true. */
  key?: true;
}
interface State {
  link: boolean;
  list: boolean;
  furniture: boolean;
  block: Block | null;
  /** Inside an <article>, whose <footer> is its own (a Drupal node's "Submitted by … on …"; session 61, R247). */
  article?: true;
}

/**
 * What the walk's DOM pass collects, as plain data: what the injected detector returns to the background, which
 * counts the prose (summarizeWalk) and asks the forum and date-line questions (withChecks) there, its regexes
 * already compiled.
 */
export interface WalkRead {
  blocks: Block[];
  linked: number;
  /** Text lines under 30 characters, links included: where forum controls would be. */
  short: string[];
  /** Short lines with a year, outside links and list items: the candidate date lines. */
  dated: string[];
}

/** The walk's findings: its prose, link text, lead-in and top, and the lines its questions read. */
export interface WalkData {
  prose: number;
  linked: number;
  leadIn: string;
  top: string;
  /** The lead's key–value labels, lower-cased. */
  keys: string[];
  /** Short block texts after the first prose block, lower-cased: where a closing "Posted on …" line is. */
  closing: string[];
  /**
   * Short keys of key–value lists with the value after them ("date published april 30, 2024") and a sidebar's short
   * lines ("發布時間：2024年8月30日"), lower-cased.
   */
  pairs: string[];
  /** Text lines under 30 characters, links included: where forum controls would be. */
  short: string[];
  /** Short lines with a year, outside links and list items: the candidate date lines. */
  dated: string[];
}

export function walkPage(doc: Document, now: Date): PageWalk {
  return withChecks(summarizeWalk(readWalk(doc)), now);
}

/** The walk's DOM pass, on the page: one regex, for the dated lines. */
export function readWalk(doc: Document): WalkRead {
  const root = doc.body ?? doc.documentElement;
  const blocks: Block[] = [];
  let linked = 0;
  let seen = 0;
  // Short lines are only collected here: whether they are forum controls or date lines is asked later, and only
  // when the answer can still change the verdict (a regex compiled on a fresh page costs more than the walk).
  const short: string[] = [];
  const dated: string[] = [];
  // Two parallel stacks rather than a [node, state] pair per node: one allocation fewer for every node.
  const nodes: Node[] = [root];
  const states: State[] = [{ link: false, list: false, furniture: false, block: null }];
  while (nodes.length && seen < MAX_TEXT_NODES) {
    const node = nodes.pop()!;
    const state = states.pop()!;
    if (node.nodeType === 3) {
      seen++;
      const raw = node.nodeValue ?? '';
      const trimmed = raw.trim();
      if (!trimmed) continue;
      if (trimmed.length < SHORT_LINE) short.push(trimmed);
      if (state.link) {
        linked += trimmed.length;
        continue;
      }
      // Only short lines with a year are candidate date lines.
      if (!state.list && trimmed.length < DATED_LINE && /\d{4}/.test(trimmed)) dated.push(trimmed);
      // Nodes are joined with a space: "FOR IMMEDIATE RELEASE<br>January 18, 2005" must not run together.
      if (state.block) state.block.text += ` ${raw}`;
      continue;
    }
    if (node.nodeType !== 1) continue;
    const el = node as Element;
    const tag = el.tagName;
    if (SKIP.has(tag)) continue;
    let next = state;
    const furniture =
      (FURNITURE.has(tag) && !(tag === 'FOOTER' && state.article)) || FURNITURE_ROLES.has(el.getAttribute('role')!);
    if (tag === 'A' || tag === 'LI' || furniture || BLOCK.has(tag)) {
      next = { ...state };
      if (tag === 'A') next.link = true;
      if (tag === 'LI') next.list = true;
      if (furniture) next.furniture = true;
      if (tag === 'ARTICLE') next.article = true;
      if (BLOCK.has(tag)) blocks.push((next.block = { text: '', furniture: next.furniture }));
      if (tag === 'DT' || tag === 'TH') next.block!.key = true;
    }
    for (let c = el.lastChild; c; c = c.previousSibling) {
      nodes.push(c);
      states.push(next);
    }
  }

  return { blocks, linked, short, dated };
}

/** The prose, lead-in and top of what the DOM pass read (in the background: the block regexes stay compiled). */
export function summarizeWalk({ blocks, linked, short, dated }: WalkRead): WalkData {
  let prose = 0;
  const firsts: number[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (b.furniture || b.text.length < 30) continue;
    const chars = b.text.replace(SPACES, '').length;
    if (chars >= 30 && SENTENCE.test(b.text)) {
      prose += chars;
      if (firsts.length < LEAD_BLOCKS && chars >= 60) firsts.push(i);
    }
  }
  // The lead-in: what precedes the first prose block, then everything up to the second one, prose blocks cut
  // short (a standfirst can sit between headline and date line; a press release's dateline opens its text).
  let leadIn = '';
  const keys: string[] = [];
  const closing: string[] = [];
  if (firsts.length) {
    let before = '';
    for (let i = firsts[0]! - 1; i >= 0 && before.length < LEAD_IN; i--) {
      const b = blocks[i]!;
      if (b.furniture) continue;
      before = `${b.text} ${before}`;
      const key = fold(b.text);
      if (key.length < KEY && KEY_TEXT.test(key)) keys.push(key);
    }
    for (let i = firsts[0]! + 1; i < blocks.length; i++) {
      const b = blocks[i]!;
      if (!b.furniture && b.text.length < CLOSING_LINE * 2 && /\S/.test(b.text)) {
        const line = fold(b.text);
        if (line.length < CLOSING_LINE) closing.push(line);
      }
    }
    leadIn = fold(before).slice(-LEAD_IN);
    for (let i = firsts[0]!; i <= firsts.at(-1)!; i++) {
      const b = blocks[i]!;
      if (!b.furniture) leadIn += ` | ${firsts.includes(i) ? fold(b.text).slice(0, LEAD_INTO_PROSE) : fold(b.text)}`;
      if (leadIn.length > 3 * LEAD_IN) break;
    }
    // A dek can be the second prose block, the meta line under it (a bajada, then "Lunes 13 de mayo de 2024"; session
    // 39, R36): the short lines after the lead blocks are the lead's too (a byline, then its date; session 47, R110).
    const next = blocks.slice(firsts.at(-1)! + 1).filter((b) => !b.furniture && /\S/.test(b.text));
    const long = next.findIndex((b) => b.text.length >= CLOSING_LINE);
    for (const b of next.slice(0, Math.min(META_LINES, long < 0 ? META_LINES : long))) leadIn += ` | ${fold(b.text)}`;
  }
  // A story's details in a sidebar (<dt>Date published</dt><dd>April 30, 2024</dd>, <li>發布時間：2024年8月30日</li>;
  // session 39, R36–R39), only lines with a digit: the cap counts dated lines, not a sidebar's menu items.
  const pairs: string[] = [];
  for (let i = 0; i + 1 < blocks.length && pairs.length < MAX_PAIRS; i++) {
    const b = blocks[i]!;
    // A block that is a label and its colon is a key too, whatever its tag (<td class="label">Date Released:</td><td>
    // Fri, 12 May 2023</td>; round 56, R311).
    const key = (b.key || /^[^\d:：]+[:：]\s*$/u.test(b.text)) && b.text.length < KEY;
    if (!key && !(b.furniture && b.text.length < KEY * 2)) continue;
    // A key is a label by its markup: read with a colon when it prints none (<dt>日期</dt><dd>2023-12-26</dd> in a
    // 文章信息 box; session 64, R287), as the labels' patterns expect.
    const line = key ? `${b.text}${/[:：]\s*$/.test(b.text) ? '' : ':'} ${blocks[i + 1]!.text}` : b.text;
    if (/\d/.test(line)) pairs.push(fold(line));
  }
  let top = '';
  for (let i = 0; i < blocks.length && top.length < TOP; i++) if (!blocks[i]!.furniture) top += ` ${blocks[i]!.text}`;
  return { prose, linked, leadIn, top: fold(top).slice(0, TOP), keys, closing, pairs, short, dated };
}

/** The walk's findings with its two questions, asked only when they can still change the verdict. */
export function withChecks(d: WalkData, now: Date): PageWalk {
  let forum: boolean | undefined;
  let pager: boolean | undefined;
  let dateLines: number | undefined;
  return {
    prose: d.prose,
    linked: d.linked,
    leadIn: d.leadIn,
    top: d.top,
    keys: d.keys,
    forum: () => (forum ??= d.short.some((t) => FORUM_CONTROL.test(t.toLowerCase()))),
    pager: () => (pager ??= d.short.some((t) => PAGER.test(t))),
    dateLines: () => (dateLines ??= countDateLines(d.dated, now, ENOUGH_DATE_LINES)),
    trail: () => breadcrumb(d.short),
    // One line after the text dates it: a publication label's, a counter's labelled date, or a Chinese sign-off's
    // (供稿：学院办公室 2024-05-23; session 40, R46). A list prints one per item.
    // `era` reads a calendar's years as the common era's (Taiwan's 民國 on .tw hosts), as the lead-in is read.
    closingDate: (era = (t: string) => t) => {
      const [closing, pairs] = [d.closing.map(era), d.pairs.map(era)];
      return (
        closing.filter((l) => isClosingDateLine(l, now)).length === 1 ||
        dateBesideSignOff(closing, now) ||
        pairs.filter((p) => hasLabelledDate(p, now, PUBLICATION_LABEL)).length === 1 ||
        // A sidebar's article box: one view counter beside a labelled date (日期：… 浏览：872 次; session 47, R108).
        (pairs.filter((p) => VIEW_COUNTER.test(p)).length === 1 && pairs.some((p) => hasLabelledDate(p, now)))
      );
    },
  };
}

// A key of a key–value list: letters and spaces, an optional colon ("Venue", "Responsible Office:"), no digits.
const KEY_TEXT = /^[a-z][a-z ]*:?$/;

// Lower-cased: the detection regexes are case-sensitive (see date-clues.ts). \s covers U+00A0 and U+3000.
const fold = (s: string) => s.replace(SPACES, ' ').trim().toLowerCase();
