/**
 * The shared corpus (../shared/fixtures/real) as tests and `npm run eval` read it: decoded the way a
 * browser would (bytes as the manifest's `encoding` says), CleanEval's added first line removed, and
 * each page given the address it was served from.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

/** The shared fixtures folder: `CORPUS_DIR`, or `../shared/fixtures` beside the checkout. */
export const CORPUS_DIR = resolve(process.env.CORPUS_DIR ?? resolve(__dirname, '../../../shared/fixtures'));
export const CORPUS = resolve(CORPUS_DIR, 'real');

/** Thrown (once, by the corpus config's global setup) when the corpus is not there: one clear message. */
export function requireCorpus(): void {
  if (!corpusAvailable())
    throw new Error(
      `The shared test corpus is missing: no ${resolve(CORPUS, 'manifest.json')}.\n` +
        'These tests read real pages kept outside the repository. Set CORPUS_DIR to the fixtures folder ' +
        '(the one holding real/ and real2/), or place shared/ beside the checkout. `npm test` does not need it.',
    );
}

export interface CorpusPage {
  /** Path under `root`, e.g. `zh-univ/nju-itsc-news-a.html`. */
  file: string;
  /** The folder holding the page's manifest: `…/real` or `…/real2`. */
  root: string;
  url?: string | null;
  language?: string;
  category: string;
  encoding: string;
  ground_truth: Record<string, unknown> & { url?: string | null; title?: string; date?: string | null };
}

// Pages whose answers carry no address: the host their own links imply, and a path of the CMS's usual shape.
const IMPLIED_URLS: Record<string, string> = {
  'zh-univ/nju-itsc-news-a.html': 'https://itsc.nju.edu.cn/2021/0716/c21496a536579/page.htm',
  'zh-univ/nju-itsc-news-b.html': 'https://itsc.nju.edu.cn/2021/0409/c21496a514925/page.htm',
  'zh-univ/sxmu-jijian-1.html': 'http://jijian.sxmu.edu.cn/info/1081/978.htm',
  'zh-univ/bjmu-news-4fa9dfe4.html': 'http://bynews.bjmu.edu.cn/rwjj/2005rw/4fa9dfe4.htm',
  'zh-univ/pku-ccer-2168485b.html': 'http://ccer.pku.edu.cn/cn/ReadNews.asp?NewsID=2168',
  'zh-univ-neg/nju-itsc-home.html': 'https://itsc.nju.edu.cn/main.htm',
  'zh-univ-neg/nju-itsc-list.html': 'https://itsc.nju.edu.cn/21496/list.htm',
};

export function corpusAvailable(): boolean {
  return existsSync(resolve(CORPUS, 'manifest.json'));
}

function manifest(root: string): CorpusPage[] {
  const pages = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf-8')) as Omit<CorpusPage, 'root'>[];
  return pages.map((p) => ({ ...p, root }));
}

/** The first set (`real/`): the pages the golden tests have always read. */
export function corpus(): CorpusPage[] {
  return manifest(CORPUS);
}

/** Both sets, `real/` and `real2/` (the second holds more university pages, news in many languages and dates). */
export function corpusAll(): CorpusPage[] {
  const real2 = resolve(CORPUS_DIR, 'real2');
  return [...corpus(), ...(existsSync(resolve(real2, 'manifest.json')) ? manifest(real2) : [])];
}

export function pageUrl(p: CorpusPage): string {
  return IMPLIED_URLS[p.file] ?? p.ground_truth.url ?? p.url ?? `http://example.com/${p.file}`;
}

/** The charset the page's bytes are in, from the manifest's `encoding` (what its server sent). */
export function corpusCharset(p: CorpusPage): string {
  return /utf-?8/i.test(p.encoding)
    ? 'utf-8'
    : /gb/i.test(p.encoding)
      ? 'gb18030'
      : /1250/.test(p.encoding)
        ? 'windows-1250'
        : /8859|1252|ascii/i.test(p.encoding)
          ? 'windows-1252'
          : 'utf-8';
}

// CleanEval's wrapper line, which its crawler added before the page.
const CLEANEVAL_LINE = /^<text id=[^>]*>\s*/;

/** The page's bytes as its server sent them: CleanEval's wrapper line dropped (it is ASCII, so bytes stay bytes). */
export function corpusBytes(p: CorpusPage): Buffer {
  return Buffer.from(readFileSync(resolve(p.root, p.file)).toString('latin1').replace(CLEANEVAL_LINE, ''), 'latin1');
}

// windows-1252's bytes 0x80–0x9F (curly quotes, dashes, €) as browsers decode them (WHATWG). Node ≥ 20.18.3 decodes
// them as Latin-1's C1 controls (nodejs/node#60888), which the eval then read as nothing ("One persons reality");
// found by `npm run eval:browser`, where Chromium shows "person’s".
const CP1252_HIGH = '€\x81‚ƒ„…†‡ˆ‰Š‹Œ\x8dŽ\x8f\x90‘’“”•–—˜™š›œ\x9džŸ';

/** Bytes decoded as a browser decodes them in `charset` (one of corpusCharset's answers). */
export function decodeAs(bytes: Uint8Array, charset: string): string {
  const text = new TextDecoder(charset).decode(bytes);
  return charset === 'windows-1252' ? text.replace(/[\x80-\x9f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** The page as a browser would have it: decoded, CleanEval wrapper line dropped, at its address. */
export function loadCorpusPage(p: CorpusPage): Document {
  const html = decodeAs(corpusBytes(p), corpusCharset(p));
  // A silent console: old pages' CSS and scripts fill the output with parse errors otherwise.
  return new JSDOM(html, { url: pageUrl(p), virtualConsole: new VirtualConsole() }).window.document;
}

/** A page on a university's site, article or not (zh-univ, en-univ, univ-article, univ-nonarticle, …). */
export const onUniversityPage = (p: CorpusPage) => /(^|-)univ(-|$)/.test(p.category);

/** Expected detection verdict, or undefined for pages whose category says nothing about it. */
export function expectedDetection(p: CorpusPage): boolean | undefined {
  if (p.category === 'zh-univ-article' || p.category === 'en-univ-article') return true;
  // real2: an article counts only on a university's own host (the detector runs nowhere else).
  if (p.category === 'univ-article') return p.ground_truth.is_university_host !== false;
  if (p.category === 'univ-nonarticle' || p.category === 'news') return false;
  if (/negative|zh-news|dates/.test(p.category)) return false;
  return undefined;
}
