import { describe, expect, it } from 'vitest';
import {
  CLIP_COMMAND,
  MENU,
  menuItems,
  onCommand,
  onMenuClick,
  type BrowseDeps,
  type ClipSummary,
} from '../../utils/browse/browse-actions';

function recorder() {
  const calls: string[] = [];
  const ok: ClipSummary = { ok: true, id: 'a1', title: '标题', created: true };
  const deps: BrowseDeps = {
    clipTab: async (tabId, selection) => (calls.push(`tab ${tabId} ${selection ? 'selection' : 'page'}`), ok),
    clipUrl: async (url) => (calls.push(`url ${url}`), ok),
    tell: async (tabId, s) => void calls.push(`tell ${tabId} ${s.ok}`),
  };
  return { calls, deps };
}

describe('clipping while browsing', () => {
  it('menu entries for a page, a selection and a link, on web pages only', () => {
    const items = menuItems((k) => k);
    expect(items.map((i) => [i.id, i.contexts[0], i.title])).toEqual([
      [MENU.page, 'page', 'menuClipPage'],
      [MENU.selection, 'selection', 'menuClipSelection'],
      [MENU.link, 'link', 'menuClipLink'],
    ]);
    expect(items.every((i) => i.documentUrlPatterns?.every((p) => /^https?:/.test(p)))).toBe(true);
  });

  it.each([
    [{ menuItemId: MENU.page }, ['tab 7 page', 'tell 7 true']],
    [{ menuItemId: MENU.selection }, ['tab 7 selection', 'tell 7 true']],
    [
      { menuItemId: MENU.link, linkUrl: 'http://news.xjtu.edu.cn/info/1.htm' },
      ['url http://news.xjtu.edu.cn/info/1.htm', 'tell 7 true'],
    ],
    [{ menuItemId: MENU.link, linkUrl: 'javascript:alert(1)' }, []],
    [{ menuItemId: 'someone-else' }, []],
  ])('menu %o → %o', async (info, want) => {
    const { calls, deps } = recorder();
    await onMenuClick(info, 7, deps);
    expect(calls).toEqual(want);
  });

  it('the shortcut clips the active tab; other commands and no tab do nothing', async () => {
    const { calls, deps } = recorder();
    await onCommand(CLIP_COMMAND, 3, deps);
    await onCommand('other', 3, deps);
    await onCommand(CLIP_COMMAND, null, deps);
    expect(calls).toEqual(['tab 3 page', 'tell 3 true']);
  });
});
