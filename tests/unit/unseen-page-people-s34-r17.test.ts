// People on campus pages nobody had tuned on (review 34, R17 §3.3–3.4; issue #11): made-up texts, each test named
// after the page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { namesOfKind } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();

describe('Chinese project and forum news: role, three-character name, then the verb of its clause', () => {
  it('a verb or preposition right after the name ends it', () => {
    expect(people('近日，由学院教授周明远牵头承担的国家重点研发计划项目启动。')).toEqual(['周明远']);
    expect(people('中国工程院院士邹建平作为学科带头人代表发言。')).toEqual(['邹建平']);
    expect(people('海洋研究院院长何立新曾评价，这套系统让我们看清了深海。')).toEqual(['何立新']);
    expect(people('大埔县副县长郑志平对学院多年来的帮扶表示感谢。')).toEqual(['郑志平']);
    expect(people('青年教师罗佳怡是学校“青年英才工程”入选者。')).toEqual(['罗佳怡']);
  });
  it('作为 after two characters is the word, not the name’s third character', () => {
    expect(people('院长王明作为代表发言。')).toEqual(['王明']);
  });
  it('guard: a word after a role is no name', () => {
    expect(people('学校高度重视，院长高度对此肯定。教授们是学校的骨干，老师们曾参与。')).toEqual([]);
  });
});

describe('Chinese engineering and government news: chiefs, advisers, award-titled teachers, consuls', () => {
  it('总师, 总设计师, 一级顾问, 教学名师 before a name', () => {
    expect(people('我校副校长、“两机”专项总师龚卫国出席评价会并致辞。')).toEqual(['龚卫国']);
    expect(people('企业导师代表、系列卫星总设计师蒋鹏说，要在型号任务中成长。')).toEqual(['蒋鹏']);
    expect(people('国家电网有限公司一级顾问钱海鹰以“新型电力系统”为题作报告。')).toEqual(['钱海鹰']);
    expect(people('教师代表、省级教学名师邓丽娟分享了课程建设经验。')).toEqual(['邓丽娟']);
  });
  it('司長 and 總領事 inside a list of officials', () => {
    expect(people('社會文化司司長鄭嘉琳、葡萄牙駐澳門及香港總領事魏飛龍、教育及青年發展局局長梁詠欣出席。')).toEqual([
      '梁詠欣',
      '鄭嘉琳',
      '魏飛龍',
    ]);
  });
  it('guard: the same words opening other words name no one', () => {
    expect(people('这家公司长期从事芯片设计。顾问委员会成立。名师工作室揭牌。领事馆官员出席。')).toEqual([]);
  });
});

describe('Chinese notices: the contact line lists a surname with a title, then a name', () => {
  it('联系人：X老师、name', () => {
    expect(people('联系人：李老师、周敏　联系电话：010-62781234')).toEqual(['周敏']);
  });
});

describe('Chinese news with counts and award titles', () => {
  it('余 after a number is "more than", not a surname', () => {
    expect(people('每年有40余名本科生随船实习，已邀请200余位院士登台。')).toEqual([]);
  });
  it('guard: 余 opening a name is still a surname', () => {
    expect(people('2024年，院长余立新表示，学院将继续招生。')).toEqual(['余立新']);
  });
  it('特聘 between 学者 and 教授 qualifies the title', () => {
    expect(people('学院教授陈立华入选长江学者特聘教授。')).toEqual(['陈立华']);
  });
});

describe('English university news: accented and hyphenated names', () => {
  it('an accented name with a role in apposition, outside a title', () => {
    expect(
      people(
        'Awards go to Inés Carvajal, assistant professor of physics; and Joaquín Peña, associate professor of history.',
      ),
    ).toEqual(['Inés Carvajal', 'Joaquín Peña']);
  });
  it('guard: an accented place with an apposition naming no role', () => {
    expect(people('The team flew to São Paulo, the largest city in Brazil.')).toEqual([]);
  });
  // Anne-Marie Dubois was a known miss of session 22 (find-people-session22.test.ts).
  it('a hyphenated given name (Leigh-Anne, Anne-Marie)', () => {
    expect(people('What began in Leigh-Anne Morrow’s course grew into a data set.')).toEqual(['Leigh-Anne Morrow']);
    expect(people('Anne-Marie Dubois opened the season.')).toEqual(['Anne-Marie Dubois']);
  });
  it('guard: a hyphenated word of a place or a body', () => {
    expect(people('Students from Winston-Salem State joined. The Rolls-Royce Holdings team came too.')).toEqual([]);
  });
  it('the surname alone after "said" carries the name', () => {
    expect(people('Tendai Mubvumba will lead the survey. “We start in May,” said Mubvumba.')).toEqual([
      'Tendai Mubvumba',
    ]);
  });
});

describe('English research news: titles, places and programmes that are no person', () => {
  it('a title word inside a programme’s capitalised name', () => {
    expect(people('The work is funded by the Environmental Justice Thriving Communities Grantmaking Program.')).toEqual(
      [],
    );
  });
  it('guard: a judge’s title before a name', () => {
    expect(people('Justice Ruth Okafor spoke to the law students.')).toEqual(['Ruth Okafor']);
  });
  it('a funder named in apposition as a programme', () => {
    expect(
      people(
        'The team was awarded €5 million from Horizon Europe, the EU’s research and innovation funding programme, to study soils.',
      ),
    ).toEqual([]);
  });
  it('a place ending a university’s name (University of Hong Kong (HKU))', () => {
    expect(
      people('Professor Ada Lam, Chair Professor of Physics at City University of Hong Kong (CityU), won the award.'),
    ).toEqual(['Ada Lam']);
  });
  it('a deputy’s title in apposition is no person', () => {
    expect(
      people('Professor Lynn Adams, Deputy Vice-Chancellor: Research and Innovation, said the award mattered.'),
    ).toEqual(['Lynn Adams']);
  });
});
