/**
 * A fetched page's bytes as text, decoded as they really are: campus pages often declare gb2312 and send UTF-8,
 * or the reverse. Valid multi-byte UTF-8 wins (GBK bytes are almost never valid UTF-8); otherwise the declared
 * charset (HTTP header, then <meta>), and GB18030 (a superset of GBK and GB2312) for Chinese declarations.
 */

/** The charset a Content-Type header or the page's first bytes declare, lower-cased, or null. */
export function declaredCharset(bytes: Uint8Array, contentType: string | null): string | null {
  const header = /charset\s*=\s*["']?([\w-]+)/i.exec(contentType ?? '');
  if (header) return header[1]!.toLowerCase();
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const meta = /<meta[^>]+charset\s*=\s*["']?([\w-]+)/i.exec(head);
  return meta ? meta[1]!.toLowerCase() : null;
}

export function decodeHtml(buffer: ArrayBuffer, contentType: string | null): string {
  const bytes = new Uint8Array(buffer);
  if (bytes.some((b) => b >= 0x80)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      /* not UTF-8, whatever it says */
    }
  }
  const declared = declaredCharset(bytes, contentType);
  const encoding = !declared || /^(gb2312|gbk|gb18030|x-gbk|utf-?8)$/.test(declared) ? 'gb18030' : declared;
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes); // an unknown label: the likeliest on campus sites
  }
}
