/** Recall and precision of found entities against the hand labels, per kind, summed over pages. */
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Entity } from '../../utils/model/article';
import { extractArticle } from '../../utils/extraction/extract-article';
import { corpus, loadCorpusPage, pageUrl } from './corpus';
import { ENTITY_LABELS, type EntityLabels } from './entity-labels';

export const KINDS = ['person', 'program', 'organization'] as const;
const SEED_URLS: Record<string, string> = {
  'xjtu-webplus-article.html': 'http://news.xjtu.edu.cn/info/1033/140512.htm',
  'sample-edu-climate.html': 'https://news.sample.edu/2025/04/climate-project-seed-grants',
};

/** The article text of a labelled page, as the extractor returns it. */
export function labelledText(key: string): string {
  const seed = key.startsWith('seed:') ? key.slice(5) : null;
  const doc = seed
    ? new JSDOM(readFileSync(`tests/fixtures/pages/${seed}`, 'utf-8'), {
        url: SEED_URLS[seed],
        virtualConsole: new VirtualConsole(),
      }).window.document
    : loadCorpusPage(corpus().find((p) => p.file === key)!);
  const url = seed ? SEED_URLS[seed]! : pageUrl(corpus().find((p) => p.file === key)!);
  const r = extractArticle(doc, url, new Date('2026-11-23'));
  if (!r.ok) throw new Error(`${key}: no article`);
  return r.draft.textContent;
}

export interface Tally {
  found: number;
  right: number;
  labels: number;
  recalled: number;
  wrong: string[];
  missed: string[];
}

/** One page: which found entities are labelled (same kind, any accepted form) and which labels were found. */
export function scoreEntities(found: Entity[], labels: EntityLabels): Record<(typeof KINDS)[number], Tally> {
  const out = {} as Record<(typeof KINDS)[number], Tally>;
  for (const kind of KINDS) {
    const forms = labels[kind].map((l) => l.split('|'));
    const mine = found.filter((e) => e.kind === kind).map((e) => e.text);
    const right = mine.filter((m) => forms.some((f) => f.includes(m)));
    const recalled = forms.filter((f) => f.some((x) => mine.includes(x)));
    out[kind] = {
      found: mine.length,
      right: right.length,
      labels: forms.length,
      recalled: recalled.length,
      wrong: mine.filter((m) => !right.includes(m)),
      missed: forms.filter((f) => !recalled.includes(f)).map((f) => f[0]!),
    };
  }
  return out;
}

export function labelledPages(): string[] {
  return Object.keys(ENTITY_LABELS);
}
