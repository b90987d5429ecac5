// Clipping an address without opening it gives the same fields as clipping the page in a tab.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractFromUrl } from '../../utils/clip/clip-url';
import { extractArticle } from '../../utils/extraction/extract-article';
import { loadPage } from './load-page';

const NOW = new Date('2026-11-23');
const SEED = 'http://news.xjtu.edu.cn/info/1033/140512.htm';
let server: Server;
let port = 0;

beforeAll(async () => {
  server = createServer((req, res) => {
    if (req.url === '/missing') return res.writeHead(404).end();
    // The seed page's GB18030 copy, declared UTF-8 as some campus servers do.
    res
      .writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
      .end(readFileSync('tests/fixtures/pages/xjtu-vsb-article.gb18030.html'));
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  port = (server.address() as AddressInfo).port;
});
afterAll(() => server.close());

/** Fetches go to the local server whatever the host, as the e2e proxy does. */
const local = (url: string, init: RequestInit) => {
  const u = new URL(url);
  return fetch(`http://127.0.0.1:${port}${u.pathname}`, init).then((r) =>
    Object.defineProperty(r, 'url', { value: url }),
  );
};

describe('extractFromUrl', () => {
  it('gives the same fields as a clip of the page in a tab', async () => {
    const win = new JSDOM('', { url: 'chrome-extension://x/popup.html' }).window as unknown as Window;
    const fetched = await extractFromUrl(SEED, win, local, NOW);
    const inTab = extractArticle(loadPage('tests/fixtures/pages/xjtu-vsb-article.html', SEED), SEED, NOW);
    expect(inTab.ok).toBe(true);
    expect(fetched).toEqual(inTab);
  });

  it('says why when the page cannot be fetched', async () => {
    const win = new JSDOM('').window as unknown as Window;
    expect(await extractFromUrl('http://news.xjtu.edu.cn/missing', win, local, NOW)).toEqual({
      ok: false,
      error: 'fetch-failed',
      detail: 'HTTP 404',
      httpStatus: 404,
    });
  });
});
