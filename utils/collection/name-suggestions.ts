/**
 * What the person/program filter offers while a name is typed: the collection's names that hold the typed text
 * anywhere (a surname, a family name, part of a program), in either Chinese script and any case, most frequent
 * first. Names come from facetsOf already in that order.
 */
import { foldHan } from '../model/han-fold';

/** How many names the list offers at once: a datalist of thousands is slow to draw and unreadable. */
export const SUGGESTED_NAMES = 50;

/** A name as matching compares it. */
export const nameKey = (name: string): string => foldHan(name).toLowerCase();

export interface NameMatches {
  /** Up to SUGGESTED_NAMES names holding the typed text, most frequent first (the most frequent when none is typed). */
  offered: string[];
  /** How many names hold it in all. */
  count: number;
  /** Whether it is a name as typed (the filter then finds its articles). */
  exact: boolean;
}

/** The names (`keys`: their nameKey, same order) that hold `typed`. */
export function matchNames(names: readonly string[], keys: readonly string[], typed: string): NameMatches {
  const want = nameKey(typed.trim());
  const offered: string[] = [];
  let count = 0;
  let exact = false;
  for (let i = 0; i < keys.length; i++) {
    if (!keys[i]!.includes(want)) continue;
    if (count++ < SUGGESTED_NAMES) offered.push(names[i]!);
    // As the filter compares (query.ts selectCards): folded, any case.
    exact ||= keys[i] === want;
  }
  return { offered, count, exact };
}
