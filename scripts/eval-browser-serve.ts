// How scripts/eval-browser.ts serves the corpus: the address each page is asked for at, and the certificate for
// the hosts Chromium asks for over https only.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { pageUrl, type CorpusPage } from '../tests/corpus/corpus';

/** The address the proxy serves a page at: http (no CONNECT tunnel, no certificate), no fragment. */
export const servedUrl = (p: CorpusPage) => {
  const u = new URL(pageUrl(p));
  u.protocol = 'http:';
  u.hash = '';
  return u.href;
};
/** An address as the proxy's table holds it: a page asked for as https (HSTS) is the same page. */
export const normal = (url: string) => {
  try {
    const u = new URL(url);
    u.protocol = 'http:';
    return u.href;
  } catch {
    return url;
  }
};

/** A throwaway certificate for the hosts Chromium asks for over https only (its HSTS preload list). */
export function selfSigned(): { key: Buffer; cert: Buffer } {
  const dir = mkdtempSync(resolve(tmpdir(), 'cnc-tls-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-days',
        '1',
        '-subj',
        '/CN=eval-browser',
        '-keyout',
        resolve(dir, 'key.pem'),
        '-out',
        resolve(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    return { key: readFileSync(resolve(dir, 'key.pem')), cert: readFileSync(resolve(dir, 'cert.pem')) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Clip the tab from the popup opened for it, as a user does (`popup.html?tabId=N`, then Clip), and return the status
 * line once it no longer says "Clipping…"; a failure's first line when it never answers.
 */
export async function clipFromPopup(popup: Page, extensionId: string, tabId: number): Promise<string> {
  try {
    await popup.goto(`chrome-extension://${extensionId}/popup.html?tabId=${tabId}`);
    await popup.getByTestId('clip').click({ timeout: 10_000 });
    await popup.waitForFunction(
      () => !/^(?:|Clipping.*)$/s.test(document.querySelector('[data-testid="status"]')?.textContent ?? ''),
      null,
      { timeout: 30_000 },
    );
    return (await popup.getByTestId('status').textContent()) ?? '';
  } catch (e) {
    return `no answer (${(e as Error).message.split('\n')[0]})`;
  }
}
