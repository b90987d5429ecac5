/**
 * A dedicated worker that tokenises an import batch and builds its segment's blocks (index-writer.ts
 * prepareSegment, off the page's thread): the import's largest cost, run on another core while the page parses,
 * sanitizes and writes. Receives the articles' indexed fields, answers the prepared blocks (their bytes
 * transferred).
 */
import type { Article } from '../../model/article';
import { wordsOf } from '../stored-article';
import { blocksOf } from './index-writer';
import { Postings } from './segment';

/** The fields wordsOf reads: all that is sent here. */
export type IndexedFields = Pick<
  Article,
  'id' | 'title' | 'site' | 'source' | 'byline' | 'tags' | 'entities' | 'textContent'
>;

interface Job {
  n: number;
  rows: IndexedFields[];
}

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<Job>) => void) | null;
  postMessage(m: unknown, transfer: Transferable[]): void;
};
scope.onmessage = (e) => {
  const { n, rows } = e.data;
  const postings = new Postings();
  rows.forEach((r, i) => postings.add(i, wordsOf(r as Article)));
  const p = blocksOf(rows, postings);
  scope.postMessage(
    { n, p },
    p.blocks.map((b) => b.data.buffer as ArrayBuffer),
  );
};
