// The checker against a real HTTP server on this machine (node:http), so headers, status codes and bytes are real.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkColumns, HOST_GAP_MS, type CheckDeps } from '../../utils/columns/check-columns';
import { newFollow } from '../../utils/columns/follow-model';
import { readColumn } from '../../utils/columns/read-list';

let server: Server;
let base: string;
const seen: { path: string; headers: IncomingMessage['headers']; at: number }[] = [];
let items = [1, 2, 3];
let status = 200;

const list = () =>
  `<meta charset="utf-8"><title>交大要闻</title><ul>${items
    .map((n) => `<li><a href="/info/${n}.htm">交大新闻第${n}条标题内容</a><span>2021-04-0${n}</span></li>`)
    .join('')}</ul>`;

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url!, headers: req.headers, at: Date.now() });
    const etag = `"v${items.join('-')}"`;
    if (status !== 200) return res.writeHead(status).end();
    if (req.headers['if-none-match'] === etag) return res.writeHead(304).end();
    res.writeHead(200, { 'content-type': 'text/html; charset=gb2312', etag }).end(Buffer.from(list(), 'utf8'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());

const slept: number[] = [];
const deps: CheckDeps = {
  fetch: (url, init) => fetch(url, init),
  read: async (html, url) => readColumn(new JSDOM(html, { url }).window.document, url, new Date('2026-11-23')),
  allowed: async (url) => !url.includes('/forbidden'),
  sleep: async (ms) => void slept.push(ms),
  now: () => new Date('2026-11-23T08:00:00Z'),
  current: async (f) => f,
};

describe('checkColumns', () => {
  it('finds the new items of a page served as UTF-8 under a gb2312 header, then asks conditionally', async () => {
    const page = await deps.read(list(), `${base}/jdyw.htm`);
    const f = newFollow(`${base}/jdyw.htm`, page, deps.now(), 3);
    items = [5, 4, 1, 2, 3];
    const first = await checkColumns([f], deps, 3);
    expect(first.fresh.map((i) => [i.title, i.url, i.publishedAt])).toEqual([
      ['交大新闻第5条标题内容', `${base}/info/5.htm`, '2021-04-05'],
      ['交大新闻第4条标题内容', `${base}/info/4.htm`, '2021-04-04'],
    ]);
    const second = await checkColumns(first.follows, deps, 3);
    expect(seen.at(-1)!.headers['if-none-match']).toBe('"v5-4-1-2-3"');
    expect(second.fresh).toEqual([]);
    expect(second.follows[0]!.lastError).toBeNull();
  });

  it('one host: one request at a time with a pause between; a refused host is never asked', async () => {
    const page = await deps.read(list(), `${base}/a.htm`);
    const a = newFollow(`${base}/a.htm`, page, deps.now(), 3);
    const b = newFollow(`${base}/b.htm`, page, deps.now(), 3);
    const no = newFollow(`http://other.example.edu/forbidden`, page, deps.now(), 3);
    const before = seen.length;
    slept.length = 0;
    const r = await checkColumns([a, b, no], deps, 3);
    expect(seen.slice(before).map((s) => s.path)).toEqual(['/a.htm', '/b.htm']);
    expect(slept).toEqual([HOST_GAP_MS]);
    expect(r.follows.find((f) => f.url.includes('forbidden'))!.lastError).toEqual({ kind: 'no-permission' });
  });

  it('a server error is recorded as data, and what was seen is kept', async () => {
    const page = await deps.read(list(), `${base}/c.htm`);
    const f = newFollow(`${base}/c.htm`, page, deps.now(), 3);
    status = 503;
    const r = await checkColumns([f], deps, 3);
    status = 200;
    expect(r.follows[0]).toMatchObject({ failures: 1, lastError: { kind: 'http', status: 503 }, seen: f.seen });
  });
});
