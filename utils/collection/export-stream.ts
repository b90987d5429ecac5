/**
 * Streams an export file's JSON: one object whose `articles` member is an array. Each top-level member and each
 * element of `articles` goes to the sink as soon as its text is complete, so only one article's text is held at a
 * time. A character loop only finds where values end (strings, escapes, nesting); JSON.parse reads each value.
 * That is several times faster than tokenising everything in JavaScript (@streamparser/json took ~1.5 s per
 * 10 MB here), and as strict: anything JSON.parse or the structure check refuses throws a SyntaxError.
 */
export interface ExportSink {
  member(key: string, value: unknown): void;
  /** The `articles` array begins. */
  articles?(): void;
  article(value: unknown): void;
}

const WS = new Set([0x20, 0x0a, 0x0d, 0x09]);

export class ExportStream {
  private buf = '';
  /** The captured value's text from earlier chunks (it continues at `cap` = 0 of this one). */
  private pre = '';
  /** 0 before the object, 1 in it, 2 in its `articles` array, 3 after it. */
  private level = 0;
  private want: 'key' | 'colon' | 'value' | 'element' | 'next' = 'key';
  private key = '';
  /** The value being captured: where it starts in `buf`, its nesting, whether in a string, after a backslash. */
  private cap = -1;
  private capKey = false;
  private nest = 0;
  private str = false;
  private esc = false;

  constructor(private readonly sink: ExportSink) {}

  write(chunk: string): void {
    // Each chunk is scanned on its own: only a value cut by its end is carried over, not the chunk.
    this.buf = chunk;
    if (this.cap >= 0) this.cap = 0;
    this.scan();
    if (this.cap >= 0) this.pre += chunk.slice(this.cap);
    this.buf = '';
  }

  end(): void {
    if (this.level !== 3) throw new SyntaxError('Unexpected end of JSON input');
  }

  private fail(c: number): never {
    throw new SyntaxError(`Unexpected ${JSON.stringify(String.fromCharCode(c))} in JSON`);
  }

  private start(i: number, c: number, key: boolean): void {
    this.cap = i;
    this.pre = '';
    this.capKey = key;
    this.str = c === 0x22;
    this.nest = c === 0x7b || c === 0x5b ? 1 : 0;
  }

  /** The captured value ends before `end` of this chunk. */
  private emit(end: number): void {
    const text = this.pre + this.buf.slice(this.cap, end);
    this.cap = -1;
    this.pre = '';
    const value: unknown = JSON.parse(text);
    if (this.capKey) {
      this.key = value as string;
      this.want = 'colon';
      return;
    }
    if (this.level === 1) this.sink.member(this.key, value);
    else this.sink.article(value);
    this.want = 'next';
  }

  private scan(): void {
    const b = this.buf;
    // The next backslash and quote at or after i (past the end: none), each found once and reused while ahead.
    let slash = -1;
    let quote = -1;
    for (let i = 0; i < b.length; i++) {
      if (this.cap >= 0 && this.str) {
        if (this.esc) {
          this.esc = false;
          continue;
        }
        // Strings are most of the text: jump to the next quote or backslash (indexOf, not a character loop).
        if (slash < i) slash = b.indexOf('\\', i) >>> 0;
        if (quote < i) quote = b.indexOf('"', i) >>> 0;
        i = Math.min(quote, slash);
        if (i >= b.length) break;
        if (i === slash) this.esc = true;
        else {
          this.str = false;
          if (this.nest === 0) this.emit(i + 1);
        }
        continue;
      }
      const c = b.charCodeAt(i);
      if (this.cap >= 0) {
        if (c === 0x22) this.str = true;
        else if (c === 0x7b || c === 0x5b) this.nest++;
        else if (c === 0x7d || c === 0x5d) {
          if (this.nest > 0) {
            if (--this.nest === 0) this.emit(i + 1);
          } else {
            // A number, true, false or null ends where its container closes: read the bracket again outside.
            this.emit(i);
            i--;
          }
        } else if (c === 0x2c && this.nest === 0) {
          this.emit(i);
          i--;
        }
        continue;
      }
      if (WS.has(c)) continue;
      if (this.level === 0) {
        if (c !== 0x7b) this.fail(c);
        this.level = 1;
        this.want = 'key';
      } else if (this.level === 1) {
        if (this.want === 'key' && c === 0x22) this.start(i, c, true);
        else if (this.want === 'key' && c === 0x7d && !this.key) this.level = 3;
        else if (this.want === 'colon' && c === 0x3a) this.want = 'value';
        else if (this.want === 'value' && this.key === 'articles' && c === 0x5b) {
          this.level = 2;
          this.want = 'element';
          this.sink.articles?.();
        } else if (this.want === 'value') this.start(i, c, false);
        else if (this.want === 'next' && c === 0x2c) this.want = 'key';
        else if (this.want === 'next' && c === 0x7d) this.level = 3;
        else this.fail(c);
      } else if (this.level === 2) {
        if (this.want === 'element' && c === 0x5d) {
          this.level = 1;
          this.want = 'next';
        } else if (this.want === 'element' || this.want === 'value') this.start(i, c, false);
        else if (this.want === 'next' && c === 0x2c) this.want = 'value';
        else if (this.want === 'next' && c === 0x5d) {
          this.level = 1;
          this.want = 'next';
        } else this.fail(c);
      } else this.fail(c);
    }
  }
}
