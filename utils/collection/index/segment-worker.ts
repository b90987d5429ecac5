/**
 * A dedicated worker that tokenises an import batch and builds its segment's blocks (index-writer.ts
 * prepareSegment, off the page's thread): the import's largest cost, run on another core while the page parses,
 * sanitizes and writes. Receives a batch's articles (their indexed fields) a few at a time as the page parses them,
 * posting each as it comes; at the batch's end builds the blocks and answers them (their bytes transferred).
 */
import { wordsOf, type SearchedFields } from '../stored-article';
import { blocksOf } from './index-writer';
import { Postings } from './segment';

/** The fields wordsOf reads: all that is sent here. */
export type IndexedFields = SearchedFields & { id: string };

/** More articles of batch `n`; `end`: the batch is complete, answer its blocks; `drop`: it will never be. */
export interface Job {
  n: number;
  rows: IndexedFields[];
  end?: boolean;
  drop?: boolean;
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(m: unknown, transfer: Transferable[]): void;
};
const batches = new Map<number, { ids: { id: string }[]; postings: Postings }>();
scope.onmessage = (e) => {
  const { n, rows, end, drop } = e.data;
  // A cancelled or failed import: its batch's postings are not kept.
  if (drop) return void batches.delete(n);
  let b = batches.get(n);
  if (!b) batches.set(n, (b = { ids: [], postings: new Postings() }));
  for (const r of rows) {
    b.postings.add(b.ids.length, wordsOf(r));
    b.ids.push({ id: r.id });
  }
  if (!end) return;
  batches.delete(n);
  const p = blocksOf(b.ids, b.postings);
  scope.postMessage(
    { n, p },
    p.blocks.map((x) => x.data.buffer as ArrayBuffer),
  );
};
