/**
 * Tuning set and check set, split by site so that one template is never in both. Work looks only at tuning
 * failures; the check set says whether a rule generalises (a rule that lifts tuning and not check is fitting).
 * The split is a hash of the page's registrable domain: stable, and blind to what the pages contain.
 */
import { createHash } from 'node:crypto';
import { pageUrl, type CorpusPage } from './corpus';

export type CorpusSplit = 'tuning' | 'check';

// Second-level labels under which a registrable domain has three labels (news.xjtu.edu.cn → xjtu.edu.cn).
const SECOND_LEVEL = /^(ac|edu|com|net|org|gov|co|or|ne|go)$/;

/** The registrable domain of a host, close enough for grouping test pages by site. */
export function siteOf(host: string): string {
  const labels = host
    .toLowerCase()
    .replace(/^www\./, '')
    .split('.');
  const n = labels.length >= 3 && SECOND_LEVEL.test(labels[labels.length - 2]!) ? 3 : 2;
  return labels.slice(-n).join('.');
}

/** About 60 % of sites tune, 40 % check. */
export function splitOf(p: CorpusPage): CorpusSplit {
  let host = 'unknown';
  try {
    host = new URL(pageUrl(p)).hostname;
  } catch {
    /* a page without an address is grouped with the others that have none */
  }
  const byte = createHash('sha256').update(siteOf(host)).digest()[0]!;
  return byte % 10 < 6 ? 'tuning' : 'check';
}
