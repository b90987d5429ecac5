/**
 * OpenCC's data as the fold tables' generators read it (opencc-js, a pinned devDependency: only the generated
 * tables ship). Shared by scripts/zh-fold-table.ts (the name finders' fold) and scripts/han-fold-table.ts (search's).
 */
import TS_CHARACTERS from 'opencc-js/dict/TSCharacters';
import ST_CHARACTERS from 'opencc-js/dict/STCharacters';
import TS_PHRASES from 'opencc-js/dict/TSPhrases';
import TW_VARIANTS_REV from 'opencc-js/dict/TWVariantsRev';
import HK_VARIANTS_REV from 'opencc-js/dict/HKVariantsRev';

export { TS_CHARACTERS, ST_CHARACTERS, TS_PHRASES, TW_VARIANTS_REV, HK_VARIANTS_REV };

/** OpenCC's dictionary format: "from to|from to|…" (the first of several candidates is the usual one). */
export const pairs = (dict: string): [string, string][] =>
  dict.split('|').map((e) => {
    const [from, to] = e.split(' ');
    return [from!, to!];
  });

/**
 * The hanzi of GB2312, the simplified national charset, read with the platform's GBK decoder: rows 16-55 are its
 * first level (the 3,755 most used characters, ≈ 99.7 % of running modern text), rows 16-87 both levels.
 */
export function gb2312(lastRow = 0xf7): Set<string> {
  const gbk = new TextDecoder('gbk');
  const out = new Set<string>();
  for (let row = 0xb0; row <= lastRow; row++)
    for (let cell = 0xa1; cell <= 0xfe; cell++) {
      const ch = gbk.decode(new Uint8Array([row, cell]));
      if (ch.length === 1 && ch !== '\ufffd') out.add(ch);
    }
  return out;
}

/** GB2312's last row of level 1. */
export const GB2312_LEVEL1 = 0xd7;
