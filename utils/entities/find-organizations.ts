/**
 * Organizations named in full: universities, schools and offices, academies, companies, government bodies.
 * Chinese: a name ending in 大学/研究院/委员会/有限公司/集团/医院/学会/… (or 学院/中心 inside another body:
 * 北京大学经济学院, 信息化建设管理服务中心). English: capitalised phrases ending in University/School/
 * Committee/Institute/Center/… or opening with one (University of Chicago, Center for Biosecurity).
 * Standalone 学院/中心 names (未来技术学院, 全球校友协同创新中心) stay programs, as campus news uses them.
 */
import { countOccurrences } from '../model/text';
import { CUT_BEFORE_BODY, isZhFragment, zhNameBefore } from './find-programs';

const ZH_ORG =
  '大学|研究院|研究所|科学院|工程院|委员会|代表大会|有限公司|公司|集团|银行|医院|学会|协会|基金会|学部|组织部|宣传部|统战部|教育部|科技部|财政部|外交部|学院|中心';
/** 学院 and 中心 are organizations only inside another body or when the name says office or hospital. */
const UNIT_OF_BODY = /大学|学院|医学|研究院|管理|服务|办公|新闻|信息化|[省市]/u;
const GENERIC_ORG = /一流|高水平|世界|世纪|有关|相关|各级|各类|兄弟|该|本|^(?:上一?级|下级|一家|一所|一个)/u;
const MAX_HEAD = 14;

export function findChineseOrganizations(text: string): string[] {
  const out = new Set<string>();
  // A suffix followed by a character that continues the word is not the end of a name (大学生, 学院路).
  for (const m of text.matchAll(new RegExp(`(?:${ZH_ORG})(?![生子长路街院所])`, 'gu'))) {
    // 教育部, 组织部 are whole names; 大学, 委员会 need a name in front.
    let name = zhNameBefore(text, m.index!, m[0], MAX_HEAD, CUT_BEFORE_BODY, /^.{2}部$/u.test(m[0]) ? 0 : 2);
    if (!name) continue;
    const start = m.index! - (name.length - m[0].length);
    if (isZhFragment(text, m.index!, name, m[0], MAX_HEAD)) continue;
    // 中华人民共和国|国家监察委员会: the head does not start inside 共和国; 还有|肿瘤专科医院 drops 有.
    if (text.slice(start - 2, start) === '共和' && name.startsWith('国')) name = name.slice(1);
    name = name.replace(/^有/u, '');
    if (GENERIC_ORG.test(name)) continue;
    if ((m[0] === '学院' || m[0] === '中心') && !UNIT_OF_BODY.test(name.slice(0, -1))) continue;
    out.add(name);
  }
  const mentions = (n: string) => countOccurrences(text, n);
  return [...out].filter((n) => {
    // 北京大学 inside 北京大学光华管理学院, 常务委员会 inside 全国人民代表大会常务委员会: its own organization
    // only when it also stands alone.
    const longer = [...out].filter((o) => o !== n && o.includes(n));
    return mentions(n) > longer.reduce((k, o) => k + mentions(o) * countOccurrences(o, n), 0);
  });
}

const EN_ORG =
  'University|College|School|Hospital|Foundation|Association|Society|Committee|Council|Department|Office|Agency|Organization|Organisation|Group|Company|Corporation|Institute|Center|Centre|Academy|Bureau|Ministry|Commission|Board|Services|Associates';
const W = "[A-Z][A-Za-z'’&-]*(?<!['’]s|['’])";
const TAIL = `(?:\\s+(?:of|for|on)\\s+(?:the\\s+)?${W}(?:\\s+(?:and|of|the)?\\s*${W}){0,4})?`;

export function findEnglishOrganizations(text: string): string[] {
  const out = new Set<string>();
  const re = new RegExp(
    `(?<![\\w’'.-])((?:${W}\\s+(?:and\\s+)?){1,5}(?:${EN_ORG})${TAIL}|(?:${EN_ORG})\\s+(?:of|for|on)\\s+(?:the\\s+)?${W}(?:\\s+(?:and|of|the)?\\s*${W}){0,4})\\b`,
    'g',
  );
  for (const m of text.matchAll(re)) {
    const name = m[1]!
      .replace(/^(?:(?:The|A|An|This|That|Our|Its|Their|Former|New|At|In|From|By|With)\s+)+/, '')
      .replace(/\s+/g, ' ');
    // A title ends the name: "School of Education Dean Deborah Stipek", "Academic Council on March 8".
    const cut = name
      .replace(
        /\s+(?:Dean|Professor|President|Provost|Director|Chair|Senator|Secretary|January|February|March|April|May|June|July|August|September|October|November|December)\b.*$/,
        '',
      )
      .replace(/\s+(?:of|for|on|the|and)$/, '');
    if (cut.split(' ').length >= 2) out.add(cut);
  }
  return [...out];
}
