// Round 15 (issue #11, session 47): credit labels in the languages university news prints (a table written from the
// languages, not from pages), and the classes the tuning sets failed; each describe names the page class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { labelledCredits } from '../../utils/extraction/credit-labels';
import { parseByline } from '../../utils/extraction/meta-line';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);
const credits = (text: string) => parseByline(text).map((b) => `${b.role}:${b.name}`);

describe('round 15: labelled credits in any language (Czech, Russian, Hebrew, Hungarian, Korean, English pages)', () => {
  it('reads a writer, an editor and a photographer by their own language’s label', () => {
    expect(credits('Autor: Kristýna Šebestová')).toEqual(['Author:Kristýna Šebestová']);
    expect(credits('Автор текста: Мельникова Дарья')).toEqual(['Author:Мельникова Дарья']);
    expect(credits('Írta: Kovács Anna')).toEqual(['Author:Kovács Anna']);
    expect(credits('צילום: אורי פרידמן')).toEqual(['Photo:אורי פרידמן']);
    expect(credits('사진: 김민수')).toEqual(['Photo:김민수']);
  });
  it('reads every name of a field, and fields run together after a date field', () => {
    expect(credits('Editors: Li Han, Guo Lili')).toEqual(['Editor:Li Han', 'Editor:Guo Lili']);
    expect(credits('Date:2024-11-20 Writer:Zhou Xin Editor:Hu Yilin Source:Zhejiang University News Office')).toEqual([
      'Author:Zhou Xin',
      'Editor:Hu Yilin',
    ]);
    expect(credits('Kamis, 14 Agustus 2025 Penulis: Hanifah Rahmawati Editor: Bayu Pratama')).toEqual([
      'Author:Hanifah Rahmawati',
      'Editor:Bayu Pratama',
    ]);
  });
  it('a caption’s credit ends at its sentence', () => {
    expect(credits('Photo: Wikus Botha. Vines under deficit irrigation at the farm.')).toEqual(['Photo:Wikus Botha']);
  });
  it('guard: a word before the label makes it another field; a team or agency credits no one', () => {
    expect(labelledCredits('First Author: John Smith')).toEqual([]);
    expect(credits('Foto: Tim Semar UGM')).toEqual([]);
    expect(credits('Photo: Getty Images')).toEqual([]);
  });
});

describe('round 15: credits printed under the text and in the meta line (English news of Chinese universities)', () => {
  const url = 'https://english.example.edu.cn/info/1002/4123.htm';
  const page = (meta: string, tail: string) =>
    '<title>PKU launches undergraduate program in AI for Science | PKU News</title><main><article>' +
    `<h1>PKU launches undergraduate program in AI for Science</h1>${meta}<div class="body">${EN_PARAS}` +
    `${tail}</div></article></main>`;
  const names = (html: string) => clip(html, url).byline.map((b) => `${b.role}:${b.name}`);
  it('a writer and an editor signing the text, the source under them', () => {
    const html = page(
      '<p>March 12, 2025</p>',
      '<p>Written by: Wang Yiran</p><p>Edited by: Zhang Jiayi</p><p>Source: PKU News (Chinese)</p>',
    );
    expect(names(html).sort()).toEqual(['Author:Wang Yiran', 'Editor:Zhang Jiayi']);
  });
  it('a meta line opening the text with its date’s label: no first line of the text, its credits read', () => {
    const meta =
      '<p class="arti_metas"><span>Date:2024-11-20</span> <span>Writer:Zhou Xin</span> <span>Editor:Hu Yilin</span></p>';
    const d = clip(page('', '').replace('<div class="body">', `<div class="body">${meta}`), url);
    expect(d.byline.map((b) => `${b.role}:${b.name}`)).toEqual(['Author:Zhou Xin', 'Editor:Hu Yilin']);
    expect(d.textContent.startsWith(EN_PARAS.replace(/<[^>]+>/g, '').slice(0, 20))).toBe(true);
  });
  it('the next field’s label run into the name (two spans with no space) is no part of it', () => {
    const html = page('<div><span>By Chen Rui</span><span>Posted on: November 6, 2025</span></div>', '');
    expect(names(html)).toEqual(['Author:Chen Rui']);
  });
  it('a dash before the name in the author element', () => {
    const html = page('<div class="article-meta"><p class="author">- Lwazi Maseko</p><p>19 August 2025</p></div>', '');
    expect(names(html)).toEqual(['Author:Lwazi Maseko']);
  });
});

describe('round 15: a caption’s credit after its last sentence (French and other newsrooms)', () => {
  it('“© Name / Holder” after the caption credits the photographer', () => {
    const html =
      '<title>Un magnétomètre pour le cœur | Université</title><main><h1>Un magnétomètre pour le cœur</h1>' +
      '<p>5 mars 2025</p><div class="body"><figure><img src="a.jpg" alt=""><p class="legende">Le prototype sur le ' +
      'banc optique du laboratoire. © Julien Marchand / Université Paris-Saclay</p></figure>' +
      `${EN_PARAS}</div></main>`;
    const d = clip(html, 'https://www.example.fr/actualites/magnetometre');
    expect(d.byline).toEqual([{ name: 'Julien Marchand', role: 'Photo' }]);
  });
});

describe('round 15: a dek, a byline and the date each on a line of their own under the headline (any CMS)', () => {
  const url = 'https://news.example.edu/articles/colleges/2025/medical-students-northern-communities.php';
  const page = (meta: string) =>
    '<title>Medical students learn from northern communities | News</title><main>' +
    // A hero block holds the headline and its picture's caption, a sentence: the walk's first prose block.
    '<div class="hero"><h1>Medical students learn from northern communities</h1><span>Two students spent six ' +
    'weeks in the north last summer. (Photo: Brent Kowalski)</span></div>' +
    '<p class="lead">For more than two decades, the program has paired future doctors with communities in the north</p>' +
    `${meta}<div class="body">${EN_PARAS}</div></main>`;
  it('the date under the byline is the headline’s', () => {
    expect(detect(page('<p>By Sarah Yeung</p><p>Feb 20, 2025</p>'), url)).toEqual({
      isArticle: true,
      reasons: ['date by headline'],
    });
  });
  it('guard: with no date there, no date by the headline', () => {
    expect(detect(page('<p>By Sarah Yeung</p><p>College of Medicine</p>'), url).reasons).not.toEqual([
      'date by headline',
    ]);
  });
});
