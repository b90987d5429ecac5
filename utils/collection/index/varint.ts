/** Posting lists as deltas in LEB128 varints: ascending doc ids cost one or two bytes each, not 36. */

/** Most bytes one delta takes (7 bits a byte; any safe integer): room to leave per doc before writeDeltas. */
export const MAX_DELTA_BYTES = 8;

/**
 * Write the ascending `docs` as deltas from 0 into `out` at `at` (room for MAX_DELTA_BYTES per doc is the
 * caller's); returns the end. A typed buffer, not a number[]: building a batch's blocks pushed ~1.2M numbers.
 */
export function writeDeltas(docs: readonly number[], out: Uint8Array, at: number): number {
  let prev = 0;
  for (const d of docs) {
    let x = d - prev;
    prev = d;
    while (x >= 0x80) {
      out[at++] = (x & 0x7f) | 0x80;
      x = Math.floor(x / 128);
    }
    out[at++] = x;
  }
  return at;
}

/** Read deltas from `data[start, end)` back into doc ids, calling `each` for every one. */
export function readDeltas(data: Uint8Array, start: number, end: number, each: (doc: number) => void): void {
  let prev = 0;
  for (let i = start; i < end;) {
    let x = 0;
    let mul = 1;
    let b: number;
    do {
      b = data[i++]!;
      x += (b & 0x7f) * mul;
      mul *= 128;
    } while (b & 0x80);
    prev += x;
    each(prev);
  }
}

/** FNV-1a over the bytes and terms of a block: a block that changed on disk is noticed, not searched. */
export function checksum(data: Uint8Array, terms: readonly string[]): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < data.length; i++) h = Math.imul(h ^ data[i]!, 0x01000193);
  for (const t of terms) for (let i = 0; i < t.length; i++) h = Math.imul(h ^ t.charCodeAt(i), 0x01000193);
  return h >>> 0;
}
