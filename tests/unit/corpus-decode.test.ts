// The eval reads old university pages served as windows-1252 / iso-8859-1 (CleanEval's essays and press releases,
// curly quotes as bytes 0x91–0x94) as Chromium does, whatever Node's TextDecoder does with those bytes.
import { describe, expect, it } from 'vitest';
import { decodeAs } from '../corpus/corpus';

describe('corpus decoding (windows-1252 pages)', () => {
  it('reads 0x80–0x9F as the WHATWG windows-1252 characters, not C1 controls', () => {
    const bytes = Uint8Array.from([0x4f, 0x6e, 0x65, 0x20, 0x70, 0x92, 0x73, 0x20, 0x93, 0x78, 0x94, 0x20, 0x80, 0x96]);
    expect(decodeAs(bytes, 'windows-1252')).toBe('One p’s “x” €–');
  });
  it('leaves other charsets to TextDecoder', () => {
    expect(decodeAs(new TextEncoder().encode('人’s'), 'utf-8')).toBe('人’s');
  });
});
