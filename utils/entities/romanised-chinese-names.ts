/**
 * Hong Kong's, Macau's and Taiwan's romanised names: a surname and a two-syllable given name joined by a hyphen, its
 * second syllable in lower case (Wong Ka-lok, Lam Sze-wing, Chen Yi-ting; or given name first, Ka-lok Wong), as
 * their universities print every student's and teacher's name in English (session 50, R138). The hyphen and the
 * lower-case syllable are the evidence a capitalised pair lacks; the surname must be one of the common ones.
 */
// Cantonese (Hong Kong, Macau) and Wade–Giles or Tongyong (Taiwan) spellings of the commonest surnames.
import { partOfOther } from './english-name-context';

const SURNAMES =
  'Chan|Wong|Lee|Li|Leung|Lam|Lau|Ho|Cheung|Ng|Tsang|Yip|Chow|Chau|Tang|Law|Kwok|Mak|Tse|Fung|Lo|Yeung|Choi|Poon|Tam|Siu|Chu|Cheng|Kwan|Lai|Yu|Hui|Ma|Wu|Tsui|Liu|Sin|Yuen|Au|Man|Chiu|Ko|Pang|Lui|Chung|Wan|So|Shum|Kong|Fong|Tong|Hung|Koo|Ip|Lum|Chen|Lin|Huang|Chang|Wang|Tsai|Yang|Hsu|Hsieh|Kuo|Tseng|Liao|Chou|Yeh|Su|Chuang|Lu|Chiang|Kao|Pan|Chien|Tu|Fang|Hsiao|Sun|Shih|Chao|Hsueh|Wei|Tai|Fan|Yen|Chi|Hou|Tsao|Chin|Lien|Teng|Hsiung';
const GIVEN = '[A-Z][a-z]{1,5}-[a-z]{1,5}';
const FAMILY_FIRST = new RegExp(`\\b(?:${SURNAMES})\\s+${GIVEN}(?![\\w’'-])`, 'g');
const GIVEN_FIRST = new RegExp(`(?<![\\w’'-])${GIVEN}\\s+(?:${SURNAMES})\\b(?!['’-]?\\w)`, 'g');

/**
 * Pinyin surnames, printed in capitals after the given name as mainland universities' English pages print every
 * name (Hao ZHOU, Mei-Ling CHEN; session 54, R172): the capitals are the surname's mark.
 */
const PINYIN =
  'ZHANG|WANG|LI|LIU|CHEN|YANG|HUANG|ZHAO|WU|ZHOU|XU|SUN|MA|ZHU|HU|GUO|HE|GAO|LIN|LUO|ZHENG|LIANG|XIE|SONG|TANG|HAN|FENG|DENG|CAO|PENG|ZENG|XIAO|TIAN|DONG|YUAN|PAN|YU|JIANG|CAI|JIA|DING|WEI|XUE|YE|YAN|LU|DU|SU|REN|SHEN|YAO|ZOU|CUI|ZHONG|TAN|QIN|QIU|XIONG|JIN|FAN|FU|MENG|KONG|BAI|KANG|MAO|QIAN|HOU|SHI|SHAO|WEN|XIA|GU|LAI|HONG|LONG|LEI|TAO|DAI|WAN|DUAN|FANG|GE|CHANG|NIU|YIN|ZHUANG|OUYANG';
const GIVEN_CAPS = new RegExp(
  `(?<![\\w’'-])[A-Z][a-z]{1,8}(?:-[A-Z]?[a-z]{1,6})?\\s+(?:${PINYIN}|${SURNAMES.toUpperCase()})(?![\\w’'-])`,
  'g',
);

/** A given name of one to three pinyin syllables (Hao, Jiayi, Mei-Ling), not an English word (Team, Matthew). */
const SYLLABLE =
  '(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ang|eng|ing|ong|ian|iao|uai|uan|ai|ei|ao|ou|an|en|in|un|ia|ie|iu|ua|uo|ui|ue|er|a|o|e|i|u)';
const PINYIN_GIVEN = new RegExp(`^${SYLLABLE}(?:-?${SYLLABLE}){0,2}$`, 'i');

/** The romanised Chinese names the text prints, in order, each once, but those inside a body's name. */
export function romanisedChineseNames(text: string): string[] {
  const out: string[] = [];
  const caps = [...text.matchAll(GIVEN_CAPS)].filter((m) => PINYIN_GIVEN.test(m[0].split(/\s+/)[0]!));
  for (const m of [...text.matchAll(FAMILY_FIRST), ...text.matchAll(GIVEN_FIRST), ...caps]) {
    const name = m[0].replace(/\s+/g, ' ');
    if (!out.includes(name) && !partOfOther(text, m[0], [m.index!])) out.push(name);
  }
  return out;
}
