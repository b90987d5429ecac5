/**
 * A meta line's labelled fields ("来源：党委宣传部 | 文字：王海 编辑：李明", "文/王海", "撰稿 | 俞佳宁"): the labels
 * meta-labels.ts holds, found where a colon, a slash or a spaced bar follows them (split from meta-line.ts).
 */
import { VIEW_LABELS } from './view-counter';
import { BARE_LABELS, DATE_LABELS, OTHER_LABELS, ROLE_LABELS, SOURCE_LABELS } from './meta-labels';

const ALL = [...ROLE_LABELS, ...SOURCE_LABELS, ...VIEW_LABELS, ...DATE_LABELS, ...OTHER_LABELS].sort(
  (a, b) => b.length - a.length,
);
const ROLES_LONGEST = [...ROLE_LABELS].sort((a, b) => b.length - a.length);
// A label starts a field when followed by a colon; a credit label not inside a word also with a slash before a name
// ("文/王海", "审核/韩璐": the bracketed credits of WebPlus and VSB news), and with a spaced bar ("来源 | 校团委",
// "撰稿 | 俞佳宁": modern front ends; session 45, R89).
const BARRED = [...ROLE_LABELS, ...SOURCE_LABELS].sort((a, b) => b.length - a.length);
export const LABEL_RE = new RegExp(
  `(${ALL.join('|')})\\s*[:：]|(?<![\\p{Script=Han}])(${ROLES_LONGEST.join('|')})\\s*[/／](?=\\s*\\p{Script=Han})|(?<![\\p{Script=Han}])(${BARRED.join('|')})\\s+[|｜丨]\\s+(?=\\p{Script=Han})`,
  'gu',
);

export interface LabelledField {
  label: string;
  value: string;
}

/** Two roles sharing one colon, their names in the same order ("撰稿／攝影：吳宜庭／張書豪"; session 58, R210). */
const PAIRED_ROLES = new RegExp(
  `(${ROLES_LONGEST.join('|')})[/／](${ROLES_LONGEST.join('|')})[:：]\\s*([\\p{Script=Han}·]{2,4})\\s*[/／]\\s*([\\p{Script=Han}·]{2,4})(?!\\p{Script=Han})`,
  'gu',
);

/** Split a meta line like "来源：党委宣传部 | 文字：王海 编辑：李明" into labelled fields. */
export function labelledFields(line: string): LabelledField[] {
  // Each role its own field, as a line printing them apart would.
  const text = line.replace(PAIRED_ROLES, '$1：$3 $2：$4');
  const hits = [...text.matchAll(LABEL_RE)].filter(
    (m) =>
      !(BARE_LABELS.has(m[1] ?? '') && /\p{Script=Han}/u.test(text[m.index! - 1] ?? '')) &&
      !(m[3] && inMenu(text, m.index!)),
  );
  return hits.map((m, i) => {
    const start = m.index! + m[0].length;
    const end = i + 1 < hits.length ? hits[i + 1]!.index! : text.length;
    // A bracket the fields are printed in closes the last one's value (（供稿：… 审核：方晓东） 2024年04月18日; session 54).
    const raw = beforeStrayClose(text.slice(start, end).replace(/^[\s|｜丨/／]+/, ''));
    const value = raw.replace(/[\s|｜丨/／,，;；（）()【】[\]]+$/, '').trim();
    // A bracket the value opened closes it (学生工作部（处）; session 41, R54): only a stray one is cut.
    const unclosed = (value.match(/[（(]/gu)?.length ?? 0) > (value.match(/[）)]/gu)?.length ?? 0);
    const close = unclosed ? /^[）)]/u.exec(raw.slice(value.length).trimStart())?.[0] : undefined;
    return { label: m[1] ?? m[2] ?? m[3]!, value: close ? value + close : value };
  });
}

/**
 * Whether a label printed with a spaced bar (图片 | …) is an item of a menu's row (新闻 | 图片 | 视频: a search box's
 * tabs; session 63, R273): the word before it across a bar is neither a field (发布时间：… | 来源 | …) nor the value of
 * a label before it (来源 | 校团委 | 撰稿 | 俞佳宁).
 */
function inMenu(text: string, at: number): boolean {
  const before = text.slice(0, at).split(SPACED_BAR);
  if (before.length < 2 || before[before.length - 1]!.trim()) return false;
  const word = before[before.length - 2]!.trim().split(/\s+/u).pop()!;
  const earlier = before.length > 2 && !/\s/u.test(before[before.length - 2]!.trim()) ? before[before.length - 3]! : '';
  return !/[:：]/u.test(word) && !BARRED.includes(earlier.trim().split(/\s+/u).pop()!);
}
const SPACED_BAR = /\s+[|｜丨]\s+/u;

/** The text up to a closing bracket that no bracket in it opened, or all of it. */
function beforeStrayClose(text: string): string {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '（' || text[i] === '(') depth++;
    else if ((text[i] === '）' || text[i] === ')') && --depth < 0) return text.slice(0, i + 1);
  }
  return text;
}
