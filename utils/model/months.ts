/** English month names as campus pages print them (April, Apr., Sept), for the date readers. */

/** Regex source of a month name, lower case, without a capture group; an optional full stop follows. */
export const MONTH_NAME =
  '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';

/** The month's number from any of those spellings ("Sept." → 9), or 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().replace(/\.$/, '');
  return MONTHS[key.slice(0, key.startsWith('sept') ? 4 : 3)] ?? 0;
}

const MONTHS: Record<string, number> = {
  jan: 1,
  feb: 2,
  mar: 3,
  apr: 4,
  may: 5,
  jun: 6,
  jul: 7,
  aug: 8,
  sep: 9,
  sept: 9,
  oct: 10,
  nov: 11,
  dec: 12,
};

/**
 * Month names of the languages whose pages print the day first ("28. Januar 2015", "20 janvier 2020", "8 de
 * octubre de 2020"): German, French, Spanish, Italian, Portuguese, Dutch. Only the date reader uses them.
 */
const DAY_FIRST_MONTHS: Record<string, number> = Object.fromEntries(
  [
    ['januar', 'jänner', 'janvier', 'enero', 'gennaio', 'janeiro', 'januari'],
    ['februar', 'février', 'febrero', 'febbraio', 'fevereiro', 'februari'],
    ['märz', 'mars', 'marzo', 'março', 'maart'],
    ['april', 'avril', 'abril', 'aprile'],
    ['mai', 'mayo', 'maggio', 'maio', 'mei'],
    ['juni', 'juin', 'junio', 'giugno', 'junho'],
    ['juli', 'juillet', 'julio', 'luglio', 'julho'],
    ['august', 'août', 'agosto', 'augustus'],
    ['september', 'septembre', 'septiembre', 'setiembre', 'settembre', 'setembro'],
    ['oktober', 'octobre', 'octubre', 'ottobre', 'outubro'],
    ['november', 'novembre', 'noviembre', 'novembro'],
    ['dezember', 'décembre', 'diciembre', 'dicembre', 'dezembro', 'december'],
  ].flatMap((names, i) => names.map((n) => [n, i + 1] as const)),
);

/** Regex source of those month names, without a capture group. */
export const DAY_FIRST_MONTH_NAME = Object.keys(DAY_FIRST_MONTHS)
  .sort((a, b) => b.length - a.length)
  .join('|');

/** The month's number from a day-first language's name ("März" → 3), or 0. */
export function dayFirstMonthNumber(name: string): number {
  return DAY_FIRST_MONTHS[name.toLowerCase()] ?? 0;
}
