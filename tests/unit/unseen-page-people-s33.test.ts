// People on campus pages nobody had tuned on (review 33, R15 finding 7; issue #11): made-up texts, each test named
// after the page class it serves. Precision first: a wrong name is worse than a missing one.
import { describe, expect, it } from 'vitest';
import { namesOfKind, peopleIn } from './entity-kinds';

const people = (text: string) => namesOfKind(text, 'person').sort();

describe('Chinese centre and college news: a role whose last character is a surname', () => {
  it('主任 before the name: 任 belongs to the role, not the name', () => {
    expect(people('研究院主任高明教授发布了年度报告。')).toEqual(['高明']);
    expect(people('办公室主任李明、王刚、赵强出席会议。')).toEqual(['李明', '王刚', '赵强']);
  });
});

describe('Chinese and Hong Kong press releases: a surname and a title refers back', () => {
  it('劉教授 after 劉文傑 is no second person', () => {
    const text = '化學系劉文傑教授表示，新材料可降低成本。「這是第一步。」劉教授說。';
    expect(people(text)).toEqual(['劉文傑']);
  });
});

describe('Chinese campus news: academicians, chains of titles, district heads, portfolios', () => {
  it('a talk after 以《…》 ends the name', () => {
    expect(people('报告会上，中国科学院院士周建平以《深空探测的挑战》为题作报告。')).toEqual(['周建平']);
    expect(people('中国工程院院士、某某大学讲席教授吴志强以《城市的未来》为题作主旨报告。')).toEqual(['吴志强']);
  });
  it('区长, 县长 are roles; 也 after the name ends it', () => {
    expect(people('大安區區長林志明也肯定學生的表現。')).toEqual(['林志明']);
    expect(people('县长王海涛还参观了学校的实验室。')).toEqual(['王海涛']);
  });
  it('guard: two characters before 也 or 还 are as often a word', () => {
    expect(people('北京大学高度也重视这项工作。校长高度还评价了学生。')).toEqual([]);
  });
  it('a bracketed portfolio between the title and the name', () => {
    expect(people('出席典禮的還有副校長（學術）何志強、院長代表等。')).toEqual(['何志強']);
  });
});

describe('Chinese campus news in Xinjiang and minority regions: names with the middle dot', () => {
  it('after an occupation, cut at a speech verb', () => {
    expect(people('来自伊犁的选手古丽米热·阿不都讲述了自己的求学经历。')).toEqual(['古丽米热·阿不都']);
  });
  it('in a list closed by 等 and a count of people', () => {
    const text = '比赛结束后，热依拉·买买提、王芳等2名同学获得优秀奖。';
    expect(people(text)).toEqual(['热依拉·买买提', '王芳']);
  });
  it('no dotted place or title in a list', () => {
    expect(people('活动在中国·西安、北京、上海三地举行。')).toEqual([]);
  });
});

describe('English university news: Hawaiian names, stacked titles, journals', () => {
  it('the ʻokina is a letter of the name', () => {
    expect(people('The school’s director, Kalena Kealohaʻiwa, said the program will grow.')).toEqual([
      'Kalena Kealohaʻiwa',
    ]);
  });
  it('a three-part name after two titles is read whole', () => {
    expect(
      people('At the launch, University President Professor Lim Boon Heng said the centre would open in May.'),
    ).toEqual(['Lim Boon Heng']);
  });
  it('a journal after "published in" is no person', () => {
    const text =
      'Professor Grace Byrne, of the School of Botany and Ecology, who led the study, said it took years. The study, published in the journal Nature Ecology, was funded by the council.';
    expect(people(text)).toEqual(['Grace Byrne']);
  });
});

describe('French, Spanish and German university news: a sentence opener before the name', () => {
  it('Pour, Según, Laut are no part of the name', () => {
    expect(
      peopleIn(
        "Pour Camille Martin, présidente de l'université, ce projet est une étape importante pour la recherche et pour les étudiants.",
        'fr',
      ),
    ).toEqual(['Camille Martin']);
    expect(
      peopleIn(
        'Según Pablo Ortega, rector de la universidad, el acuerdo es una oportunidad para los estudiantes y para la ciudad.',
        'es',
      ),
    ).toEqual(['Pablo Ortega']);
  });
});
