/**
 * Reads an import file a chunk at a time: decoded, its JSON streamed, each article checked and completed
 * (import-file.ts), and tokenised into its batch's segment (articles [k·size, (k+1)·size) are batch k, as the page
 * writes them), so the page is left with sanitizing (which needs a DOM) and writing. It uses no DOM and no
 * database: import-worker.ts runs it on another core; where no worker starts, the page runs it (import-pieces.ts).
 */
import type { Follow } from '../columns/follow-model';
import { Refused, chunksOf, fileParser, type ReadArticle } from './import-file';
import { wordsOf } from './stored-article';
import { blocksOf, type Prepared } from './index/index-writer';
import { Postings } from './index/segment';

/** What one read gives: the articles it completed, and the segments of the batches it completed, in order. */
export interface ReadPiece {
  items: ReadArticle[];
  segments: Prepared[];
  /** The file's followed columns, in the piece that read them. */
  follows?: Follow[];
  /** Bytes of the file read so far. */
  bytes: number;
  /** The file is read to its end (and was whole): nothing follows this piece. */
  done: boolean;
}

/** Characters parsed between pauses (a page's thread is shared with the popup). */
const PIECE = 1 << 16;

export class ImportReader {
  private readonly chunks: AsyncGenerator<{ chunk: string; bytes: number }>;
  private readonly parser: ReturnType<typeof fileParser>;
  private items: ReadArticle[] = [];
  private segments: Prepared[] = [];
  private follows?: Follow[];
  private ids: { id: string }[] = [];
  private postings = new Postings();
  private bytes = 0;

  /** `pause` runs between pieces of a chunk (in a page: a new task); a worker needs none. */
  constructor(
    source: string | Blob,
    now: string,
    private readonly size: number,
    private readonly pause?: () => Promise<void>,
  ) {
    this.chunks = chunksOf(source);
    this.parser = fileParser(
      now,
      (r) => {
        this.items.push(r);
        this.postings.add(this.ids.length, wordsOf(r.article));
        this.ids.push(r.article);
        if (this.ids.length === this.size) this.close();
      },
      (f) => (this.follows = f),
    );
  }

  /** The batch so far becomes a segment. */
  private close(): void {
    if (this.ids.length) this.segments.push(blocksOf(this.ids, this.postings));
    this.ids = [];
    this.postings = new Postings();
  }

  /** The next chunk's articles; throws Refused for a file that is not right, a read error as it is. */
  async next(): Promise<ReadPiece> {
    const { value, done } = await this.chunks.next();
    try {
      if (done) {
        this.parser.end();
        this.close();
      } else {
        this.bytes = value.bytes;
        for (let at = 0; at < value.chunk.length; at += PIECE) {
          if (at && this.pause) await this.pause();
          this.parser.write(value.chunk.slice(at, at + PIECE));
        }
      }
    } catch (e) {
      if (e instanceof Refused) throw e;
      throw new Refused({ ok: false, error: 'not-json', detail: (e as Error).message });
    }
    const piece: ReadPiece = { items: this.items, segments: this.segments, bytes: this.bytes, done: !!done };
    if (this.follows) piece.follows = this.follows;
    this.items = [];
    this.segments = [];
    this.follows = undefined;
    return piece;
  }
}
