/**
 * The terms of several segments in one ascending stream, for a merge (merge.ts): a cursor per segment reads its
 * blocks a few at a time (their terms are ascending, as BlockPacker wrote them), and a min-heap over the cursors'
 * current terms gives the next term. Only each segment's current blocks are held, however large the segments.
 */
import { termPostings, type BlockRecord, type SegmentRecord } from './segment';

/** Reads blocks of a segment by number, outside any transaction; undefined for a block that is gone. */
export type ReadBlocks = (seg: number, ns: number[]) => Promise<(BlockRecord | undefined)[]>;

/** A block of a segment to merge was gone: the segment was merged or rebuilt away meanwhile. */
export class SegmentGone extends Error {}

/** Blocks a cursor reads at once: few, so what is held stays small. */
const BLOCKS_PER_READ = 2;

class Cursor {
  private held: BlockRecord[] = [];
  private next = 0;
  private i = 0;
  constructor(
    /** Its segment's place in the merge: equal terms are joined in this order. */
    readonly at: number,
    readonly meta: SegmentRecord,
    private readonly read: ReadBlocks,
  ) {}

  /** The current term; only while `ready()` was true. */
  get term(): string {
    return this.held[0]!.terms[this.i]!;
  }

  /** The current term's doc ids. */
  docs(): number[] {
    return termPostings(this.held[0]!, this.i, this.meta.base);
  }

  /** Move to the next term among the held blocks; false when they are done (then `ready` reads on). */
  advance(): boolean {
    this.i++;
    while (this.held.length && this.i >= this.held[0]!.terms.length) {
      this.held.shift();
      this.i = 0;
    }
    return this.held.length > 0;
  }

  /** Whether there is a current term, reading the next blocks if the held ones are done. */
  async ready(): Promise<boolean> {
    while (this.held.length && this.i >= this.held[0]!.terms.length) {
      this.held.shift();
      this.i = 0;
    }
    if (this.held.length) return true;
    const count = this.meta.firsts.length;
    if (this.next >= count) return false;
    const ns: number[] = [];
    for (let n = this.next; n < count && ns.length < BLOCKS_PER_READ; n++) ns.push(n);
    this.next += ns.length;
    const got = await this.read(this.meta.seg, ns);
    if (got.some((b) => !b)) throw new SegmentGone();
    this.held = got as BlockRecord[];
    return this.ready();
  }
}

/** Cursor order: by term (UTF-16 code units, as `<` compares), then by the segment's place. */
const before = (a: Cursor, b: Cursor) => a.term < b.term || (a.term === b.term && a.at < b.at);

/** A binary min-heap of cursors. */
class Heap {
  readonly items: Cursor[] = [];
  push(c: Cursor): void {
    const h = this.items;
    let i = h.push(c) - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (!before(h[i]!, h[up]!)) break;
      h[i] = h[up]!;
      h[up] = c;
      i = up;
    }
  }
  pop(): Cursor | undefined {
    const h = this.items;
    const top = h[0];
    const last = h.pop();
    if (!h.length || !last) return top;
    h[0] = last;
    for (let i = 0; ;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      const x = h[i]!;
      h[i] = h[m]!;
      h[m] = x;
      i = m;
    }
    return top;
  }
}

/**
 * Call `each` with every term of the segments, ascending, once, and the doc lists of the segments holding it, in
 * the segments' order (a list per segment); a promise it returns is awaited. Throws SegmentGone when a block is
 * missing. `pause` is awaited before each segment's first read.
 */
export async function eachMergedTerm(
  segs: readonly SegmentRecord[],
  read: ReadBlocks,
  pause: () => Promise<void>,
  each: (term: string, lists: number[][]) => Promise<void> | void,
): Promise<void> {
  const heap = new Heap();
  for (let at = 0; at < segs.length; at++) {
    await pause();
    const c = new Cursor(at, segs[at]!, read);
    if (await c.ready()) heap.push(c);
  }
  while (heap.items.length) {
    const first = heap.pop()!;
    const term = first.term;
    const holding = [first];
    while (heap.items.length && heap.items[0]!.term === term) holding.push(heap.pop()!);
    const wait = each(
      term,
      holding.map((c) => c.docs()),
    );
    if (wait) await wait;
    // Awaiting only when a cursor must read: a merge of 100,000 articles steps through millions of terms.
    for (const c of holding) if (c.advance() || (await c.ready())) heap.push(c);
  }
}
