// Fields, the body's edges and detection on the classes of page review R17 found failing on unseen campus sites
// (issue #11, session 34, round 2: §3.5–3.8), each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';
import { parseDate, timeZoneForHost } from '../../utils/extraction/parse-date';
import { parseByline } from '../../utils/extraction/meta-line';

const credits = (d: { byline: { name: string; role: string | null }[] }) => d.byline.map((b) => `${b.role} ${b.name}`);
const firstLine = (text: string) => text.split('\n')[0];
const ZH_PARA = '11月9日晚，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。';

describe('a Chinese news site’s dateline with its byline in brackets (天大新闻网11月10日电（记者 … 通讯员 …）)', () => {
  const page = (opening: string) =>
    `<title>学校举行创新大会-天大新闻网</title><h1>学校举行创新大会</h1><div class="info">发布时间：2026-11-10</div>` +
    `<div class="content"><p>${opening}${ZH_PARA}</p>${`<p>${ZH_PARA}</p>`.repeat(3)}<p>（编辑 吕楠）</p></div>`;
  it('the roles and names in the brackets are credits', () => {
    const d = clip(
      page('天大新闻网11月10日电（记者 杨帆 通讯员 崔浩）'),
      'https://news.tju.edu.cn/info/1002/71234.htm',
    );
    expect(credits(d)).toEqual(expect.arrayContaining(['记者 杨帆', '通讯员 崔浩']));
  });
  it('the 讯 lead printed with no date (本网讯（通讯员 …）, 本报讯（记者 …）) opens a bracketed byline too', () => {
    const d = clip(page('本网讯（通讯员 王磊 记者 张敏）'), 'https://news.tju.edu.cn/info/1002/71236.htm');
    expect(credits(d)).toEqual(expect.arrayContaining(['通讯员 王磊', '记者 张敏']));
    expect(firstLine(d.textContent)).toContain('本网讯');
  });
  it('a dateline’s bracketed place or agency is no credit (新华社北京11月10日电（新华社记者）…)', () => {
    const d = clip(page('本报北京11月10日电（国际在线）'), 'https://news.tju.edu.cn/info/1002/71235.htm');
    expect(d.byline.map((b) => b.name)).not.toContain('国际在线');
  });
});

describe('a 校报 (digital paper) byline opened by a mark, between the headline and the text', () => {
  it('■ 记者 孙晓霏 通讯员 杜明轩 gives credits and is not the text’s first line', () => {
    const d = clip(
      `<title>“深海追光人”</title><h1>“深海追光人”</h1><div class="date">2026年10月20日</div>` +
        `<div class="art-author">■ 记者 孙晓霏 &nbsp; 通讯员 杜明轩</div>${ZH_BODY}`,
      'http://xiaobao.example.edu.cn/2096/3/a1.html',
    );
    expect(credits(d)).toEqual(expect.arrayContaining(['记者 孙晓霏', '通讯员 杜明轩']));
    expect(firstLine(d.textContent)).toMatch(/^5月11日/);
  });
});

describe('an old table-layout college page whose <title> is only the site’s name', () => {
  it('the footer (版权所有, 地址, 邮编) that starts with that name is no headline; the counter beside the date is read', () => {
    const site = '岭南农业大学园艺学院';
    const d = clip(
      `<title>${site}</title><table><tr><td>当前位置：<a href="/">首页</a> &gt;&gt; <a href="/n.asp">学院新闻</a></td></tr>` +
        `<tr><td align="center"><span class="STYLE2">园艺学院师生赴梅州开展科技帮扶</span></td></tr>` +
        `<tr><td align="center">发布时间：2026-9-27 &nbsp; 点击数：386</td></tr><tr><td>${ZH_BODY}</td></tr></table>` +
        `<table><tr><td><font color="#FFFFFF" size="2">${site} 版权所有 &nbsp; 地址：广州市五山路483号 &nbsp; 邮编：510642</font></td></tr></table>`,
      'https://yyxy.example.edu.cn/news/shownews.asp?id=2304',
    );
    expect(d.title).toBe('园艺学院师生赴梅州开展科技帮扶');
    expect(d.views).toBe(386);
  });
  it('图文 is a credit label: the writer after their office, not the office', () => {
    const d = clip(
      `<title>园艺学院师生赴梅州开展科技帮扶</title><h1>园艺学院师生赴梅州开展科技帮扶</h1>` +
        `<div>发布时间：2026-9-27 作者：学院团委</div>${ZH_BODY}<p>（图文：学院团委 李嘉欣 审核：陈国栋）</p>`,
      'https://yyxy.example.edu.cn/news/shownews.asp?id=2304',
    );
    expect(credits(d)).toEqual(['图文 李嘉欣', '审核 陈国栋']);
  });
  it('an office as the only writer stays the credit as printed (作者：化学学院)', () => {
    const d = clip(
      `<title>学院举行大会</title><h1>学院举行大会</h1><div>发布时间：2026-9-27 作者：化学学院</div>${ZH_BODY}`,
      'https://chem.example.edu.cn/info/1.htm',
    );
    expect(credits(d)).toEqual(['作者 化学学院']);
  });
});

describe('an English byline run into the date (AEM: <span>By Mara Ellison</span><span>14 Oct 2026</span>)', () => {
  it('the name ends where the date’s digits begin', () => {
    // Readability's byline element's text, its spans run together.
    expect(parseByline('By Mara Ellison14 Oct 2026')).toEqual([{ name: 'Mara Ellison', role: 'Author' }]);
    const d = clip(
      `<title>The river keepers | Example News</title><h1>The river keepers</h1>` +
        `<div class="article-byline"><span>By Mara Ellison</span><span>14 Oct 2026</span></div>${EN_BODY}`,
      'https://news.example.edu/articles/2026/10/river.html',
    );
    expect(d.byline.map((b) => b.name)).toEqual(['Mara Ellison']);
  });
});

describe('times printed beside the day', () => {
  it('Squiz: "Thursday 8 October 2026 9:52am" under the headline adds its time to a DC.Date meta of that day', () => {
    const d = clip(
      `<head><title>Marsden success | Example</title><meta name="DC.Date" content="2026-10-08"></head>` +
        `<body><h1>Marsden success</h1><p class="date">Thursday 8 October 2026 9:52am</p>${EN_BODY}</body>`,
      'https://www.example.ac.nz/news/marsden',
    );
    expect(d.publishedAt).toBe('2026-10-08T09:52:00+13:00');
  });
  it('a DC.Date meta naming another day still gives way to the printed line', () => {
    const d = clip(
      `<head><title>Marsden success | Example</title><meta name="DC.Date" content="2026-10-01"></head>` +
        `<body><h1>Marsden success</h1><p class="date">Thursday 8 October 2026</p>${EN_BODY}</body>`,
      'https://www.example.ac.nz/news/marsden',
    );
    expect(d.publishedAt).toBe('2026-10-08');
  });
  it('a Latin American boletín: "12:00 hs. 15 de octubre de 2026", in Mexico’s zone', () => {
    expect(timeZoneForHost('www.dgcs.example.mx')).toBe('America/Mexico_City');
    expect(parseDate('Ciudad Universitaria. 12:00 hs. 15 de octubre de 2026', 'America/Mexico_City')?.iso).toBe(
      '2026-10-15T12:00:00-06:00',
    );
    // A bare time before a date, with no hour word, may end a schedule's line: not read as the date's.
    expect(parseDate('10:30 15 de octubre de 2026', 'America/Mexico_City')?.iso).toBe('2026-10-15');
  });
  it('the boletín’s place and date line over the headline opens no body', () => {
    const d = clip(
      `<title>Boletín UNAM-DGCS-812: Sensor de bajo costo</title>` +
        `<p class="lugar">Ciudad Universitaria.<br>12:00 hs. 15 de octubre de 2026</p><h1>Sensor de bajo costo</h1>${EN_BODY}`,
      'https://www.dgcs.example.mx/boletin/2026_812.html',
    );
    expect(d.publishedAt).toBe('2026-10-15T12:00:00-06:00');
  });
});

describe('detection: a date line printed day first in a language the detector has no month names for', () => {
  const url = 'https://www.comunicacion.example.mx/boletin/2026_812.html';
  const ES_PARA =
    '<p>Un equipo del Instituto de Química de la universidad desarrolló un sensor de bajo costo que detecta arsénico en el agua de pozos rurales, y sus autores esperan que llegue pronto a las comunidades que más lo necesitan.</p>';
  const page = (line: string) =>
    `<title>Boletín UNAM-DGCS-812: Sensor de bajo costo</title><body><p class="lugar">Ciudad Universitaria.<br>${line}</p>` +
    `<h1>Investigadores desarrollan sensor de bajo costo</h1><div class="texto">${ES_PARA.repeat(4)}</div></body>`;
  const detect = (html: string) =>
    // A university of a country with no academic suffix: the host list (academic-domains.txt) names it.
    detectArticle(
      new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document,
      url,
      new Date('2026-11-23'),
      () => true,
    );
  it.each([['12:00 hs. 15 de octubre de 2026'], ['15/10/2026'], ['15. Oktober 2026']])(
    '"%s" above the headline is a date by the headline',
    (line) => expect(detect(page(line))).toEqual({ isArticle: true, reasons: ['date by headline'] }),
  );
  it('a day, a word and a year in the future, or no date at all, is none', () => {
    expect(detect(page('15 de octubre de 2031')).reasons).toEqual(['no date']);
    expect(detect(page('Ciudad de México')).reasons).toEqual(['no date']);
  });
});

describe('furniture closing the body: a reporter’s bio card, a release’s media contacts', () => {
  const P =
    '<p>The trial will run on three farms over two seasons, and researchers said the results would be shared with growers across the state as soon as they are in.</p>';
  const page = (tail: string) =>
    clip(
      `<title>Barley trial | Example News</title><h1>Barley trial</h1><p>17 September 2026</p><div class="article">${P.repeat(4)}<p>Students will join the farm trials through the University’s Work Integrated Learning program.</p>${tail}</div>`,
      'https://www.example.edu.au/newsroom/news/barley-trial',
    );
  const last = (d: { textContent: string }) => d.textContent.split('\n').pop();
  it('a student paper’s bio card: "Name covers …"', () => {
    const d = page(
      '<div class="contributor-card"><p><b>Sofia Marquez</b> covers Dwight Hall and public service. She is a sophomore majoring in History.</p></div>',
    );
    expect(last(d)).toMatch(/Work Integrated Learning program\.$/);
  });
  it('a "Media contacts" block of names, offices and labelled numbers', () => {
    const d = page(
      '<h2>Media contacts</h2><p><strong>Associate Professor Kirsty Nguyen</strong>, School of Agriculture, The University. Mobile: +61 (0)412 345 678</p>' +
        '<p><strong>Rhiannon Pytlik</strong>, Media Officer, The University. Phone: +61 8 8313 3173</p>',
    );
    expect(last(d)).toMatch(/Work Integrated Learning program\.$/);
  });
  it('a closing sentence that gives a phone number, with no contacts heading above it, stays', () => {
    const d = page('<p>Growers who want to take part can call the project office. Phone: +61 8 8313 0000</p>');
    expect(last(d)).toMatch(/Phone: \+61 8 8313 0000$/);
  });
});
