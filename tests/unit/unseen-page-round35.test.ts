// Round 35 (issue #11, session 58): the classes R212-R215 failed once they became the tuning sets (they had checked
// round 34); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { edges, EN_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';
import { closingFields } from '../../utils/extraction/closing-credits';
import { parseEnglishByline } from '../../utils/extraction/meta-line';
import { datelineCredits } from '../../utils/extraction/header-lines';

const credited = (line: string) => closingFields(line)?.byline.map((b) => b.name);

describe('round 35: credits (bracketed fields side by side, a student’s class, Vietnamese, a dotted name)', () => {
  it('two bracketed fields on one line are both read', () => {
    expect(credited('【编辑：杨青】\u00a0\u00a0【审核：周海峰】')).toEqual(['杨青', '周海峰']);
  });
  it('a student’s department and year before the name are no part of it', () => {
    expect(credited('【文/社會三林子晴\u3000圖/教學資源中心】')?.[0]).toBe('林子晴');
  });
  it('guard: a three-character name holding a numeral stays whole', () => {
    expect(credited('文字：王三妹')).toEqual(['王三妹']);
  });
  it('Vietnamese "Tin, ảnh:" credits the writer and photographer', () => {
    expect(parseEnglishByline('Tin, ảnh: Minh Thu').map((b) => b.name)).toEqual(['Minh Thu']);
  });
  it('a dotted name in a dateline’s bracketed byline', () => {
    expect(
      datelineCredits('新疆农业大学新闻网讯（通讯员 阿依古丽·买买提）6月10日至11日，由我校主办。').map((b) => b.name),
    ).toEqual(['阿依古丽·买买提']);
  });
});

describe('round 35: a contact closing the text (measured and dropped)', () => {
  it('guard: "For more information, contact … at <address>" stays the text’s (a media advisory’s, as the corpus labels it)', () => {
    expect(
      edges(`${EN_PARAS}<p>For more information, contact Takahashi at ntakah@uw.edu or Whitaker at gwhit@uw.edu.</p>`),
    ).toMatch(/gwhit@uw\.edu\.$/);
  });
});

describe('round 35: places (a sea, a state’s region)', () => {
  it('the Ross Sea and Central Oregon are no people', () => {
    expect(peopleIn('The voyage reached the Ross Sea in January, the crew reported.', 'en')).toEqual([]);
    expect(peopleIn('Growers in Central Oregon said the season was dry.', 'en')).toEqual([]);
  });
  it('guard: a person from a state’s region is still one', () => {
    expect(peopleIn('Mara Jensen, a grower from Central Oregon, said the season was dry.', 'en')).toEqual([
      'Mara Jensen',
    ]);
  });
});
