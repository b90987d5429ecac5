/**
 * The traditional-Chinese UIs (public/_locales/zh_TW, zh_HK) made from the simplified one (zh_CN) with OpenCC
 * (opencc-js, a pinned devDependency): Taiwan's script and words (软件 → 軟體, 导出 → 匯出), and Hong Kong's script.
 * Chrome looks for a message in the browser's locale, then its language (zh), then default_locale (en); a zh-HK
 * Chrome reports zh-HK, not zh-TW, so each needs its folder (checked in Chromium: zh-HK got English without one).
 * Written by scripts/write-zh-tw-locale.ts; a unit test checks the committed files are what this makes.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import * as OpenCC from 'opencc-js';

export const LOCALES_DIR = resolve(__dirname, '../public/_locales');
/** Each generated folder, the language tag its `uiLang` message names, and OpenCC's target for it. */
export const TRADITIONAL = [
  { folder: 'zh_TW', lang: 'zh-TW', to: 'twp' },
  { folder: 'zh_HK', lang: 'zh-HK', to: 'hk' },
] as const;

/** Where OpenCC's Taiwan phrases read wrong here: 发布 of news is 發布, not software's 釋出; 权限 is 權限. */
const CORRECTIONS: [RegExp, string][] = [
  [/釋出/g, '發布'],
  [/許可權/g, '權限'],
];

type Catalog = Record<string, { message: string; description?: string }>;

/** zh_CN's messages converted for `locale`, as the committed messages.json prints them. */
export function traditionalMessages(locale: (typeof TRADITIONAL)[number]): string {
  const simplified = JSON.parse(readFileSync(resolve(LOCALES_DIR, 'zh_CN/messages.json'), 'utf8')) as Catalog;
  const opencc = OpenCC.Converter({ from: 'cn', to: locale.to });
  const convert = (text: string) => CORRECTIONS.reduce((s, [from, to]) => s.replace(from, to), opencc(text));
  const out: Catalog = {};
  for (const [key, entry] of Object.entries(simplified))
    out[key] = { ...entry, message: key === 'uiLang' ? locale.lang : convert(entry.message) };
  return `${JSON.stringify(out, null, 2)}\n`;
}
