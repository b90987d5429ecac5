// axe-core in a page of the built extension: the serious and critical violations of the page as it is now.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf-8');

/** Serious and critical axe violations of the page as it is now, one line each (rule: elements). */
export async function axeViolations(p) {
  await p.evaluate(AXE);
  const r = await p.evaluate(() => window.axe.run(document, { resultTypes: ['violations'] }));
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
