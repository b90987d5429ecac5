// People on campus pages nobody had tuned on (review 35, R19 §G; issue #11): made-up texts, each test named after the
// page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();

describe('Chinese funding and contact notices: words that are no names', () => {
  it('博士后 after 和 and a quoted scheme is a word, not the role 博士 after a name', () => {
    expect(people('学院今年共有3人获批“青年拔尖人才计划”和中国博士后科学基金资助。')).toEqual([]);
  });
  it('和 after a quotation is the conjunction: the name is the two characters after it', () => {
    expect(people('论坛邀请“杰出青年”和李明教授作报告。')).toEqual(['李明']);
  });
  it('an office’s short form (项目办, 校办) after a body is no name', () => {
    expect(people('纸质材料报送至科学技术研究院项目办（行政楼305室）。\n联系人：李文清 郭明')).toEqual([
      '李文清',
      '郭明',
    ]);
  });
});

describe('Chinese meeting news: a role chain, a name, then what the speaker did', () => {
  it('a judgement after the name (评价)', () => {
    expect(people('中国工程院院士、农业大学教授刘东山评价，该技术提供了有力支撑。')).toEqual(['刘东山']);
    expect(people('中国科学院院士付文海评价这支团队“肯坐冷板凳”。')).toEqual(['付文海']);
  });
  it('leading the reading or relaying a document (领学, 传达)', () => {
    expect(people('党委宣传部部长孙立平领学了《若干措施》。党委办公室主任何文斌传达了会议精神。')).toEqual([
      '何文斌',
      '孙立平',
    ]);
  });
  it('the adverb of a row of speakers (分别)', () => {
    expect(people('实验室首席科学家陈晓东分别作报告。')).toEqual(['陈晓东']);
  });
  it('guard: two characters before the act are a word (全面, 简要), not a name', () => {
    expect(people('学院院长高度评价了团队的工作，书记全面传达了会议精神，主任简要通报了进展。')).toEqual([]);
  });
});

describe('Chinese press contacts: an office named by 室 before the name', () => {
  it('a contact line with the unit, traditional script', () => {
    expect(people('新聞聯絡人：臺大秘書室 林佳文 (02)3366-2032')).toEqual(['林佳文']);
  });
});

describe('English university news: bodies named like people, names with particles', () => {
  it('a national body ending in a country is no person', () => {
    expect(
      people('Genomics Ireland said the award will fund ten posts at the Science Foundation Ireland centre.'),
    ).toEqual([]);
  });
  it('a body’s short name described in apposition is no person', () => {
    expect(
      people(
        'Senators urged the campus to keep the Student Needs Center’s pantry open, funded through the Fee for Student Needs, a fee students passed in 2024.',
      ),
    ).toEqual([]);
  });
  it('a title without a stop before a name with a lower-case particle', () => {
    expect(people('The test was developed by Dr Pieter van Wyk of the Department of Veterinary Science.')).toEqual([
      'Pieter van Wyk',
    ]);
  });
  it('guard: a country surname after a given name is a person', () => {
    expect(people('Kathy Ireland, a designer, opened the show.')).toEqual(['Kathy Ireland']);
  });
});

describe('Spanish university news: Dra. before a name with two surnames', () => {
  it('the feminine title Dra.', () => {
    expect(
      peopleIn(
        'La nueva directora de la facultad, Dra. Mariela Soto Aravena, quien encabezó el departamento, asumió el cargo.',
        'es',
      ),
    ).toEqual(['Mariela Soto Aravena']);
  });
});
