// Round 33 (issue #11, session 58): the classes R204-R207 failed when they were the tuning sets; each describe names
// the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';
import { parseDate } from '../../utils/extraction/parse-date';
import { parseViews } from '../../utils/extraction/view-counter';
import { parseEnglishByline } from '../../utils/extraction/meta-line';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';
import { isCaptionRow } from '../../utils/extraction/opening-lines';

const div = (html: string) => new JSDOM(`<div>${html}</div>`).window.document.querySelector('div')!;
const edges = (html: string) => {
  const root = div(html);
  removeEdgeFurniture(root);
  return root.textContent!.replace(/\s+/g, ' ').trim();
};

// Urdu prose written for the test: a university opens a training programme for women in rural districts.
const UR_PARA =
  '<p>یونیورسٹی نے دیہی علاقوں کی خواتین کے لیے ایک نیا تربیتی پروگرام شروع کیا ہے۔ اس میں انہیں کمپیوٹر اور آن لائن کاروبار کی بنیادی مہارتیں سکھائی جائیں گی اور ہر ضلع میں تربیتی مراکز قائم کیے جائیں گے۔</p>';

describe('round 33: an Urdu news page (AIOU’s template: the logo’s name as <title>, Urdu months and counter)', () => {
  const url = 'https://www.aiou.edu.pk/urdu/news_detail.asp?nid=5127';
  const page =
    '<html lang="ur" dir="rtl"><head><title>اوپن یونیورسٹی | خبریں</title></head><body>' +
    '<header><a href="/urdu/" class="logo"><img src="/logo.png" alt="اوپن یونیورسٹی"></a></header>' +
    '<div class="news-detail"><h2>یونیورسٹی کا دیہی خواتین کے لیے تربیتی پروگرام کا آغاز</h2>' +
    '<div class="news-meta"><span>تاریخ اشاعت: 14 اکتوبر 2026</span> | <span>دیکھا گیا: 642 بار</span></div>' +
    `<div class="news-body">${UR_PARA.repeat(4)}</div></div>` +
    '<aside><h4>اہم روابط</h4><ul><li><a href="/a">آن لائن داخلہ</a></li><li><a href="/b">امتحانات</a></li></ul></aside>' +
    '</body></html>';
  it('the printed headline, date and counter are read', () => {
    const d = clip(page, url);
    expect(d.title).toBe('یونیورسٹی کا دیہی خواتین کے لیے تربیتی پروگرام کا آغاز');
    expect(d.publishedAt?.slice(0, 10)).toBe('2026-10-14');
    expect(d.views).toBe(642);
  });
  it('Urdu’s month names and its "seen … times" counter', () => {
    expect(parseDate('14 اکتوبر 2026', 'UTC')?.iso).toBe('2026-10-14');
    expect(parseViews('دیکھا گیا: 642 بار')).toBe(642);
  });
  it('guard: a count and "times" with no label is no counter', () => {
    expect(parseViews('5 بار')).toBeNull();
  });
});

describe('round 33: what opens the body (a section menu, a date beside its column, a table’s caption row)', () => {
  it('a section menu of links over the date and text is no text', () => {
    const menu = ['News Home', 'News Releases', 'UW in the News', 'Featured Stories']
      .map((t, i) => `<li><a href="/news/${i}/">${t}</a></li>`)
      .join('');
    expect(edges(`<div><ul>${menu}</ul></div><div><p>Published March 05, 2024</p>${EN_PARAS}</div>`)).toMatch(
      /^The university opened/,
    );
  });
  it('guard: a list of facts opening the text stays', () => {
    const facts = ['Founded in 1886', 'Home to 12,000 students', 'Ten colleges'].map((t) => `<li>${t}</li>`).join('');
    expect(edges(`<ul>${facts}</ul>${EN_PARAS}`)).toMatch(/^Founded in 1886/);
  });
  it('a date beside the linked column it is filed in is no text', () => {
    const line =
      '<p><span>Monday 9 November 2026, 14:30</span> <span><a href="/news/?category=arts">Arts and Humanities</a></span></p>';
    expect(edges(`${line}${EN_PARAS}`)).toMatch(/^The university opened/);
  });
  it('guard: a first sentence that opens with a date and holds a link stays', () => {
    const first = '<p>On 9 November 2026 the <a href="/lab">new lab</a> opened its doors to the first students.</p>';
    expect(edges(`${first}${EN_PARAS}`)).toMatch(/^On 9 November 2026/);
  });
  it('a picture’s caption row under the headline is no lead of the text', () => {
    const d = clip(
      '<html><head><title>Teesside opens a hydrogen skills centre</title></head><body><div class="main">' +
        '<h1>Teesside opens a hydrogen skills centre</h1>' +
        '<table><tr><td><img src="/rig.jpg" alt="rig"></td></tr><tr><td>Apprentices try out the new training rig</td></tr></table>' +
        `${EN_PARAS}</div></body></html>`,
      'https://www.tees.ac.uk/sections/news/pressreleases_story.cfm?story_id=8123',
    );
    expect(d.textContent.startsWith('The university opened')).toBe(true);
  });
  it('guard: a row under a row of text is no caption row', () => {
    const cell = new JSDOM(
      '<table><tr><td>Date</td></tr><tr><td>Apprentices try it</td></tr></table>',
    ).window.document.querySelectorAll('td')[1]!;
    expect(isCaptionRow(cell)).toBe(false);
  });
});

describe('round 33: what closes a release (a Chinese end mark, a press office’s contact heading)', () => {
  it('"- 完 -" ends the text, the institution’s notes and media contact under it going however long', () => {
    const about =
      '<p>關於香港演藝學院</p><p>香港演藝學院於1984年成立，是亞洲區內首屈一指的表演藝術高等學府，提供專業學士學位及碩士學位課程，涵蓋戲曲、舞蹈、戲劇、電影電視、音樂及舞台製作藝術六大範疇。</p>' +
      '<p>傳媒查詢</p><p>傳訊部 電話：2584 8500 電郵：communications@hkapa.edu</p>';
    const short =
      '<p>演藝學院今晚舉行戲曲匯演，三十名學員登台演出經典折子戲，學院將於明年初公布第二屆計劃的招生詳情。</p>';
    expect(edges(`${short.repeat(4)}<p>- 完 -</p>${about}`)).toMatch(/招生詳情。$/);
  });
  it('guard: without the end mark a tail that long stays', () => {
    const tail =
      '<p>香港演藝學院於1984年成立，是亞洲區內首屈一指的表演藝術高等學府，提供專業學士學位及碩士學位課程，涵蓋戲曲、舞蹈、戲劇、電影電視、音樂及舞台製作藝術六大範疇。</p>';
    expect(edges(`${ZH_PARAS.slice(0, 200)}</p>${tail}`)).toMatch(/六大範疇。$/);
  });
  it('a "Press Office contact" heading over an address is the press’s', () => {
    expect(
      edges(`${EN_PARAS}<h2>Press Office contact</h2><p>press.office@example.ac.uk<br>+44 (0)191 208 7850</p>`),
    ).toMatch(/every stage of it\.$/);
  });
});

describe('round 33: credits (Latvian’s Teksts)', () => {
  it('"Teksts:" credits the writer, not the office after the comma', () => {
    expect(parseEnglishByline('Teksts: Ilze Kalniņa, LU Komunikācijas departaments').map((b) => b.name)).toEqual([
      'Ilze Kalniņa',
    ]);
  });
});

describe('round 33: Chinese people (a function word after a surname, a performer’s and an author’s verbs)', () => {
  it('以来, 作为 and 古籍 after a surname make no name', () => {
    expect(peopleIn('这是学校“山水学科建设计划”实施以来研究生培养成果的一次集中呈现。', 'zh')).toEqual([]);
    expect(peopleIn('西安市中级人民法院法官石凯文作为校友代表发言。', 'zh')).toEqual(['石凯文']);
    expect(peopleIn('中央民族大学“民族文字古籍数字化保护工程”启动会在图书馆举行。', 'zh')).toEqual([]);
  });
  it('发挥, 执棒 and 创作 after a titled name end it', () => {
    expect(peopleIn('2023级本科生罗浩然发挥稳定，获得全国一等奖。', 'zh')).toEqual(['罗浩然']);
    expect(peopleIn('青年指挥马朔执棒首演。', 'zh')).toEqual(['马朔']);
    expect(peopleIn('作品分别为视觉传达设计专业学生龚欣然、马嘉懿创作的平面类作品。', 'zh')).toEqual([
      '马嘉懿',
      '龚欣然',
    ]);
  });
  it('guard: 创作 after no name makes none', () => {
    expect(peopleIn('他的文学创作很丰富，作品多次获奖。', 'zh')).toEqual([]);
  });
});

describe('round 33: English people (a hometown in an apposition, a programme’s apposition, a school’s short name)', () => {
  it('a place after "a … from" is no person', () => {
    expect(
      peopleIn(
        'Greg Hoffmann, a soybean farmer from Cole Camp and chair of the research committee, said it matters.',
        'en',
      ),
    ).toEqual(['Greg Hoffmann']);
  });
  it('guard: a person a grant comes from is still one', () => {
    expect(peopleIn('The lab received a grant from Bill Gates, who said it matters.', 'en')).toEqual(['Bill Gates']);
  });
  it('a name the apposition calls an initiative is no person', () => {
    expect(
      peopleIn('The project also aligns with Mizzou Forward, the university’s initiative to expand research.', 'en'),
    ).toEqual([]);
  });
  it('guard: an apposition naming a programme’s head still names a person', () => {
    expect(peopleIn('We spoke to Xu Wenqing, the head of the program, before the launch.', 'en')).toEqual([
      'Xu Wenqing',
    ]);
  });
  it('a school’s short name is no person', () => {
    expect(
      peopleIn(
        'Marcia Delgado, associate dean at Drake Law School, leads it. Greg Hanselman, a 1994 Drake Law graduate, will host a fellow.',
        'en',
      ),
    ).toEqual(['Greg Hanselman', 'Marcia Delgado']);
  });
});

describe('round 33: programmes (a conservatory is a school of its kind, no programme)', () => {
  const programs = (text: string) => namesOfKind(text, 'program', 'zh');
  it('an academy of music, fine arts, drama, dance or sport is no programme', () => {
    expect(programs('这场音乐会是星海音乐学院实施“岭南音乐文化传承创新工程”五年来的一次成果汇报。')).toEqual([
      '岭南音乐文化传承创新工程',
    ]);
  });
  it('guard: a college the school builds as a programme still is one', () => {
    expect(programs('学校建设未来技术学院。')).toEqual(['未来技术学院']);
  });
});

describe('round 33: people in other pages (class years and performers, Latvian and Slovene roles, Urdu titles)', () => {
  it('a class year or a performer before an English name is a role', () => {
    expect(
      peopleIn(
        'The pieces were written by sophomore Marco Delacruz of Riverton and senior cellist Brianna Tso, of Casper.',
        'en',
      ),
    ).toEqual(['Brianna Tso', 'Marco Delacruz']);
  });
  it('guard: a class word before a capitalised thing names no one', () => {
    expect(peopleIn('The senior Design Studio was busy all week.', 'en')).toEqual([]);
  });
  it('a Latvian role over a dash, Slovene performers', () => {
    expect(
      peopleIn(
        'Projektā darbosies divi LU doktoranti – Kristaps Bērziņš un Anete Vītola. Laboratorija būs atvērta.',
        'lv',
      ),
    ).toEqual(['Anete Vītola', 'Kristaps Bērziņš']);
    expect(peopleIn('Nagrado je prejel skladatelj Luka Zupan, nastopila je violončelistka Nika Bizjak.', 'sl')).toEqual(
      ['Luka Zupan', 'Nika Bizjak'],
    );
  });
  it('guard: a role two lower-case words before a school’s name names no one (a field of two words was dropped)', () => {
    expect(peopleIn('Prome Minister ta gradici International School of Aruba, na mayornan.', 'pap')).toEqual([]);
  });
  it('guard: a role before a university’s name names no one', () => {
    expect(
      peopleIn('Projektā darbosies divi doktoranti no Latvijas Universitātes un Rīgas Tehniskās universitātes.', 'lv'),
    ).toEqual([]);
  });
  it('Urdu titles before a name, up to its postposition', () => {
    expect(
      peopleIn(
        'صدارت وائس چانسلر پروفیسر ڈاکٹر ثاقب محمود نے کی۔ تقریب میں طالبہ ثمینہ کوثر نے بھی اظہارِ خیال کیا۔',
        'ur',
      ),
    ).toEqual(['ثاقب محمود', 'ثمینہ کوثر']);
  });
});
