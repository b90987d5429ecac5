// `npx vite-node scripts/eval-body.ts`: the eval's body rows alone (bodyStart, bodyEnd, noFurniture) for the
// university and news groups, our extractor only: a quick check of body-cleaning rules before the full `npm run
// eval`. Tuning misses are listed; the check set only in aggregate (tests/corpus/split.ts). EVAL_EDGES=1 also
// prints each tuning page's first and last lines of body.
import { requireCorpus, corpusAll, type CorpusPage } from '../tests/corpus/corpus';
import { scorePage, type PageScore } from '../tests/corpus/score';
import { splitOf } from '../tests/corpus/split';
import { GROUPS, SPLITS, nodeDraft, pct } from '../tests/corpus/eval-groups';

requireCorpus();
const BODY_FIELDS = ['bodyStart', 'bodyEnd', 'noFurniture'] as const;
const all = corpusAll();
const out: string[] = [];
for (const [name, keep] of GROUPS.slice(0, 2)) {
  for (const split of SPLITS) {
    const pages: CorpusPage[] = all.filter((p) => keep(p) && splitOf(p) === split);
    const scored = pages.map((p) => {
      const d = nodeDraft(p);
      return { p, d, s: scorePage(p, d) as PageScore };
    });
    const row = BODY_FIELDS.map((f) => {
      const n = scored.filter(({ s }) => s[f]).length;
      return `${f} ${pct(scored.filter(({ s }) => s[f]?.ok).length, n)}`;
    });
    out.push(`${name} · ${split}: ${row.join(' · ')}`);
    if (split !== 'tuning') continue;
    for (const { p, d, s } of scored) {
      for (const f of BODY_FIELDS)
        if (s[f] && !s[f]!.ok) out.push(`  - ${p.file} · ${f}: want \`${s[f]!.want}\`, got \`${s[f]!.got}\``);
      if (process.env.EVAL_EDGES) {
        const lines = (d?.textContent ?? '').split('\n');
        out.push(`  # ${p.file}`, ...lines.slice(0, 3).map((l) => `    ^ ${l.slice(0, 110)}`));
        out.push(...lines.slice(Math.max(3, lines.length - 4)).map((l) => `    $ ${l.slice(0, 110)}`));
      }
    }
  }
}
console.log(out.join('\n'));
