/** Recall and precision of found entities against the hand labels, per kind, summed over pages. */
import { namesText } from '../../utils/model/standfirst';
import { readFileSync } from 'node:fs';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { Entity } from '../../utils/model/article';
import { extractArticle } from '../../utils/extraction/extract-article';
import { corpusAll, loadCorpusPage, pageUrl, type CorpusPage } from './corpus';
import { ENTITY_LABELS, type EntityLabels } from './entity-labels';

export const KINDS = ['person', 'program', 'organization'] as const;
const SEED_URLS: Record<string, string> = {
  'xjtu-webplus-article.html': 'http://news.xjtu.edu.cn/info/1033/140512.htm',
  'sample-edu-climate.html': 'https://news.sample.edu/2025/04/climate-project-seed-grants',
};

/** The article text of a labelled page, as the extractor returns it. */
export function labelledText(key: string): string {
  return labelledPage(key).text;
}

/** A labelled page's text and language (Draft.lang), as the extractor returns them: what save-draft passes on. */
export function labelledPage(key: string): { text: string; lang: string } {
  const seed = key.startsWith('seed:') ? key.slice(5) : null;
  const doc = seed
    ? new JSDOM(readFileSync(`tests/fixtures/pages/${seed}`, 'utf-8'), {
        url: SEED_URLS[seed],
        virtualConsole: new VirtualConsole(),
      }).window.document
    : loadCorpusPage(corpusAll().find((p) => p.file === key)!);
  const url = seed ? SEED_URLS[seed]! : pageUrl(corpusAll().find((p) => p.file === key)!);
  const r = extractArticle(doc, url, new Date('2026-11-23'));
  if (!r.ok) throw new Error(`${key}: no article`);
  return { text: namesText(r.draft), lang: r.draft.lang };
}

export interface Tally {
  found: number;
  right: number;
  labels: number;
  recalled: number;
  wrong: string[];
  missed: string[];
}

/**
 * One page: which found entities are labelled (same kind, any accepted form) and which labels were found. A kind
 * the labels leave out (real2 names no organizations) counts nothing either way.
 */
export function scoreEntities(found: Entity[], labels: Partial<EntityLabels>): Record<(typeof KINDS)[number], Tally> {
  const out = {} as Record<(typeof KINDS)[number], Tally>;
  for (const kind of KINDS) {
    if (!labels[kind]) {
      out[kind] = { found: 0, right: 0, labels: 0, recalled: 0, wrong: [], missed: [] };
      continue;
    }
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

/** The article text and language of a corpus page (either set), as the extractor returns them; null when none. */
export function articleText(p: CorpusPage): { text: string; lang: string } | null {
  const r = extractArticle(loadCorpusPage(p), pageUrl(p), new Date('2026-11-23'));
  return r.ok ? { text: namesText(r.draft), lang: r.draft.lang } : null;
}

/**
 * real2's answers name key people and programs (not organizations). Names that never occur in the article text
 * (an author printed only in the byline) are left out: entity finding reads the text.
 */
export function real2Labels(): { page: CorpusPage; text: string; lang: string; labels: Partial<EntityLabels> }[] {
  const out: { page: CorpusPage; text: string; lang: string; labels: Partial<EntityLabels> }[] = [];
  for (const page of corpusAll()) {
    const gt = page.ground_truth as { people?: string[]; programs?: string[] };
    if (!/real2$/.test(page.root) || (!gt.people && !gt.programs)) continue;
    const a = articleText(page);
    if (!a) continue;
    const { text, lang } = a;
    const inText = (names: string[] | undefined) => (names ?? []).filter((n) => text.includes(n));
    out.push({ page, text, lang, labels: { person: inText(gt.people), program: inText(gt.programs) } });
  }
  return out;
}
