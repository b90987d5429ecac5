// Round 39 (issue #11, session 60): the classes R228-R231 failed once they became the tuning sets (they had checked
// round 38); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { captionCredit } from '../../utils/extraction/photo-captions';
import { labelledCredits } from '../../utils/extraction/credit-labels';
import { clip, EN_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

describe('round 39: Chinese words read as names (方案, 卫生, 师范生, 硕博士, 的)', () => {
  it('a plan that 方 opens says, no one (方案提出)', () => {
    expect(peopleIn('方案提出，到2027年，学校将建成一批特色鲜明的现代产业学院。', 'zh-Hans')).toEqual([]);
  });
  it('guard: 方 as a surname before a speech verb stays', () => {
    expect(peopleIn('方志远表示，学院将继续推进课程建设。', 'zh-Hans')).toEqual(['方志远']);
  });
  it('卫生所 before 长期 is a clinic, no one (traditional and simplified)', () => {
    expect(peopleIn('他感謝部落族人與衛生所長期支持，讓計畫能夠穩定扎根。', 'zh-Hant')).toEqual([]);
    expect(peopleIn('他感谢部落族人与卫生所长期支持。', 'zh-Hans')).toEqual([]);
  });
  it('师范生 after a teacher’s 师: a normal-school student, no 范 surname', () => {
    expect(peopleIn('仪式上，学生郑欣怡代表支教师范生发言，表示将投身乡村教育。', 'zh-Hans')).not.toContain('范生');
  });
  it('guard: a teacher surnamed 范 stays', () => {
    expect(peopleIn('指导教师范文琦表示，团队将继续努力。', 'zh-Hans')).toEqual(['范文琦']);
  });
  it('硕博士 is a class of students: what follows is no name between two roles', () => {
    expect(peopleIn('学校招收工程硕博士专项研究生412人。要完善专项研究生的考核评价。', 'zh-Hans')).toEqual([]);
  });
  it('guard: a doctoral student named after 博士研究生 stays', () => {
    expect(peopleIn('博士研究生王晓明表示，团队将继续攻关。', 'zh-Hans')).toEqual(['王晓明']);
  });
  it('的 is no given name’s character (感谢的是老师们)', () => {
    expect(peopleIn('“站在舞台上，最想感谢的是老师们一遍遍听录音。”', 'zh-Hans')).toEqual([]);
  });
});

describe('round 39: Chinese people by a photo’s position and an age', () => {
  it('a name with where the photo shows the person (沈一帆（右二）)', () => {
    expect(peopleIn('沈一帆（右二）与学生讨论实验方案', 'zh-Hans')).toEqual(['沈一帆']);
  });
  it('guard: a place with a position note names no one', () => {
    expect(peopleIn('活动现场（左）与展览一角（右）', 'zh-Hans')).toEqual([]);
  });
  it('an age before the name (15岁少年陈俊豪用流利的中文发言)', () => {
    expect(peopleIn('开营仪式上，来自马来西亚吉隆坡的15岁少年陈俊豪用流利的中文发言。', 'zh-Hans')).toEqual(['陈俊豪']);
  });
});

describe('round 39: English people (a plural noun alone, an age, a hometown, a centre, a three-word name)', () => {
  it('a programme’s words are no person for "Women who" opening a sentence', () => {
    const text =
      'The Sisonke Women in Mathematics Bursary Programme was launched. We lose talented women at every step. ' +
      'Women who are citizens are eligible to apply.';
    expect(peopleIn(text, 'en')).toEqual([]);
  });
  it('guard: a surname the text prints in lower case still counts when said (Young said)', () => {
    const text = 'Amy Young leads the study of young people. "It matters," Young said.';
    expect(peopleIn(text, 'en')).toEqual(['Amy Young']);
  });
  it('an age before the name, and where the person is from is a place', () => {
    const text = 'For 24-year-old Kagiso Mthembu from Orange Farm, the programme came after three years of searching.';
    expect(peopleIn(text, 'en')).toEqual(['Kagiso Mthembu']);
  });
  it('a centre named for a person, an acronym between (Desmond Tutu HIV Centre)', () => {
    const text = 'The project, run by the Desmond Tutu HIV Centre, screened adults, said Dr Jane Smith.';
    expect(peopleIn(text, 'en')).toEqual(['Jane Smith']);
  });
  it('a three-word name before an apposition is read whole (Paolo Miguel Sarmiento, a … student)', () => {
    const text =
      'Paolo Miguel Sarmiento, a Master of Science student who handled the analysis, said the team was ready.';
    expect(peopleIn(text, 'en')).toEqual(['Paolo Miguel Sarmiento']);
  });
  it('guard: a word glued before a given name still opens the sentence (Yesterday John Smith said)', () => {
    expect(peopleIn('Yesterday John Smith said the results were clear.', 'en')).toEqual(['John Smith']);
  });
});

describe('round 39: credits (a long label, a colon-less sign-off, a dated author line, particles, a run-on)', () => {
  it('a label of three words ends the name before it (Edição de imagem:)', () => {
    const text = 'Texto: Luiza Ferreira Campos Fotos: Rafael Nogueira Edição de imagem: Simone Tavares';
    expect(labelledCredits(text)).toEqual([
      { name: 'Luiza Ferreira Campos', role: 'Author' },
      { name: 'Rafael Nogueira', role: 'Photo' },
      { name: 'Simone Tavares', role: 'Editor' },
    ]);
  });
  it('Italian "A cura di" alone after the text credits the writer', () => {
    const html =
      '<html><head><title>Dagli scarti agricoli nuovi materiali</title></head><body><article>' +
      '<h1>Dagli scarti agricoli nuovi materiali</h1><p class="data">16 maggio 2024</p>' +
      `<div class="text">${EN_PARAS}</div><div class="autore">A cura di Chiara Marchetti</div>` +
      '<div class="share"><span>Condividi</span></div></article></body></html>';
    expect(clip(html, 'https://magazine.unibo.it/archivio/2024/05/16/scarti').byline).toEqual([
      { name: 'Chiara Marchetti', role: 'Author' },
    ]);
  });
  it('a line marked as the author’s, the date first, credits the name in it', () => {
    const html =
      '<html><head><title>Extreme heat sends older Sowetans to hospital</title></head><body><article>' +
      '<header><h1>Extreme heat sends older Sowetans to hospital</h1>' +
      '<p class="date-author"><span class="date">14 May 2024</span> - <span class="author">Lwazi Maseko</span></p>' +
      `</header><div class="body">${EN_PARAS}</div></article></body></html>`;
    expect(clip(html, 'https://www.wits.ac.za/news/latest-news/2024/heat/').byline.map((b) => b.name)).toEqual([
      'Lwazi Maseko',
    ]);
  });
  it('a caption’s credit with a particle in the name (Foto: Marc de Haan)', () => {
    expect(captionCredit('Het Academiegebouw aan het Rapenburg. Foto: Marc de Haan')).toEqual({
      photographer: 'Marc de Haan',
    });
  });
  it('a byline run into the next span is the name its own line prints (By Laura Whitfield | Ohio State News)', () => {
    const html =
      '<html><head><title>Cover crops help Ohio farm fields</title></head><body><article><header>' +
      '<h1>Cover crops help Ohio farm fields</h1><p class="entry-dek">Five years of data point to a practical tool</p>' +
      '<div class="entry-meta"><span class="byline">By Laura Whitfield</span>' +
      ' <span class="posted-on">Ohio State News</span> <time datetime="2024-05-14T08:00:26-04:00">May 14, 2024</time>' +
      `</div></header><div class="entry-content">${EN_PARAS}</div></article></body></html>`;
    expect(clip(html, 'https://news.osu.edu/cover-crops/').byline.map((b) => b.name)).toEqual(['Laura Whitfield']);
  });
});
