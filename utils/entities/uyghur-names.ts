/**
 * Uyghur and Kazakh names written in Chinese: a given name and a father's name joined by a middle dot
 * (阿依古丽·买买提, 迪丽努尔·阿不都热依木), built from a small set of transliterated parts. Xinjiang's universities
 * print them in every story, after no role as often as after one (学生阿依古丽·买买提作为代表发言, 硕士研究生何雨晴、
 * 努尔比亚·艾买提长期驻守团场), so the parts on both sides of the dot are the evidence: a dotted place or event (中国·
 * 西安, 丝绸之路·长安论坛) has none (session 49, R124). As tibetan-names.ts does for Tibetan names.
 */

/** Common parts, longest first where one holds another, in their usual Chinese spellings. */
const PARTS = (
  '阿依古丽|古丽米热|帕提古丽|巴哈尔古丽|古丽|米热|迪丽努尔|迪丽拜尔|迪丽热巴|迪丽|努尔比亚|努尔别克|努尔兰|努尔曼|' +
  '努尔|比亚|帕提|阿依努尔|阿依夏|阿依达娜|阿依|热依拉|热娜|祖丽菲亚|祖丽|菲亚|再努尔|巴哈尔|阿米娜|米娜|海米提|' +
  '热孜万|古再|麦尔哈巴|玛依拉|娜扎|达娜|加娜尔|买买提|麦麦提|艾买提|阿不都|阿布都|阿卜杜|阿卜力孜|阿不力孜|' +
  '阿布力孜|热依木|热合曼|依明|吾斯曼|伊力哈木|依力哈木|伊力|哈木|艾力|艾尔肯|吐尔逊|吐尔洪|吐尔地|玉素甫|司马义|' +
  '亚森|克里木|艾尼瓦尔|艾尼|瓦尔|阿迪力|阿力木|阿里木|哈力克|帕尔哈提|库尔班|如克亚|阿曼|塔依尔|艾合买提|' +
  '买合木提|马合木提|艾则孜|木合塔尔|吐逊|托合提|阿尔斯兰|叶尔兰|哈那提|巴合提|别克|肉孜|卡德尔|吾买尔|艾山|' +
  '艾克拜尔|依克拜尔|阿布拉|苏里坦|卡斯木|牙生|沙吾提|买吐送|吐送|艾海提|阿布来提|阿不来提|艾热提|阿合买提|' +
  '居马|加尔肯|叶尔肯|赛力克|阿斯哈尔|尼亚孜|卡米力|阿巴斯|伊斯拉木|吾守尔|热西提|阿布都热西提|木拉提|艾尔|' +
  // Names ending in -jan (Mamatjan) and a few more common parts (session 52, R146).
  '买买提江|艾力江|阿迪江|艾尔肯江|热依汗|克力木|艾买尔'
).split('|');

/** Length of the longest run of parts ending at `end` (from the right), at most 8 characters. */
function partsBefore(text: string, end: number): number {
  let at = end;
  for (let more = true; more && end - at < 8;) {
    const p = PARTS.find((x) => text.startsWith(x, at - x.length));
    more = !!p;
    if (p) at -= p.length;
  }
  return end - at;
}

/** Length of the longest run of parts starting at `from`, at most 8 characters. */
function partsAfter(text: string, from: number): number {
  let at = from;
  for (let more = true; more && at - from < 8;) {
    const p = PARTS.find((x) => text.startsWith(x, at));
    more = !!p;
    if (p) at += p.length;
  }
  return at - from;
}

/** The dotted Uyghur and Kazakh names in `text`, as printed. */
export function uyghurNames(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(/[·•・]/gu)) {
    const dot = m.index!;
    const given = partsBefore(text, dot);
    const family = partsAfter(text, dot + 1);
    if (given < 2 || family < 2) continue;
    out.push(text.slice(dot - given, dot + 1 + family));
  }
  return out;
}

/**
 * Adds the dotted names by their parts to `found` (name → role) where no reading holds them; a role's reading a verb
 * cut short (塔依尔·艾买提出席: 提出; session 61, R237) gives way to the parts' reading, its role kept.
 */
export function addUyghurNames(text: string, found: Map<string, string | null>): void {
  for (const name of uyghurNames(text)) {
    const short = [...found.keys()].find((k) => name.startsWith(k) && k.includes('·') && k.length < name.length);
    if (short) found.set(name, found.get(short) ?? null).delete(short);
    else if (![...found.keys()].some((k) => k.includes(name) || name.includes(k))) found.set(name, null);
  }
}
