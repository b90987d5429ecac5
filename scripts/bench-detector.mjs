// Part of `npm run bench`: what the detector costs every university page load, in real Chromium with the built
// extension. Script time (CDP ScriptDuration) of a page load with the detector, against the same extension whose
// detector is an empty script, in the same run; and the detector bundle's size. Results go to docs/benchmarks.md
// (between the bench-detector markers); tests never assert on time.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startSiteServer } from '../tests/e2e/site-server.mjs';
import { EXTENSION, launch } from '../tests/e2e/browser.mjs';

const PAGES = [
  ['seed article (VSB template)', 'http://news.xjtu.edu.cn/info/1033/140512.htm'],
  ['English article (built page)', 'http://news.listening.edu/2025/04/lab-opens.html'],
];
const RUNS = Number(process.env.RUNS ?? 11);
// Content scripts run at document_idle, after load; this is long enough for the detector to have finished.
const SETTLE_MS = 400;

const detector = readFileSync(resolve(EXTENSION, 'detector.js'));
const empty = mkdtempSync(resolve(tmpdir(), 'cnc-empty-detector-'));
cpSync(EXTENSION, empty, { recursive: true });
writeFileSync(resolve(empty, 'detector.js'), '(function(){})();\n');
// The floor: a detector that reads nothing and only sends its one message (the extension API's first use in the
// page's isolated world costs about as much as the target on its own).
const messageOnly = mkdtempSync(resolve(tmpdir(), 'cnc-message-detector-'));
cpSync(EXTENSION, messageOnly, { recursive: true });
writeFileSync(
  resolve(messageOnly, 'detector.js'),
  '(function(){chrome.runtime.sendMessage({type:"page-detected",isArticle:true}).catch(()=>{})})();\n',
);
// BEFORE_DETECTOR=path/to/detector.js: also measure an earlier build's detector in the same run, for comparison.
// VARIANTS="name=path/to/detector.js;…": more detectors measured in the same run (profiling a change step by step).
const beforeFile = process.env.BEFORE_DETECTOR;
const extra = Object.fromEntries([
  ...(beforeFile ? [['before', beforeFile]] : []),
  ...(process.env.VARIANTS ?? '')
    .split(';')
    .filter(Boolean)
    .map((v) => v.split('=')),
]);
const extraDirs = {};
for (const [name, file] of Object.entries(extra)) {
  extraDirs[name] = mkdtempSync(resolve(tmpdir(), 'cnc-variant-detector-'));
  cpSync(EXTENSION, extraDirs[name], { recursive: true });
  cpSync(file, resolve(extraDirs[name], 'detector.js'));
}

/**
 * Thread (CPU) time, ms, of the detector script's evaluation (compile and run) in one traced load: unlike
 * ScriptDuration it does not grow when other processes take the core, so it compares variants on a loaded machine.
 * The message's reply, handled later, is not in it.
 */
function detectorThreadTime(events) {
  return events
    .filter(
      (e) => e.name === 'EvaluateScript' && e.ph === 'X' && /^chrome-extension:.*detector\.js/.test(e.args?.data?.url),
    )
    .reduce((sum, e) => sum + (e.tdur ?? 0) / 1000, 0);
}

/**
 * ScriptDuration (ms) of each of RUNS loads of each page, for each extension in `dirs` (variant name → folder).
 * One browser per variant, all open at once, and the variants' loads interleaved: on a shared, loaded machine
 * the load changes by the minute, and measuring one variant after another would compare the minutes.
 */
async function measure(dirs, site) {
  const browsers = {};
  const out = {};
  const cpu = {};
  try {
    for (const [v, dir] of Object.entries(dirs)) {
      browsers[v] = await launch({ proxyPort: site.port, extension: dir });
      out[v] = Object.fromEntries(PAGES.map(([name]) => [name, []]));
      cpu[v] = Object.fromEntries(PAGES.map(([name]) => [name, []]));
    }
    for (const [name, url] of PAGES)
      for (let i = 0; i <= RUNS; i++)
        for (const [v, browser] of Object.entries(browsers)) {
          const page = await browser.ctx.newPage();
          const cdp = await browser.ctx.newCDPSession(page);
          await cdp.send('Performance.enable');
          const events = [];
          cdp.on('Tracing.dataCollected', (e) => events.push(...e.value));
          const traced = new Promise((r) => cdp.once('Tracing.tracingComplete', r));
          await cdp.send('Tracing.start', { categories: 'devtools.timeline', transferMode: 'ReportEvents' });
          await page.goto(url, { waitUntil: 'load', timeout: 30_000 });
          await new Promise((r) => setTimeout(r, SETTLE_MS));
          const { metrics } = await cdp.send('Performance.getMetrics');
          await cdp.send('Tracing.end');
          await traced;
          // The first load warms caches (and the huge page's generator); it is not counted.
          if (i > 0) {
            out[v][name].push(metrics.find((m) => m.name === 'ScriptDuration').value * 1000);
            cpu[v][name].push(detectorThreadTime(events));
          }
          await page.close();
        }
  } finally {
    for (const browser of Object.values(browsers)) await browser.close();
  }
  return { out, cpu };
}

const stats = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return { median: s[Math.floor(s.length / 2)], min: s[0], max: s.at(-1) };
};
const ms = (x) => x.toFixed(2);

const site = await startSiteServer();
let out, cpu;
try {
  ({ out, cpu } = await measure({ base: empty, floor: messageOnly, real: EXTENSION, ...extraDirs }, site));
} finally {
  site.server.close();
  for (const dir of [empty, messageOnly, ...Object.values(extraDirs)]) rmSync(dir, { recursive: true, force: true });
}
const cell = (x) => `${ms(x.median)} (${ms(x.min)}–${ms(x.max)})`;
/** One row per page: each variant's median (min–max), and what it adds to the empty script's median. */
const rowsOf = (data) =>
  PAGES.map(([name]) => {
    const b = stats(data.base[name]);
    const r = stats(data.real[name]);
    const f = stats(data.floor[name]);
    const added = r.median - b.median;
    const extraCells = Object.keys(extra).map((v) => {
      const x = stats(data[v][name]);
      return ` ${cell(x)}, adds ${ms(x.median - b.median)} |`;
    });
    return `| ${name} | ${cell(b)} | ${cell(f)}, adds ${ms(f.median - b.median)} | ${cell(r)} | ${ms(added)} (min ${ms(r.min - b.min)}) | ≤ 1 |${extraCells.join('')}${added > 1 ? ' **over target**' : ''}`;
  });
const header = (what) => [
  `| page | empty content script, ${what} | message only, ${what} | detector, ${what} | added by the detector, ms | target ms |${Object.entries(
    extra,
  )
    .map(([v, f]) => ` ${v} (${f}), ${what} |`)
    .join('')}`,
  `|---|---|---|---|---|---|${'---|'.repeat(Object.keys(extra).length)}`,
];
const kb = (n) => (n / 1024).toFixed(2);
const table = [
  `Chromium (headless, Debian), ${RUNS} loads of each page per variant after one warm-up load, the variants' loads interleaved; ScriptDuration from CDP`,
  `Performance.getMetrics ${SETTLE_MS} ms after load (page scripts included, the same in both variants). "Empty" is the`,
  'same built extension with detector.js replaced by an empty script; "message only" by a script that sends the',
  "detector's message and reads nothing (the floor any detector that reports pays); all measured in the same run. Load average when",
  `measured: ${loadavg()[0].toFixed(1)} on ${(await import('node:os')).cpus().length} cores (times are wall-clock: on a loaded machine the minimum is the truest).`,
  '',
  ...header('ScriptDuration median ms (min–max)'),
  ...rowsOf(out),
  '',
  "The same loads, thread (CPU) time of the detector script's evaluation from a trace (EvaluateScript `tdur`: its",
  'compile and run, not the reply to its message); it does not count time the core spent on other processes:',
  '',
  ...header('thread ms median (min–max)'),
  ...rowsOf(cpu),
  '',
  `Detector bundle (.output/chrome-mv3/detector.js): ${kb(detector.length)} KB raw, ${kb(gzipSync(detector).length)} KB gzip (target ≤ 8 KB).` +
    Object.entries(extra)
      .map(([v, f]) => ` ${v}: ${kb(readFileSync(f).length)} KB raw, ${kb(gzipSync(readFileSync(f)).length)} KB gzip.`)
      .join(''),
].join('\n');
console.log(table);
if (process.env.NO_DOC) process.exit(0);
const doc = 'docs/benchmarks.md';
let text = readFileSync(doc, 'utf-8');
if (!text.includes('<!-- bench-detector:start -->'))
  text +=
    '\n## The detector on every page load (issue 12)\n\n<!-- bench-detector:start -->\n<!-- bench-detector:end -->\n';
writeFileSync(
  doc,
  text.replace(/(<!-- bench-detector:start -->\n)[\s\S]*(<!-- bench-detector:end -->)/, `$1${table}\n$2`),
);
