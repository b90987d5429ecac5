// The first clip of a browser session: the popup, once open on a web page, asks the background to make Chrome's
// offscreen document before the press (entrypoints/popup/warm-offscreen.ts); pages nobody clips and our own pages ask
// nothing, and the background takes the ask only in its exact shape.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { clippable, warmOffscreenFor } from '../../entrypoints/popup/warm-offscreen';
import { isWarmMessage, WARM_MESSAGE } from '../../utils/platform/protocol';

afterEach(() => fakeBrowser.reset());

describe('warming the offscreen document from the popup', () => {
  it('a popup on a web page (http, https) asks once; on our own pages, browser pages or no tab it does not', () => {
    const send = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    for (const url of [null, '', 'chrome://extensions/', 'chrome-extension://x/popup.html', 'about:blank', 'file:///a'])
      warmOffscreenFor(url);
    expect(send).not.toHaveBeenCalled();
    warmOffscreenFor('https://news.mit.edu/2024/x');
    warmOffscreenFor('http://news.xjtu.edu.cn/info/1033/140512.htm');
    expect(send.mock.calls).toEqual([[{ type: WARM_MESSAGE }], [{ type: WARM_MESSAGE }]]);
    expect(clippable('HTTPS://A.EDU/')).toBe(true);
  });

  it('a failed ask (no listener answers) is swallowed: the clip makes the document itself', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockRejectedValue(new Error('The message port closed'));
    expect(() => warmOffscreenFor('https://news.mit.edu/')).not.toThrow();
    await new Promise((r) => setTimeout(r));
  });

  it('the background takes only the exact message', () => {
    expect(isWarmMessage({ type: WARM_MESSAGE })).toBe(true);
    for (const m of [null, WARM_MESSAGE, {}, { type: 'cnc:work' }, { type: WARM_MESSAGE, url: 'x' }])
      expect(isWarmMessage(m)).toBe(false);
  });
});
