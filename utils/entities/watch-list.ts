/**
 * The user's watch list: names and programs always looked for, with aliases (王树国 = 王校长,
 * “6352”工程 = 6352工程). A clip that mentions one gets it as an entity and as a tag.
 */
import { countOccurrences } from '../model/text';
import type { Entity, EntityKind } from '../model/article';
import { kindOfName } from './find-entities';
import { watchListLines } from './watch-list-lines';
import { foldToSimplified as fold, printedForm } from './zh-fold';

export interface WatchItem {
  name: string;
  aliases: string[];
  kind: EntityKind;
}

/** One item per line: "name = alias = alias" (= or ＝), each with its kind. */
export function parseWatchList(text: string): WatchItem[] {
  return watchListLines(text).map(({ name, aliases }) => ({ name, aliases, kind: kindOfName(name) }));
}

/** Entities with watch-list hits added (counted over name and aliases), and the names hit (for tags). */
export function applyWatchList(
  text: string,
  entities: Entity[],
  items: WatchItem[],
): { entities: Entity[]; hits: string[] } {
  const out = entities.map((e) => ({ ...e }));
  const hits: string[] = [];
  // Names and text are compared folded to simplified: watching 张翔 finds 張翔 on a Hong Kong page, and the
  // entity added is printed as the page prints it.
  const folded = fold(text);
  for (const item of items) {
    const name = fold(item.name);
    const aliases = item.aliases.map(fold);
    // An alias that contains the name (王树国校长 ⊃ 王树国) would be counted twice: count the name's own mentions once.
    const count =
      countOccurrences(folded, name) +
      aliases.filter((a) => !a.includes(name)).reduce((n, a) => n + countOccurrences(folded, a), 0);
    if (!count) continue;
    hits.push(item.name);
    // The name and any alias the finders found on their own (王校长) are one entity: the watched name, counts merged.
    const same = out.filter((e) => fold(e.text) === name || aliases.includes(fold(e.text)));
    const found = same.find((e) => fold(e.text) === name);
    const shown = folded.includes(name) ? printedForm(text, folded, name) : item.name;
    const role = same.find((e) => e.role)?.role ?? null;
    const merged: Entity = found
      ? { ...found, ...(found.kind === 'person' ? { role: found.role ?? role } : {}) }
      : { text: shown, kind: item.kind, ...(item.kind === 'person' ? { role } : {}), count: 0 };
    // `count` already counts the name and its aliases in the text; a finder's own count can only be higher by rule.
    merged.count = Math.max(count, ...same.map((e) => e.count));
    const at = same.length ? out.indexOf(same[0]!) : out.length;
    out.splice(at, 1, merged);
    for (const e of same.slice(1)) out.splice(out.indexOf(e), 1);
  }
  return { entities: out, hits };
}
