// `vite-node scripts/eval-dates.ts`: the date rows of `npm run eval` alone (tuning and check), in a minute instead
// of ten, for work on the date reader. Misses are listed for the tuning set only; the check set gives its counts.
import { requireCorpus, corpusAll } from '../tests/corpus/corpus';
import { scorePage } from '../tests/corpus/score';
import { splitOf } from '../tests/corpus/split';
import { GROUPS, SPLITS, nodeDraft, pct } from '../tests/corpus/eval-groups';

requireCorpus();
const all = corpusAll();
const misses: string[] = [];
for (const [name, keep] of GROUPS) {
  const cells = SPLITS.map((split) => {
    const pages = all.filter((p) => keep(p) && splitOf(p) === split && scorePage(p, null).date !== null);
    const scores = pages.map((p) => scorePage(p, nodeDraft(p)).date!);
    if (split === 'tuning')
      scores.forEach((s, i) => s.ok || misses.push(`- ${pages[i]!.file}: want ${s.want}, got ${s.got}`));
    return pct(scores.filter((s) => s.ok).length, scores.length);
  });
  console.log(`| ${name} | date | ${cells.join(' | ')} |`);
}
console.log(`Tuning misses:\n${misses.join('\n')}`);
