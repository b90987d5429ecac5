/**
 * Names written in Chinese that the surname rules never read, each read after a role or an occupation only: Tibetan
 * (tibetan-names.ts), Mongolian (mongolian-names.ts) and Yi (yi-names.ts).
 */
import { mongolianNameAt } from './mongolian-names';
import { tibetanNameAt } from './tibetan-names';
import { yiNameAt } from './yi-names';

/** Such a name at `at` before `after` (what follows a name), or before `subject` (a subject's word) for the Tibetan and Yi. */
export function unsurnamedNameAt(text: string, at: number, after: RegExp, subject: RegExp): string | null {
  return (
    tibetanNameAt(text, at, after) ??
    tibetanNameAt(text, at, subject) ??
    mongolianNameAt(text, at, after) ??
    yiNameAt(text, at, after) ??
    yiNameAt(text, at, subject)
  );
}
