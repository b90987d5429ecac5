// The import's reader (utils/collection/import-reader.ts) and the worker that runs it (import-worker.ts, run here
// with a stand-in for its global scope; the real worker runs in tests/e2e): batches' segments equal each batch
// tokenised at once, raw HTML never sits in an article's fields before the page sanitizes it, a bad file is refused
// with the same answers as before, and a page whose worker cannot run reads the file itself.
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { Article } from '../../utils/model/article';
import { wordsOf } from '../../utils/collection/stored-article';
import { blocksOf, type Prepared } from '../../utils/collection/index/index-writer';
import { Postings } from '../../utils/collection/index/segment';
import { Refused, sanitized } from '../../utils/collection/import-file';
import { ImportReader, type ReadPiece } from '../../utils/collection/import-reader';
import { readPieces } from '../../utils/collection/import-pieces';
import type { FromReader, ToReader } from '../../utils/collection/import-worker';
import { newFollow } from '../../utils/columns/follow-model';
import { draft } from './factories';

const NOW = '2026-11-29T08:00:00.000Z';
const article = (i: number) => ({
  ...draft(i, {
    url: `http://news.xjtu.edu.cn/info/${i}.htm`,
    textContent: `党委书记卢建军主持会议 number${i} ${'报告'.repeat(i % 7)}`,
    contentHtml: `<p>第${i}段 <a href="/x/${i}.htm">link</a></p><img src=x onerror="alert(${i})">`,
  }),
  id: `id-${i}`,
  tags: [`t${i % 3}`],
  entities: [{ text: '卢建军', kind: 'person' as const, role: null, count: 1 }],
  highlights: [],
  clippedAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});
const file = (n: number, extra: object = {}) =>
  JSON.stringify({
    format: 'campus-news-clips',
    version: 3,
    ...extra,
    articles: Array.from({ length: n }, (_, i) => ({
      ...article(i),
      versions: [
        { savedAt: '2025-02-01T00:00:00Z', title: 'b', contentHtml: '<p>later</p><script>x()</script>' },
        { savedAt: '2025-01-01T00:00:00Z', title: 'a', contentHtml: '<p>earlier</p>' },
      ].map((v) => ({ ...v, replacedAt: '2025-03-01T00:00:00Z', textContent: v.title })),
    })),
  });

/** Every piece of a reader, to its end. */
async function all(reader: { next(): Promise<ReadPiece> }): Promise<ReadPiece[]> {
  const out: ReadPiece[] = [];
  for (let p = await reader.next(); ; p = await reader.next()) {
    out.push(p);
    if (p.done) return out;
  }
}

function atOnce(rows: Article[]): Prepared {
  const postings = new Postings();
  rows.forEach((r, i) => postings.add(i, wordsOf(r)));
  return blocksOf(rows, postings);
}

afterEach(() => vi.unstubAllGlobals());

describe('import reader', () => {
  it('reads every article in order, each batch of `size` tokenised into its segment as if at once', async () => {
    const pieces = await all(new ImportReader(file(23), NOW, 10));
    const items = pieces.flatMap((p) => p.items);
    expect(items.map((r) => r.article.id)).toEqual(Array.from({ length: 23 }, (_, i) => `id-${i}`));
    const segments = pieces.flatMap((p) => p.segments);
    const articles = items.map((r) => r.article);
    expect(segments).toEqual([articles.slice(0, 10), articles.slice(10, 20), articles.slice(20)].map(atOnce));
    expect(pieces.at(-1)!.done).toBe(true);
  });

  it('holds HTML apart from the article until the page sanitizes it, versions oldest first', async () => {
    const [r] = (await all(new ImportReader(file(1), NOW, 10))).flatMap((p) => p.items);
    expect(r!.article.contentHtml).toBe('');
    expect(r!.versions.map((v) => v.contentHtml)).toEqual(['', '']);
    expect(r!.html).toContain('onerror');
    expect(r!.versionHtml).toEqual(['<p>earlier</p>', '<p>later</p><script>x()</script>']);
    const { article, versions } = sanitized(r!, (html, url) => `clean(${html.length}, ${url})`);
    expect(article.contentHtml).toBe(`clean(${r!.html.length}, ${article.url})`);
    expect(versions.map((v) => [v.title, v.contentHtml])).toEqual([
      ['a', `clean(14, ${article.url})`],
      ['b', `clean(32, ${article.url})`],
    ]);
  });

  it('gives the derived fields of the stored row, and the followed columns once', async () => {
    const follows = [
      newFollow(
        'http://news.xjtu.edu.cn/jdyw.htm',
        { name: '交大要闻', items: [{ title: 't', url: 'http://news.xjtu.edu.cn/info/1.htm', publishedAt: null }] },
        new Date(NOW),
        3,
      ),
    ];
    const pieces = await all(new ImportReader(file(2, { follows }), NOW, 10));
    expect(pieces.flatMap((p) => p.follows ?? []).map((f) => f.url)).toEqual([follows[0]!.url]);
    const r = pieces.flatMap((p) => p.items)[0]!;
    expect(r.derived).toEqual({
      names: ['卢建军'],
      sortPublished: r.article.publishedAt ?? r.article.clippedAt,
      keys: expect.arrayContaining([expect.stringContaining('news.xjtu.edu.cn/info/0.htm')]),
    });
  });

  it('refuses a bad article by number and field, and text that is not JSON, as Refused', async () => {
    const bad = JSON.stringify({
      format: 'campus-news-clips',
      version: 1,
      articles: [article(1), { ...article(2), url: 'javascript:alert(1)' }],
    });
    await expect(all(new ImportReader(bad, NOW, 10))).rejects.toMatchObject({
      refusal: { ok: false, error: 'invalid-article', article: 2, field: 'url' },
    });
    await expect(all(new ImportReader('{"format": "campus-news-clips", "articles": [{', NOW, 10))).rejects.toSatisfy(
      (e) => e instanceof Refused && e.refusal.error === 'not-json',
    );
  });
});

describe('import worker', () => {
  /** The worker's script run against a stand-in scope; its answers as they are posted. */
  async function worker() {
    const answers: FromReader[] = [];
    const scope = {
      onmessage: null as ((e: { data: ToReader }) => void) | null,
      postMessage: (m: FromReader) => answers.push(structuredClone(m)),
    };
    vi.stubGlobal('self', scope);
    vi.resetModules();
    await import('../../utils/collection/import-worker');
    const send = (m: ToReader) => scope.onmessage!({ data: structuredClone(m) });
    const settle = () => new Promise((r) => setTimeout(r, 20));
    return { answers, send, settle };
  }

  it('answers one piece per pull, the same as the reader in this thread', async () => {
    const text = file(23);
    const { answers, send, settle } = await worker();
    send({ start: { source: new Blob([text]), now: NOW, size: 10 } });
    send({ pull: true });
    await settle();
    expect(answers).toHaveLength(1);
    for (let i = 0; i < 5 && !('piece' in answers.at(-1)! && answers.at(-1)!.piece.done); i++) {
      send({ pull: true });
      await settle();
    }
    const here = await all(new ImportReader(new Blob([text]), NOW, 10));
    expect(answers.map((a) => ('piece' in a ? a.piece : a))).toEqual(here);
  });

  it('answers a refusal for a bad file', async () => {
    const { answers, send, settle } = await worker();
    send({ start: { source: '{"format": "other", "articles": [{}]}', now: NOW, size: 10 } });
    send({ pull: true });
    await settle();
    expect(answers).toEqual([{ refusal: { ok: false, error: 'unknown-format' } }]);
  });
});

describe('pieces of an import file', () => {
  it('are read in this thread when the worker cannot run, before it answered anything', async () => {
    const made: string[] = [];
    class Broken {
      onmessage: unknown = null;
      onerror: ((e: { preventDefault(): void }) => void) | null = null;
      constructor() {
        made.push('worker');
      }
      postMessage() {
        setTimeout(() => this.onerror?.({ preventDefault: () => undefined }), 0);
      }
      terminate() {}
    }
    vi.stubGlobal('Worker', Broken);
    const pieces: ReadPiece[] = [];
    for await (const p of readPieces(file(12), NOW, 5, async () => {})) pieces.push(p);
    expect(made).toEqual(['worker']);
    expect(pieces.flatMap((p) => p.items).map((r) => r.article.id)).toHaveLength(12);
    expect(pieces.flatMap((p) => p.segments)).toHaveLength(3);
  });
});
