// People on campus pages nobody had tuned on (review 34, R18 §3 F and G; issue #11): made-up texts, each test named
// after the page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();

describe('Chinese meeting and project news: role, name, then the act of its clause with no punctuation', () => {
  it('a talk after the name (作题为…, 作…发言)', () => {
    expect(people('中国科学院院士罗永明作题为《智慧水利与数字孪生》的学术报告。')).toEqual(['罗永明']);
    expect(people('物理学院院长、教授韩冬作大会交流发言。')).toEqual(['韩冬']);
  });
  it('a bid, a supervision or a lead after the name (申报, 指导, 领衔)', () => {
    expect(people('法学院副教授杜立新申报的课题获批立项。')).toEqual(['杜立新']);
    expect(people('由硕士生完成、教授邵明远指导的作品获一等奖。')).toEqual(['邵明远']);
    expect(people('该项目由教授蒋为民领衔，联合三所高校攻关。')).toEqual(['蒋为民']);
  });
  it('则 after a three-character name opens its clause', () => {
    expect(people('团队成员、副研究员魏晓雨则把目光投向了深加工。')).toEqual(['魏晓雨']);
  });
  it('a three-character name before its act wins over the two 为 would end', () => {
    expect(people('研究员张大为作专题报告。')).toEqual(['张大为']);
  });
  it('guard: a word, a plural or 作为 after a role is no name', () => {
    expect(people('院长高度作了讲话。教授们作交流发言。院士作题为《水》的报告。院长王明作为代表发言。')).toEqual([
      '王明',
    ]);
  });
});

describe('Chinese campus news: honours in quotes, Korean surnames in bylines, managers, Japanese names', () => {
  it('an honour in quotes right before a name', () => {
    expect(people('学院院长、“全国优秀教师”冯海涛，教授陶然出席。')).toEqual(['冯海涛', '陶然']);
  });
  it('guard: a quoted honour before a joining word names no one', () => {
    expect(people('“最美家庭”王某某表彰大会上，“先进个人”与会代表合影。')).toEqual([]);
  });
  it('the second of two spaced names in a correspondents’ byline, a Korean surname (朴)', () => {
    expect(people('本网讯（通讯员 金永哲 朴秀贤）近日，学校举办论坛。')).toEqual(['朴秀贤', '金永哲']);
  });
  it('a manager before a name, traditional script', () => {
    expect(people('如有查詢，請聯絡傳訊處高級經理何嘉琪（電話：1234 5678）。')).toEqual(['何嘉琪']);
  });
  it('a Japanese name after a Chinese title', () => {
    expect(people('日方主持人為京都大學教授高橋健太。')).toEqual(['高橋健太']);
  });
});

describe('English university news: Prof without a stop, long titles, occupations, class years', () => {
  it('Prof before a hyphenated surname', () => {
    expect(people('Prof Thandeka Mbeki-Nkosi, Vice-Rector: Teaching, said the award matters.')).toEqual([
      'Thandeka Mbeki-Nkosi',
    ]);
  });
  it('a long title, then a name and a clause about a person', () => {
    expect(people('The centre was opened by Minister of State for Education Jasmin Toh, who toured the labs.')).toEqual(
      ['Jasmin Toh'],
    );
  });
  it('an occupation before an accented name', () => {
    expect(people('The lab was founded by civil engineer Joaquín Ahlberg. It has since grown.')).toEqual([
      'Joaquín Ahlberg',
    ]);
  });
  it('a class year after a name', () => {
    expect(people('Several went on to graduate school; Kwabena Mensah ’21 is now a Fulbright scholar.')).toEqual([
      'Kwabena Mensah',
    ]);
  });
  it('guard: a season or an event with a year, and places after "including", are no people', () => {
    expect(
      people('Reunion Weekend ’24 drew crowds. Spring Break ’24 too. Cities including São Paulo and Bogotá joined.'),
    ).toEqual([]);
  });
  it('a national effort in apposition is no person', () => {
    expect(
      people('Students have a role to play in Forward Lagos, the national conversation on the city’s future.'),
    ).toEqual([]);
  });
});

describe('German university news: von der before a unit', () => {
  it('the unit after von der is not part of the name; von der Leyen stays whole', () => {
    expect(
      peopleIn(
        'Sprecherin des Verbunds ist Prof. Dr. Johanna Adler von der Professur für Bodenkunde. Die Präsidentin Ursula von der Leyen gratulierte.',
        'de',
      ),
    ).toEqual(['Johanna Adler', 'Ursula von der Leyen']);
  });
});
