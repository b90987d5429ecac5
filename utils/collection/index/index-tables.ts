/** The search index's tables (schema v4) and its state record: one definition for writer, reader and merge. */
import { TOKENIZER_VERSION } from '../search-words';
import { INDEX_FORMAT } from './segment';

/** v4 stores, as shipped: article id → current integer doc (v4–v6); segments; their blocks; tombstoned docs; state. */
export const INDEX_STORES = {
  docs: 'id',
  segments: 'seg',
  blocks: '[seg+n]',
  dead: 'doc',
  indexState: 'key',
} as const;
/**
 * The index's tables since v7: an article's current integer doc is on its card (`doc`), not a `docs` row of its
 * own, so each article written costs one row less (db.ts v7).
 */
export const INDEX_TABLES = ['segments', 'blocks', 'dead', 'indexState'];

/** An article id and its integer doc. */
export interface DocRow {
  id: string;
  doc: number;
}

/**
 * The integer doc the index writer gave each article object it is writing, for the cards mirror to store on its
 * card in the same request (cards-mirror.ts): one definition shared by the two middlewares.
 */
export const assignedDoc = new WeakMap<object, number>();

export const STATE_KEY = 'state';

export interface IndexState {
  key: typeof STATE_KEY;
  format: number;
  tokenizer: number;
  /** Next integer doc id and segment id: never reused, so cached blocks of a segment never go stale. */
  nextDoc: number;
  nextSeg: number;
  /** Bumped by every index write: a reader reloads its segment list and tombstones when it changed. */
  gen: number;
  /** While rebuilding: articles with ids after this are not indexed yet (search scans them). */
  rebuildAfter: string | null;
  /** v7, while rebuilding: the first doc of the rebuild; an article whose card's doc is below it is not indexed yet. */
  rebuildFrom?: number;
}

export function freshState(): IndexState {
  return {
    key: STATE_KEY,
    format: INDEX_FORMAT,
    tokenizer: TOKENIZER_VERSION,
    nextDoc: 1,
    nextSeg: 1,
    gen: 0,
    rebuildAfter: null,
  };
}

/** Whether the stored index was written by this code (format and tokenizer); if not, it is rebuilt. */
export function isCurrent(s: IndexState | undefined): boolean {
  return !!s && s.format === INDEX_FORMAT && s.tokenizer === TOKENIZER_VERSION;
}
