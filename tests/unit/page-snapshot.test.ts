// A tab clip serialises the page there and extracts it in a page of ours: the same fields as extraction over the
// live page, mis-declared charsets still read right, and a page too large to carry is refused, not sent.
import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { JSDOM } from 'jsdom';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { isSnapshotRead, snapshotOfPage, type PageSnapshot } from '../../utils/clip/page-snapshot';
import { bytesOf, extractFromSnapshot, noscriptAsText } from '../../utils/clip/extract-snapshot';
import { extractArticle } from '../../utils/extraction/extract-article';
import { hostileArticle } from '../fixtures/xss-payloads.mjs';
import { MAX_SNAPSHOT_BYTES } from '../../utils/clip/clip-tab';

const NOW = new Date('2026-11-23');
const SEED = 'tests/fixtures/pages/xjtu-vsb-article.html';
const GBK = 'tests/fixtures/pages/xjtu-vsb-article.gb18030.html';
const TITLE = '【125校庆】西安交通大学举行“产教融合、协同育人”创新工程启动大会';
/** Our extension page: a window of its own, not the clipped page's. */
const ours = () => new JSDOM('', { url: 'chrome-extension://x/offscreen.html' }).window as unknown as Window;

let server: Server;
let origin = '';
beforeAll(async () => {
  // The GB18030 copy of the seed page, declared UTF-8 as some campus servers do.
  server = createServer((_req, res) =>
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(GBK)),
  );
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => server.close());
afterEach(() => vi.unstubAllGlobals());

/** The page as its tab holds it: the injected function sees its document and address as globals. */
function inTab(html: string, url: string): Document {
  const page = new JSDOM(html, { url }).window;
  vi.stubGlobal('document', page.document);
  vi.stubGlobal('location', page.location);
  vi.stubGlobal('XMLSerializer', page.XMLSerializer);
  return page.document;
}

async function snapshot(maxBytes = MAX_SNAPSHOT_BYTES): Promise<PageSnapshot> {
  const read = await snapshotOfPage(maxBytes);
  expect(isSnapshotRead(read)).toBe(true);
  if (!read.ok) throw new Error(`too big: ${read.tooBig}`);
  if (read.snapshot === 'posted') throw new Error('posted without postTo');
  return read.snapshot;
}

describe('a tab clip by snapshot', () => {
  it.each([
    [SEED, 'http://news.xjtu.edu.cn/info/1033/140512.htm'],
    [
      'tests/fixtures/pages/lakeside-drupal-robot.html',
      'http://news.lakeside.edu/news/new-robot-does-superior-job-sampling-blood',
    ],
    [
      'tests/fixtures/pages/wordpress-en-news.html',
      'http://news.example.edu/2024/11/25/robotics-team-wins-national-title/',
    ],
  ])('%s: the same fields as extraction over the live page', async (file, url) => {
    const live = inTab(readFileSync(file, 'utf-8'), url);
    const s = await snapshot();
    expect(s.html.startsWith('<!DOCTYPE html><html')).toBe(true);
    expect(s).toMatchObject({ url, charset: 'UTF-8', bytes: null });
    const inPage = extractArticle(live, url, NOW);
    expect(inPage.ok).toBe(true);
    expect(extractFromSnapshot(s, ours(), NOW)).toEqual(inPage);
  });

  it("what the page's scripts changed is what is clipped (a lazy image's src set by script)", async () => {
    const live = inTab(readFileSync(SEED, 'utf-8'), 'http://news.xjtu.edu.cn/info/1033/140512.htm');
    live.querySelector('#vsb_content p.vsbcontent_start')!.append('脚本补上的一句话。');
    live.querySelector('#vsb_content img')!.setAttribute('src', '/lazy/loaded.jpg');
    const r = extractFromSnapshot(await snapshot(), ours(), NOW);
    expect(r.ok && r.draft.textContent).toContain('西安交通大学党委书记卢建军主持会议。脚本补上的一句话。');
    expect(r.ok && r.draft.contentHtml).toContain('src="http://news.xjtu.edu.cn/lazy/loaded.jpg"');
  });

  it('a page whose charset declaration lied: its bytes, fetched again from the page, are read as they are', async () => {
    // The tab shows GB18030 bytes decoded as UTF-8: mojibake full of replacement characters.
    const url = `${origin}/info/1033/140514.htm`;
    inTab(new TextDecoder('utf-8').decode(readFileSync(GBK)), url);
    const s = await snapshot();
    expect(s.bytes).not.toBeNull();
    expect(new Uint8Array(bytesOf(s.bytes!))).toEqual(new Uint8Array(readFileSync(GBK)));
    const r = extractFromSnapshot(s, ours(), NOW);
    expect(r.ok && r.draft.title).toBe(TITLE);
    // Without the bytes the mojibake is all there is: the fetch is what fixes it.
    const shown = extractFromSnapshot({ ...s, bytes: null }, ours(), NOW);
    expect(shown.ok && shown.draft.title).not.toBe(TITLE);
  });

  it('a <base> in the body (a hostile fragment) does not move links and images off the page', () => {
    const url = 'http://news.hostile.edu.cn/info/1/1.htm';
    expect(hostileArticle()).toContain('<base href="http://evil.example/xss-22/">');
    const r = extractFromSnapshot({ html: hostileArticle(), url, charset: 'UTF-8', bytes: null }, ours(), NOW);
    expect(r.ok && r.draft.contentHtml).not.toContain('xss-22');
    expect(r.ok && r.draft.contentHtml).toContain('src="http://news.hostile.edu.cn/info/1/images/47.png"');
    // Past the <noscript> of payload 32, parsed as the tab parses it: the article goes on to its last paragraph.
    expect(r.ok && r.draft.textContent).toContain('This is paragraph 99 of the hostile test article');
  });

  it('a <noscript> holds text, as in a tab; one inside a comment or a script is left alone', () => {
    const html =
      '<p>a</p><noscript><p title="</noscript><img src=x>"></p></noscript><!-- <noscript> --><script>"<noscript>"</script><p>b</p>';
    expect(noscriptAsText(html)).toBe(
      '<p>a</p><noscript>&lt;p title="</noscript><img src=x>"></p></noscript><!-- <noscript> --><script>"<noscript>"</script><p>b</p>',
    );
    const win = ours();
    const doc = new (win as Window & typeof globalThis).DOMParser().parseFromString(noscriptAsText(html), 'text/html');
    expect(doc.querySelector('noscript')!.childNodes.length).toBe(1);
    expect(doc.querySelector('noscript')!.textContent).toBe('<p title="');
    expect([...doc.querySelectorAll('p')].map((p) => p.textContent)).toEqual(['a', '', 'b']);
  });

  it('a page over the limit (in UTF-8 bytes, what the message carries) says its size and carries nothing', async () => {
    inTab(readFileSync(SEED, 'utf-8'), 'http://news.xjtu.edu.cn/info/1033/140512.htm');
    const html = (await snapshot()).html;
    const bytes = Buffer.byteLength(html);
    // Chinese text: more bytes than characters, so a limit between the two is settled by measuring.
    expect(bytes).toBeGreaterThan(html.length + 1000);
    for (const max of [1000, html.length + 10, bytes - 1]) {
      const read = await snapshotOfPage(max);
      expect(read).toEqual({ ok: false, tooBig: max === 1000 ? html.length : bytes });
    }
    expect((await snapshotOfPage(bytes)).ok).toBe(true);
  });

  it('an injection value of another shape is not taken for a snapshot', () => {
    for (const v of [
      null,
      'x',
      { ok: true },
      { ok: true, snapshot: { html: 1, url: '', charset: '', bytes: null } },
      { ok: false },
    ])
      expect(isSnapshotRead(v)).toBe(false);
  });
});

// The page's pass over what it hides is decided by the page's size, not by the clock: on a busy machine (load 8-11) a
// 100 ms clock gave up on ordinary pages, and their hidden text (a stylesheet's display:none) was clipped.
describe("the page's hidden marks on a busy machine", () => {
  /** A page of `n` paragraphs, the 3rd hidden; every visibility check takes `ms` of a clock the test keeps. */
  function busyPage(n: number, ms: number) {
    const paras = Array.from({ length: n }, (_, i) => `<p${i === 2 ? ' class="spam"' : ''}>Absatz ${i}.</p>`);
    const doc = inTab(`<!DOCTYPE html><html><body>${paras.join('')}</body></html>`, 'http://news.example.edu/a');
    let clock = 0;
    const proto = doc.defaultView!.Element.prototype as Element & { checkVisibility: () => boolean };
    proto.checkVisibility = function (this: Element) {
      clock += ms;
      return !this.classList.contains('spam');
    };
    vi.stubGlobal('performance', { now: () => clock });
    vi.stubGlobal('getComputedStyle', () => ({ display: 'none' }));
  }

  it('are sent for an ordinary page however slow each check is', async () => {
    busyPage(3_000, 0.05);
    expect((await snapshot()).hidden).toEqual({ count: 3_000, at: [2], tags: ['p'], sizes: [0] });
  });

  it('are not read on a page too large to pass over (over 40,000 elements), whatever the clock', async () => {
    busyPage(40_001, 0);
    expect((await snapshot()).hidden).toBeUndefined();
  });
});
