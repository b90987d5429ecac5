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

/** A segment from term → ascending postings (doc − base). */
export function fromPostings(
  seg: number,
  level: number,
  docs: number[],
  ids: string[],
  postings: Map<string, number[]>,
  base = 0,
): { meta: SegmentRecord; blocks: BlockRecord[] } {
  const packer = new BlockPacker(seg);
  // Default sort: UTF-16 code-unit order, the order prefix ranges need.
  for (const t of [...postings.keys()].sort()) packer.add(t, postings.get(t)!);
  packer.finish();
  return { meta: { seg, level, docs, ids, base, firsts: packer.firsts }, blocks: packer.take() };
}

/**
 * The one definition of the block layout: packs terms given in ascending UTF-16 code-unit order (with their
 * ascending postings) into blocks of about BLOCK_BYTES. A merge takes the blocks as they fill (`take`) and writes
 * them, so the merged segment is never whole in memory.
 */
export class BlockPacker {
  /** First term of each block packed so far: the segment record's `firsts`. */
  readonly firsts: string[] = [];
  private ready: BlockRecord[] = [];
  private terms: string[] = [];
  private offs: number[] = [];
  // The block being written: its bytes are buf[0, used).
  private buf = new Uint8Array(2 * BLOCK_BYTES);
  private used = 0;
  private chars = 0;

  constructor(readonly seg: number) {}

  /** Append a term (after every term added before) and its postings. */
  add(term: string, postings: readonly number[]): void {
    const room = this.used + postings.length * MAX_DELTA_BYTES;
    if (room > this.buf.length) {
      const more = new Uint8Array(Math.max(room, 2 * this.buf.length));
      more.set(this.buf.subarray(0, this.used));
      this.buf = more;
    }
    this.terms.push(term);
    this.offs.push(this.used);
    this.used = writeDeltas(postings, this.buf, this.used);
    this.chars += term.length;
    if (this.used + 2 * this.chars >= BLOCK_BYTES) this.flush();
  }

  /** Close the last block. */
  finish(): void {
    this.flush();
  }

  /** How many packed blocks wait to be taken. */
  get waiting(): number {
    return this.ready.length;
  }

  /** The blocks packed since the last take, in order. */
  take(): BlockRecord[] {
    const out = this.ready;
    this.ready = [];
    return out;
  }

  private flush(): void {
    const { terms, offs } = this;
    if (!terms.length) return;
    const data = this.buf.slice(0, this.used);
    this.ready.push({ seg: this.seg, n: this.firsts.length, terms, offs, data, sum: checksum(data, terms) });
    this.firsts.push(terms[0]!);
    this.terms = [];
    this.offs = [];
    this.used = 0;
    this.chars = 0;
  }
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

/** The doc ids of the `i`th term of a block of a segment whose base is `base`, for a merge. */
export function termPostings(b: BlockRecord, i: number, base: number): number[] {
  const docs: number[] = [];
  const { offs, data } = b;
  readDeltas(data, offs[i]!, i + 1 < offs.length ? offs[i + 1]! : data.length, (d) => docs.push(base + d));
  return docs;
}
