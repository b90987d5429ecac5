/**
 * The traditional-Chinese UIs (public/_locales/zh_TW, zh_HK) made from the simplified one (zh_CN) with OpenCC
 * (opencc-js, a pinned devDependency) and the reviewed phrase lists below. Both start from OpenCC's Taiwan phrases
 * (软件 → 軟體, 导出 → 匯出, 默认 → 預設, 鼠标 → 滑鼠), since Hong Kong's computing words mostly agree; Hong Kong then
 * takes its own words where they differ (網絡, 擴充功能) and Hong Kong's characters.
 * Chrome looks for a message in the browser's locale, then its language (zh), then default_locale (en); a zh-HK
 * Chrome reports zh-HK, not zh-TW, so each needs its folder (checked in Chromium: zh-HK got English without one).
 * zh_SG and zh_MO are copies (REGIONAL). Written by scripts/write-zh-tw-locale.ts; a unit test checks the committed files are what this makes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

export const LOCALES_DIR = resolve(__dirname, '../public/_locales');

/** A phrase OpenCC leaves in mainland usage, and what replaces it (a word in context, checked against every message). */
export type Phrase = [RegExp, string];

/** Mainland words left by OpenCC's Taiwan phrases, and the words Taiwan and Hong Kong both use. */
const SHARED: Phrase[] = [
  [/釋出/g, '發布'], // 发布 of news, not software's release
  [/許可權/g, '權限'],
  [/獲取/g, '取得'],
  [/訪問/g, '存取'],
  [/(?:網頁|網站)?地址/g, '網址'],
  [/響應/g, '回應'],
  [/彈窗|彈出視窗/g, '彈出式視窗'],
  [/通過/g, '透過'], // only "through browser sync" here
  [/站點/g, '網站'],
  [/匹配/g, '符合'],
  [/已撤銷剪藏/g, '已移除剪藏'],
  [/撤銷(?!其?權限)/g, '復原'], // Undo, as its button says; 撤銷其權限 (revoke a permission) stays
  [/工具欄/g, '工具列'],
  [/下劃線/g, '底線'],
  [/聯網/g, '連上網路'],
  [/標籤頁/g, '分頁'], // a browser tab; 標籤 alone is a tag
  [/當前/g, '目前'],
  [/返回錯誤/g, '傳回錯誤'],
];

/** Taiwan's own words. */
const TAIWAN: Phrase[] = [
  [/後臺/g, '背景程式'],
  [/域名/g, '網域'],
  [/主機名(?!稱)/g, '主機名稱'],
  [/關注/g, '追蹤'], // follow a column, a watch list of people
  [/欄目/g, '專欄'],
  [/已恢復/g, '已還原'], // restored articles; 恢復 alone is Resume (a paused column)
];

/** Where Hong Kong's words differ from Taiwan's (applied to Taiwan's wording, before Hong Kong's characters). */
const HONG_KONG: Phrase[] = [
  [/擴充套件/g, '擴充功能'],
  [/點選/g, '按'],
  [/網路/g, '網絡'],
  [/專案/g, '項目'],
  [/後設資料/g, '元數據'],
  [/連線/g, '連接'],
  [/軟體/g, '軟件'],
  [/使用者/g, '用戶'],
];

/** Taiwan and Hong Kong quote with 「」 (and 『』 inside). */
const QUOTES: Phrase[] = [
  [/“/g, '「'],
  [/”/g, '」'],
  [/‘/g, '『'],
  [/’/g, '』'],
];

/** Mainland words OpenCC's Taiwan phrases already replace (默认 → 預設 …), kept out by a test all the same. */
export const MAINLAND_WORDS = '默認 鼠標 光標 擴展 磁盤 搜索 點擊 信息 菜單 設置 支持 文件 保存 打開'.split(' ');

/** Each generated folder, the language tag its `uiLang` message names, and its phrase lists in the order applied. */
export const TRADITIONAL = [
  { folder: 'zh_TW', lang: 'zh-TW', phrases: [...SHARED, ...TAIWAN, ...QUOTES], hkCharacters: false },
  { folder: 'zh_HK', lang: 'zh-HK', phrases: [...SHARED, ...HONG_KONG, ...QUOTES], hkCharacters: true },
] as const;

/**
 * Regions with no folder of their own, which Chromium gives English (checked in Chromium: a zh-SG or zh-MO browser
 * looks for zh_SG or zh_MO, then zh, and zh_CN is not "zh"): each a copy of its region's script, naming its own
 * language so numbers and plurals follow it.
 */
export const REGIONAL = [
  { folder: 'zh_SG', from: 'zh_CN', lang: 'zh-SG' },
  { folder: 'zh_MO', from: 'zh_HK', lang: 'zh-MO' },
] as const;

type Catalog = Record<string, { message: string; description?: string }>;

/** The messages of `region.from` (zh_CN as committed, or a traditional folder as made now) with its own uiLang. */
export function regionalMessages(region: (typeof REGIONAL)[number]): string {
  const hk = TRADITIONAL.find((l) => l.folder === region.from);
  const text = hk ? traditionalMessages(hk) : readFileSync(resolve(LOCALES_DIR, region.from, 'messages.json'), 'utf8');
  const out = JSON.parse(text) as Catalog;
  out.uiLang = { ...out.uiLang!, message: region.lang };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** zh_CN's messages converted for `locale`, as the committed messages.json prints them. */
export function traditionalMessages(locale: (typeof TRADITIONAL)[number]): string {
  const simplified = JSON.parse(readFileSync(resolve(LOCALES_DIR, 'zh_CN/messages.json'), 'utf8')) as Catalog;
  const taiwan = OpenCC.Converter({ from: 'cn', to: 'twp' });
  const hkCharacters = locale.hkCharacters ? OpenCC.Converter({ from: 'tw', to: 'hk' }) : (s: string) => s;
  const convert = (text: string) =>
    hkCharacters(locale.phrases.reduce((s, [from, to]) => s.replace(from, to), taiwan(text)));
  const out: Catalog = {};
  for (const [key, entry] of Object.entries(simplified))
    out[key] = { ...entry, message: key === 'uiLang' ? locale.lang : convert(entry.message) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
