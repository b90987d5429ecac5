// Round 16 (issue #11, session 48): the classes the tuning sets R116-R119 failed; each describe names the page class
// it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { parseByline } from '../../utils/extraction/meta-line';
import { namesOfKind, peopleIn } from './entity-kinds';

const credits = (text: string) => parseByline(text).map((b) => `${b.role}:${b.name}`);
const FIRST = 'The university opened a new research centre on Monday';

describe('round 16: a dek under the headline marked by the Nordic, Czech or Polish newsroom word (EPiServer, Norwegian CMSs)', () => {
  const page = (cls: string) =>
    '<title>UiT får nytt senter</title><main><article><h1>UiT får nytt senter for fremragende utdanning</h1>' +
    `<p class="${cls}">Senteret skal gjøre praksisperiodene i lærerutdanningene bedre tilpasset arbeidslivet i nord.</p>` +
    `<div class="body">${EN_PARAS}</div></article></main>`;
  it.each(['ingress', 'preamble', 'article-perex'])('<p class="%s"> is the dek, not the text’s first line', (cls) => {
    expect(clip(page(cls), 'https://uit.no/nyheter/artikkel?p_document_id=862314').textContent).toMatch(
      new RegExp(`^${FIRST}`),
    );
  });
  it('guard: a paragraph with no such class stays the first line', () => {
    expect(clip(page('block-progress'), 'https://uit.no/nyheter/a').textContent).toMatch(/^Senteret/);
  });
});

describe('round 16: credits in Nordic, Spanish and Polish meta lines (a name run into the date’s field, a plural label)', () => {
  it('a name ends before the next span’s publication or update word', () => {
    expect(credits('Tekst: Mari Johnsen Publisert 12.03.2025 Sist endret 13.03.2025')).toEqual(['Author:Mari Johnsen']);
    expect(credits('Text: Karin Wallin Publicerad: 14 maj 2024')).toEqual(['Author:Karin Wallin']);
  });
  it('the plural and the accented photo labels, and Polish “Oprac.” with its stop for a colon', () => {
    expect(credits('Por: Camila Fuentes Rojas | Fotografías: Felipe Poblete')).toEqual([
      'Author:Camila Fuentes Rojas',
      'Photo:Felipe Poblete',
    ]);
    expect(credits('Oprac. Katarzyna Zielińska')).toEqual(['Author:Katarzyna Zielińska']);
  });
  it('guard: a label with neither colon nor stop opens no field', () => {
    expect(credits('Oprac Katarzyna Zielińska')).toEqual([]);
  });
});

describe('round 16: the lead picture’s <figcaption> between the headline and the text (WordPress, Squiz)', () => {
  const page = (between: string) =>
    '<title>New clover variety</title><main><h1>Grass breeders release new clover variety</h1>' +
    `${between}<div class="news-body">${EN_PARAS}</div></main>`;
  it('a short caption is no subtitle put before the text', () => {
    const figure =
      '<figure><img src="/clover.jpg" alt=""><figcaption>AberCairn white clover in a trial plot at Gogerddan</figcaption></figure>';
    expect(
      clip(page(figure), 'https://www.aber.ac.uk/en/news/archive/2024/02/title-281234-en.html').textContent,
    ).toMatch(new RegExp(`^${FIRST}`));
  });
});

describe('round 16: degree programmes named with their stream in brackets (Australian universities)', () => {
  const programs = (text: string) => namesOfKind(text, 'program', 'en');
  it('the bracketed stream is part of the degree’s name', () => {
    expect(programs('She enrolled in the Bachelor of Education (Primary) at the Armidale campus last year.')).toEqual([
      'Bachelor of Education (Primary)',
    ]);
    expect(programs('Students in the Bachelor of Medical Science (Pathway to Medicine) start in February.')).toEqual([
      'Bachelor of Medical Science (Pathway to Medicine)',
    ]);
  });
  it('guard: an abbreviation in brackets is not', () => {
    expect(programs('She enrolled in the Bachelor of Education (BEd) at the Armidale campus last year.')).toEqual([
      'Bachelor of Education',
    ]);
  });
});

describe('round 16: a person whose surname is Grant, and years inside a Chinese “name” (news features, plans)', () => {
  it('a given name before Grant makes a person, not a grant', () => {
    const text = 'One participant, retired teacher Eileen Grant from Inverurie, said: "I have always liked porridge."';
    expect(namesOfKind(text, 'program', 'en')).toEqual([]);
  });
  it('guard: a funder’s name before Grant stays a grant', () => {
    const text = 'The work is funded by the Carnegie Research Incentive Grant over three years.';
    expect(namesOfKind(text, 'program', 'en')).toEqual(['Carnegie Research Incentive Grant']);
  });
  it('今年 or 本届 inside makes the program word a verb’s or an edition’s', () => {
    const text = '浏阳今年计划新建示范基地3个。学院师生积极备战本届大赛，力争取得佳绩。';
    expect(namesOfKind(text, 'program', 'zh-Hans')).toEqual([]);
  });
});

describe('round 16: Chinese people before 作 a talk, and a farmer named by his household (agricultural universities)', () => {
  it('a three-character name after a role, then 作了题为…', () => {
    expect(peopleIn('论坛期间，西北师范大学教授韩春平作了题为《陇右文化的历史地位》的主旨报告。', 'zh-Hans')).toEqual([
      '韩春平',
    ]);
  });
  it('种粮大户 before a name that speaks', () => {
    expect(peopleIn('商水县种粮大户韩保国说：“我种了两年示范田，今年遇到倒春寒。”', 'zh-Hans')).toEqual(['韩保国']);
  });
  it('guard: 作 after a word that is no name', () => {
    expect(peopleIn('学院教授团队作了题为《陇右文化的历史地位》的报告。', 'zh-Hans')).toEqual([]);
  });
});
