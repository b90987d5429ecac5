/** The search index's tables (schema v4) and its state record: one definition for writer, reader and merge. */
import { TOKENIZER_VERSION } from '../search-words';
import { INDEX_FORMAT } from './segment';

/** v4 stores: article id → current integer doc; segments; their blocks; tombstoned docs; the state record. */
export const INDEX_STORES = {
  docs: 'id',
  segments: 'seg',
  blocks: '[seg+n]',
  dead: 'doc',
  indexState: 'key',
} as const;
export const INDEX_TABLES = Object.keys(INDEX_STORES);

export interface DocRow {
  id: string;
  doc: number;
}

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
