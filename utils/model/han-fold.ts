/**
 * Traditional Chinese folded to simplified, one character for one, so that 張翔 and 张翔, 香港大學 and 香港大学 are the
 * same words to search (and offsets into the folded text are offsets into the printed one). Character by character:
 * OpenCC's phrase rules (計畫 → 计划) are not applied, so both sides of a comparison must be folded the same way.
 */
import { HAN_FOLD_GAPS, HAN_FOLD_OFFSETS } from './han-fold-table';

let table: { first: number; to: Uint16Array } | undefined;

/** For each code point from the first traditional one on, its simplified form's or 0: one read per character. */
function built(): { first: number; to: Uint16Array } {
  if (!table) {
    const offsets = HAN_FOLD_OFFSETS.split(',');
    const codes: number[] = [];
    let code = 0;
    for (const gap of HAN_FOLD_GAPS.split(',')) codes.push((code += parseInt(gap, 36)));
    const first = codes[0]!;
    const to = new Uint16Array(codes[codes.length - 1]! - first + 1);
    codes.forEach((c, i) => (to[c - first] = c - parseInt(offsets[i]!, 36)));
    table = { first, to };
  }
  return table;
}

/** `text` with every traditional character that has a common simplified form replaced by it; same length. */
export function foldHan(text: string): string {
  const { first, to } = built();
  let out: string[] | undefined;
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const s = c >= first ? to[c - first] : 0;
    if (!s) continue;
    (out ??= []).push(text.slice(from, i), String.fromCharCode(s));
    from = i + 1;
  }
  return out ? out.join('') + text.slice(from) : text;
}
