/**
 * Pages whose charset declaration lies: a page declared gb2312 but sent as UTF-8 (or the reverse) reaches
 * the content script as mojibake. The page's bytes are fetched again and decoded the way they really are.
 */

/** Which encoding to try instead of the one the browser used, or null when the text looks right. */
export function suspectEncoding(characterSet: string, text: string): 'utf-8' | 'gb18030' | null {
  const cs = characterSet.toLowerCase();
  if (cs !== 'utf-8') return 'utf-8'; // cheap to verify: GBK bytes are almost never valid UTF-8
  const replacement = (text.match(/\uFFFD/g) ?? []).length;
  return replacement >= 3 ? 'gb18030' : null;
}

/** The bytes decoded as `encoding` when that is clearly better than what the browser showed, else null. */
export function redecode(bytes: ArrayBuffer, encoding: 'utf-8' | 'gb18030', shownText: string): string | null {
  if (encoding === 'utf-8') {
    // Only a real multi-byte UTF-8 text counts; pure ASCII decodes the same either way.
    if (!new Uint8Array(bytes).some((b) => b >= 0x80)) return null;
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      return null;
    }
  }
  const text = new TextDecoder('gb18030').decode(bytes);
  const bad = (s: string) => (s.match(/\uFFFD/g) ?? []).length;
  return bad(text) < bad(shownText) / 2 ? text : null;
}
