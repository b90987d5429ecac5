// Round 13c (issue #11, session 45): classes the tuning sets R94 and R95 failed, checked on R96–R99: each describe
// named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind } from './entity-kinds';
import { isDatedLabel } from '../../utils/extraction/date-lines';
import { timeZoneForHost } from '../../utils/extraction/parse-date';

const people = (text: string, lang: string) => namesOfKind(text, 'person', lang).sort();
const NORWEGIAN =
  '<p>Det europeiske forskningsrådet offentliggjorde torsdag hvem som får årets stipend, og tre av prosjektene går til ' +
  'forskere ved universitetet, som har jobbet systematisk med å støtte unge forskere som søker.</p>';

describe('round 13c: a Norwegian university’s Vortex pages (UiO)', () => {
  const page = (between: string) =>
    clip(
      '<html lang="nb"><title>Tre forskere får stipend - Universitetet i Oslo</title><main><h1>Tre forskere får stipend</h1>' +
        '<div class="vrtx-introduction"><p>Tre unge forskere ved Universitetet i Oslo får til sammen 45 millioner kroner.' +
        `</p></div>${between}${NORWEGIAN.repeat(4)}</main></html>`,
      'https://www.uio.no/om/aktuelt/aktuelle-saker/2025/tre-forskere.html',
    );
  // Measured and dropped: reading such a box as a caption and removing it lost three names on the corpus's check pages
  // (a caption's people and bodies are key names there), so the text keeps it.
  it.fails('known miss: a picture’s description and its "Foto:" credit in separate elements stay in the text', () => {
    const d = page(
      '<div class="vrtx-introduction-image"><img src="/erc.jpg" alt="Tre forskere"><div class="vrtx-imagetext">' +
        '<div class="vrtx-imagedescription"><p>Marte Haugen og Leila Nasser får stipend.</p></div>' +
        '<span class="vrtx-photo"><span>Foto: </span>Mari Berg</span></div></div>',
    );
    expect([d.textContent.startsWith('Det europeiske'), d.byline.map((b) => b.name)]).toEqual([true, ['Mari Berg']]);
  });
  it('the published date beside its "Sist endret", told in Oslo time', () => {
    const d = page(
      '<div class="vrtx-date-info"><span>Publisert</span> <span>4. sep. 2025 10:12</span> <span>- Sist endret</span> ' +
        '<span>4. sep. 2025 13:40</span></div>',
    );
    expect([d.publishedAt, isDatedLabel('Publisert 4. sep. 2025 10:12 - Sist endret 4. sep. 2025 13:40')]).toEqual([
      '2025-09-04T10:12:00+02:00',
      true,
    ]);
  });
  it('Nordic roles with a lower-case field before a name, and a name, a copula and a role', () => {
    const text =
      'Dette er en fantastisk anerkjennelse av forskere tidlig i karrieren, sier viserektor for forskning Hilde Nordvik. ' +
      'Marte Haugen er forsker ved Institutt for biovitenskap og skal studere bakterier i jord og vann i fem år.';
    expect(people(text, 'nb')).toEqual(['Hilde Nordvik', 'Marte Haugen']);
  });
  it('other single-zone countries’ domains name their zone; countries spanning zones none', () => {
    const hosts = ['www.uio.no', 'www.ku.dk', 'www.uw.edu.pl', 'www.chula.ac.th', 'www.msu.ru'];
    expect(hosts.map(timeZoneForHost)).toEqual([
      'Europe/Oslo',
      'Europe/Copenhagen',
      'Europe/Warsaw',
      'Asia/Bangkok',
      'UTC',
    ]);
  });
});

describe('round 13c: Canadian newsrooms (USask, Concordia, UManitoba)', () => {
  it('a lead above the picture and the byline box holding the date is the dek', () => {
    const d = clip(
      '<title>USask researchers land funding | News</title><main><article><h1>USask researchers land funding</h1>' +
        '<p class="lead">Six projects will share more than $1.2 million to buy specialized lab equipment.</p>' +
        '<figure><img src="/lab.jpg" alt="A lab"><figcaption>A researcher in her lab. (Photo: Matt Smith)</figcaption>' +
        '</figure><div class="byline"><p class="author">By Megan Evans</p><p class="date">Thursday, May 15, 2025</p>' +
        `</div>${EN_PARAS}</article></main>`,
      'https://news.usask.ca/articles/research/2025/funding.php',
    );
    expect(d.textContent.startsWith('The university opened')).toBe(true);
  });
  it('a possessive and a vice- prefix inside the role after a name; Nation ends no person’s name', () => {
    const text =
      'The grants were announced on Monday. Isabelle Gagnon, Concordia’s vice-president of research, said they matter. ' +
      'Kayla Spence, a mother of two from Nisichawayasihk Cree Nation, says the program is the reason she applied.';
    expect(people(text, 'en')).toEqual(['Isabelle Gagnon', 'Kayla Spence']);
  });
});

describe('round 13c: Chinese ministry universities’ news (中国矿业大学, 华北电力大学, 西安交通大学)', () => {
  it('a long site name before 讯 and the credits in brackets after it', () => {
    const d = clip(
      '<title>我校举行暑期社会实践出征仪式-中国矿业大学新闻网</title><div class="article"><h1>我校举行暑期社会实践出征仪式</h1>' +
        `<p>中国矿业大学新闻网讯（通讯员 陈雨桐 记者 许文博）7月2日上午，学校举行暑期社会实践出征仪式。</p>${ZH_PARAS}</div>`,
      'https://xwzx.cumt.edu.cn/2025/0703/c1234a56789/page.htm',
    );
    expect(d.byline.map((b) => `${b.role} ${b.name}`)).toEqual(['通讯员 陈雨桐', '记者 许文博']);
  });
  it('秘书 and 考生 before a name, 建议 and 详细 after one', () => {
    const text =
      '决赛由研究生教学秘书马丽娜主持。副院长韩志远建议推动选题衔接。人事部部长邹红梅详细解读了政策。来自河南的考生孙浩宇说：“问题很开放。”';
    expect(people(text, 'zh')).toEqual(['孙浩宇', '邹红梅', '韩志远', '马丽娜'].sort());
  });
  it('guard: 秘书处 and a school’s 建议 name no one', () => {
    expect(people('秘书处设在学院。学校建议各学院做好准备。', 'zh')).toEqual([]);
  });
});
