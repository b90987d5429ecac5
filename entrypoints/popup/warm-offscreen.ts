/**
 * The popup opened on a web page is the moment a clip becomes likely: ask the background to make Chrome's offscreen
 * document now, so the press does not wait for it (0.3–1 s for the first clip of a browser session). Asked once the
 * popup has looked up its tab, after its first frame and first render, never on page loads (pages nobody clips pay
 * nothing). Firefox has no offscreen document: its background page has a DOM.
 */
import { browser } from 'wxt/browser';
import { WARM_MESSAGE } from '../../utils/platform/protocol';

/** Whether a clip can run on a tab at this address (the injection needs a web page: not chrome://, not our pages). */
export const clippable = (url: string | null): boolean => !!url && /^https?:\/\//i.test(url);

export function warmOffscreenFor(url: string | null): void {
  if (import.meta.env.FIREFOX || !clippable(url)) return;
  // No answer is sent: the promise's rejection ("port closed") says nothing.
  void browser.runtime.sendMessage({ type: WARM_MESSAGE }).catch(() => {});
}
