/**
 * The pieces of an import file, read in a worker (import-worker.ts) where the page can start one, so reading,
 * checking and tokenising run on another core while the page sanitizes and writes; else in this thread. The next
 * piece is asked for as soon as one arrives: the worker reads one chunk ahead of the page, never more.
 */
import { Refused } from './import-file';
import { ImportReader, type ReadPiece } from './import-reader';
import type { FromReader, ToReader } from './import-worker';
// Vite bundles the worker as its own script and gives its constructor.
import ReaderWorker from './import-worker?worker';

/** The file read in this thread, a chunk per piece, pausing between parts of a chunk. */
async function* inThisThread(
  source: string | Blob,
  now: string,
  size: number,
  pause: () => Promise<void>,
): AsyncGenerator<ReadPiece> {
  const reader = new ImportReader(source, now, size, pause);
  for (;;) {
    const piece = await reader.next();
    yield piece;
    if (piece.done) return;
  }
}

function started(): Worker | null {
  if (typeof Worker !== 'function') return null;
  try {
    return new ReaderWorker();
  } catch {
    return null;
  }
}

/** The file's pieces in order; a refusal is thrown as Refused, a read failure as an error of its name. */
export async function* readPieces(
  source: string | Blob,
  now: string,
  size: number,
  pause: () => Promise<void>,
): AsyncGenerator<ReadPiece> {
  const w = started();
  if (!w) return yield* inThisThread(source, now, size, pause);
  const inbox: (FromReader | null)[] = [];
  let wake: (() => void) | null = null;
  const arrive = (m: FromReader | null) => {
    inbox.push(m);
    wake?.();
  };
  w.onmessage = (e: MessageEvent<FromReader>) => arrive(e.data);
  // null: the worker could not run (its script refused, or it broke).
  w.onerror = (e) => {
    e.preventDefault();
    arrive(null);
  };
  const ask = (m: ToReader) => w.postMessage(m);
  let answered = false;
  try {
    ask({ start: { source, now, size } });
    ask({ pull: true });
    for (;;) {
      while (!inbox.length) await new Promise<void>((r) => (wake = r));
      wake = null;
      const m = inbox.shift()!;
      if (!m) {
        // Before its first answer nothing of the file was used: this page reads it instead.
        if (!answered) return yield* inThisThread(source, now, size, pause);
        throw new Error('The import reader stopped');
      }
      answered = true;
      if ('refusal' in m) throw new Refused(m.refusal);
      if ('failed' in m) throw Object.assign(new Error(m.failed.message), { name: m.failed.name });
      if (!m.piece.done) ask({ pull: true });
      yield m.piece;
      if (m.piece.done) return;
    }
  } finally {
    w.terminate();
  }
}
