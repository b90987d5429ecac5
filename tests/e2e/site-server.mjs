// A local HTTP proxy that plays university sites: Chromium sends it full URLs (--proxy-server), so pages
// are served at their real addresses and host-based detection is tested for real.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { hostileArticle } from '../fixtures/xss-payloads.mjs';
import { hugeArticle } from '../fixtures/huge-page.mjs';

const here = (p) => resolve(import.meta.dirname, p);

/** Pages whose charset declaration lies: [file, the charset the server and the page claim]. */
export const LYING = {
  'http://news.xjtu.edu.cn/info/1033/140513.htm': [here('../fixtures/pages/xjtu-vsb-article.html'), 'gb2312'],
  'http://news.xjtu.edu.cn/info/1033/140514.htm': [here('../fixtures/pages/xjtu-vsb-article.gb18030.html'), 'utf-8'],
};

/** Address → file. */
export const SITES = {
  'http://news.xjtu.edu.cn/info/1033/140512.htm': here('../fixtures/pages/xjtu-vsb-article.html'),
  'http://news.xjtu.edu.cn/2021/0408/c1033a140512/page.htm': here('../fixtures/pages/xjtu-webplus-article.html'),
  'http://news.xjtu.edu.cn/jdyw.htm': here('../fixtures/pages/xjtu-list.html'),
  'http://news.xjtu.edu.cn/': here('../fixtures/pages/xjtu-home.html'),
  'http://news.xjtu.edu.cn/info/1033/1.htm': here('../fixtures/pages/xjtu-empty.html'),
  'http://www.rutgers.edu/news/new-robot-does-superior-job-sampling-blood': here('../../../shared/fixtures/real/en-univ/rutgers-edu-robot.html'),
  'http://news.sample.edu/2025/04/climate-project-seed-grants': here('../fixtures/pages/sample-edu-climate.html'),
  'http://news.example.com/2021/04/08/story.html': here('../fixtures/pages/xjtu-vsb-article.html'),
};

const PIXEL = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');

let huge;

export function startSiteServer() {
  const requests = [];
  const server = createServer((req, res) => {
    requests.push(req.url);
    if (LYING[req.url]) {
      const [file, charset] = LYING[req.url];
      const html = readFileSync(file).toString('latin1').replace('charset=UTF-8', `charset=${charset}`);
      res.writeHead(200, { 'content-type': `text/html; charset=${charset}` }).end(Buffer.from(html, 'latin1'));
      return;
    }
    if (req.url === 'http://news.hostile.edu.cn/info/1/1.htm') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(hostileArticle());
      return;
    }
    if (req.url === 'http://news.huge.edu.cn/info/1/1.htm') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end((huge ??= hugeArticle()));
      return;
    }
    if (req.url === 'http://evil.example/pixel.png') {
      res.writeHead(200, { 'content-type': 'image/png' }).end(PIXEL);
      return;
    }
    const file = SITES[req.url];
    if (!file) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port, requests })));
}
