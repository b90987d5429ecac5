/**
 * Reads the labelled fields campus pages print around an article: 来源, 作者/文字/摄影/编辑/审核,
 * 浏览次数 and their English forms. Works on plain text so any CMS template reads the same way.
 */
import type { BylineEntry } from '../model/article';
import { VIEW_LABELS } from './view-counter';
import { parseEnglishByline } from './english-byline';
import { labelledFields } from './labelled-fields';
import { DATE_LABELS, POSTER_LABELS, ROLE_LABELS, SOURCE_LABELS, SOURCE_WORDS } from './meta-labels';

/** A source field in a Latin, Greek or Cyrillic script language ("Source: PKU News", "Sursa: …"). */
const SOURCE_FIELD = new RegExp(`(?<![\\p{L}])(?:${SOURCE_WORDS})\\s*:\\s*([^|\\n]{2,80})`, 'u');

export { parseEnglishByline, POSTER_LABELS, ROLE_LABELS, SOURCE_LABELS };

/** A printed Chinese credit: a name (2–4 characters, or with ·) or an office (新闻中心, 党委宣传部). */
const ZH_NAME = /^[\p{Script=Han}·•]{2,12}$/u;
/** An office's name: ends in a unit word (校团委, 新闻中心, 党委宣传部, 物理系), or a two-character short form every
 * campus prints (团委, 党委, 工会; R137); Taiwan's 科 is a junior college's department (護理科; R184). */
const ZH_UNIT =
  /^(?:团委|團委|党委|黨委|工会|工會|校办|校辦)$|^\p{Script=Han}{2,10}(?:中心|学院|學院|部|处|處|委|办|辦|办公室|辦公室|室|站|社|台|院|系|所|组|組|团|團|队|隊|馆|館|会|會|局|科)$/u;
/**
 * What CMS templates (DedeCMS, PHPCMS, 帝国CMS, WordPress) print in a field the editor left blank: no one's credit,
 * no office's source.
 */
const PLACEHOLDER =
  /^(?:未知|佚名|不详|不詳|匿名|无|無|暂无|暫無|本站|本网|本網|本站原创|本站原創|原创|原創|网络|網絡|網路|互联网|互聯網|\w*admin|administrator|super\s?user|webmaster|管理员|管理員|系统管理员|系統管理員|unknown|anonymous|none|n\/a|-+)$/iu;

export const isPlaceholder = (value: string): boolean => PLACEHOLDER.test(value.trim());

/** A posting account's value that is a person's name (2–4 Han characters, not an office's unit word). */
const isPosterPerson = (value: string): boolean =>
  /^[\p{Script=Han}·]{2,4}$/u.test(value) && !ZH_UNIT.test(value) && !isPlaceholder(value);

const NAME_SPLIT = /[、，,;；]|\s+(?:and|&)\s+|\s{2,}/u;

const CREDIT_ROLE_BEFORE =
  /^(?:记者|記者|通讯员|通訊員|实习生|實習生|\p{Script=Han}{0,3}?(?:研究生|学生|學生|博士生|硕士生|碩士生|本科生)|\p{Script=Han}{2,3}?[一二三四五六七](?=\p{Script=Han}{2,3}$))(?=\p{Script=Han}{2,4}$)/u;

function splitNames(printed: string): string[] {
  // A two-character name padded to three characters' width (编辑/孙 一, 审核/周 涵; session 42, R64): two single
  // characters apart are one name, the space the typesetter's.
  const value = printed.replace(
    /(?<=^|[\s/／:：、])(\p{Script=Han})[\s\u3000](\p{Script=Han})(?=$|[\s、，,;；])/gu,
    '$1$2',
  );
  const cjk = /\p{Script=Han}/u.test(value);
  // Chinese names carry no spaces, so a space separates two people; English names keep theirs.
  const names = value
    .split(cjk ? /[、，,;；\s]+/u : NAME_SPLIT)
    // "作者：记者王敬照": the reporter's title before the name is not part of it; nor a student's (文／碩士班研究生吳欣穎;
    // session 53, R167), nor a student's department and year (文/社會三林子晴; session 58, R215).
    .map((s) => {
      const name = s.trim().replace(CREDIT_ROLE_BEFORE, '');
      return ZH_UNIT.test(name) ? s.trim() : name; // 研究生院团委 is an office, not 院团委
    })
    .filter((s) => !isPlaceholder(s))
    // "图/学生团队提供": whoever supplied the pictures, named with 提供, is no credited person (session 38, R33).
    .filter((s) => !/(?:提供|供图|供圖)$/u.test(s))
    // A view counter's label in the same row, its count in brackets (通讯员：黄雅琴 阅读（915）; session 39, R38).
    .filter((s) => !VIEW_LABELS.includes(s))
    .filter((s) => (cjk ? ZH_NAME.test(s) : s.length > 0 && s.length <= 40 && !/^\d/.test(s)));
  // The writer's office before the writer ("文/校团委 林嘉怡") says where they work: the credit is the person's.
  // An office alone ("图/校团委") is the credit as printed.
  return names.filter((s, i) => !(ZH_UNIT.test(s) && i + 1 < names.length && !ZH_UNIT.test(names[i + 1]!)));
}

/**
 * The platforms a share bar names, which every news template prints after the meta line: where a credit's names end
 * when the text of the two elements runs together.
 */
const SHARE_BAR =
  /(?:^|[\s、，,|])(?:分享到|分享|微信|微博|QQ空间|QQ空間|QQ|朋友圈|豆瓣|WeChat|Weibo|Facebook|Twitter|LinkedIn|WhatsApp)(?=$|[\s、，,|:：])/iu;

/** The roles that name a piece's writer. */
const WRITER_ROLES: ReadonlySet<string> = new Set(['作者', '文字', '图文', '圖文', '撰稿', '撰文', '记者', '記者']);

/**
 * The credits without an office credited as the writer (作者：学院团委) when the page credits a person too (图文：
 * 学院团委 李嘉欣, or a photographer): the office is where the writer works. An office alone stays the credit as printed. So
 * is an office credited for the pictures (图片：党委宣传部) where people write and edit (session 40, R46): a
 * department's archive, as an agency is, not a person.
 */
export function officeWritersOut(byline: BylineEntry[]): BylineEntry[] {
  const isWriter = (b: BylineEntry) => WRITER_ROLES.has(b.role ?? '');
  // Five Han characters or more is no one's name either (作者 / 整合傳播處企劃, an office's planning desk; R258).
  const office = (b: BylineEntry) => ZH_UNIT.test(b.name) || /^\p{Script=Han}{5,}$/u.test(b.name);
  const isPicture = (b: BylineEntry) => PICTURE_ROLES.has(b.role ?? '');
  if (!byline.some((b) => !office(b))) return byline;
  // Any person credited (攝影／張家瑋 under 文／秘書室媒體公關組; session 42, R60; 編輯／成大新聞中心, session 60): a body.
  return byline.filter((b) => !(office(b) && (isPicture(b) || isWriter(b) || EDITOR_ROLES.has(b.role ?? ''))));
}
const PICTURE_ROLES: ReadonlySet<string> = new Set(['图片', '圖片', '摄影', '攝影', '图', '圖']);
// A reporter's, editor's or reviewer's role inside a credit's value, before its names (图/王博 责任编辑 周丽娜; session 61).
const INNER_ROLE =
  /(?<![\p{Script=Han}])(记者|記者|通讯员|通訊員|实习生|實習生|摄影|攝影|责任编辑|責任編輯|编辑|編輯|审核|審核|审稿|審稿|校对|校對)\s+/u;

/**
 * One credit a person: a name credited twice as the writer (作者：薛婷 in the meta line, 撰稿：薛婷 after the text) is
 * one writer, under the role printed with the text (the meta line's 作者 is the CMS's generic field).
 */
export function oneWriterCredit(byline: BylineEntry[]): BylineEntry[] {
  // A name read on into the next field (Laura Whitfield Ohio State, beside its own line's Laura Whitfield; session 60).
  byline = oneEditorCredit(byline).filter(
    (b) => !byline.some((o) => o.role === b.role && b.name.startsWith(`${o.name} `)),
  );
  const isWriter = (b: BylineEntry) => WRITER_ROLES.has(b.role ?? '');
  const kept = (name: string) => {
    const same = byline.filter((b) => isWriter(b) && b.name === name);
    return same.find((b) => b.role !== '作者') ?? same[0];
  };
  return byline.filter((b) => !isWriter(b) || kept(b.name) === b);
}

/** The roles that name a piece's editor. */
const EDITOR_ROLES: ReadonlySet<string> = new Set(['编辑', '編輯', '责任编辑', '責任編輯', '责编', '責編']);

/** A name credited as 编辑 in the meta line and 责任编辑 under the text is one editor, under the role printed first. */
function oneEditorCredit(byline: BylineEntry[]): BylineEntry[] {
  const isEditor = (b: BylineEntry) => EDITOR_ROLES.has(b.role ?? '');
  return byline.filter((b) => !isEditor(b) || byline.find((o) => isEditor(o) && o.name === b.name) === b);
}

/** Normalised role for a printed label: 文 → 文字, 图 → 图片; others as printed. */
function roleOf(label: string): string {
  return label === '文'
    ? '文字'
    : label === '图'
      ? '图片'
      : label === '圖'
        ? '圖片'
        : label === '摄'
          ? '摄影'
          : label === '攝'
            ? '攝影'
            : label;
}

/** The byline entries of a meta line, in printed order, without duplicates. */
export function parseByline(text: string): BylineEntry[] {
  const out: BylineEntry[] = [];
  for (const { label, value } of labelledFields(text)) {
    if (POSTER_LABELS.has(label)) {
      const name = value.split(SOURCE_END)[0]!.trim();
      if (isPosterPerson(name) && !out.some((b) => b.name === name)) out.push({ name, role: label });
      continue;
    }
    if (!ROLE_LABELS.includes(label) || !value) continue;
    // A note in brackets after a name ("王海（实习生）", its closing bracket cut with the field's end) is not a name;
    // the share bar printed next ("作者：邢晓凤 马琳" then 微信 微博) is another element, not more names.
    const names = value.replace(/[（(][^（）()]*[）)]?/gu, ' ').split(SHARE_BAR)[0]!;
    // A role word inside the value ("作者：记者 汪洋 通讯员 朱晓蕾") is the role of the names after it, never a name.
    const parts = names.split(INNER_ROLE);
    for (let i = 0; i < parts.length; i += 2) {
      const role = i ? parts[i - 1]! : roleOf(label);
      for (const name of splitNames(parts[i]!))
        if (!out.some((b) => b.name === name && b.role === role)) out.push({ name, role });
    }
  }
  return out.concat(parseEnglishByline(text).filter((b) => !out.some((o) => o.name === b.name)));
}

/** A Chinese article often ends with its author in brackets: "（袁源）", "（通讯员 王海）". */
export function closingAuthor(lastLine: string): BylineEntry[] {
  const m =
    /^[（(]\s*(?:(通讯员|记者|作者)\s*)?([\p{Script=Han}·]{2,10}(?:[、，\s]+[\p{Script=Han}·]{2,10}){0,3})\s*[)）]$/u.exec(
      lastLine.trim(),
    );
  if (!m) return [];
  const names = m[2]!.split(/[、，\s]+/u);
  // "（学工办 供稿）" names the office that supplied the text, not a writer; "（科学技术处 张文杰 供稿）" names the
  // person who did, after their office.
  const verb = names.findIndex((n) => /^(?:供稿|供图|供圖|撰稿|投稿|来稿|來稿|报道|報導|提供)$/u.test(n));
  if (verb >= 0) {
    const people = names.slice(0, verb).filter((n) => !ZH_UNIT.test(n));
    return verb === names.length - 1 &&
      !m[1] &&
      people.length === 1 &&
      people[0]!.length <= 4 &&
      ZH_UNIT.test(names[0]!)
      ? [{ name: people[0]!, role: names[verb]! }]
      : [];
  }
  if (names.some((n) => n.length > 4)) return [];
  // A second role inside the brackets names those after it (（记者 倪晓雯 通讯员 钱俊）; session 38, R32).
  let role = m[1] ?? '作者';
  const out: BylineEntry[] = [];
  for (const name of names)
    if (/^(?:通讯员|记者|作者|摄影|编辑)$/u.test(name)) role = name;
    else out.push({ name, role });
  return out;
}

/**
 * Where a source's value ends on a meta line: a wide or full-width gap, a paper's issue or page (a 校报's "福州大学报
 * 第1186期 第3版" after a full-width space), the next label (作者：), or an unlabelled date, time or share control
 * printed after it ("来源：中国日报网 2023-11-17 15:13 分享 分享到微信 关闭": news templates).
 */
const SOURCE_END =
  /\s{2,}|\u3000|\s*(?=第\s*[\d一二三四五六七八九十百千]+\s*[期版])|\s(?=\p{Script=Han}{1,4}\s*[:：])|\s*(?<!\d)(?=\d{4}\s*[-/.年]\s*\d{1,2}(?!\d))|\s(?=\d{1,2}:\d{2}\b)|\s(?=(?:分享|打印|关闭|收藏|字号)(?:\s|$|[到本此]))/u;

/** A source label in its own cell, then the value's cell ("發布單位 秘書室" as a table's text reads). */
const FIELD_CELL =
  /(?:^|[\s|])(?:發布單位|發佈單位|公告單位|公告单位|发布单位|发布部门|發布部門|供稿单位|供稿單位|稿件来源|稿件來源|新聞來源|新闻来源|資料來源|资料来源|消息來源)\s+(\p{Script=Han}{2,12})(?=\s|$)/u;

/**
 * The source office or outlet (来源/供稿/发布单位), or null when the label is empty or absent. `posters`: whether a
 * posting account's label (发布者) counts.
 */
export function parseSource(text: string, posters = true): string | null {
  for (const f of labelledFields(text)) {
    if (!SOURCE_LABELS.includes(f.label)) continue;
    const value = f.value.split(SOURCE_END)[0]!.trim();
    if (POSTER_LABELS.has(f.label) && (!posters || isPosterPerson(value) || !/\p{Script=Han}/u.test(value))) continue;
    if (value && !isPlaceholder(value) && !CONTACT.test(value)) return value;
  }
  // A form's or table's label cell and value cell, no colon between (<th>發布單位</th><td>秘書室</td>): a long label
  // alone (来源 alone may open prose), an office's name after it.
  const cell = FIELD_CELL.exec(text)?.[1];
  if (cell && ZH_UNIT.test(cell)) return cell;
  // Other scripts' labels ("Fuente: Facultad de Ciencias", a Latin American portal's meta line; "Sursa: …").
  // The value ends where the next field's label begins ("Source: School of … Date: 2024-03-12"; session 56, R193).
  const en = SOURCE_FIELD.exec(text);
  const value = en?.[1]!.split(/\s+(?=\p{Lu}\p{Ll}+\s*:)/u)[0]!.trim();
  return value && !isPlaceholder(value) && !CONTACT.test(value) ? value : null;
}

/**
 * A person's contact, not an issuing office: an e-mail address or a phone number ("Source: Mung Chiang,
 * president@purdue.edu" in US news releases names the expert quoted; "联系人：王老师 0571-87951234").
 */
const CONTACT =
  /[\w.+-]+@[\w-]+\.[\w.-]+|(?<!\d)(?:\+\d{1,3}[\s-]?)?(?:\(?\d{3,4}\)?[\s.-]?)\d{3,4}[\s.-]\d{4}(?!\d)|(?<!\d)\d{3,4}-\d{7,8}(?!\d)/u;

/** Whether the text carries a date label (发布时间：, Published …). */
export const DATE_LABEL_RE = new RegExp(
  `(?:${DATE_LABELS.join('|')})\\s*[:：]|\\b(?:Published|Posted|Publication Date|Date|Released|Updated|Last update|Last updated|Issued|For immediate release)\\b\\s*(?:on)?\\s*:?`,
  'iu',
);
