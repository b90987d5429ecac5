/**
 * A name after a role that no listed word follows (副校长潘晓红深入招聘现场, 指导教师刘洋、杨晓燕、马俊利用暑假): read where
 * the browser's own Chinese word breaker (Intl.Segmenter, ICU's dictionary) leaves the surname and each given-name
 * character a word of their own, and the next word is a word of two characters or more (深入, 利用). The dictionary
 * knows its words, and splits the names it does not know into characters: a word it knows (高度, 任务, 会上) opens
 * no name (校长高度评价). Round 57 (R312).
 */
import { isName } from './zh-name-shape';
import { NOT_IN_NAME, VERB_INSIDE } from './zh-name-cues';

const WORDS = typeof Intl.Segmenter === 'function' ? new Intl.Segmenter('zh', { granularity: 'word' }) : null;

/** The name of three characters, else two, at `at` that the word breaker reads as single characters before a word. */
export function segmentedNameAt(text: string, at: number): string | null {
  // The role before must end where a word does: 中联重科长沙麓谷 and 指导师范生 hold 科长 and 导师 inside other words.
  const words = wordsFrom(text, at, 8);
  if (!words) return null;
  for (const n of [3, 2]) {
    const name = words.slice(0, n).join('');
    const next = words[n] ?? '';
    if (words.slice(0, n).some((w) => w.length !== 1) || !/^\p{Script=Han}{2,}$/u.test(next)) continue;
    if (isName(name) && !NOT_IN_NAME.test(name) && !VERB_INSIDE.test(name)) return name;
  }
  return null;
}

/**
 * Whether a word begins at `at` for the word breaker: a role read after a name must (学校长期 holds no 校长, 老師傅 no
 * 師傅: 李红梅对学校长期 named 梅对学; round 57, R314). True where no breaker is at hand.
 */
export function wordStartsAt(text: string, at: number): boolean {
  return !WORDS || wordsFrom(text, at, 6) !== null;
}

/**
 * The words from `at` on, up to `ahead` characters, read with six characters before for context; null when no word
 * begins at `at` (or no breaker is at hand).
 */
function wordsFrom(text: string, at: number, ahead: number): string[] | null {
  if (!WORDS) return null;
  const from = Math.max(0, at - 6);
  const all = [...WORDS.segment(text.slice(from, at + ahead))];
  const first = all.findIndex((s) => s.index === at - from);
  return first < 0 ? null : all.slice(first).map((s) => s.segment);
}
