import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 21 (issue #11): classes of programs still missed. A rule for each was written and measured; each lifted the
// tuning set alone (or nothing), so none was kept (docs/extraction.md, "Programs, session 21"). Made-up texts; each
// test names the page class it serves and fails until a rule that also generalises finds the name.
const programs = (text: string) => namesOfKind(text, 'program');

describe('programs still missed (known misses), and one found since', () => {
  it.fails('a news page on a new degree programme, named twice unquoted (养老服务管理专业)', () => {
    const text =
      '2020年，学校申报获批养老服务管理专业。今年，养老服务管理专业首届毕业生走上工作岗位，多数留在养老行业。';
    expect(programs(text)).toContain('养老服务管理专业');
  });
  it.fails('an English university page listing programs by their acronyms ("such as LIFE (…)")', () => {
    const text =
      'There are different housing programs for freshmen, such as LIFE (Learning Integrated Freshman Experience) clusters and special interest housing.';
    expect(programs(text)).toContain('Learning Integrated Freshman Experience');
  });
  it.fails('an English news page naming a partnership without a program word ("called the … (YAT)")', () => {
    const text =
      'The referrals are the product of a partnership between school districts and the probation department called the Youth Accountability Team (YAT).';
    expect(programs(text)).toContain('Youth Accountability Team');
  });
  // Found since the finders read traditional text folded to simplified (utils/entities/zh-fold.ts, session 21).
  it('a Taiwan news page naming a scheme in corner brackets (「…計畫」)', () => {
    const text = '教育部今年啟動「大學社會責任實踐計畫」，補助各校與地方合作。多所大學參與「大學社會責任實踐計畫」。';
    expect(programs(text)).toContain('大學社會責任實踐計畫');
  });
});
