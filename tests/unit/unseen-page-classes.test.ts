// Extraction rules for the classes of page that failed on unseen sites (issue #11), each on a small authored
// snippet named after the class it serves. The real pages stay held out; these say what each rule is for.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const DETECT_NOW = new Date('2026-11-23');

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
  it('meta tags that agree with the printed day keep their time of day (told in the site’s zone)', () => {
    const d = clip(
      `<meta property="article:published_time" content="2024-11-25T09:00:00Z">${TITLE}<p>November 25, 2024</p>${EN_BODY}`,
    );
    expect(d.publishedAt).toBe('2024-11-25T04:00:00-05:00');
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
  it('a review page with no <title>: the heading that signs itself is the headline, not the reviewed book above it', () => {
    const d = clip(
      `<h3>Review of <em>Electronic Chronicle</em>, edited by A. Smith, with Jane Roe and John Poe</h3>` +
        `<p>Published by the Library Press. ISBN 0-0000-0000-0.</p>` +
        `<h4>Whose Chronicle is it anyway? Review by Ann Other <a href="#note">*</a></h4>${EN_BODY}`,
      'http://journal.example.ac.uk/issue9/reviews/chronicle.html',
    );
    expect(d.title).toBe('Whose Chronicle is it anyway?');
  });
});

describe('headlines on news sites', () => {
  it('ruby readings (furigana) over the characters are not words of the headline', () => {
    const ruby = '<ruby>子<rt>こ</rt></ruby>どもの<ruby>法律<rt>ほうりつ</rt></ruby>ができる';
    const d = clip(`<title>子どもの法律ができる - NEWS</title><h1>${ruby}</h1><p>2019-06-24</p>${EN_BODY}`);
    expect(d.title).toBe('子どもの法律ができる');
  });
  it('a headline part ending in 网 is not taken for a site name ("…-共建工业互联网")', () => {
    const d = clip(
      `<title>学校与企业合作-共建工业互联网</title><div class="h-title">学校与企业合作-共建工业互联网</div><p>2020-02-19</p>${ZH_BODY}`,
    );
    expect(d.title).toBe('学校与企业合作-共建工业互联网');
  });
  it('a share box repeating the whole <title> gives way to the headline printed alone ("…-新华网")', () => {
    const d = clip(
      `<title>学校召开创新大会-新华网</title><div class="h-title">学校召开创新大会</div><p>2020-02-19</p>${ZH_BODY}` +
        `<div class="share-title">学校召开创新大会-新华网</div>`,
    );
    expect(d.title).toBe('学校召开创新大会');
    expect(d.site.name).toBe('新华网');
  });
  it('site name first in <title>, printed as the banner image: the rest is the headline, not a site name', () => {
    const d = clip(
      `<title>NEWS WEB EASY|子どもの法律ができる</title><h1 class="header"><a href="/"><img src="logo.png" alt="NEWS WEB EASY"></a></h1>` +
        `<h1 class="article-title">子どもの法律ができる</h1><p>2019-06-24</p>${EN_BODY}`,
    );
    expect(d.title).toBe('子どもの法律ができる');
  });
});

describe('templates that lay the page out in list items (<ul><li class="left-main">)', () => {
  it('the headline and its dateline inside the column item are read; a short item of a list still is not', () => {
    const d = clip(
      `<title>学校举行创新大会</title><ul class="two-column"><li class="left-main"><h3>学校举行创新大会</h3>` +
        `<div class="share"><a href="#">分享</a></div><div class="time"><span>2019-09-07 09:25:09</span></div>${ZH_BODY.repeat(5)}` +
        `</li><li class="right"><ul><li><a href="/2">学校举行创新大会</a> 2019-08-01</li></ul></li></ul>`,
      'http://www.example.com.cn/news/1.html',
    );
    expect(d.title).toBe('学校举行创新大会');
    expect(d.publishedAt).toBe('2019-09-07T09:25:09+08:00');
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

describe('view counters printed under the text (Drupal statistics, Spanish and other languages)', () => {
  const related =
    `<aside><ul><li><a href="/2">Otra noticia</a> <span>6976 lecturas</span></li>` +
    `<li><a href="/3">Más noticias</a> <span>142233 lecturas</span></li></ul></aside>`;
  it('"4433 lecturas" in the article block, beside sidebars that print one counter per item', () => {
    const d = clip(
      `<title>Nuevo centro de investigación</title><div class="node"><h1>Nuevo centro de investigación</h1>` +
        `<p>6 de diciembre de 2020</p>${EN_BODY}<ul class="links"><li><span>4433 lecturas</span></li></ul></div>${related}`,
    );
    expect(d.views).toBe(4433);
  });
  it('counters only in a list of other stories are not the article’s', () => {
    const d = clip(
      `<title>Nuevo centro de investigación</title><div class="node"><h1>Nuevo centro de investigación</h1>` +
        `<p>6 de diciembre de 2020</p>${EN_BODY}</div>${related}`,
    );
    expect(d.views).toBeNull();
  });
});

describe('pages on university hosts that are not news articles (detection)', () => {
  const detect = (html: string, url: string) =>
    detectArticle(new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document, url, DETECT_NOW, isAcademicHost);
  const DATED = `<p>Tuesday, April 19, 2005</p>${EN_BODY}`;
  it('a staff member’s own web space on a personal host (faculty-staff., people., homepages.)', () => {
    for (const url of [
      'http://faculty-staff.example.edu/L/Jane.Doe-1/blog/2005/04/news-round-up.htm',
      'https://people.example.ac.uk/jdoe/notes.html',
      'https://homepages.example.edu/jdoe/2005/essay.html',
    ])
      expect(detect(`<title>News Round Up</title><h2>News Round Up</h2>${DATED}`, url).reasons).toEqual([
        'personal page',
      ]);
    // The same page on the university's news host is an article.
    const news = detect(`<title>News Round Up</title><h2>News Round Up</h2>${DATED}`, 'https://news.example.edu/a/1');
    expect(news.isArticle).toBe(true);
  });
  it('a newsletter issue: <title> names only the newsletter and its issue, not one story', () => {
    for (const title of ["NFAPP's Newsletter October 1997", 'Campus Bulletin, Vol. 3 No. 2', 'Newsletter Spring 2004'])
      expect(
        detect(`<title>${title}</title><h1>${title}</h1>${DATED}`, 'http://www.example.edu/newsletters/oct97.htm')
          .reasons,
      ).toEqual(['issue page']);
    // A story of the issue adds its headline to the <title>.
    const story = detect(
      `<title>Can We Learn from NAFTA? - NFAPP Newsletter October 1997</title><h2>Can We Learn from NAFTA?</h2>${DATED}`,
      'http://www.example.edu/newsletters/oct97/nafta.htm',
    );
    expect(story.isArticle).toBe(true);
  });
  it('a research paper in an online journal: an abstract, then a numbered introduction', () => {
    const paper = `<h1>A Metadata Thesaurus</h1><p>Article No. 42, 2001-02-08</p><h2>Abstract</h2><h2>1. Introduction</h2>`;
    expect(
      detect(`<title>A Metadata Thesaurus</title>${paper}${EN_BODY}`, 'http://journal.example.ac.uk/Articles/v01/i08/')
        .reasons,
    ).toEqual(['paper']);
    // News about the paper, which names its abstract but has no numbered sections, is an article.
    const news = `<h1>A Metadata Thesaurus</h1><p>Published: February 8, 2001</p><p>The abstract is online.</p>`;
    expect(
      detect(`<title>A Metadata Thesaurus</title>${news}${EN_BODY}`, 'https://news.example.edu/2001/thesaurus')
        .isArticle,
    ).toBe(true);
  });
});
