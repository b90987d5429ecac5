// Round 18b (issue #11, session 50): the classes R136-R139 failed once they became the tuning sets (they had checked
// round 18); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseByline, parseSource } from '../../utils/extraction/meta-line';
import { parseViews } from '../../utils/extraction/view-counter';
import { peopleIn } from './entity-kinds';

/** A college story's paragraph long enough to be read as prose (60 characters and more). */
const LONG_ZH =
  '<p>10月12日，口腔医学院第五届临床技能大赛在实训中心举行，来自三个年级的四十余名学生围绕口腔检查、牙体预备和无菌操作等项目展开比拼，评委专家对选手操作进行了逐项点评。</p>';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 18b: detection of college stories (VSB college news, press releases in their own folders)', () => {
  it('a date alone under the sign-off’s credits, after the text', () => {
    const html =
      '<title>学院举办第五届临床技能大赛-口腔医学院</title><body><div class="detail"><h2>学院举办第五届临床技能大赛</h2>' +
      `<div class="content">${LONG_ZH.repeat(3)}</div><div class="detail-foot"><p>文/孙悦\u3000图/韩冬</p><p>编辑：王琳\u3000审核：周建华</p>` +
      '<p class="detail-date">2024年10月15日</p></div></div></body>';
    expect(detect(html, 'https://kouqiang.dmu.edu.cn/info/1012/2231.htm')).toEqual({
      isArticle: true,
      reasons: ['publication line after the body'],
    });
  });
  it('a story’s folder holding its index.html is no list', () => {
    const html =
      '<head><title>Students win gold | SFU</title><meta property="og:type" content="article"></head><body><main><h1>Students win gold</h1>' +
      `<p>8 April 2025</p>${EN_PARAS}</main></body>`;
    const url = 'https://www.sfu.edu.hk/en/media-centre/press-releases/2025/sfu-students-win-gold-at-awards/index.html';
    expect(detect(html, url).isArticle).toBe(true);
    expect(detect(html, 'https://www.sfu.edu.hk/en/media-centre/index.html').isArticle).toBe(false);
  });
});

describe('round 18b: fields around the text in European and Chinese templates', () => {
  it('WordPress’s date with the categories it is filed in, under the text', () => {
    const html =
      '<title>Engineers fly drones into Arctic storms</title><main><article><h1>Engineers fly drones into Arctic storms</h1>' +
      `<div class="entry">${EN_PARAS}</div><div class="cu-article-meta"><p>Wednesday, May 15, 2024 in <a href="/c/r">Research</a>, <a href="/c/f">Faculty of Engineering</a></p></div></article></main>`;
    expect(clip(html, 'https://newsroom.carleton.ca/story/drones-arctic/').publishedAt).toBe('2024-05-15');
  });
  it('view counters in Serbian and Romanian', () => {
    expect(parseViews('Objavljeno: četvrtak, 23. januar 2025. 10:14 Pregleda: 1128')).toBe(1128);
    expect(parseViews('Vizualizări: 1.245')).toBe(1245);
  });
  it('a source labelled in Romanian, and a 新聞來源 cell', () => {
    expect(parseSource('Sursa: Departamentul de Comunicare și Relații Publice')).toBe(
      'Departamentul de Comunicare și Relații Publice',
    );
    expect(parseSource('發佈日期 2025/10/24 瀏覽次數 612 新聞來源 機械工程系')).toBe('機械工程系');
  });
  it('a Slovene credit line closing the text over a related list (Besedilo: …, foto: …)', () => {
    const html =
      '<title>FRI koordinira nov projekt</title><main><article><h1>FRI koordinira nov projekt</h1>' +
      `<div class="novica">${EN_PARAS}<p class="avtor">Besedilo: Maja Horvat, foto: Jure Makovec</p>` +
      '<h3>Druge novice</h3><ul><li><a href="/a">Informativna dneva</a></li><li><a href="/b">Študenti uspešni</a></li></ul></div></article></main>';
    expect(clip(html, 'https://www.fri.uni-lj.si/sl/novice/projekt').byline).toEqual([
      { name: 'Maja Horvat', role: 'Author' },
      { name: 'Jure Makovec', role: 'Photo' },
    ]);
  });
  it('English credits: the next credit’s word, a counter or an office end the name', () => {
    expect(parseByline('Story by Marisa Kessler Photography by Julian Ortega February 11, 2025')).toEqual([
      { name: 'Marisa Kessler', role: 'Author' },
      { name: 'Julian Ortega', role: 'Photo' },
    ]);
    expect(parseByline('Posted on June 11, 2024 by Ashley Brennan Views: 732').map((b) => b.name)).toEqual([
      'Ashley Brennan',
    ]);
    expect(parseByline('Story by Orla Twomey, MTU Marketing and Communications Office').map((b) => b.name)).toEqual([
      'Orla Twomey',
    ]);
  });
  it('a holder’s capitalised "Photo" before the photographer in a caption ((USC Photo/Tomas Ibarra))', () => {
    const html =
      '<title>Teacher residency grows</title><main><article><h1>Teacher residency grows</h1><p>BY Marcus Delgado</p>' +
      '<figure><img src="/a.jpg" alt=""><figcaption>Teacher resident Alyssa Tran works with third graders. (USC Photo/Tomas Ibarra)</figcaption></figure>' +
      `<div class="entry">${EN_PARAS}</div></article></main>`;
    expect(clip(html, 'https://today.usc.edu/teacher-residency/').byline).toContainEqual({
      name: 'Tomas Ibarra',
      role: 'Photo',
    });
  });
  it('团委 credited for the pictures beside people is the office, no credit', () => {
    const html =
      '<title>我校团队获金奖</title><div class="art"><h1>我校团队获金奖</h1><div>发布时间：2024-11-02 来源：团委</div>' +
      `<div class="content">${ZH_PARAS}<p>（文/王思远 图/团委 编辑/李文婷 审核/周静）</p></div></div>`;
    expect(clip(html, 'https://news.shu.edu.cn/info/1003/1.htm').byline.map((b) => b.name)).toEqual([
      '王思远',
      '李文婷',
      '周静',
    ]);
  });
});

describe('round 18b: people in Hong Kong, Serbian and American college news', () => {
  it('Hong Kong’s romanised names, the given name hyphened', () => {
    const text =
      'The team brought together Chan Hoi-yan and Leung Tsz-ching from nursing, and Wong Ka-lok, Ho Chun-wai and Lam Sze-wing from computing.';
    expect(peopleIn(text, 'en')).toEqual(
      ['Chan Hoi-yan', 'Ho Chun-wai', 'Lam Sze-wing', 'Leung Tsz-ching', 'Wong Ka-lok'].sort(),
    );
  });
  it('Serbian "prof. dr" with no dot after dr', () => {
    const text =
      'Rukovodilac projekta sa Poljoprivrednog fakulteta, prof. dr Milica Vuković, istakla je da će istraživanje biti važno. Projektom rukovodi doc. dr Nikola Stanković sa fakulteta.';
    expect(peopleIn(text, 'sr')).toEqual(['Milica Vuković', 'Nikola Stanković']);
  });
  it('a place’s word that is a common surname after a common given name, and a role before a comma', () => {
    const text =
      'Marcus Hill, a doctoral candidate in civil engineering, said it helped. He said the year with his mentor teacher, Lisa Fernández, shaped how he teaches.';
    expect(peopleIn(text, 'en')).toEqual(['Lisa Fernández', 'Marcus Hill']);
  });
  it('guard: bodies and places that look like names', () => {
    const text =
      'Students came from Chapel Hill. The partnership with Newark Public Schools grew. Homes operated by Caritas Hong Kong took part. Built with the people who will use it Ranger Joanasie Kilabuk, who has taken part in searches, said so.';
    expect(peopleIn(text, 'en')).toEqual(['Joanasie Kilabuk']);
  });
  it('guard: 高年级 and an ordinal are no names', () => {
    expect(peopleIn('书院邀请高年級同學分享經驗，校长冯志远致辞。第三，要加强纪律建设。', 'zh-Hant')).toEqual([
      '冯志远',
    ]);
  });
});
