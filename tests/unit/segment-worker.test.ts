// The import's segment worker (utils/collection/index/segment-worker.ts), run here with a stand-in for its
// global scope: a batch sent a few articles at a time, as the import parses them, gives the same blocks as the
// whole batch tokenised at once, and batches sent interleaved stay apart.
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../utils/model/article';
import { toStored, wordsOf } from '../../utils/collection/stored-article';
import { blocksOf, type Prepared } from '../../utils/collection/index/index-writer';
import { Postings } from '../../utils/collection/index/segment';
import type { Job } from '../../utils/collection/index/segment-worker';
import { draft } from './factories';

const article = (i: number): Article => ({
  ...draft(i, {
    url: `http://news.xjtu.edu.cn/info/${i}.htm`,
    textContent: `党委书记卢建军主持会议 number${i} ${'报告'.repeat(i % 7)}`,
  }),
  id: `id-${i}`,
  tags: [`t${i % 3}`],
  entities: [],
  highlights: [],
  clippedAt: '2026-01-01T00:00:00Z',
  updatedAt: '2026-01-01T00:00:00Z',
});

function atOnce(rows: Article[]): Prepared {
  const postings = new Postings();
  rows.forEach((r, i) => postings.add(i, wordsOf(r)));
  return blocksOf(rows, postings);
}

describe('segment worker', () => {
  it('builds a batch sent in pieces exactly as the whole batch at once, each batch apart', async () => {
    const answers: { n: number; p: Prepared }[] = [];
    const scope = {
      onmessage: null as ((e: { data: Job }) => void) | null,
      postMessage: (m: never) => answers.push(m),
    };
    vi.stubGlobal('self', scope);
    await import('../../utils/collection/index/segment-worker');
    const a = Array.from({ length: 23 }, (_, i) => toStored(article(i)));
    const b = Array.from({ length: 5 }, (_, i) => toStored(article(100 + i)));
    const send = (job: Job) => scope.onmessage!({ data: structuredClone(job) });
    send({ n: 1, rows: a.slice(0, 10) });
    send({ n: 2, rows: b.slice(0, 2) });
    send({ n: 1, rows: a.slice(10, 11) });
    send({ n: 1, rows: [] });
    send({ n: 2, rows: b.slice(2), end: true });
    send({ n: 1, rows: a.slice(11), end: true });
    // A batch dropped (its import stopped) answers nothing; its number used again starts afresh.
    send({ n: 3, rows: a.slice(0, 4) });
    send({ n: 3, rows: [], drop: true });
    send({ n: 3, rows: b, end: true });
    vi.unstubAllGlobals();
    expect(answers.map((x) => x.n)).toEqual([2, 1, 3]);
    expect(answers[2]!.p).toEqual(atOnce(b));
    expect(answers[1]!.p).toEqual(atOnce(a));
    expect(answers[0]!.p).toEqual(atOnce(b));
    expect(answers[1]!.p.ids).toEqual(a.map((r) => r.id));
  });
});
