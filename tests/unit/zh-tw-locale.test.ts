import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import {
  LOCALES_DIR,
  MAINLAND_WORDS,
  REGIONAL,
  regionalMessages,
  TRADITIONAL,
  traditionalMessages,
} from '../../scripts/zh-tw-locale';

type Catalog = Record<string, { message: string }>;
const placeholders = (m: string) => [...new Set(m.match(/\$\d|\$[a-z_]+\$/gi) ?? [])].sort();

// The traditional-Chinese UIs are generated from zh_CN (pinned opencc-js): a message changed in zh_CN and not
// regenerated makes them stale. Rewrite them: npx vite-node scripts/write-zh-tw-locale.ts
describe.each(TRADITIONAL)('public/_locales/$folder/messages.json', (locale) => {
  const committed = readFileSync(resolve(LOCALES_DIR, locale.folder, 'messages.json'), 'utf8');
  const catalog = JSON.parse(committed) as Catalog;
  it('is what scripts/zh-tw-locale.ts makes from zh_CN now', () => expect(committed).toBe(traditionalMessages(locale)));
  it('has every key of en, with its placeholders', () => {
    expect(Object.keys(en).filter((k) => !(k in catalog))).toEqual([]);
    for (const [k, v] of Object.entries(en as Catalog))
      expect(placeholders(catalog[k]!.message)).toEqual(placeholders(v.message));
  });
  it('is traditional Chinese and names its language', () => {
    expect(catalog.extName!.message).toBe('校園新聞剪藏');
    expect(catalog.countLabel_one!.message).toBe('共 $1 篇');
    expect(catalog.uiLang!.message).toBe(locale.lang);
  });
});

it('zh_TW uses Taiwan’s words', () => {
  const tw = JSON.parse(readFileSync(resolve(LOCALES_DIR, 'zh_TW/messages.json'), 'utf8')) as Catalog;
  expect(tw.export!.message).toBe('匯出 JSON');
  expect(tw.fieldPublishedAt!.message).toMatch(/^發布時間/);
});

// R3 #3: the reviewed phrase lists leave none of their mainland words, and both quote with 「」.
describe.each(TRADITIONAL)('$folder wording', (locale) => {
  const catalog = JSON.parse(readFileSync(resolve(LOCALES_DIR, locale.folder, 'messages.json'), 'utf8')) as Catalog;
  const messages = Object.entries(catalog).map(([key, { message }]) => `${key}: ${message}`);
  it('keeps no word its phrase lists replace, nor the mainland words OpenCC replaces', () => {
    for (const [from] of locale.phrases)
      expect(
        messages.filter((m) => m.search(from) >= 0),
        String(from),
      ).toEqual([]);
    for (const word of MAINLAND_WORDS)
      expect(
        messages.filter((m) => m.includes(word)),
        word,
      ).toEqual([]);
  });
  it('uses its own words', () => {
    expect(catalog.fetchNoAccess!.message).toMatch(/無權存取 \$1，因此沒有取得該網頁/);
    expect(catalog.undo!.message).toBe('復原');
    expect(catalog.sitesRemoved!.message).toMatch(/撤銷其權限/);
    // Undo's sense reads as its button everywhere, not only on the bare button (R4 #7).
    expect(catalog.highlightRemoved!.message).toMatch(/都可以復原。$/);
    expect(messages.filter((m) => m.includes('撤銷'))).toEqual([`sitesRemoved: ${catalog.sitesRemoved!.message}`]);
    expect(catalog.defaultTagsHeading!.message).toBe('預設標籤');
    expect(catalog.highlightNoSelection!.message).toMatch(/用滑鼠，或按 F7 開[啟啓]游標瀏覽/);
    expect(catalog.empty!.message).toMatch(/「剪藏本文」。$/);
  });
});

it('zh_TW and zh_HK differ where Taiwan and Hong Kong do', () => {
  const read = (folder: string) =>
    JSON.parse(readFileSync(resolve(LOCALES_DIR, folder, 'messages.json'), 'utf8')) as Catalog;
  const [tw, hk] = [read('zh_TW'), read('zh_HK')];
  expect(tw.fetchUnreachable!.message).toMatch(/無法連線該網站（可能沒有連上網路，或網址有誤）/);
  expect(hk.fetchUnreachable!.message).toMatch(/無法連接該網站（可能沒有連上網絡，或網址有誤）/);
  expect(tw.errorNoPermission!.message).toBe('擴充套件無權讀取此網站。');
  expect(hk.errorNoPermission!.message).toBe('擴充功能無權讀取此網站。');
  expect(hk.empty!.message).toBe('還沒有剪藏。開啓一篇高校新聞，按「剪藏本文」。');
});

// zh-SG and zh-MO browsers got English (review 28): their folders are their region's messages, naming their language.
describe.each(REGIONAL)('public/_locales/$folder/messages.json', (region) => {
  const committed = readFileSync(resolve(LOCALES_DIR, region.folder, 'messages.json'), 'utf8');
  const catalog = JSON.parse(committed) as Catalog;
  const source = JSON.parse(readFileSync(resolve(LOCALES_DIR, region.from, 'messages.json'), 'utf8')) as Catalog;
  it('is what scripts/zh-tw-locale.ts makes now', () => expect(committed).toBe(regionalMessages(region)));
  it(`says what ${region.from} says, in ${region.lang}`, () => {
    expect(catalog.uiLang!.message).toBe(region.lang);
    expect({ ...catalog, uiLang: source.uiLang }).toEqual(source);
  });
});
