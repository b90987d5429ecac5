// Round 30 (issue #11, session 56): the classes R188-R191 failed once they became the tuning sets (they had checked
// round 29); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { notArticleAddress } from '../../utils/detection/page-kind';
import { dayFirstPage, parseDate, timeZoneForHost } from '../../utils/extraction/parse-date';
import { solarHijriToGregorian } from '../../utils/extraction/solar-hijri';
import { parseEnglishByline } from '../../utils/extraction/meta-line';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';

/** Paragraphs of a story's length: two of the snippets' sentences each. */
const LONG_ZH = ZH_PARAS.replaceAll('</p><p>', '');
const programs = (text: string) => namesOfKind(text, 'program', 'zh');
const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 30: a Hong Kong college’s story dated under its text (日期 over 攝影 and 撰文)', () => {
  const page = (closing: string) =>
    `<title>學生關懷獨居長者 - 宏恩基督教學院</title><body><div class="news"><h1>學生關懷獨居長者</h1>` +
    `<div class="body">${LONG_ZH.repeat(3)}</div><div class="meta">${closing}</div></div></body>`;
  const url = 'https://www.gcc.edu.hk/tc/news/detail/152';
  it('a labelled date above the credits makes it an article, read day first as Hong Kong prints it', () => {
    const html = page('<p>日期：08/03/2024</p><p>攝影：鄭家豪</p><p>撰文：傳訊及公共事務處</p>');
    expect(detect(html, url).isArticle).toBe(true);
    expect(clip(html, url).publishedAt).toBe('2024-03-08');
  });
  it('guard: the date alone there is no evidence', () => {
    expect(detect(page('<p>日期：08/03/2024</p>'), url).reasons).toEqual(['no date']);
  });
  it('zh-Hant-HK names Hong Kong, which writes the day first; zh-Hant alone does not', () => {
    expect([dayFirstPage('zh-Hant-HK', 'www.gcc.edu.hk'), dayFirstPage('zh-Hant', 'www.ntnu.edu.tw')]).toEqual([
      true,
      false,
    ]);
  });
});

describe('round 30: Iran’s Solar Hijri dates, counters and credits (University of Tehran)', () => {
  it('the calendar converts as the browser’s own Persian calendar does, every day for fifty years', () => {
    const fmt = new Intl.DateTimeFormat('en-u-ca-persian', { timeZone: 'UTC', dateStyle: 'short' });
    const parts = (t: number) =>
      Object.fromEntries(fmt.formatToParts(new Date(t)).map((p) => [p.type, Number(p.value.replace(/\D/g, ''))]));
    const wrong: string[] = [];
    for (let t = Date.UTC(1990, 0, 1); t < Date.UTC(2040, 0, 1); t += 86400e3) {
      const p = parts(t);
      const [y, m, d] = solarHijriToGregorian(p.year!, p.month!, p.day!);
      if (Date.UTC(y, m - 1, d) !== t) wrong.push(new Date(t).toISOString());
    }
    expect(wrong).toEqual([]);
  });
  it('a page on an Iranian host reads its dates, with digits and with month names', () => {
    const zone = timeZoneForHost('ut.ac.ir');
    const now = new Date('2026-11-28');
    expect(parseDate('تاریخ انتشار: ۱۴۰۳/۰۲/۲۵ - ۱۱:۴۰', zone, now)?.iso).toBe('2024-05-14T11:40:00+03:30');
    expect(parseDate('سه‌شنبه ۲۵ اردیبهشت‌ماه ۱۴۰۳', zone, now)?.iso).toBe('2024-05-14');
  });
  it('month names of Tagalog, Welsh, Galician and Swahili are read', () => {
    const now = new Date('2026-11-28');
    const read = (t: string) => parseDate(t, 'UTC', now, true)?.iso;
    expect(['12 Hunyo 2024', '12 Mehefin 2024', '12 de xuño de 2024', '12 Septemba 2024'].map(read)).toEqual([
      '2024-06-12',
      '2024-06-12',
      '2024-06-12',
      '2024-09-12',
    ]);
  });
  it('guard: elsewhere a year 1403 is no date', () => {
    expect(parseDate('۱۴۰۳/۰۲/۲۵', 'UTC', new Date('2026-11-28'))).toBeNull();
  });
  it('the counter, the reporter and photographer, and the source beside them are read', () => {
    const d = clip(
      `<html lang="fa"><title>رویداد ملی نوآوری</title><body><article><h1>رویداد ملی نوآوری</h1>` +
        `<div class="info"><span>تاریخ انتشار: ۱۴۰۳/۰۲/۲۵ - ۱۱:۴۰</span> <span>تعداد بازدید: ۸۴۲</span></div>` +
        `<div class="body">${EN_PARAS}</div>` +
        `<div class="credits"><span>خبرنگار: سارا احمدی</span> | <span>عکاس: مهدی رضایی</span> | ` +
        `<span>منبع: روابط عمومی پردیس</span></div></article></body></html>`,
      'https://ut.ac.ir/fa/news/31254',
    );
    expect([d.publishedAt, d.views, d.source, d.byline.map((b) => b.name)]).toEqual([
      '2024-05-14T11:40:00+03:30',
      842,
      'روابط عمومی پردیس',
      ['سارا احمدی', 'مهدی رضایی'],
    ]);
  });
});

describe('round 30: a Vietnamese university’s story (weekday of two words, "Tin:", "Các tin khác")', () => {
  it('the meta line leaves the text and its counter is read; the credits, the source and no other stories', () => {
    const d = clip(
      `<html lang="vi"><title>Hội thảo quốc gia</title><body><div class="news-detail"><h1>Hội thảo quốc gia</h1>` +
        `<div class="date-view">Thứ Hai, 14/10/2024 15:32 &nbsp;|&nbsp; Số lượt xem: 1.245</div>` +
        `<div class="content">${EN_PARAS}</div><div class="author">Tin: Nguyễn Thu Hà - Ảnh: Lê Minh Đức</div>` +
        `<div class="source">Nguồn: Trường Đại học Giáo dục</div><div class="other"><h3>Các tin khác</h3><ul>` +
        `<li><a href="/a">Lễ khai giảng năm học 2024-2025</a> <span>(10/10/2024)</span></li>` +
        `<li><a href="/b">ĐHQGHN công bố kết quả tuyển sinh</a> <span>(08/10/2024)</span></li></ul></div></div></body></html>`,
      'https://vnu.edu.vn/ttsk/?C1661/N35991/',
    );
    expect([d.textContent.trim().slice(0, 14), d.textContent.trim().slice(-6), d.views, d.source]).toEqual([
      'The university',
      'of it.',
      1245,
      'Trường Đại học Giáo dục',
    ]);
    expect(d.byline.map((b) => b.name)).toEqual(['Nguyễn Thu Hà', 'Lê Minh Đức']);
  });
});

describe('round 30: English bylines and bios (Drupal’s created field, a communications office’s tagline)', () => {
  it('a weekday opening the date beside the byline ends the name; guard: a surname Sun stays', () => {
    expect(parseEnglishByline('By Lauren DeGraaf Wed, 02/21/2024 - 09:15').map((b) => b.name)).toEqual([
      'Lauren DeGraaf',
    ]);
    expect(parseEnglishByline('By Wei Sun').map((b) => b.name)).toEqual(['Wei Sun']);
  });
  const root = (last: string) =>
    new JSDOM(
      `<div>${EN_PARAS}<p>She starts teaching in the fall.</p><p>${last}</p></div>`,
    ).window.document.querySelector('div')!;
  it('the writer’s office tagline ends no story', () => {
    const r = root(
      '<em>Rebecca Lindahl is associate director of communications at Lawrence University. Email: news@lawrence.edu</em>',
    );
    removeEdgeFurniture(r);
    expect(r.textContent!.endsWith('teaching in the fall.')).toBe(true);
  });
  it('guard: an appointment closing the story stays', () => {
    const r = root('Maria Lopez was named director of the new teaching centre in June.');
    removeEdgeFurniture(r);
    expect(r.textContent!.endsWith('centre in June.')).toBe(true);
  });
  it('a date in the story’s info box beside the text dates it', () => {
    const page = (aside: string) =>
      `<title>Old tyres put to the test</title><body><main><div class="grid"><div class="content">` +
      `<h1>Old tyres put to the test</h1><div class="body">${EN_PARAS}</div></div>` +
      `<aside class="info">${aside}</aside></div></main></body>`;
    const url = 'https://www.rmit.edu.au/news/all-news/2024/oct/tyre-road-base-trial';
    expect(clip(page('<p>24 October 2024</p><p>Story by Aleksandra Nowak</p>'), url).publishedAt).toBe('2024-10-24');
  });
});

describe('round 30: pages that are no articles (a research portal’s profile, an events month)', () => {
  it('counts run into a year are no date by the headline', () => {
    const html =
      `<title>Euan Kerr — Glasgow Caledonian University</title><body><main><h1>Euan Kerr</h1>` +
      `<p>Senior Lecturer in Media and Journalism</p><div>24 Research output</div><div>3 Projects</div>` +
      `<div>2013 First year of research output</div>${EN_PARAS}</main></body>`;
    expect(detect(html, 'https://researchonline.gcu.ac.uk/en/persons/euan-kerr').isArticle).toBe(false);
  });
  it('guard: a day, a month’s name and a year beside the headline still date it', () => {
    const html =
      `<html lang="es"><title>Nueva beca para estudiantes</title><body><main><h1>Nueva beca para estudiantes</h1>` +
      `<p>15 de octubre de 2024</p>${EN_PARAS}</main></body></html>`;
    expect(detect(html, 'https://www.uchile.cl/noticias/214587/nueva-beca').isArticle).toBe(true);
  });
  it('the events section filtered by month is the section; guard: a story asked for by its id is not', () => {
    expect(notArticleAddress(new URL('https://calvin.edu/events?category=all&month=2024-03'))).toBe('home or list');
    expect(notArticleAddress(new URL('https://www.example.edu/news?id=4821'))).toBeNull();
  });
});

describe('round 30: Chinese people by their posts (研發長, 鄉長, 法師, 研究馆员, 花农)', () => {
  it('each post before or after the name names the person', () => {
    const text =
      '由研發長王思婷率領獲獎團隊出席受獎。由校長許嘉明、牡丹鄉鄉長華振昌共同揭牌。典禮由香港佛教團體代表釋淨明法師主禮。' +
      '云冈研究院研究馆员张晓东作主旨报告。花农王金山一边查看花苞长势，一边算账。';
    expect(peopleIn(text, 'zh')).toEqual(['张晓东', '王思婷', '王金山', '華振昌', '許嘉明', '釋淨明'].sort());
  });
});

describe('round 30: Chinese programmes (elders’ and oriented plans, scoped plans, project titles, micro-majors)', () => {
  it('定向 is a word of a plan’s name, not its edge, and the province running a long plan names it', () => {
    expect(programs('毕业后，她将按照湖南省公费定向师范生培养计划的要求回到保靖县任教。')).toEqual([
      '湖南省公费定向师范生培养计划',
    ]);
  });
  it('guard: a fund’s class of projects names the fund', () => {
    expect(programs('他主持国家社会科学基金重大项目一项。')).not.toContain('国家社会科学基金重大项目');
  });
  it('a project title a professor leads, and one after a plan’s class of projects', () => {
    expect(programs('张海涛教授主持的“华北典型地下水超采区综合治理与生态修复机理研究”获批立项。')).toContain(
      '华北典型地下水超采区综合治理与生态修复机理研究',
    );
    expect(programs('重点专项青年科学家项目“近海沉积物动力过程原位观测装备研发”获批立项。')).toContain(
      '近海沉积物动力过程原位观测装备研发',
    );
  });
  it('a quoted micro-major the school opens', () => {
    expect(programs('学校将开设“智能媒体内容生产”微专业，面向全校本科生招生。')).toContain('“智能媒体内容生产”微专业');
  });
});

describe('round 30: people in Arabic, Persian and Hebrew after their titles', () => {
  it('the name runs to the comma or the preposition, a particle inside it', () => {
    expect(
      peopleIn(
        'وافتتح الملتقى الدكتور خالد بن ناصر المري، مدير المركز. واستعرض المقدم محمد راشد الكبيسي من الإدارة العامة.',
        'ar',
      ),
    ).toEqual(['خالد بن ناصر المري', 'محمد راشد الكبيسي'].sort());
    expect(peopleIn('با حضور دکتر علیرضا کریمی، معاون پژوهش دانشگاه برگزار شد.', 'fa')).toEqual(['علیرضا کریمی']);
    expect(
      peopleIn('את המחקר הובילה פרופ\' נועה בן-דוד, מהמכון. בשיתוף ד"ר מיכל לוי-שטרן ממכון וולקני.', 'he'),
    ).toEqual(['מיכל לוי-שטרן', 'נועה בן-דוד'].sort());
  });
  it('guard: a professor of a field, a student of a degree are no names', () => {
    expect(peopleIn('استاد دانشگاه تهران و دانشجوی دکتری مهندسی مکانیک در این طرح همکاری کردند.', 'fa')).toEqual([]);
  });
  it('a councillor’s abbreviated title is no part of the name', () => {
    expect(peopleIn('Guests included Cllr Maeve Linehan and Professor Orlaith Cronin.', 'en')).toEqual([
      'Maeve Linehan',
      'Orlaith Cronin',
    ]);
  });
});
