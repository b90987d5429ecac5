/**
 * A dedicated worker that reads an import file (import-reader.ts: decode, JSON, schema, tokenising, segments) on
 * another core while the page sanitizes and writes. The page asks for one chunk at a time (`pull`), so at most a
 * chunk or two wait in memory whatever the file's size; each answer is a piece, a refusal, or a failure.
 */
import type { Refusal } from './import-file';
import { Refused } from './import-file';
import { ImportReader, type ReadPiece } from './import-reader';

/** Page → worker: the file first, then a `pull` per piece wanted. */
export type ToReader = { start: { source: string | Blob; now: string; size: number } } | { pull: true };
/** Worker → page. */
export type FromReader = { piece: ReadPiece } | { refusal: Refusal } | { failed: { name: string; message: string } };

const scope = self as unknown as {
  onmessage: ((e: MessageEvent<ToReader>) => void) | null;
  postMessage(m: FromReader, transfer?: Transferable[]): void;
};
let reader: ImportReader | null = null;
// Pulls are answered in order, one read at a time.
let turn = Promise.resolve();
scope.onmessage = (e) => {
  const m = e.data;
  if ('start' in m) return void (reader = new ImportReader(m.start.source, m.start.now, m.start.size));
  turn = turn.then(async () => {
    if (!reader) return;
    try {
      const piece = await reader.next();
      // The blocks' bytes move rather than copy.
      scope.postMessage(
        { piece },
        piece.segments.flatMap((s) => s.blocks.map((b) => b.data.buffer as ArrayBuffer)),
      );
    } catch (err) {
      reader = null;
      scope.postMessage(
        err instanceof Refused
          ? { refusal: err.refusal }
          : { failed: { name: (err as Error)?.name ?? 'Error', message: (err as Error)?.message ?? String(err) } },
      );
    }
  });
};
