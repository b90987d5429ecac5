/**
 * prepareSegment in a worker (segment-worker.ts) where pages have workers, so an import tokenises and builds its
 * batches' segments on another core; where none can start (tests, a worker that fails), in this thread. A batch's
 * articles go to the worker as they are parsed, so at the batch's end only the blocks are left to build.
 */
import type { Article } from '../../model/article';
import { prepareSegment, usePrepared, type Prepared } from './index-writer';
import type { IndexedFields, Job } from './segment-worker';
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

/** What an import sends the segment worker of an article: the fields wordsOf reads. */
export const fieldsOf = ({
  id,
  title,
  site,
  source,
  byline,
  tags,
  entities,
  textContent,
  excerpt,
  highlights,
}: Article): IndexedFields => ({
  id,
  // Only the notes of highlights are searched (their passages are body text).
  highlights: highlights.map(({ note }) => ({ note })),
  title,
  site,
  source,
  byline,
  tags,
  entities,
  textContent,
  excerpt,
});

/**
 * One batch's segment, built as its articles arrive: `add` them in order, then `done` gives them prepared, or
 * `drop` forgets them (the import stopped).
 */
export interface SegmentBuilder<T extends Article> {
  add(rows: T[]): void;
  done(): Promise<T[]>;
  drop(): void;
}

export function segmentBuilder<T extends Article>(pause: () => Promise<void>, few: number): SegmentBuilder<T> {
  const w = typeof Worker === 'function' ? start() : null;
  const n = ++next;
  const all: T[] = [];
  // The worker has every article added, or (when it failed meanwhile) the batch is prepared here.
  let sent = true;
  return {
    add(rows) {
      all.push(...rows);
      if (!w || worker !== w) sent = false;
      else w.postMessage({ n, rows: rows.map(fieldsOf) } satisfies Job);
    },
    async done() {
      if (!w || worker !== w || !sent) return prepareSegment(all, pause, few);
      const p = await new Promise<Prepared | null>((done) => {
        waiting.set(n, done);
        w.postMessage({ n, rows: [], end: true } satisfies Job);
      });
      return p ? usePrepared(all, p) : prepareSegment(all, pause, few);
    },
    drop() {
      all.length = 0;
      if (w && worker === w) w.postMessage({ n, rows: [], drop: true } satisfies Job);
    },
  };
}

/** Tokenise and build the segment of these articles before their write (see prepareSegment). */
export function prepareSegmentOffThread<T extends Article>(
  rows: T[],
  pause: () => Promise<void>,
  few: number,
): Promise<T[]> {
  const b = segmentBuilder<T>(pause, few);
  b.add(rows);
  return b.done();
}
