import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { redecode, suspectEncoding } from '../../utils/extraction/charset';

const utf8 = readFileSync('tests/fixtures/pages/xjtu-vsb-article.html');
const gbk = readFileSync('tests/fixtures/pages/xjtu-vsb-article.gb18030.html');
const buf = (b: Buffer) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
const TITLE = '西安交通大学举行“产教融合、协同育人”创新工程启动大会';

describe('a page declared gb2312 but sent as UTF-8', () => {
  const shown = new TextDecoder('gb18030').decode(utf8); // what the browser shows
  it('shows mojibake, so we suspect it', () => {
    expect(shown).not.toContain(TITLE);
    expect(suspectEncoding('GBK', shown)).toBe('utf-8');
  });
  it('reads right once re-decoded', () => expect(redecode(buf(utf8), 'utf-8', shown)).toContain(TITLE));
});

describe('a page declared UTF-8 but sent as GB18030', () => {
  const shown = new TextDecoder('utf-8').decode(gbk);
  it('is suspected from its replacement characters', () => expect(suspectEncoding('UTF-8', shown)).toBe('gb18030'));
  it('reads right once re-decoded', () => expect(redecode(buf(gbk), 'gb18030', shown)).toContain(TITLE));
});

describe('honest pages', () => {
  it('a UTF-8 page that says so is left alone', () =>
    expect(suspectEncoding('UTF-8', utf8.toString('utf-8'))).toBeNull());
  it('a real GBK page is not taken for UTF-8', () => expect(redecode(buf(gbk), 'utf-8', '')).toBeNull());
});
