// Builds in turns through scripts/bench-collection-profile.mjs (no CPU profile): each round imports the same N
// articles into each build in a fresh browser, one after another, so the builds share the machine's load. Prints
// each import and then, per build, the median (min–max) of its wall time and of the CPU seconds of its busiest
// threads (the offscreen document's, IndexedDB's, the segment worker's) and of all the browser's processes: on a
// loaded machine the CPU figures separate builds that the wall time cannot (docs/benchmarks.md, sessions 18 and 22).
// BENCH_TURNS_BUILDS=label=path,… (required), BENCH_TURNS_ROUNDS (default 3), BENCH_PROFILE_N (default 4,000).
import { spawnSync } from 'node:child_process';
import { loadavg } from 'node:os';

const BUILDS = (process.env.BENCH_TURNS_BUILDS ?? '').split(',').filter(Boolean);
if (BUILDS.length < 1) throw new Error('BENCH_TURNS_BUILDS=label=path,… names the builds');
const ROUNDS = Number(process.env.BENCH_TURNS_ROUNDS ?? 3);
const N = process.env.BENCH_PROFILE_N ?? '4000';
// The threads of bench-collection-profile.mjs's "CPU s by thread" line, by the names Chromium gives them.
const THREADS = {
  'page (offscreen + popup)': 'renderer chromium',
  IndexedDB: 'browser ThreadPoolForeg',
  'segment worker': 'renderer DedicatedWorker',
};

const runs = new Map(BUILDS.map((b) => [b.split('=')[0], []]));
for (let round = 1; round <= ROUNDS; round++)
  for (const b of BUILDS) {
    const [label, path] = b.split('=');
    const load = loadavg()[0].toFixed(1);
    const r = spawnSync('node', ['scripts/bench-collection-profile.mjs'], {
      env: { ...process.env, BENCH_PROFILE_CPU: '0', BENCH_PROFILE_N: N, BENCH_PROFILE_EXTENSION: path },
      encoding: 'utf-8',
      maxBuffer: 1 << 26,
    });
    const total = /import of \d+: (\d+) ms, ([\d.]+) CPU s/.exec(r.stdout);
    const byThread = /CPU s by thread[^:]*: (.*)/.exec(r.stdout)?.[1] ?? '';
    if (!total) throw new Error(`${label}: no import figure\n${r.stdout}\n${r.stderr}`);
    const cpu = Object.fromEntries(
      Object.entries(THREADS).map(([name, thread]) => [
        name,
        Number(new RegExp(`${thread} ([\\d.]+)`).exec(byThread)?.[1] ?? 0),
      ]),
    );
    const run = { wall: Number(total[1]) / 1000, all: Number(total[2]), ...cpu, load };
    runs.get(label).push(run);
    console.log(`round ${round} ${label} (load ${load}): ${JSON.stringify(run)}`);
  }

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const cell = (xs) => `${median(xs).toFixed(1)} (${Math.min(...xs).toFixed(1)}–${Math.max(...xs).toFixed(1)})`;
const columns = ['wall', 'all', ...Object.keys(THREADS)];
console.log(`\n${N} articles, ${ROUNDS} rounds, seconds, median (min–max):`);
console.log(`| build | import (wall) | CPU, all processes | ${Object.keys(THREADS).join(' | ')} | load |`);
console.log(`|${'---|'.repeat(columns.length + 2)}`);
for (const [label, rs] of runs)
  console.log(
    `| ${label} | ${columns.map((c) => cell(rs.map((r) => r[c]))).join(' | ')} | ${rs.map((r) => r.load).join(', ')} |`,
  );
