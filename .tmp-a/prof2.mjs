import { chromium } from 'playwright-core';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
const site = await startSiteServer();
const b = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--no-sandbox', `--proxy-server=http://127.0.0.1:${site.port}`] });
const p = await b.newPage();
await p.goto('http://news.huge.edu.cn/info/1/1.htm', { timeout: 60000 });
for (let i = 0; i < 3; i++)
console.log(await p.evaluate(() => {
  const html = document.documentElement.outerHTML;
  const doc = new DOMParser().parseFromString(html, 'text/html');
  const t = [performance.now()];
  const els = []; for (const attr of ['src', 'href', 'poster']) for (const el of doc.querySelectorAll(`[${attr}]`)) els.push([el, attr]); t.push(performance.now());
  const vals = els.map(([el, a]) => el.getAttribute(a).trim()); t.push(performance.now());
  const abs = vals.map((v) => new URL(v, location.href).href); t.push(performance.now());
  els.forEach(([el, a], i) => el.setAttribute(a, abs[i])); t.push(performance.now());
  return { qsa: t[1]-t[0], get: t[2]-t[1], url: t[3]-t[2], set: t[4]-t[3] };
}));
await b.close(); site.server.close();
