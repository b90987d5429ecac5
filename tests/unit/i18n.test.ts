import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';
import zh from '../../public/_locales/zh_CN/messages.json';
import './i18n-stub';

type Catalog = Record<string, { message: string; placeholders?: Record<string, unknown> }>;
const placeholders = (m: string) => [...new Set(m.match(/\$\d|\$[a-z_]+\$/gi) ?? [])].sort();

describe('message catalogs', () => {
  it('zh_CN has exactly the keys of en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });
  it.each(Object.keys(en))('%s has the same placeholders in both languages', (key) => {
    expect(placeholders((zh as Catalog)[key]!.message)).toEqual(placeholders((en as Catalog)[key]!.message));
  });
  it('every plural key has its other form', () => {
    const keys = Object.keys(en);
    for (const k of keys.filter((k) => k.endsWith('_one'))) expect(keys).toContain(k.replace(/_one$/, '_other'));
  });
});

describe('tn: counted strings follow the plural rules', () => {
  beforeEach(() => vi.resetModules());
  it.each([
    [0, '0 articles'],
    [1, '1 article'],
    [2, '2 articles'],
    [12345, '12,345 articles'],
  ])('%d → %s', async (n, want) => {
    const { tn } = await import('../../utils/platform/i18n');
    expect(tn('countLabel', n)).toBe(want);
  });
  it('keeps the other substitutions after the count', async () => {
    const { tn } = await import('../../utils/platform/i18n');
    expect(tn('tagged', 1, '交大要闻')).toBe('Tagged 1 article “交大要闻”.');
    expect(tn('tagged', 3, '交大要闻')).toBe('Tagged 3 articles “交大要闻”.');
  });
  it('uses the one form Chinese has for every count', async () => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'zh-CN');
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      ((zh as Catalog)[key]?.message ?? '').replace(/\$(\d)/g, (_, i) => subs?.[Number(i) - 1] ?? '')) as never);
    const { tn } = await import('../../utils/platform/i18n');
    expect(tn('countLabel', 1)).toBe('共 1 篇');
    expect(tn('countLabel', 2)).toBe('共 2 篇');
  });
  // Review 28 (R1 #1): a zh-TW, ja or ko browser without a folder of its own is shown English, and its plural rules
  // (one form for every count) made "1 articles".
  it.each(['zh-TW', 'ja-JP', 'ko'])('follows the messages shown, not a %s browser', async (browserLang) => {
    vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => browserLang);
    vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string[]) =>
      ((en as Catalog)[key]?.message ?? '').replace(/\$(\d)/g, (_, i) => subs?.[Number(i) - 1] ?? '')) as never);
    const { tn, uiLanguage } = await import('../../utils/platform/i18n');
    expect(tn('countLabel', 1)).toBe('1 article');
    expect(tn('countLabel', 1234)).toBe('1,234 articles');
    expect(uiLanguage()).toBe('en');
  });
  it('names the language of each catalog', () => {
    expect((en as Catalog).uiLang!.message).toBe('en');
    expect((zh as Catalog).uiLang!.message).toBe('zh-CN');
  });
});
