/**
 * Credit lines printed where the body ends: a short line of labelled fields after it ("编辑：周晓 审核：刘洋"), a
 * bracketed closing line of label–name pairs, an English sign-off or "By: Name, Job, Office". Split from
 * meta-line.ts, whose field reader they use.
 */
import type { BylineEntry } from '../model/article';
import { bodyLines } from './body-lines';
import { creditLabelPattern } from './credit-labels';
import { zhCreditLine } from './header-lines';
import { LABEL_RE, labelledFields } from './labelled-fields';
import { ROLE_LABELS, SOURCE_LABELS, parseByline, parseEnglishByline, parseSource } from './meta-line';

/**
 * The credits and source of a line printed after the body in its own block ("编辑：周晓 审核：刘洋",
 * "责任编辑：刘畅 【打印本页】", "發布單位：新聞中心 發布日期：113-06-18"): a short line that is labelled fields
 * and nothing else, up to the print, close or share links. Null for any other line.
 */
export function closingFields(line: string): { byline: BylineEntry[]; source: string | null } | null {
  // A bracketed credit opening the line, the counter after it ("（责任编辑：孙婧） 阅读次数：856"; session 50, R133).
  const text = unwrap(line)
    .replace(/^[（(]([^（）()]{2,60})[）)](?=\s)/u, '$1')
    .split(CLOSING_FURNITURE)[0]!
    .trim();
  if (!text || text.length > 80) return null;
  // Terminalfour's and other English templates' signed line after the text: "By: Elaine Quinn, Digital Journalist,
  // UCD University Relations" (the name, then the writer's job and office).
  if (EN_SIGNED.test(text)) {
    // The names end at the first comma: the writer's job and office follow it.
    const byline = parseEnglishByline(text.split(',')[0]!);
    return byline.length ? { byline, source: null } : null;
  }
  // A bracketed line of roles and names with no colons ("（通讯员 谢雨桐 胡嘉铭）", VSB college news; session 41, R52).
  const spaced = text !== line.trim() && !/[:：]/u.test(text) ? zhCreditLine(text) : [];
  if (spaced.length) return { byline: spaced, source: null };
  // A colon-less credit before labelled ones, the reporter's 文/图 after the name ("（通讯员 韩冬 文/图 编辑：宋佳琪
  // 审核：吕振华）"; session 42, R62).
  const lead = /^([^:：]+?)[\s\u3000]+(?=\p{Script=Han}{1,4}[：:])/u.exec(text);
  const leading = lead ? zhCreditLine(lead[1]!.replace(/\s*[文图圖摄攝][/／][文图圖摄攝]$/u, '')) : [];
  const rest = leading.length ? closingFields(text.slice(lead![0].length)) : null;
  if (rest) return { byline: [...leading, ...rest.byline], source: rest.source };
  const fields = labelledFields(text);
  if (!fields.length || text.search(LABEL_RE) !== 0) return null;
  if (!fields.some((f) => ROLE_LABELS.includes(f.label) || SOURCE_LABELS.includes(f.label))) return null;
  // Field values are names, offices and dates, not sentences.
  if (fields.some((f) => f.value.length > 30 || /[。！？]|[.!?]\s+\S/u.test(f.value))) return null;
  const byline = parseByline(text).filter((b) => /\p{Script=Han}/u.test(b.role ?? ''));
  const source = parseSource(text);
  return byline.length || source ? { byline, source } : null;
}

/** A labelled English byline alone on its line: "By: Elaine Quinn, Digital Journalist, …". */
const EN_SIGNED = /^[Bb]y\s*:\s*\p{Lu}[^.!?]{3,78}$/u;

/** A line without the brackets it is printed in: "（审核：刘娜）", "【责任编辑：赵晨】". */
function unwrap(line: string): string {
  // Bracketed fields side by side are fields of one line (【编辑：杨青】 【审核：周海峰】; session 58, R212).
  const t = line.trim().replace(/】\s*【/gu, ' ');
  return /^[（(【[][^（(【[]/u.test(t) && /[）)】\]]$/u.test(t) ? t.slice(1, -1).trim() : t;
}

/** An em or en dash and a name of two or three capitalised words, alone on its line. */
const DASHED_NAME = /^[—–]\s*(?![Bb]y\b)(\p{Lu}[\p{L}\p{M}'’-]+(?:\s+\p{Lu}[\p{L}\p{M}'’.-]+){1,2})$/u;
/** A sign-off: "—By Susan Enright", "Story by Jane Doe", alone on its line. */
// Or a labelled credit alone ("Text: Jonas Bergström", "Text: Jana Nováková, foto: Petr Svoboda"; session 38, R30; "Writer: …", session 39;
// Spanish "Por: …" over "Fotografía: …", session 42, R62; Polish "Fot. …" under "Tekst: …", session 43, R72).
// Any label of credit-labels.ts's table (session 47). The writer's office may follow ("— Story by Owen McAllister,
// College of Agriculture, Forestry and Life Sciences"; session 51, R140).
// A second credit may follow the first's stop ("Story by Megan Ostrowski, Office of …. Photos by Eli Jansen."; WordPress
// entry footers; session 53, R160). A writer who is the media contact too ("Writer/Media contact: …"; session 61).
const BY_PART = '(?:[A-Z][a-z]+(?:\\s+and\\s+[a-z]+)?\\s+)?[Bb]y:?\\s+[^.!?]{3,60}(?:,\\s*[^.!?]{3,60})?';
const SIGN_OFF = new RegExp(
  `^[—–-]*\\s*(?:${BY_PART}(?:\\.\\s+${BY_PART}\\.?)?|(?:${creditLabelPattern('Author', 'Photo', 'Editor')}(?:\\s*\\/\\s*(?:[Mm]edia|[Pp]ress)\\s+[Cc]ontact)?|Por|Par|Von|Door)\\s*[:：՝]\\s*[^!?]{3,80}|Fot\\.:?\\s*\\p{Lu}[^!?]{2,60})$`,
  'u',
);

/**
 * The credits of a line that closes the body and is nothing but credits: Chinese label–name pairs, bracketed or not
 * ("（通讯员：周静 编辑：何芳）", "（文/杨雪 图/郑凯 编辑/胡月 审核/彭德中）"), or an English sign-off
 * ("—By Susan Enright"). Null for any other line, which stays in the body.
 */
export function closingCredits(line: string): { byline: BylineEntry[]; source: string | null } | null {
  const text = unwrap(line);
  if (CLOSING_FURNITURE.test(text)) return null;
  const zh = closingFields(line);
  if (zh) return zh.byline.length ? zh : null;
  const byline = signOff(text);
  return byline ? { byline, source: null } : null;
}

/** An English sign-off alone on its line ("—By Susan Enright", "Photos by Grace Oduya"): its credits, else null. */
export function signOff(line: string): BylineEntry[] | null {
  // Danish and Norwegian sign "Af Signe Lund Mikkelsen", Swedish "Av …" (session 46, R102): their "By"; so do Italian
  // "A cura di …" (edited by) and the Romance "Por …", "Par …" with no colon (session 60, R230).
  const text = unwrap(line).replace(/^(?:Af|Av|A\s+cura\s+di|Por|Par)\s+(?=\p{Lu}\p{Ll}+\s+\p{Lu})/u, 'By ');
  // A dash and the writer's name alone (IISc's "– Aravind Krishnan" closing a story; session 42, R63).
  const dashed = DASHED_NAME.exec(text);
  if (dashed) return [{ name: dashed[1]!, role: 'Author' }];
  if (!SIGN_OFF.test(text)) return null;
  const byline = parseEnglishByline(text.replace(/^[—–-]+\s*/u, ''));
  return byline.length ? byline : null;
}

/** A source's label and value, alone on a short line ("Source: PKU News (Chinese)", 供稿：心理学院团委), else null. */
export function sourceAlone(line: string): { byline: BylineEntry[]; source: string } | null {
  // In brackets too, as a sign-off prints it (（来源：新闻公关处）; session 55, R184).
  const text = line.trim().replace(/^[（(]\s*([^（）()]+?)\s*[）)]$/u, '$1');
  const source = text.length <= 80 ? parseSource(text) : null;
  return source && text.endsWith(source) ? { byline: [], source } : null;
}

/** Where a closing credit line's fields end: the print, close, share and next-item links after them. */
const CLOSING_FURNITURE = /[【[]|打印|列印|关闭|關閉|分享|收藏|返回|上一[篇条條]|下一[篇条條]/u;

/** Credit lines that may close a body: 通讯员 then 编辑 then 审核 each in its own paragraph. */
const MAX_CREDIT_LINES = 3;

/**
 * The lines closing the body that are nothing but credits ("（审核：刘娜）", "—By Susan Enright"), in order, for the
 * credits to be read from. They stay in the text: the labelled corpus's articles end with them (the golden last
 * sentences of Chinese news pages are their credit lines, and the names in them are labelled as the text's people).
 */
export function closingCreditLines(root: Element): string[] {
  const lines = bodyLines(root);
  const out: string[] = [];
  let credits = 0;
  for (let i = lines.length - 1; i > 0 && credits < MAX_CREDIT_LINES; i--) {
    if (!closingCredits(lines[i]!.text)) {
      // A labelled credit naming no one (Foto: Tim Semar UGM, an office) is passed over to the writer's above it
      // (session 43, R74).
      if (SIGN_OFF.test(unwrap(lines[i]!.text)) && !CLOSING_FURNITURE.test(lines[i]!.text)) continue;
      // So is a source alone under the credits ("Written by: …⏎Edited by: …⏎Source: PKU News"; session 47, R107),
      // read with them (供稿：心理学院团委 above 撰稿 and 审核; session 49, R125).
      if (sourceAlone(lines[i]!.text)) out.unshift(lines[i]!.text);
      else break;
      continue;
    }
    credits++;
    out.unshift(lines[i]!.text);
  }
  return out;
}
