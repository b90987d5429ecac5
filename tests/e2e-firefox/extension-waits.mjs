// Waiting in the add-on's own pages without `new Function`. puppeteer's waitForFunction and waitForSelector run their
// predicate through a helper it injects, which builds the function with `new Function`; since Firefox ESR 140.12
// (December 2026) an extension page's CSP (script-src 'self', as it should be) blocks that ("call to Function()
// blocked by CSP"), where an evaluate's own function, sent over WebDriver BiDi, still runs. So in this suite both are
// polled from here with page.evaluateHandle, in every page (puppeteer's page.url() lags a navigation sent over BiDi,
// so it cannot tell an extension page in time).
import { Page } from 'puppeteer-core';

const POLL_MS = 50;
const DEFAULT_TIMEOUT_MS = 30_000;
const sleep = (ms) => new Promise((ok) => setTimeout(ok, ms));

/** Evaluate `fn` until it returns something truthy; that value's handle, as puppeteer's waitForFunction gives. */
async function poll(page, fn, timeout, ...args) {
  const end = Date.now() + timeout;
  for (;;) {
    const handle = await page.evaluateHandle(fn, ...args);
    if (await handle.evaluate((v) => !!v)) return handle;
    await handle.dispose();
    if (Date.now() > end) throw new Error(`Waiting failed: ${timeout}ms exceeded`);
    await sleep(POLL_MS);
  }
}

Page.prototype.waitForFunction = function (fn, options = {}, ...args) {
  return poll(this, fn, options.timeout ?? DEFAULT_TIMEOUT_MS, ...args);
};

/** An element matching `selector` (visible, with `visible`), or none or a hidden one (`hidden`: resolves to null). */
Page.prototype.waitForSelector = async function (selector, options = {}) {
  const { hidden = false, visible = false, timeout = DEFAULT_TIMEOUT_MS } = options;
  const found = await poll(
    this,
    (sel, wantHidden, wantVisible) => {
      const el = document.querySelector(sel);
      const shown = (e) => {
        const style = getComputedStyle(e);
        const box = e.getBoundingClientRect();
        return style.visibility !== 'hidden' && box.width > 0 && box.height > 0;
      };
      if (wantHidden) return !el || !shown(el);
      return el && (!wantVisible || shown(el)) ? el : null;
    },
    timeout,
    selector,
    hidden,
    visible,
  );
  if (hidden) {
    await found.dispose();
    return null;
  }
  return found.asElement();
};
