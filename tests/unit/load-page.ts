/** Test helper: a fixture page parsed by jsdom at the address it was served from. */
import { readFileSync } from 'node:fs';
import { JSDOM } from 'jsdom';

export function loadPage(path: string, url: string, encoding = 'utf-8'): Document {
  const bytes = readFileSync(path);
  const html = new TextDecoder(encoding).decode(bytes);
  return new JSDOM(html, { url }).window.document;
}
