/**
 * The one message protocol between contexts. Injected scripts only report what they saw; they never
 * write to the collection and accept no commands from the page.
 */

import type { MetadataFacts } from '../detection/detect-article';
import type { HeadlineRead } from '../detection/headline-region';
import { DATED_LINE, MAX_TEXT_NODES, SHORT_LINE, type WalkRead } from '../detection/page-walk';
import type { Work } from '../clip/job-work';
import { isPageSnapshot, type PageSnapshot } from '../clip/page-snapshot';

/**
 * Detector → background, as the value of the detector's injection (scripting.executeScript), not a message: what
 * the walk read off the page (the background judges it, detect-article.ts judgeWalk), and the address it read (the
 * tab may have moved on since).
 */
export interface DetectorFacts {
  href: string;
  title: string;
  walk: WalkRead;
  meta: MetadataFacts;
}

const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');
/**
 * At most `count` strings, each shorter than `under`: the bounds readWalk keeps, checked again here because the
 * page's own scripts can change what an injection returns (and the background's regexes run on these lines).
 */
const isLines = (v: unknown, under: number): v is string[] =>
  isStrings(v) && v.length <= MAX_TEXT_NODES && v.every((x) => x.length < under);
/** A <title> longer than this is refused (the corpus's longest is 181 characters): the background splits and tests it. */
export const MAX_TITLE = 4_096;
const isTitle = (v: unknown): v is string => typeof v === 'string' && v.length <= MAX_TITLE;
const hasKeys = (o: object, n: number) => Object.keys(o).length === n;
const isBlock = (b: unknown): boolean => {
  const o = b as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || typeof o.text !== 'string' || typeof o.furniture !== 'boolean') return false;
  // A key–value list's key carries `key: true` (page-walk.ts), and nothing else.
  return o.key === undefined ? hasKeys(o, 2) : o.key === true && hasKeys(o, 3);
};

/** Shape check for an injection's result (the page's own scripts share its DOM, so nothing is taken on trust). */
export function isDetectorFacts(m: unknown): m is DetectorFacts {
  const o = m as Record<string, unknown> | null;
  if (!o || typeof o !== 'object' || typeof o.href !== 'string' || !isTitle(o.title) || !hasKeys(o, 4)) return false;
  const w = o.walk as Record<string, unknown> | null;
  const f = o.meta as Record<string, unknown> | null;
  return (
    !!w &&
    typeof w === 'object' &&
    hasKeys(w, 4) &&
    Array.isArray(w.blocks) &&
    w.blocks.every(isBlock) &&
    typeof w.linked === 'number' &&
    isLines(w.short, SHORT_LINE) &&
    isLines(w.dated, DATED_LINE) &&
    !!f &&
    typeof f === 'object' &&
    hasKeys(f, 5) &&
    typeof f.og === 'string' &&
    isStrings(f.names) &&
    typeof f.itemprop === 'boolean' &&
    typeof f.time === 'boolean' &&
    isStrings(f.ldJson)
  );
}

/**
 * Shape check for the headline read's result (utils/detection/headline-region.ts readHeadline), the first
 * injection, read for windows of these `lengths`: one window per length, none longer than asked for.
 */
export function isHeadlineRead(m: unknown, lengths: number[]): m is HeadlineRead {
  const o = m as Record<string, unknown> | null;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.href === 'string' &&
    isTitle(o.title) &&
    Array.isArray(o.windows) &&
    o.windows.length === lengths.length &&
    o.windows.every((w, i) => w === null || (typeof w === 'string' && w.length <= lengths[i]!)) &&
    hasKeys(o, 3)
  );
}

/** Extension page → background: check followed columns now (all of them, or the due ones); answers `{ found }`. */
export const COLUMNS_MESSAGE = 'cnc:columns-check';

export function isColumnsCheck(m: unknown): m is { type: typeof COLUMNS_MESSAGE; all: boolean } {
  const o = m as Record<string, unknown> | null;
  return !!o && o.type === COLUMNS_MESSAGE && typeof o.all === 'boolean';
}

/**
 * Popup → background: a clip is likely (the popup is open on a web page), so make sure Chrome's offscreen document
 * exists before the press; the first clip of a browser session then does not wait for it (docs/benchmarks.md).
 */
export const WARM_MESSAGE = 'cnc:warm';

export function isWarmMessage(m: unknown): m is { type: typeof WARM_MESSAGE } {
  const o = m as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && o.type === WARM_MESSAGE && hasKeys(o, 1);
}

/**
 * Extension page → background, and background → Chrome's offscreen document: a level of the search index is full,
 * merge it there. A popup that merged itself (100,000 articles: tens of seconds) lost the work when it closed, and
 * searched 51 segments meanwhile (docs/benchmarks.md, session 29); the offscreen document stays.
 */
export const MERGE_MESSAGE = 'cnc:merge';

export function isMergeMessage(m: unknown): m is { type: typeof MERGE_MESSAGE } {
  const o = m as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && o.type === MERGE_MESSAGE && hasKeys(o, 1);
}

/**
 * Background → Chrome's offscreen document: a job's DOM work (utils/clip/job-work.ts `Work`). Here, not beside the
 * work, so that the service worker sends it without importing the extractor it hands the work to.
 */
export const WORK_MESSAGE = 'cnc:work';

/** The work message, background → offscreen document (runtime messaging). */
export interface WorkMessage {
  type: typeof WORK_MESSAGE;
  work: Work;
}

/** Shape check for a work message: its kind and job; each kind's fields are the background's, which built it. */
export function isWorkMessage(m: unknown): m is WorkMessage {
  const o = m as Record<string, unknown> | null;
  const w = o?.work as Record<string, unknown> | null | undefined;
  return (
    !!o &&
    typeof o === 'object' &&
    o.type === WORK_MESSAGE &&
    !!w &&
    typeof w === 'object' &&
    typeof w.jobId === 'string' &&
    ['clip-url', 'clip-tab', 'save', 'import'].includes(w.kind as string)
  );
}

/**
 * Tab → Chrome's offscreen document, over a port of this name: a tab clip's snapshot (utils/clip/page-snapshot.ts),
 * posted by the injected function straight to where it is parsed, so the service worker never holds the string.
 */
export const SNAPSHOT_PORT = 'cnc:snapshot';

export interface SnapshotPost {
  jobId: string;
  snapshot: PageSnapshot;
}

/** Shape check for a posted snapshot: it comes from the page's process, so nothing is taken on trust. */
export function isSnapshotPost(m: unknown): m is SnapshotPost {
  const o = m as Record<string, unknown> | null;
  return !!o && typeof o === 'object' && typeof o.jobId === 'string' && isPageSnapshot(o.snapshot) && hasKeys(o, 2);
}
