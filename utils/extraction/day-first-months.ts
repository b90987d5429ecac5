/**
 * Month names of the languages whose pages print the day first ("28. Januar 2015", "20 janvier 2020", "8 de
 * octubre de 2020"): German, French, Spanish, Italian, Portuguese, Dutch. Only the date reader uses them; kept
 * apart from utils/model/months.ts (English names, shared with the detector) so the detector does not ship them.
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
