/**
 * Month names of every language Node's ICU carries (CLDR), for the date reader (utils/extraction/cldr-months.ts).
 * Until round 57 each language's months were written by hand the round a page in it failed (Malagasy, Setswana,
 * isiXhosa …): a page in a language no round had met lost its date and often its detection. CLDR holds ~460
 * languages' Gregorian months as pages print them after a day ("23 Gashyantare 2024"), the genitive where a language
 * has one. Only the full names are kept: the abbreviations are mostly three letters, many of them words of other
 * languages (here, now, can). A name two languages give different months (nyakanga: July in Kinyarwanda, September in
 * Kirundi) is left out, as is one with a digit (2月) or shorter than three letters. Written by
 * scripts/write-cldr-months.ts; a unit test checks it is current.
 */
import { resolve } from 'node:path';

export const MONTHS_FILE = resolve(__dirname, '../utils/extraction/cldr-months.ts');

/** Every two- and three-letter language code the running ICU formats dates in. */
function languages(): string[] {
  const a = 'abcdefghijklmnopqrstuvwxyz';
  const codes: string[] = [];
  for (const x of a) for (const y of a) codes.push(x + y, ...[...a].map((z) => x + y + z));
  return codes.filter((c) => Intl.DateTimeFormat.supportedLocalesOf([c]).length > 0);
}

/** A language's names for one month: as printed in a date (format context) and standing alone. */
function namesOf(lang: string, month: number): string[] {
  const day = new Date(Date.UTC(2024, month, 15, 12));
  const inDate = new Intl.DateTimeFormat(lang, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' })
    .formatToParts(day)
    .find((p) => p.type === 'month')?.value;
  const alone = new Intl.DateTimeFormat(lang, { month: 'long', timeZone: 'UTC' }).format(day);
  return [inDate ?? '', alone].map((n) => n.toLowerCase().replace(/\.$/, '').trim());
}

/** Twelve rows, January to December, each the month's names apart by |. */
export function cldrMonthRows(): string[] {
  const monthsOf = new Map<string, Set<number>>();
  for (const lang of languages())
    for (let m = 0; m < 12; m++)
      for (const n of namesOf(lang, m)) {
        if (n.length < 3 || !/^[\p{L}\p{M}][\p{L}\p{M} '’-]*$/u.test(n)) continue;
        monthsOf.set(n, (monthsOf.get(n) ?? new Set()).add(m));
      }
  const rows: string[][] = Array.from({ length: 12 }, () => []);
  for (const [n, ms] of monthsOf) if (ms.size === 1) rows[[...ms][0]!]!.push(n);
  return rows.map((r) => r.sort().join('|'));
}

/** The module's text. */
export function cldrMonthsModule(): string {
  const rows = cldrMonthRows()
    .map((r) => `  '${r.replace(/'/g, "\\'")}',`)
    .join('\n');
  return `// Written by scripts/write-cldr-months.ts from CLDR ${process.versions.cldr} (Node's ICU); do not edit.
/** Full month names of every language CLDR holds, January to December, names apart by |. */
export const CLDR_MONTH_ROWS: readonly string[] = [
${rows}
];
`;
}
