// Round 15 (issue #11, session 47): credit labels in the languages university news prints (a table written from the
// languages, not from pages), and the classes the tuning sets failed; each describe names the page class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { labelledCredits } from '../../utils/extraction/credit-labels';
import { parseByline } from '../../utils/extraction/meta-line';
import { namesOfKind } from './entity-kinds';

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

describe('round 15: a degree programme named beside the next degree’s abbreviation (US and UK newsrooms)', () => {
  const programs = (text: string) => namesOfKind(text, 'program', 'en');
  it('“and Ph.D.” or “and PhD” after the field is another degree, not the field’s last word', () => {
    expect(programs('She completed the Master of Science in Cybersecurity and Ph.D. programs at the college.')).toEqual(
      ['Master of Science in Cybersecurity'],
    );
    expect(programs('He enrolled in the MSc Sustainable Energy Engineering and PhD programme in 2022.')).toEqual([
      'MSc Sustainable Energy Engineering',
    ]);
  });
  it('guard: two fields joined by “and” stay one degree’s', () => {
    expect(programs('She holds a Bachelor of Arts in History and Political Science from the college.')).toEqual([
      'Bachelor of Arts in History and Political Science',
    ]);
  });
});

describe('round 15: a lab’s news page with its article box in the sidebar (日期 … 浏览 … beside the story)', () => {
  const url = 'https://lab.example.edu.cn/news/detail/2871.html';
  const page = (box: string) =>
    '<title>实验室团队研发的洪涝灾害快速评估系统投入业务化运行</title><main><article>' +
    `<h1>实验室团队研发的洪涝灾害快速评估系统投入业务化运行</h1><div class="body">${ZH_PARAS}</div></article>` +
    `<aside><div class="info-box"><h3>文章信息</h3><ul>${box}</ul></div></aside></main>` +
    '<footer><p>版权所有 © 实验室 地址：宁波市镇海区中官西路1219号</p></footer>';
  it('one view counter beside a labelled date in the box is an article’s', () => {
    const box = '<li><em>栏目：</em>科研动态</li><li><em>日期：</em>2024-12-06</li><li><em>浏览：</em>872 次</li>';
    expect(detect(page(box), url).isArticle).toBe(true);
  });
  it('guard: a date with no counter beside it there is not enough', () => {
    const box = '<li><em>栏目：</em>科研动态</li><li><em>日期：</em>2024-12-06</li>';
    expect(detect(page(box), url).isArticle).toBe(false);
  });
});

describe('round 15: a press release on a table layout, its picture and caption floated by the dateline (ColdFusion)', () => {
  const url = 'https://www.example.edu/news/releases/release.cfm?id=1234';
  const page = (dateline: string) =>
    '<title>School of Pharmacy Hosts Health Fair for Seniors</title><table><tr><td class="maincol">' +
    '<span class="releasetitle">School of Pharmacy Hosts Health Fair for Seniors</span><br><br>' +
    '<table align="right"><tr><td><img src="fair.jpg" alt=""></td></tr><tr><td class="caption">Third-year ' +
    'Pharm.D. student Brianna Foster checks a visitor’s blood pressure during the health fair in the ballroom.</td>' +
    `</tr></table><p>${dateline} — More than 250 older adults from across the peninsula received free health ` +
    'screenings, medication reviews and wellness information at the fair, which pharmacy students ran with ' +
    `faculty members and local pharmacists in the Student Center ballroom on Saturday.</p>${EN_PARAS}</td></tr></table>`;
  it('the caption row under its picture’s row is no first line of the text; the bold dateline dates the story', () => {
    const d = clip(page('<b>HAMPTON, Va. (March 5, 2025)</b>'), url);
    expect(d.textContent.startsWith('HAMPTON, Va. (March 5, 2025)')).toBe(true);
    expect(d.publishedAt?.slice(0, 10)).toBe('2025-03-05');
  });
  it('guard: a caption row in a table of more rows (a data table) stays the text’s first line', () => {
    const html = page('<b>HAMPTON, Va. (March 5, 2025)</b>').replace(
      '</td></tr></table><p>',
      '</td></tr><tr><td>Source: School of Pharmacy</td></tr></table><p>',
    );
    expect(clip(html, url).textContent.startsWith('Third-year')).toBe(true);
  });
});

describe('round 15: a story’s date in the sidebar as a bare 日期 label and its value (Hong Kong WordPress themes)', () => {
  const url = 'https://www.example.edu.hk/tc/news/nursing-pledging-ceremony-2025/';
  const page = (side: string) =>
    '<meta property="article:published_time" content="2025-03-17T10:26:48+08:00">' +
    '<title>護理學生宣誓 立志守護社區健康</title><main><article><h1>護理學生宣誓 立志守護社區健康</h1>' +
    `<div class="body">${ZH_PARAS}</div></article><aside>${side}</aside></main>`;
  it('the printed date wins over the meta tag’s', () => {
    const side = '<div><span class="label">日期</span> <span class="value">2025年3月14日</span></div>';
    expect(clip(page(side), url).publishedAt?.slice(0, 10)).toBe('2025-03-14');
  });
  it('guard: an event’s date beside its venue is not the story’s', () => {
    const side =
      '<div><span>日期</span> <span>2025年4月2日</span></div><div><span>Venue</span> <span>賽馬會校園</span></div>';
    expect(clip(page(side), url).publishedAt?.slice(0, 10)).toBe('2025-03-17');
  });
});

describe('round 15: a press release’s dateline in bold opening its paragraph, under a long summary (HBCU newsrooms)', () => {
  const url = 'https://www.example.edu/news/releases/health-fair';
  const page = (lead: string) =>
    '<title>Health Fair for Seniors</title><main><h1>School of Pharmacy Hosts Health Fair for Seniors</h1>' +
    '<p class="summary">Pharmacy students, faculty members and local pharmacists offered free screenings, ' +
    'medication reviews and wellness information to older adults from across the peninsula, part of a service ' +
    'learning programme that has grown every year since the school opened its community clinic and now reaches ' +
    'residents of four neighbouring counties through partnerships with churches and senior centers.</p>' +
    `<p>${lead} — More than 250 older adults received free health screenings at the fair, which students ran ` +
    `in the Student Center ballroom on Saturday with the help of volunteers.</p>${EN_PARAS}</main>`;
  it('the bold dateline is read with the sentence it opens', () => {
    expect(clip(page('<b>HAMPTON, Va. (March 5, 2025)</b>'), url).publishedAt?.slice(0, 10)).toBe('2025-03-05');
  });
  it('guard: a date inside the bold words’ sentence is not a dateline', () => {
    expect(clip(page('<b>The fair on March 5, 2025 was the largest yet</b>'), url).publishedAt).toBeNull();
  });
});
