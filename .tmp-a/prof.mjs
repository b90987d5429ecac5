import { chromium } from 'playwright-core';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
const site = await startSiteServer();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', `--proxy-server=http://127.0.0.1:${site.port}`] });
const p = await b.newPage();
await p.goto('http://news.huge.edu.cn/info/1/1.htm', { timeout: 60000 });
for (let i = 0; i < 2; i++)
console.log(await p.evaluate(() => {
  const t = [performance.now()];
  const html = document.documentElement.outerHTML; t.push(performance.now());
  const s = JSON.stringify({ html }); const back = JSON.parse(s).html; t.push(performance.now());
  const doc = new DOMParser().parseFromString(back, 'text/html'); t.push(performance.now());
  let n = 0;
  for (const attr of ['src', 'href', 'poster']) for (const el of doc.querySelectorAll(`[${attr}]`)) { n++; const v = el.getAttribute(attr).trim(); try { el.setAttribute(attr, new URL(v, location.href).href); } catch {} }
  t.push(performance.now());
  const c = doc.cloneNode(true); t.push(performance.now());
  const noscript = /<noscript/i.test(back); t.push(performance.now());
  return { len: html.length, n, noscript, outer: t[1]-t[0], json: t[2]-t[1], parse: t[3]-t[2], absolutize: t[4]-t[3], clone: t[5]-t[4], re: t[6]-t[5], count: doc.getElementsByTagName('*').length };
}));
await b.close(); site.server.close();
