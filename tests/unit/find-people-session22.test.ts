import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

// Session 22 (issue #11): each rule kept because it lifted the check set's aggregate (docs/extraction.md, "Names,
// session 22"); the classes measured and dropped are known misses below. Made-up texts; each test names the page
// class it serves.
const people = (text: string) => namesOfKind(text, 'person');

describe('a slash after a byline name ends it', () => {
  it.each([
    ['a Taiwan news byline (〔記者X／台北報導〕)', '〔記者陳怡君／台北報導〕行政院今天通過預算。', '陳怡君'],
    [
      'a campus footer with credits joined by slashes (文字：X/图片：Y)',
      '活动圆满结束。\n文字：潘立群/图片：骆文清\n',
      '潘立群',
    ],
    [
      'a reporter and a place in a mainland byline (记者 X/北京报道)',
      '本报记者 邵明远/北京报道\n会议于昨日召开。',
      '邵明远',
    ],
  ])('%s', (_, text, name) => expect(people(text)).toContain(name));
  it('roles joined by a slash name no one (教授/研究员, 学生/家长)', () =>
    expect(people('参会的教授/研究员共30人，学生/家长代表也到场。')).toEqual([]));
});

describe('a common given name, a lower-case particle and a surname', () => {
  it.each([
    [
      'a history lecture’s announcement (X van Y)',
      'The lecture traces how Vincent van Gogh sold a single painting.',
      'Vincent van Gogh',
    ],
    [
      'a politics story naming a statesman (X de Y)',
      'The archive holds letters from Charles de Gaulle to the faculty.',
      'Charles de Gaulle',
    ],
    [
      'a science story naming a physicist (X van der Y)',
      'Work by Simon van der Meer won the prize.',
      'Simon van der Meer',
    ],
  ])('%s', (_, text, name) => expect(people(text)).toContain(name));
  it('a place or building with a particle names no one (Avenue de la Paix, Charles de Gaulle Airport)', () =>
    expect(people('The office moved from Avenue de la Paix near Charles de Gaulle Airport in May.')).toEqual([]));
});

describe('a speaker named right after a quotation', () => {
  it.each([
    ['a news story quoting a teacher (“……。”X说)', '“孩子们的进步让我很欣慰。”韩立平说，学校还将开设新课。', '韩立平'],
    [
      'a Hong Kong story quoting an official (「……」X表示)',
      '「計劃會如期推行。」鄧啟明表示，政府已預留撥款。',
      '鄧啟明',
    ],
  ])('%s', (_, text, name) => expect(people(text)).toContain(name));
  it('a quoted term before a verb names no one (“一带一路”倡议提出)', () =>
    expect(people('“一带一路”倡议提出十年来，“双一流”建设表示出新的活力。')).toEqual([]));
});

// A known miss of session 22 that round 57's word breaker reads (李建平|部署: a name, then a dictionary word).
it('a county news page naming its head (县长X)', () =>
  expect(people('会上，县长李建平部署了下一步工作。')).toContain('李建平'));

// Classes measured in session 22 and dropped: each moved no check row (or lowered one; docs/extraction.md). Known
// misses, so a later rule that finds them and lifts the check set turns them into `it`.
describe('known misses (session 22, measured and dropped)', () => {
  it.fails.each([
    ['a science story naming an astronaut with no role (见到了X·Y)', '那天，我见到了巴兹·奥尔德林。', '巴兹·奥尔德林'],
    [
      'an obituary naming the dead by birth and school (X生于, 毕业于)',
      '潘振声生于江苏，毕业于南京师范学院。',
      '潘振声',
    ],
    ['a translated story’s byline (编译：X)', '研究结果已发表在《自然》上。（编译：林靖东）', '林靖东'],
    ['a Taiwan story naming a legislator (立委X)', '立委陳明德今天質詢部長。', '陳明德'],
    ['a social story naming someone under a pseudonym (X（化名）)', '王晓峰（化名）今年刚毕业。', '王晓峰'],
    ['a story quoting someone with a compound surname (欧阳X表示)', '会上，欧阳明辉表示，学院将继续招生。', '欧阳明辉'],
    [
      'an essay naming a poet by spaced initials (T. S. Eliot)',
      'The essays of T. S. Eliot shaped the course.',
      'T. S. Eliot',
    ],
    [
      'a history story naming a dictator by his possessive (X’s … X was)',
      'Adolf Hitler’s putsch failed. Hitler was jailed. Hitler was tried. Hitler was freed.',
      'Adolf Hitler',
    ],
    [
      'a campus page naming an officer after a field (Director of Student Affairs X)',
      'Director of Student Affairs Mwangi Otieno opened the day.',
      'Mwangi Otieno',
    ],
    [
      'an alumni page signing a quotation after a dash ("…" — X)',
      '"The program changed my life." — Thandiwe Mokoena',
      'Thandiwe Mokoena',
    ],
    [
      'a news story naming someone who tells the reporter (X对记者说)',
      '会后，韩立平对记者说，明年还会再来。',
      '韩立平',
    ],
    [
      'a project page listing its members after a colon (参与人员：X Y Z)',
      '项目启动。\n参与人员：张晓峰 李明远 王海涛\n',
      '李明远',
    ],
    ['a campus page naming a project lead in brackets (主任（X）)', '项目主任（邵明远）介绍了进展。', '邵明远'],
    [
      'a report naming a chair in brackets (the department chair (X))',
      'The department chair (Thandiwe Mokoena) opened the meeting.',
      'Thandiwe Mokoena',
    ],
  ])('%s', (_, text, name) => expect(people(text)).toContain(name));
});
