// Round 13b (issue #11, session 45): classes the tuning sets R92 and R93 failed, checked on R94 and R95: each describe
// named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind } from './entity-kinds';
import { isDatedLabel } from '../../utils/extraction/date-lines';

const people = (text: string, lang: string) => namesOfKind(text, 'person', lang).sort();
const zhPeople = (text: string) => people(text, 'zh');
const zhPrograms = (text: string) => namesOfKind(text, 'program', 'zh').sort();

describe('round 13b: closing notes of US land-grant news (K-State, NC State, UKNow)', () => {
  const page = (tail: string) =>
    clip(
      `<title>Wheat outlook | News</title><main><article><h1>Wheat outlook</h1>${EN_PARAS}` +
        `<p>Growers must record fungicide use on their entry forms, which are due by June 1.</p><p>${tail}</p>` +
        '</article></main>',
      'https://www.ksre.k-state.edu/news/stories/2025/02/wheat-outlook.html',
    ).textContent;
  it('an update note and an institution’s standing description of itself close no text', () => {
    const tails = [
      'This post was updated on April 4 to correct the expected date of commercial availability.',
      'K-State Research and Extension is a short name for the Kansas State University Agricultural Experiment Station.',
      'As the state’s flagship, land-grant institution, the University of Kentucky exists to advance the Commonwealth.',
    ];
    expect(tails.map((t) => page(t).endsWith('which are due by June 1.'))).toEqual([true, true, true]);
  });
  it('guard: a closing paragraph about the university’s plans stays', () => {
    const tail = 'The university will open a second field station in 2026, the dean said.';
    expect(page(tail).endsWith(tail)).toBe(true);
  });
});

describe('round 13b: Dutch and Catalan university news (WUR, UPC)', () => {
  it('a date line labelled in Dutch or French with no colon is a date line, not the text’s start', () => {
    const lines = [
      'Gepubliceerd op 12 maart 2025',
      'Publié le 5 mars 2025',
      'Gepubliceerd op het web door de redactie',
    ];
    expect(lines.map((l) => isDatedLabel(l))).toEqual([true, true, false]);
  });
  it('Dutch project leaders and farmers, and a Catalan role with its complement between commas', () => {
    const nl =
      'Akkerbouwer Geert Jansen uit Dronten doet voor het vierde jaar mee. Volgens projectleider Thijs Bakker is het ' +
      'draagvlak bij handel en supermarkten minstens zo belangrijk als de veredeling zelf, en dat is niet altijd zo.';
    const ca =
      'L’acte va comptar amb la presència del director de l’EEBE, Jordi Casals, i de la vicerectora de Campus i ' +
      'Estudiantat, Mercè Ribas, que va destacar que els projectes són la millor manera d’aprendre.';
    expect([people(nl, 'nl'), people(ca, 'ca')]).toEqual([
      ['Geert Jansen', 'Thijs Bakker'],
      ['Jordi Casals', 'Mercè Ribas'],
    ]);
  });
});

describe('round 13b: US newsrooms (Virginia Tech, Kentucky) and Korean names', () => {
  it('a dek between the headline and its date line is no distance: the printed day beats the meta time', () => {
    const d = clip(
      '<title>Engineering faculty to lead summer program | Virginia Tech News</title>' +
        '<meta property="article:published_time" content="2025-04-09T16:45:00-04:00">' +
        '<main><article><h1>Engineering faculty to lead summer program</h1>' +
        '<p class="vt-subheadline">A new National Science Foundation award will bring 30 undergraduates from across the ' +
        'country to Blacksburg over three summers.</p><div class="meta"><span class="date">10 Apr 2025</span></div>' +
        `${EN_PARAS}</article></main>`,
      'https://news.vt.edu/articles/2025/04/eng-reu.html',
    );
    expect(d.publishedAt?.slice(0, 10)).toBe('2025-04-10');
  });
  it('Tech and Community end no person’s name; Park after a Korean given name is a surname', () => {
    const text =
      'Students will test drones at Virginia Tech under a new grant, with Hazard Community and Technical College. ' +
      'Co-investigator Soo-Jin Park, assistant professor of engineering, said the sensors work.';
    expect(people(text, 'en')).toEqual(['Soo-Jin Park']);
  });
  it('guard: Park after a place’s name stays a place', () => {
    expect(people('The festival filled Central Park and Hyde Park all weekend, organisers said.', 'en')).toEqual([]);
  });
});

describe('round 13b: Chinese agricultural and normal universities’ news (山东农业大学, 江苏师范大学, 國立宜蘭大學)', () => {
  it('成员 before a name, 讲解 and 透过 after one', () => {
    const text =
      '团队核心成员韩立平带领育种小组。由动物科学系助理教授许家豪讲解蜂群管理。國小教務主任張淑芬透過視訊表示感謝。';
    expect(zhPeople(text)).toEqual(['張淑芬', '许家豪', '韩立平'].sort());
  });
  it('分管 before a role is no name; an indigenous name with a full-width stop is one, its 也 not', () => {
    const text = '各学院院长、分管科研副院长参加会议。寒溪村族人瓦旦．達道也分享泰雅族傳統智慧。';
    expect(zhPeople(text)).toEqual(['瓦旦．達道']);
  });
  it('guard: 成员 before a word names no one (成员包括, 成员单位)', () => {
    expect(zhPeople('团队成员包括教师和学生，成员单位共有十家。')).toEqual([]);
  });
  it('the national agriculture research system (产业技术体系) and quoted names 等 gathers as projects', () => {
    const text = '国家荔枝龙眼产业技术体系首席科学家陈国林担任团长。学校组织毕业生参加“西部计划”“三支一扶”等基层项目。';
    expect(zhPrograms(text)).toEqual(['三支一扶', '国家荔枝龙眼产业技术体系', '西部计划'].sort());
  });
  it('guard: quoted themes 等 gathers are no programs', () => {
    expect(zhPrograms('学生围绕“乡村振兴”“共同富裕”等主题开展调研。')).toEqual([]);
  });
});
