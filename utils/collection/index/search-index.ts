/** The one entry point for searching the index: answers, and keeps the index healthy (rebuild, merge). */
import type { ClipsDb } from '../db';
import { IndexCorruptError, indexMatches, scanMatches, type IndexAnswer } from './index-reader';
import { mergeSegments } from './merge';
import { rebuildIndex } from './rebuild';

/** Ids of the articles matching every token; `indexing` while part of the answer came from scanning. */
export async function searchIndex(db: ClipsDb, tokens: readonly string[]): Promise<IndexAnswer> {
  try {
    const answer = await indexMatches(db, tokens);
    // In the background: finish indexing, or combine small segments so the next search reads fewer blocks.
    void (answer.state === 'indexing' ? rebuildIndex(db) : mergeSegments(db)).catch(() => undefined);
    return answer;
  } catch (e) {
    if (!(e instanceof IndexCorruptError)) throw e;
    void rebuildIndex(db, true).catch(() => undefined);
    return { ids: await scanMatches(db, tokens), state: 'indexing' };
  }
}
