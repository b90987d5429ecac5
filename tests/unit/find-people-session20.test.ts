import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';
import { findEnglishPeople } from '../../utils/entities/find-english-people';

// Session 20 (issue #11): each rule kept because it lifted the check set's aggregate (docs/extraction.md, "Names,
// session 20"). Made-up texts; each test names the page class it serves.
const people = (text: string) => namesOfKind(text, 'person');

describe('Chinese byline and review credits before a name', () => {
  it.each([
    [
      'a campus story’s footer naming a correspondent (通讯员 X)',
      '活动圆满结束。\n记者 林书远 通讯员 邱明哲\n',
      '邱明哲',
    ],
    ['a news story naming an intern reporter (实习生X)', '本报记者 陶然 实习生 韩静怡\n', '韩静怡'],
    ['a campus story’s review chain (初审 / 复审 / 终审)', '初审：严可馨\n复审：钟立衡\n终审：章海平', '钟立衡'],
    ['a photo credit line (图片：X)', '图片：骆文清\n编辑：周小川', '骆文清'],
  ])('%s', (_, text, name) => expect(people(text)).toContain(name));
  it('a credit word inside running words names no one (策划方案已通过, 视频会议)', () =>
    expect(people('策划方案已经通过审议，学院召开视频会议部署工作。')).toEqual([]));
});

describe('English names after a capitalised word that is no part of them', () => {
  it.each([
    [
      'a news story opening a sentence with an adverb (Yesterday X said)',
      'Yesterday Karen Whitfield said the budget would pass before the spring term.',
      'Karen Whitfield',
    ],
    [
      'a sports report naming the team before the player (Sixers X)',
      'The second half belonged to the visitors. Sixers Kelly Brandt scored eleven points, the coach noted.',
      'Kelly Brandt',
    ],
  ])('%s: the name starts at the given name', (_, text, name) => {
    const found = people(text);
    expect(found).toContain(name);
    expect(found.filter((n) => n.endsWith(` ${name}`))).toEqual([]);
  });
  it('two given names in a row stay one name (Mary Ann Evans)', () =>
    expect(people('Mary Ann Evans said she wrote under another name.')).toContain('Mary Ann Evans'));
  it('in another Latin-script language the capitalised word before stays (a noun there: Rey, Physiker)', () =>
    expect(findEnglishPeople('Yesterday Karen Whitfield said so.', false).map((p) => p.text)).not.toContain(
      'Karen Whitfield',
    ));
});
