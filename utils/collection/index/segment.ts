/**
 * An immutable segment of the search index: the documents of one clip, edit or import batch, their terms
 * sorted, and each term's posting list (ascending integer doc ids, delta + varint) packed into blocks of about
 * 32 KB. The segment's record lists its documents and the first term of each block, so a query reads only the
 * blocks whose term range it needs. See docs/anchors/search-index-study.md (design B).
 */
import { checksum, MAX_DELTA_BYTES, readDeltas, writeDeltas } from './varint';

/**
 * Bump when the block layout changes: a stored index of another format is rebuilt from the articles.
 * 2: postings are relative to the segment's `base`, so an import batch's blocks are built before its transaction.
 */
export const INDEX_FORMAT = 2;
const BLOCK_BYTES = 32 * 1024;

export interface SegmentRecord {
  seg: number;
  /** How many merges made it: merges combine segments of one level. */
  level: number;
  /** Integer doc ids, ascending, and the article id of each. */
  docs: number[];
  /** What the postings of its blocks are relative to (a posting p is doc base + p). */
  base: number;
  ids: string[];
  /** First term of each block, ascending. */
  firsts: string[];
}

export interface BlockRecord {
  seg: number;
  n: number;
  terms: string[];
  /** Where each term's postings start in `data`; the next term's start (or the end) ends them. */
  offs: number[];
  data: Uint8Array;
  sum: number;
}

/** One document to index: its integer id and its terms. */
export interface IndexedDoc {
  doc: number;
  id: string;
  terms: readonly string[];
}

/** Term → ascending postings, added to document by document (in ascending posting order). */
export class Postings {
  readonly map = new Map<string, number[]>();
  add(posting: number, terms: readonly string[]): void {
    for (const t of terms) {
      const list = this.map.get(t);
      if (!list) this.map.set(t, [posting]);
      else if (list[list.length - 1] !== posting) list.push(posting);
    }
  }
}

/** Build a segment from documents (any order); postings come out ascending. */
export function buildSegment(seg: number, level: number, input: readonly IndexedDoc[]) {
  const docs = [...input].sort((a, b) => a.doc - b.doc);
  const base = docs[0]?.doc ?? 0;
  const postings = new Postings();
  for (const d of docs) postings.add(d.doc - base, d.terms);
  return fromPostings(
    seg,
    level,
    docs.map((d) => d.doc),
    docs.map((d) => d.id),
    postings.map,
    base,
  );
}

/** A segment from term → ascending postings (doc − base; also what a merge produces). */
export function fromPostings(
  seg: number,
  level: number,
  docs: number[],
  ids: string[],
  postings: Map<string, number[]>,
  base = 0,
): { meta: SegmentRecord; blocks: BlockRecord[] } {
  const packing = packBlocks(seg, level, docs, ids, postings, base);
  for (;;) {
    const step = packing.next();
    if (step.done) return step.value;
  }
}

/**
 * `fromPostings` a few blocks at a time, awaiting `pause` every `few` blocks: a merge of 100,000 articles packs
 * ~1,300 blocks (1.6 s in Node), and the page merging may be a popup reading its cards.
 */
export async function fromPostingsInSteps(
  seg: number,
  level: number,
  docs: number[],
  ids: string[],
  postings: Map<string, number[]>,
  pause: () => Promise<void>,
  few = 16,
): Promise<{ meta: SegmentRecord; blocks: BlockRecord[] }> {
  const packing = packBlocks(seg, level, docs, ids, postings, 0);
  for (let n = 1; ; n++) {
    const step = packing.next();
    if (step.done) return step.value;
    if (n % few === 0) await pause();
  }
}

/** The blocks of a segment, packed in term order; yields after each block. */
function* packBlocks(
  seg: number,
  level: number,
  docs: number[],
  ids: string[],
  postings: Map<string, number[]>,
  base: number,
): Generator<void, { meta: SegmentRecord; blocks: BlockRecord[] }> {
  const blocks: BlockRecord[] = [];
  let terms: string[] = [];
  let offs: number[] = [];
  // The block being written: its bytes are buf[0, used).
  let buf = new Uint8Array(2 * BLOCK_BYTES);
  let used = 0;
  let chars = 0;
  const flush = () => {
    if (!terms.length) return;
    const data = buf.slice(0, used);
    blocks.push({ seg, n: blocks.length, terms, offs, data, sum: checksum(data, terms) });
    terms = [];
    offs = [];
    used = 0;
    chars = 0;
  };
  // Default sort: UTF-16 code-unit order, the order prefix ranges need.
  for (const t of [...postings.keys()].sort()) {
    const list = postings.get(t)!;
    const room = used + list.length * MAX_DELTA_BYTES;
    if (room > buf.length) {
      const more = new Uint8Array(Math.max(room, 2 * buf.length));
      more.set(buf.subarray(0, used));
      buf = more;
    }
    terms.push(t);
    offs.push(used);
    used = writeDeltas(list, buf, used);
    chars += t.length;
    if (used + 2 * chars >= BLOCK_BYTES) {
      flush();
      yield;
    }
  }
  flush();
  return { meta: { seg, level, docs, ids, base, firsts: blocks.map((b) => b.terms[0]!) }, blocks };
}

/** Block numbers of a segment that may hold terms starting with `prefix`. */
export function blocksFor(meta: SegmentRecord, prefix: string): number[] {
  const { firsts } = meta;
  // Last block whose first term is ≤ prefix: terms equal to or after the prefix start there.
  let lo = 0,
    hi = firsts.length - 1,
    start = 0;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (firsts[mid]! <= prefix) {
      start = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  const out: number[] = [];
  for (let n = start; n < firsts.length && (n === start || firsts[n]!.startsWith(prefix)); n++) out.push(n);
  return out;
}

/** Whether a block read back is the block that was written. */
export function blockIntact(b: BlockRecord): boolean {
  return checksum(b.data, b.terms) === b.sum;
}

/** Every doc id posted under a term starting with `prefix` in this block of a segment whose base is `base`. */
export function postingsWithPrefix(b: BlockRecord, prefix: string, base: number, each: (doc: number) => void): void {
  const { terms, offs, data } = b;
  let lo = 0,
    hi = terms.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (terms[mid]! < prefix) lo = mid + 1;
    else hi = mid;
  }
  const doc = (p: number) => each(base + p);
  for (let i = lo; i < terms.length && terms[i]!.startsWith(prefix); i++)
    readDeltas(data, offs[i]!, i + 1 < terms.length ? offs[i + 1]! : data.length, doc);
}

/** Every (term, doc ids) of a block of a segment whose base is `base`, for a merge. */
export function allPostings(b: BlockRecord, base: number, each: (term: string, docs: number[]) => void): void {
  const { terms, offs, data } = b;
  for (let i = 0; i < terms.length; i++) {
    const docs: number[] = [];
    readDeltas(data, offs[i]!, i + 1 < terms.length ? offs[i + 1]! : data.length, (d) => docs.push(base + d));
    each(terms[i]!, docs);
  }
}
