import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../public/_locales/en/messages.json';
import { LOCALES_DIR, TRADITIONAL, traditionalMessages } from '../../scripts/zh-tw-locale';

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
