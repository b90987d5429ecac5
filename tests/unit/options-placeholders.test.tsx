// R3 #4: the Options editors' example text comes from the messages, so a zh-TW or zh-HK page does not show
// simplified Chinese (王树国, 待读) written in the code.
import './dom-globals';
import './i18n-stub';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, expect, it, vi } from 'vitest';
import { DefaultTagsEditor } from '../../components/DefaultTagsEditor';
import { WatchListEditor } from '../../components/WatchListEditor';
import { byTestId, mountEach } from './render-helpers';

const show = mountEach();
const zhTW = JSON.parse(
  readFileSync(resolve(__dirname, '../../public/_locales/zh_TW/messages.json'), 'utf8'),
) as Record<string, { message: string }>;

beforeEach(() => {
  vi.mocked(fakeBrowser.i18n.getMessage).mockImplementation(((key: string) => zhTW[key]?.message ?? '') as never);
});

it('the watch list and default tags show the placeholders of the UI language', () => {
  const watch = byTestId(show(<WatchListEditor />), 'watch-list') as HTMLTextAreaElement;
  expect(watch.placeholder).toBe('王樹國 = 王校長\n「6352」工程 = 6352工程\nClimate Project');
  const tags = byTestId(show(<DefaultTagsEditor />), 'default-tags') as HTMLInputElement;
  expect(tags.placeholder).toBe('待讀, campus');
});
