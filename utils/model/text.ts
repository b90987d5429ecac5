/** Small text helpers shared by the pure modules. */

/** `s` as a literal inside a regular expression. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** How many times `needle` occurs in `text` (not overlapping); 0 for an empty needle. */
export function countOccurrences(text: string, needle: string): number {
  return needle ? text.split(needle).length - 1 : 0;
}
