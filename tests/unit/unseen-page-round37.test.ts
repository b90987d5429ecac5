// Round 37 (issue #11, session 59): the classes R220-R223 failed once they became the tuning sets (they had checked
// round 36); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { clip, edges, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';
import { datelineCredits } from '../../utils/extraction/header-lines';
import { parseEnglishByline } from '../../utils/extraction/meta-line';

const names = (d: { byline: { name: string }[] }) => d.byline.map((b) => b.name);

describe('round 37: credits (a caption’s photographer with no headline element, Taiwan’s and Xinhua’s reporters)', () => {
  it('a Chinese figcaption in the page’s <main> credits its photographer when og:title gave the headline', () => {
    const d = clip(
      '<html><head><title>淡江時報 - 本校與宜蘭縣政府簽署合作備忘錄</title>' +
        '<meta property="og:title" content="本校與宜蘭縣政府簽署合作備忘錄"></head><body><main>' +
        '<h2 class="tkt-title">本校與宜蘭縣政府簽署合作備忘錄</h2><figure><img src="/a.jpg" alt="">' +
        '<figcaption>校長林宏昇（右）與副縣長吳建宏（左）簽署合作備忘錄。（攝影／林語彤）</figcaption></figure>' +
        `<div class="content"><p>【記者陳冠宇淡水校園報導】本校與宜蘭縣政府3月12日簽署合作備忘錄。</p>${ZH_PARAS}</div>` +
        '</main></body></html>',
      'https://tkutimes.tku.edu.tw/dtl_news.aspx?id=58123',
    );
    expect(names(d)).toContain('林語彤');
  });
  it('a reporter’s line with no place before 報導 (記者 黃品瑄／報導)', () => {
    expect(datelineCredits('記者 黃品瑄／報導').map((b) => b.name)).toEqual(['黃品瑄']);
  });
  it('an agency’s dateline with its reporters run into their role (新华社…电（记者周旭东、余晓晴）)', () => {
    expect(
      datelineCredits('新华社合肥3月6日电（记者周旭东、余晓晴）记者从中国科学技术大学获悉。').map((b) => b.name),
    ).toEqual(['周旭东', '余晓晴']);
  });
});

describe('round 37: English and Malay bylines (an affiliation, a job title, "Foto oleh")', () => {
  const credited = (line: string) => parseEnglishByline(line).map((b) => b.name);
  it('an affiliation after the comma ends the names: "Emma Clarke, Media and PR Adviser (Health)"', () => {
    expect(credited('Story by Emma Clarke, Media and PR Adviser (Health)')).toEqual(['Emma Clarke']);
  });
  it('guard: writers listed with commas and "and" are each credited', () => {
    expect(credited('By Emma Clarke, John Smith and Ann Lee')).toEqual(['Emma Clarke', 'John Smith', 'Ann Lee']);
  });
  it('a job title after the name is no part of it ("David Hurley Senior Writer")', () => {
    expect(credited('By David Hurley Senior Writer')).toEqual(['David Hurley']);
  });
  it('Malay "Oleh" and "Foto oleh" credit the writer and the photographer', () => {
    expect(parseEnglishByline('Oleh: Nurul Aina Hashim Foto oleh: Mohd Hafiz Zainal')).toEqual([
      { name: 'Nurul Aina Hashim', role: 'Author' },
      { name: 'Mohd Hafiz Zainal', role: 'Photo' },
    ]);
  });
  it('a Malay story’s credits over its text', () => {
    const d = clip(
      '<html><head><title>UPM Lancar Program Jaminan Makanan Komuniti</title></head><body><div class="berita">' +
        '<h1>UPM Lancar Program Jaminan Makanan Komuniti</h1><div class="isi">' +
        '<p><strong>Oleh: Nurul Aina Hashim</strong><br><strong>Foto oleh: Mohd Hafiz Zainal</strong></p>' +
        '<p><img src="/a.jpg" alt=""></p><p>SABAK BERNAM, 14 Mac – Universiti Putra Malaysia (UPM) melancarkan ' +
        `Program Jaminan Makanan Komuniti di Mukim Sungai Panjang bagi membantu pesawah.</p>${EN_PARAS}</div></div></body></html>`,
      'https://upm.edu.my/berita/upm_lancar_program-77812',
    );
    expect(names(d)).toEqual(['Nurul Aina Hashim', 'Mohd Hafiz Zainal']);
  });
  it('guard: Malay prose "dibiayai oleh" credits no one', () => {
    expect(credited('Program ini dibiayai oleh Kementerian Pendidikan Tinggi.')).toEqual([]);
  });
});

describe('round 37: the site’s own name as a byline ("UM Today Staff")', () => {
  it('is no credit', () => {
    const d = clip(
      '<html><head><title>Nursing students bring care north | UM Today</title>' +
        '<meta property="og:site_name" content="UM Today"></head><body><article>' +
        '<h1>Nursing students bring care north</h1><div class="entry-meta"><span class="byline">UM Today Staff</span></div>' +
        `<div class="entry-content">${EN_PARAS}<p>Story by Carly Bergen.</p></div></article></body></html>`,
      'https://news.umanitoba.ca/nursing-students-bring-care-north/',
    );
    expect(names(d)).not.toContain('UM Today');
  });
});

describe('round 37: dates labelled in Malay after the text (Tarikh Input: 14/03/2024)', () => {
  it('date the story', () => {
    const d = clip(
      '<html><head><title>UPM Lancar Program Jaminan Makanan Komuniti</title></head><body><div class="berita">' +
        `<h1>UPM Lancar Program Jaminan Makanan Komuniti</h1><div class="isi">${EN_PARAS}` +
        '<p>Tarikh Input: 14/03/2024 | Kemaskini: 15/03/2024</p></div></div></body></html>',
      'https://upm.edu.my/berita/upm_lancar_program-77812',
    );
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-03-14');
  });
});

describe('round 37: a release’s contact closing the text (a long "CONTACT:" line, a "Kontakt" heading, Sidansvarig)', () => {
  it('a contact line with the expert’s whole affiliation goes', () => {
    const contact =
      '<p>CONTACT: Jamie Lin, professor, Department of Civil, Environmental and Construction Engineering, Edward E. ' +
      'Whitacre Jr. College of Engineering, Texas Tech University, (806) 834-2281 or jamie.lin@ttu.edu</p>';
    expect(edges(EN_PARAS + contact)).toMatch(/every stage of it\.$/);
  });
  it('a Swedish page’s contact block, its page owner and its update line go', () => {
    const tail =
      '<h3>Kontakt</h3><p>Anna Wikström, professor vid Institutionen för marina vetenskaper</p>' +
      '<p>E-post: anna.wikstrom@marine.gu.se</p><p>Telefon: 031-786 00 00</p>' +
      '<p>Sidansvarig: Kommunikationsenheten vid Naturvetenskapliga fakulteten<br>Sidan uppdaterades: 2024-02-12</p>';
    expect(edges(EN_PARAS + tail)).toMatch(/every stage of it\.$/);
  });
});

describe('round 37: Chinese people (a talk’s summing up, a meeting, a year’s student, words a surname opens)', () => {
  it('作会议总结 and 会见 are acts after a titled name', () => {
    expect(peopleIn('闭幕式上，研究院院长吴志远作会议总结。', 'zh-Hans')).toEqual(['吴志远']);
    expect(peopleIn('11月20日，副校长马建国会见了参赛师生代表。', 'zh-Hans')).toEqual(['马建国']);
  });
  it('a year’s student (四年級生梁浩然表示)', () => {
    expect(peopleIn('隊長、電子及計算機工程學系四年級生梁浩然表示，團隊重新設計了底盤。', 'zh-Hant')).toEqual([
      '梁浩然',
    ]);
  });
  it('no names: 任总 (led as head), 农友与 (farmers and), 方程式, 景观学', () => {
    expect(peopleIn('本次实习由院长韩立军教授任总带队。', 'zh-Hans')).toEqual(['韩立军']);
    expect(peopleIn('訪談在地海芋農友與里長，記錄水圳斷流。', 'zh-Hant')).toEqual([]);
    expect(peopleIn('大学生方程式汽车大赛中，大学生方程式赛车队获奖。', 'zh-Hans')).toEqual([]);
    expect(peopleIn('学生景观学系学生团队获奖，景观学系师生合影。', 'zh-Hans')).toEqual([]);
  });
});

describe('round 37: Latin-script people (a Grant who studies, a scheme named Access, Swedish doktoranden)', () => {
  it('"Doctoral student Aaliyah Grant, who studies …" is a person, not a grant', () => {
    const text = 'Doctoral student Aaliyah Grant, who studies wheat disease detection, said the work matters.';
    expect([peopleIn(text, 'en'), namesOfKind(text, 'program', 'en')]).toEqual([['Aaliyah Grant'], []]);
  });
  it('guard: a named grant is still a programme', () => {
    expect(namesOfKind('The Hellman Grant, which funds research, opens in May.', 'program', 'en')).toEqual([
      'Hellman Grant',
    ]);
  });
  it('Access Melbourne is no person', () => {
    const text =
      'Students who apply through Access Melbourne will be considered. Dookie, about 200 kilometres north-east of ' +
      'Melbourne, has been a centre for agricultural education since 1886.';
    expect(peopleIn(text, 'en')).toEqual([]);
  });
  it('Swedish doktoranden before a name', () => {
    expect(peopleIn('Doktoranden Maja Eriksson kommer att arbeta med provtagningen.', 'sv')).toEqual(['Maja Eriksson']);
  });
});
