/** The English messages from _locales, served by the fake browser the way Chromium would serve them. */
import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import en from '../../public/_locales/en/messages.json';

const messages = en as Record<string, { message: string }>;
vi.spyOn(fakeBrowser.i18n, 'getMessage').mockImplementation(((key: string, subs?: string | string[]) => {
  const list = subs === undefined ? [] : Array.isArray(subs) ? subs : [subs];
  return (messages[key]?.message ?? '').replace(/\$(\d)/g, (_, n) => list[Number(n) - 1] ?? '');
}) as never);
vi.spyOn(fakeBrowser.i18n, 'getUILanguage').mockImplementation(() => 'en-US');
