import { describe, expect, it } from 'vitest';
import { decodeHtml, declaredCharset } from '../../utils/extraction/decode-bytes';

const gbk = (s: string) => {
  // GB18030 bytes of a few known characters, so the test needs no encoder: 交大要闻 → bd bb b4 f3 d2 aa ce c5
  const table: Record<string, number[]> = { 交: [0xbd, 0xbb], 大: [0xb4, 0xf3], 要: [0xd2, 0xaa], 闻: [0xce, 0xc5] };
  return new Uint8Array([...s].flatMap((c) => table[c] ?? [c.charCodeAt(0)])).buffer;
};
const utf8 = (s: string) => new TextEncoder().encode(s).buffer as ArrayBuffer;

describe('decodeHtml', () => {
  it('reads UTF-8 sent under a gb2312 declaration', () => {
    expect(decodeHtml(utf8('<meta charset="gb2312"><a>交大要闻</a>'), 'text/html; charset=gb2312')).toContain(
      '交大要闻',
    );
  });
  it('reads GBK sent under a UTF-8 declaration', () => {
    expect(decodeHtml(gbk('<meta charset="utf-8"><a>交大要闻</a>'), 'text/html; charset=utf-8')).toContain('交大要闻');
  });
  it('reads GBK declared only in <meta>', () => {
    expect(
      decodeHtml(gbk('<meta http-equiv="Content-Type" content="text/html; charset=gbk">交大要闻'), null),
    ).toContain('交大要闻');
  });
  it('keeps a declared single-byte charset for Latin pages', () => {
    const bytes = new Uint8Array([...'<meta charset="windows-1252">caf'].map((c) => c.charCodeAt(0)).concat([0xe9]));
    expect(decodeHtml(bytes.buffer, null)).toContain('café');
  });
  it('finds the declaration in the header first, then the page', () => {
    expect(declaredCharset(new Uint8Array(), 'text/html;charset="GBK"')).toBe('gbk');
    expect(declaredCharset(new TextEncoder().encode('<meta charset=big5>'), 'text/html')).toBe('big5');
    expect(declaredCharset(new TextEncoder().encode('<p>none</p>'), null)).toBeNull();
  });
});
