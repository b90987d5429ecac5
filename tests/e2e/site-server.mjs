// A local HTTP proxy that plays university sites: Chromium sends it full URLs (--proxy-server), so pages
// are served at their real addresses and host-based detection is tested for real.
import { createServer } from 'node:http';
import { createServer as createSecureServer } from 'node:https';
import { connect } from 'node:net';
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
  'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood': here(
    '../fixtures/pages/lakeside-drupal-robot.html',
  ),
  'http://news.sample.edu/2025/04/climate-project-seed-grants': here('../fixtures/pages/sample-edu-climate.html'),
  'http://news.example.com/2021/04/08/story.html': here('../fixtures/pages/xjtu-vsb-article.html'),
  // Authored pages of other CMS families (tests/e2e/cms-families.e2e.mjs).
  'http://news.example.edu/2024/11/25/robotics-team-wins-national-title/': here(
    '../fixtures/pages/wordpress-en-news.html',
  ),
  'http://www.example.ac.uk/news/new-centre-for-climate-research-opens': here(
    '../fixtures/pages/drupal-en-article.html',
  ),
  'http://www.example.edu.hk/news/2024/0512/c123a456/page.htm': here('../fixtures/pages/hk-news-traditional.html'),
};

const PIXEL = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=',
  'base64',
);

let huge;

const ARTICLE = Array.from(
  { length: 8 },
  (_, i) => `<p>第${i + 1}段：学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果。</p>`,
).join('');
/** Pages built in place: an article only inside a frame, and a page that keeps changing while it is clipped. */
const DYNAMIC = {
  'http://news.frames.edu.cn/info/1/1.htm':
    '<!DOCTYPE html><html><head><meta charset="utf-8"><title>框架页面-测试大学</title></head><body><iframe src="/info/1/inner.htm" width="800" height="600"></iframe></body></html>',
  'http://news.frames.edu.cn/info/1/inner.htm': `<!DOCTYPE html><html><head><meta charset="utf-8"></head><body><h1>框架内文章</h1>${ARTICLE}</body></html>`,
  'http://news.changing.edu.cn/info/1/1.htm': `<!DOCTYPE html><html><head><meta charset="utf-8"><title>变化中的页面-测试大学新闻网</title></head><body>
<h1>变化中的页面</h1><div>发布时间：2024-05-01 10:00</div><div id="c">${ARTICLE}</div><div id="ticker"></div>
<script>let n = 0; setInterval(() => { const t = document.getElementById('ticker'); t.textContent = ''; for (let i = 0; i < 200; i++) t.append(document.createElement('span')); document.title = '变化中的页面-' + (++n); }, 1);</script></body></html>`,
};

// A page past what a clip carries to the offscreen document (utils/clip/clip-tab.ts MAX_SNAPSHOT_BYTES, 48 MB): an
// article, then a comment of 17 million Chinese characters (51 MB of UTF-8), which the browser reads quickly.
let tooLarge;
const TOO_LARGE = 'http://news.toolarge.edu.cn/info/1/1.htm';
const tooLargePage = () =>
  (tooLarge ??= Buffer.from(
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>超大页面-测试大学新闻网</title></head><body><h1>超大页面</h1>${ARTICLE}<!--${'字'.repeat(17_000_000)}--></body></html>`,
  ));

// A page that records every window message it receives, and first posts one to itself (so the recorder is proven).
const LISTENER = `<script>window.__heard = []; addEventListener('message', (e) => __heard.push(typeof e.data === 'string' ? e.data : JSON.stringify(e.data))); postMessage('page-self-test', '*');</script>`;
const STORY = (
  host,
) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>Campus lab opens - ${host}</title>${LISTENER}</head><body>
<nav><a href="/">Home</a> <a href="/news/">News</a></nav><h1>Campus lab opens</h1><p>Published: April 8, 2025</p>
${Array.from({ length: 6 }, (_, i) => `<p>Paragraph ${i + 1}: the new laboratory opened to students and staff this week, and researchers began their first experiments in it.</p>`).join('')}
</body></html>`;
DYNAMIC['http://news.listening.edu/2025/04/lab-opens.html'] = STORY('news.listening.edu');
DYNAMIC['http://www.uni-heidelberg.de/newsroom/2025/04/lab-opens.html'] = STORY('www.uni-heidelberg.de');
// A page whose load never ends: an image on a third-party host that never answers (blocked or stalled hosts).
export const STALLED_IMAGE = 'http://cdn.stalled.example/never.png';
DYNAMIC['http://news.stalled.edu/2025/04/lab-opens.html'] = STORY('news.stalled.edu').replace(
  '</body>',
  `<img src="${STALLED_IMAGE}" alt=""></body>`,
);

// Pages whose document never finishes loading, the article on screen all the same: a synchronous third-party
// script after the article that never answers (a tracker blocked on the way), a body whose server stops sending
// part-way, and a script in the head that never answers, so that nothing of the body has arrived.
export const STALLED_SCRIPT = 'http://cdn.stalled.example/never.js';
export const STALLED_DOCS = {
  script: 'http://news.stalledscript.edu/2025/04/lab-opens.html',
  body: 'http://news.stalledbody.edu/2025/04/lab-opens.html',
  head: 'http://news.stalledhead.edu/2025/04/lab-opens.html',
};
DYNAMIC[STALLED_DOCS.script] = STORY('news.stalledscript.edu').replace(
  '</body>',
  `<script src="${STALLED_SCRIPT}"></script><footer>© Stalled University</footer></body>`,
);
DYNAMIC[STALLED_DOCS.head] = STORY('news.stalledhead.edu').replace(
  '</head>',
  `<script src="${STALLED_SCRIPT}"></script></head>`,
);
const STALLED_BODY = STORY('news.stalledbody.edu').replace('</body></html>', '');

// Text the page hides (R7): by a class, inline, by visibility and by the `hidden` attribute, and an article whose
// body is collapsed until "展开全文" is clicked (it must be clipped whole).
const P7 = (i) =>
  `<p>第${i}段：学校举行学术交流活动，师生代表参加会议并进行了深入讨论，取得了积极成果。这是第${i}段正文，内容足够长以便被识别为正文段落。</p>`;
export const HIDDEN_TEXT = {
  spam: 'http://news.hidden.edu.cn/info/1033/7001.htm',
  collapsed: 'http://news.hidden.edu.cn/info/1033/7002.htm',
  microdata: 'http://news.hidden.edu.cn/info/1033/7003.htm',
};
DYNAMIC[HIDDEN_TEXT.spam] = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>隐藏文字测试-测试大学新闻网</title>
<style>.hid{display:none} .inv{visibility:hidden} @media print{.web{display:none}} .print{display:none}</style></head><body>
<h1>隐藏文字测试</h1><div class="info">发布时间：2024-05-01 10:00 &nbsp; 来源：党委宣传部</div>
<div class="content">${P7(1)}${P7(2)}
<p class="hid">隐藏的垃圾文字HIDDENSPAM不应出现在剪藏中。</p>
<p style="display:none">内联隐藏文字INLINEHIDDEN。</p>
<p class="inv">看不见的文字INVISIBLETEXT。<span style="visibility:visible">看得见的文字SEENAGAIN。</span></p>
<div class="inv">整段看不见的文字WHOLLYINVISIBLE。</div>
<p hidden>属性隐藏文字HIDDENATTR。</p>
<p class="print">仅供打印的文字PRINTONLY。</p>
<div style="display:contents"><p>内容显示的文字CONTENTSSHOWN，这段文字读者看得见。</p></div>
${P7(3)}${P7(4)}${P7(5)}</div></body></html>`;
DYNAMIC[HIDDEN_TEXT.collapsed] =
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>折叠正文测试-测试大学新闻网</title></head><body>
<h1>折叠正文测试</h1><div class="info">发布时间：2024-05-01 10:00</div>
<div class="content"><p>导语：学校举行学术交流活动。</p><div id="more" style="display:none">${P7(1)}${P7(2)}${P7(3)}${P7(4)}<p>折叠正文末段COLLAPSEDEND。</p></div>
<a href="#" onclick="document.getElementById('more').style.display='block';this.remove();return false">展开全文</a></div></body></html>`;

// Dated only by microdata in the body, printed for machines: a <meta itemprop> (no box by nature) and a hidden span.
DYNAMIC[HIDDEN_TEXT.microdata] =
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>微数据日期测试-测试大学新闻网</title></head><body>
<h1>微数据日期测试</h1><meta itemprop="datePublished" content="2013-08-09T06:00:00+02:00">
<span itemprop="author" style="display:none">王海</span>
<div class="content">${P7(1)}${P7(2)}${P7(3)}</div></body></html>`;

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
    if (req.url === TOO_LARGE) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(tooLargePage());
      return;
    }
    // The article, then nothing more: the response never ends (the browser drops it when it closes).
    if (req.url === STALLED_DOCS.body) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).write(STALLED_BODY);
      return;
    }
    if (DYNAMIC[req.url]) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(DYNAMIC[req.url]);
      return;
    }
    // Never answered: the browser drops the request when it closes.
    if (req.url === STALLED_IMAGE || req.url === STALLED_SCRIPT) return;
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
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => ok({ server, port: server.address().port, requests })),
  );
}

/**
 * A proxy that plays any set of pages at their addresses (scripts/eval-browser.ts): `lookup(url)` gives a page's
 * `{ body, charset }` or nothing; everything else (styles, scripts, images) is answered 404 at once. Pages are
 * asked for as http; a host on Chromium's HSTS preload list (forbes.com, aclu.org …) is asked for as https through
 * a CONNECT tunnel, which `tls` (`{ key, cert }`, any certificate: launch the browser ignoring certificate errors)
 * answers with the same pages, looked up at their http address.
 */
export async function startPageServer(lookup, tls = null) {
  const answer = (url, res) => {
    const page = lookup(url);
    if (!page) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': `text/html; charset=${page.charset}` }).end(page.body);
  };
  const server = createServer((req, res) => answer(req.url, res));
  const listen = (s) => new Promise((ok) => s.listen(0, '127.0.0.1', () => ok(s.address().port)));
  if (tls) {
    const secure = createSecureServer(tls, (req, res) => answer(`http://${req.headers.host}${req.url}`, res));
    const securePort = await listen(secure);
    server.on('connect', (req, client) => {
      const upstream = connect(securePort, '127.0.0.1', () => {
        client.write('HTTP/1.1 200 Connection Established\r\n\r\n');
        upstream.pipe(client).pipe(upstream);
      });
      upstream.on('error', () => client.destroy());
      client.on('error', () => upstream.destroy());
    });
    server.on('close', () => secure.close());
  }
  return { server, port: await listen(server) };
}
