// Extraction rules for the classes of page that failed on unseen sites (issue #11), each on a small authored
// snippet named after the class it serves. The real pages stay held out; these say what each rule is for.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { extractArticle } from '../../utils/extraction/extract-article';

const NOW = new Date('2026-11-23T00:00:00Z');
const EN_PARA =
  '<p>The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.</p>';
const EN_BODY = `<div class="content">${EN_PARA.repeat(4)}</div>`;
const ZH_PARA =
  '<p>5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。</p>';
const ZH_BODY = `<div class="content">${ZH_PARA.repeat(4)}</div>`;

function clip(html: string, url = 'https://news.example.edu/story/1.html') {
  const dom = new JSDOM(html, { url });
  const r = extractArticle(dom.window.document, url, NOW, dom.window as never);
  if (!r.ok) throw new Error(r.error);
  return r.draft;
}

describe('traditional Chinese pages (Hong Kong, Taiwan)', () => {
  it.each([
    ['發佈日期 / 瀏覽次數', '發佈日期：2024-05-12　瀏覽次數：321', '2024-05-12', 321],
    ['發布時間 / 點擊次數', '發布時間：2024/05/12 10:30 | 點擊次數：1,024', '2024-05-12T10:30:00+08:00', 1024],
  ])('%s', (_n, line, date, views) => {
    const d = clip(
      `<title>本校舉行創新大會 - 香港中文大學</title><h1>本校舉行創新大會</h1><div>${line}</div>${ZH_BODY}`,
      'https://www.cuhk.edu.hk/news/2024/1.html',
    );
    expect(d.publishedAt).toBe(date);
    expect(d.views).toBe(views);
  });
  it('reads 來源 as the source office', () => {
    const d = clip(
      `<title>本校舉行創新大會</title><h1>本校舉行創新大會</h1><div>發佈日期：2024-05-12\u3000來源：傳訊及公共關係處</div>${ZH_BODY}`,
    );
    expect(d.source).toBe('傳訊及公共關係處');
  });
});

describe('blog and news posts (WordPress, Drupal, TYPO3 templates)', () => {
  const TITLE = '<title>New Centre Opens | Example University News</title><h1>New Centre Opens</h1>';
  it('a date printed after the body ("Posted on …")', () => {
    const d = clip(`${TITLE}${EN_BODY}<div class="entry-meta">Posted on March 3, 2023 by Jane Doe</div>`);
    expect(d.publishedAt).toBe('2023-03-03');
    expect(d.provenance?.publishedAt).toEqual({ kind: 'dateline', where: 'after-body' });
  });
  it('published and updated dates run together: the first is the publication date', () => {
    expect(clip(`${TITLE}<p>November 25, 2024December 3, 2024</p>${EN_BODY}`).publishedAt).toBe('2024-11-25');
  });
  it('the printed date wins over meta tags naming another day', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-12-03T09:00:00Z">${TITLE}<p>November 25, 2024</p>${EN_BODY}`,
    );
    expect(d.publishedAt).toBe('2024-11-25');
    expect(d.provenance?.publishedAt).toEqual({ kind: 'dateline', where: 'near-headline' });
  });
  it('meta tags that agree with the printed day keep their time of day', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-11-25T09:00:00Z">${TITLE}<p>November 25, 2024</p>${EN_BODY}`,
    );
    expect(d.publishedAt).toBe('2024-11-25T09:00:00+00:00');
  });
});

describe('older pages (magazines, student newspapers of the early 2000s)', () => {
  it('the month of an issue line above the headline', () => {
    const d = clip(
      `<title>Reading the Stars</title><p>Volume 121, Number 11</p><p>April 2003</p><h2>Reading the Stars</h2>${EN_BODY}`,
      'http://www.example.edu/magazine/story.html',
    );
    expect(d.publishedAt).toBe('2003-04');
  });
  it('a month named only in the URL', () => {
    const d = clip(
      `<title>Reading the Stars</title><h2>Reading the Stars</h2>${EN_BODY}`,
      'http://www.example.edu/magazine/2003/04/stars.html',
    );
    expect(d.publishedAt).toBe('2003-04');
  });
  it('"Last updated: Wed Jan 17 2001" at the foot of a static page', () => {
    const d = clip(
      `<title>Whose Book is it?</title><h2>Whose Book is it?</h2>${EN_BODY}<hr><p>Last updated: Wed Jan 17 2001</p>`,
      'http://www.example.ac.uk/journal/review.html',
    );
    expect(d.publishedAt).toBe('2001-01-17');
  });
  it('a weekday dateline under the headline', () => {
    const d = clip(`<title>Senate Meets</title><h2>Senate Meets</h2><p>Tuesday, March 13, 2001</p>${EN_BODY}`);
    expect(d.publishedAt).toBe('2001-03-13');
  });
});

describe('headlines', () => {
  it('the site name in a banner h1 is not the headline', () => {
    const d = clip(
      `<title>Example University News</title><header><h1 class="site-title">Example University News</h1></header>` +
        `<h2>Students Win Robotics Prize</h2><p>May 2, 2024</p>${EN_BODY}`,
    );
    expect(d.title).toBe('Students Win Robotics Prize');
  });
  it('a logo image in an h1 is not the headline', () => {
    const d = clip(
      `<title>新闻网</title><h1><img src="logo.png" alt="">新闻网首页</h1><h3>学校举行创新大会</h3><div>日期：2024-05-12</div>${ZH_BODY}`,
    );
    expect(d.title).toBe('学校举行创新大会');
  });
  it('a news-agency dateline opening the body is not the headline', () => {
    const d = clip(
      `<title>清华新闻网</title><h3>学校举行创新大会</h3><p>清华新闻网5月12日电</p>${ZH_BODY}`,
      'https://news.tsinghua.edu.cn/info/1003/1.htm',
    );
    expect(d.title).toBe('学校举行创新大会');
  });
  it('a <title> that opens with the name a banner image prints is the site name, not the headline', () => {
    const d = clip(
      `<title>"Talking About Teaching" - Jane Okafor</title><img src="banner.jpg" alt="Talking About Teaching">` +
        `<h3>Essays by members of the Academy of Teaching</h3><h1>Teaching Diversity: A Lifelong Journey</h1>${EN_BODY}`,
    );
    expect(d.title).toBe('Teaching Diversity: A Lifelong Journey');
  });
  it('a file name as <title> (old static pages) gives way to the first prominent heading', () => {
    const d = clip(
      `<title>okafor</title><center><b><font size="+2">A VISITING SCHOLAR'S VIEW OF THE LIBRARY</font></b></center>` +
        `<center><b><font size="+1">(o ka for)</font></b></center>${EN_BODY}`,
    );
    expect(d.title).toBe("A VISITING SCHOLAR'S VIEW OF THE LIBRARY");
  });
});

describe('table-layout college pages (<td>/<font>)', () => {
  it('keeps the print and close buttons and the column name out of the body', () => {
    const d = clip(
      `<title>学院召开教学工作会议-某某学院</title><table><tr><td>学院新闻</td></tr>` +
        `<tr><td><font size="4"><b>学院召开教学工作会议</b></font></td></tr><tr><td>发布时间：2012-03-05</td></tr>` +
        `<tr><td>${ZH_BODY}</td></tr><tr><td>【打印本页】 【关闭窗口】</td></tr></table>`,
      'http://xy.example.edu.cn/news/show.asp?id=12',
    );
    expect(d.title).toBe('学院召开教学工作会议');
    expect(d.publishedAt).toBe('2012-03-05');
    expect(d.textContent).not.toMatch(/打印本页|关闭窗口/);
  });
});

describe('news in scripts other than Latin and Han (Cyrillic, Arabic, Hangul, Devanagari)', () => {
  const ARTICLES: [string, string, string][] = [
    [
      'Cyrillic',
      'Університет відкрив новий центр',
      'Університет відкрив новий дослідницький центр у понеділок. Науковці кількох факультетів сказали, що робота триватиме роки.',
    ],
    [
      'Arabic',
      'الجامعة تفتتح مركزا جديدا',
      'افتتحت الجامعة مركزا جديدا للبحث يوم الاثنين، وقال باحثون من عدة أقسام إن العمل سيستغرق سنوات. وسيشارك الطلاب في كل مرحلة منه.',
    ],
    [
      'Hangul',
      '대학교 새 연구센터 개소',
      '대학교는 월요일에 새 연구센터를 열었다. 여러 학과의 연구자들은 이 일이 몇 년이 걸릴 것이라고 말했다. 학생들도 모든 단계에 참여한다.',
    ],
    [
      'Devanagari',
      'विश्वविद्यालय ने नया केंद्र खोला',
      'विश्वविद्यालय ने सोमवार को नया शोध केंद्र खोला। कई विभागों के शोधकर्ताओं ने कहा कि काम में वर्षों लगेंगे। छात्र हर चरण में भाग लेंगे।',
    ],
  ];
  it.each(ARTICLES)('%s: sentences count as prose, so the page is an article', (_script, title, para) => {
    const d = clip(`<title>${title}</title><h1>${title}</h1><p>2020-06-07</p><div><p>${para}</p><p>${para}</p></div>`);
    expect(d.title).toBe(title);
    expect(d.publishedAt).toBe('2020-06-07');
  });
});

describe('news in languages that print the day first (German, French, Spanish, Czech …)', () => {
  const page = (line: string) =>
    clip(
      `<title>Neues Zentrum eröffnet</title><h1>Neues Zentrum eröffnet</h1><p>${line}</p>${EN_BODY}`,
      'https://www.example.de/news/zentrum',
    );
  it.each([
    ['German month name', '12. Januar 2022, Themen: Energie', '2022-01-12'],
    ['French month name', 'Martin Clavey · 20 janvier 2020', '2020-01-20'],
    ['Spanish month name', '8 de octubre de 2020', '2020-10-08'],
    ['day.month.year with a time', '01.11.2023 11:35', '2023-11-01T11:35:00+00:00'],
    ['day/month/year that US order cannot read', '23/10/2020 partager', '2020-10-23'],
    ['a slashed date both orders can read stays US order', '10/11/2020', '2020-10-11'],
  ])('%s', (_n, line, date) => expect(page(line).publishedAt).toBe(date));
  it('a date inside the headline with spaces ("27. 2. 2015") is not read as day.month.year', () => {
    const d = clip(
      `<title>Tagung (26. und 27. 2. 2015, Eichstätt)</title><h1>Tagung (26. und 27. 2. 2015, Eichstätt)</h1>${EN_BODY}`,
      'https://blog.example.de/822',
    );
    expect(d.publishedAt).toBeNull();
  });
});

describe('blog posts whose date links to the post itself (WordPress "Posted on")', () => {
  const URL = 'https://blog.example.org/2320';
  const post = (href: string) =>
    clip(
      `<title>Einen Feed einbinden</title><h1>Einen Feed einbinden</h1><span class="posted-on"><a href="${href}" ` +
        `rel="bookmark"><time datetime="2019-09-26T11:43:53+02:00">26. September 2019</time></a></span> ` +
        `<p>Aktualisiert am 19.02.2020</p>${EN_BODY}`,
      URL,
    );
  it('the permalink date is the publication date, not a later "updated" line', () =>
    expect(post(URL).publishedAt).toBe('2019-09-26T11:43:53+02:00'));
  it('a dated link to another post is not this post’s date', () =>
    expect(post('https://blog.example.org/2319').publishedAt).toBe('2020-02-19'));
});

it('Dublin Core meta names written with a colon ("dcterms:created") are read like the dotted ones', () => {
  const d = clip(`<meta name="dcterms:created" content="2015-01-28"><title>Tagung</title><h1>Tagung</h1>${EN_BODY}`);
  expect(d.publishedAt).toBe('2015-01-28');
  expect(d.provenance?.publishedAt).toEqual({ kind: 'meta', name: 'dcterms.created' });
});
