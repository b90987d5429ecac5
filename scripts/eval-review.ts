// `npm run eval:review`: scores detection, fields and key names on review sets (scripts/review-score.ts) through the
// extraction modules in Node; `npm run eval:review:browser` scores the same pages through the built extension.
// MISSES=1 lists misses: use it on a tuning set only, never on the sets that check a change. OUT=file.json keeps them.
import { writeFileSync } from 'node:fs';
import { scoreInNode } from './review-node';
import { ReviewTally, reviewPages } from './review-score';

const pages = reviewPages();
const score = new ReviewTally();
for (const page of pages) scoreInNode(page, score);
console.log(score.lines().join('\n'));
if (process.env.MISSES) console.log(`\n${score.misses.join('\n')}`);
const sets = [...new Set(pages.map((p) => p.set))];
if (process.env.OUT)
  writeFileSync(process.env.OUT, JSON.stringify({ sets, tally: score.tally, misses: score.misses }, null, 1));
