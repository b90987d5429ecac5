// Recall and precision of key names (people, programs, organizations) over the hand-labelled pages, by
// language and kind, with every wrong and missed name listed: the entity half of `npm run eval`.
import { findEntities } from '../utils/entities/find-entities';
import { ENTITY_LABELS } from '../tests/corpus/entity-labels';
import { KINDS, labelledPages, labelledText, scoreEntities } from '../tests/corpus/entity-score';

const pct = (ok: number, n: number) => (n ? `${Math.round((100 * ok) / n)} % (${ok}/${n})` : '–');

export function entityTable(): string {
  const rows = new Map<string, [number, number, number, number]>();
  const notes: string[] = [];
  const add = (id: string, v: number[]) =>
    rows.set(id, (rows.get(id) ?? [0, 0, 0, 0]).map((x, i) => x + v[i]!) as [number, number, number, number]);
  for (const key of labelledPages()) {
    const lang = /^zh-|seed:xjtu/.test(key) ? 'Chinese' : 'English';
    const s = scoreEntities(findEntities(labelledText(key)), ENTITY_LABELS[key]!);
    for (const k of KINDS) {
      const v = [s[k].found, s[k].right, s[k].labels, s[k].recalled];
      add(`${lang} · ${k}`, v);
      add('All', v);
      if (s[k].wrong.length) notes.push(`- ${key} · ${k} wrongly: ${s[k].wrong.join(', ')}`);
      if (s[k].missed.length) notes.push(`- ${key} · ${k} missed: ${s[k].missed.join(', ')}`);
    }
  }
  const lines = ['| key names | precision | recall |', '|---|---|---|'];
  for (const [id, [f, r, l, rc]] of [...rows].sort(([a], [b]) =>
    a === 'All' ? 1 : b === 'All' ? -1 : a.localeCompare(b),
  )) {
    lines.push(`| ${id} | ${pct(r, f)} | ${pct(rc, l)} |`);
  }
  return `Key names on ${labelledPages().length} hand-labelled pages (tests/corpus/entity-labels.ts):\n\n${lines.join('\n')}\n\n${notes.join('\n')}\n`;
}
