/**
 * prepareSegment in a worker (segment-worker.ts) where pages have workers, so an import tokenises and builds its
 * next batch's segment on another core; where none can start (tests, a worker that fails), in this thread.
 */
import type { Article } from '../../model/article';
import { prepareSegment, usePrepared, type Prepared } from './index-writer';
import type { IndexedFields } from './segment-worker';
// Vite bundles the worker as its own script and gives its constructor.
import SegmentWorker from './segment-worker?worker';

let worker: Worker | null | undefined;
let next = 0;
const waiting = new Map<number, (p: Prepared | null) => void>();

function start(): Worker | null {
  if (worker !== undefined) return worker;
  try {
    worker = new SegmentWorker();
    worker.onmessage = (e: MessageEvent<{ n: number; p: Prepared }>) => {
      waiting.get(e.data.n)?.(e.data.p);
      waiting.delete(e.data.n);
    };
    // A worker that cannot run: every batch waiting, and all later ones, are prepared in this thread.
    worker.onerror = () => {
      worker?.terminate();
      worker = null;
      for (const done of waiting.values()) done(null);
      waiting.clear();
    };
  } catch {
    worker = null;
  }
  return worker;
}

/** Tokenise and build the segment of these articles before their write (see prepareSegment). */
export async function prepareSegmentOffThread<T extends Article>(
  rows: T[],
  pause: () => Promise<void>,
  few: number,
): Promise<T[]> {
  const w = typeof Worker === 'function' ? start() : null;
  if (!w) return prepareSegment(rows, pause, few);
  const n = ++next;
  const fields: IndexedFields[] = rows.map(({ id, title, site, source, byline, tags, entities, textContent }) => ({
    id,
    title,
    site,
    source,
    byline,
    tags,
    entities,
    textContent,
  }));
  const p = await new Promise<Prepared | null>((done) => {
    waiting.set(n, done);
    w.postMessage({ n, rows: fields });
  });
  return p ? usePrepared(rows, p) : prepareSegment(rows, pause, few);
}
