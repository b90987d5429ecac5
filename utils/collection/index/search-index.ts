/** The one entry point for searching the index: answers, and keeps the index healthy (rebuild, merge). */
import type { ClipsDb } from '../db';
import { cachedSegments, IndexCorruptError, indexMatches, scanMatches, type IndexAnswer } from './index-reader';
export { warmIndex } from './index-reader';
import { pickMerge } from './merge-pick';
import { rebuildIndex } from './rebuild';

/**
 * Run index upkeep from a timer: outside the caller's Dexie zone (a search runs inside a liveQuery, whose zone
 * must not carry writes), and after the answer is shown.
 */
function later(work: () => Promise<unknown>): void {
  setTimeout(() => void work().catch(() => undefined), 0);
}

/** Who merges a full level this page's search found: this page, unless the page hands it on (`mergeElsewhere`). */
let merger = (db: ClipsDb): Promise<unknown> => import('./merge').then((m) => m.mergeSegments(db));
/** Segment lists already handed on, so each new list is asked about once, not at every keystroke. */
const asked = new WeakSet<readonly object[]>();

/**
 * Hand merges on (a popup: to the extension's offscreen document, through the background), instead of merging in
 * this page: a popup closed before its merge is done loses the merge, and the next popup starts it again.
 */
export function mergeElsewhere(ask: (db: ClipsDb) => Promise<unknown>): void {
  merger = ask;
}

/** Ids of the articles matching every token; `indexing` while part of the answer came from scanning. */
export async function searchIndex(db: ClipsDb, tokens: readonly string[]): Promise<IndexAnswer> {
  try {
    const answer = await indexMatches(db, tokens);
    // In the background: finish indexing, or combine small segments so the next search reads fewer blocks. Only
    // when the segment list just read has a level to merge: a merge's first step reads every segment record
    // (~4 MB at 100,000 articles) and takes a write lock, which the next keystroke's search would wait behind.
    if (answer.state === 'indexing') later(() => rebuildIndex(db));
    else {
      const segs = cachedSegments(db) ?? [];
      if (!asked.has(segs) && pickMerge(segs).length) {
        asked.add(segs);
        later(() => merger(db));
      }
    }
    return answer;
  } catch (e) {
    if (!(e instanceof IndexCorruptError)) throw e;
    later(() => rebuildIndex(db, true));
    return { ids: await scanMatches(db, tokens), state: 'indexing' };
  }
}
