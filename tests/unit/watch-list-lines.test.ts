import { describe, expect, it } from 'vitest';
import { parseWatchList } from '../../utils/entities/watch-list';
import { watchListLines } from '../../utils/entities/watch-list-lines';

// The options page counts these lines as the user types, without loading the name finders (session 19).
describe('watchListLines', () => {
  const text = '王树国 = 王校长\n“6352”工程＝6352工程\n\n王树国\nClimate Project';
  it('reads names and aliases, dropping blank lines and repeats', () =>
    expect(watchListLines(text)).toEqual([
      { name: '王树国', aliases: ['王校长'] },
      { name: '“6352”工程', aliases: ['6352工程'] },
      { name: 'Climate Project', aliases: [] },
    ]));
  it('gives the same items as parseWatchList, less their kinds', () =>
    expect(watchListLines(text)).toEqual(parseWatchList(text).map(({ name, aliases }) => ({ name, aliases }))));
});
