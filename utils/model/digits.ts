/**
 * Decimal digits of every script read as ASCII ones, one character for one so positions hold: Arabic-Indic (١٢),
 * Persian (۱۲), Devanagari (१२), Gurmukhi, Telugu, Thai, full-width (１２) … Unicode keeps each script's digits as a
 * run of ten code points, zero first, so a digit's value is its distance from the run's start: no table per script.
 */
const DIGIT = /\p{Nd}/u;
const OTHER = /[^\p{ASCII}]/u;
const ALL_DIGITS = /\p{Nd}/gu;

/** The value of a decimal digit: its distance from the start of its run, modulo ten (runs may hold several scripts'). */
function digitValue(c: string): string {
  const code = c.codePointAt(0)!;
  let zero = code;
  while (code - zero < 60 && DIGIT.test(String.fromCodePoint(zero - 1))) zero--;
  return String((code - zero) % 10);
}

/** `text` with every non-ASCII decimal digit written as its ASCII one. */
export function asciiDigits(text: string): string {
  // Astral digits (mathematical ones) are left: two code units for one would move every position after them.
  return OTHER.test(text) ? text.replace(ALL_DIGITS, (c) => (c <= '9' || c.length > 1 ? c : digitValue(c))) : text;
}
