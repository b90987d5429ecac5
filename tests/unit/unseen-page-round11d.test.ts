// Round 11d (issue #11, session 43): the classes review sets R74–R77 found failing, checked on R78 and R79: each
// describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind } from './entity-kinds';
import { hasIssueDate } from '../../utils/detection/date-clues';
import { parseEnglishByline } from '../../utils/extraction/english-byline';

const first = (d: { textContent: string }) => d.textContent.split('\n')[0];
const people = (text: string) => namesOfKind(text, 'person', 'zh').sort();
const closingFieldsNames = (line: string) =>
  parseEnglishByline(line)
    .map((b) => b.name)
    .sort();

describe('round 11d: R74–R77 (offices’ news, medical schools, specialised universities, UK post-1992, Ivy newsrooms)', () => {
  it('a sidebar details box’s bare "Date" is the story’s date (Northumbria, Queen’s Belfast)', () => {
    const d = clip(
      `<title>Researchers track Arctic sea ice</title><main><article><h1>Researchers track Arctic sea ice</h1>${EN_PARAS}` +
        '</article><aside><dl><dt>Date</dt><dd>4 November 2024</dd><dt>Department</dt><dd>Geography</dd></dl></aside></main>',
      'https://www.example.ac.uk/about-us/news-events/news/arctic-sea-ice/',
    );
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-11-04');
  });
  it('guard: an event’s "Date" beside its time and venue is no publication date', () => {
    const d = clip(
      `<title>Open lecture on sea ice</title><main><article><h1>Open lecture on sea ice</h1>${EN_PARAS}` +
        '</article><aside><dl><dt>Date</dt><dd>4 November 2024</dd><dt>Time</dt><dd>6pm</dd><dt>Venue</dt>' +
        '<dd>Hall</dd></dl></aside></main>',
      'https://www.example.ac.uk/about-us/news-events/events/sea-ice-lecture/',
    );
    expect(d.publishedAt).toBeNull();
  });
  it('a course page whose lead-in opens after its "Starting:" label: the month is the intake, read in the page’s top', () => {
    const lead = ': september 2026 campus: clifton ucas code: b940 overview accredited by the institute';
    const top = 'biomedical science bsc (hons) duration: three years starting: september 2026 campus: clifton';
    const now = new Date('2026-11-28');
    expect([hasIssueDate(lead, now), hasIssueDate(lead, now, top)]).toEqual([true, false]);
  });
  it('a details list before the text (Joomla article-info: 詳細內容, 作者, 分類, 發佈日期, 點閱數) opens no text', () => {
    const d = clip(
      '<title>高醫與市府簽署合作備忘錄</title><div class="item-page"><h2 itemprop="headline">高醫與市府簽署合作備忘錄</h2>' +
        '<dl class="article-info"><dt>詳細內容</dt><dd>作者：秘書室公關組</dd><dd>分類：<a href="/news">校園新聞</a></dd>' +
        '<dd><time datetime="2024-09-05T10:23:41+08:00">發佈日期：2024年09月05日</time></dd><dd>點閱數：853</dd></dl>' +
        `<div itemprop="articleBody">${ZH_PARAS}</div></div>`,
      'https://www.example.edu.tw/index.php/zh-TW/news/1234',
    );
    expect(first(d)).toMatch(/^5月11日/);
  });
  it('a <title> of the site’s short name and its column ("IIT Delhi | News") names no headline', () => {
    const d = clip(
      '<title>IIT Delhi | News</title><section><h2>News &amp; Announcements</h2></section><div class="col-lg-8">' +
        '<h3 class="news-heading">Researchers develop a low-cost test for sickle cell disease</h3><p>10 Mar 2025</p>' +
        `<div class="news-text">${EN_PARAS}</div></div>`,
      'https://home.example.ac.in/news-detail.php?id=1432',
    );
    expect(d.title).toBe('Researchers develop a low-cost test for sickle cell disease');
  });
  it('the view counter in the field row closing the text (审核：… 日期：… 点击数：418)', () => {
    const d = clip(
      `<title>化学学院举办学术论坛</title><table><tr><td class="title">化学学院举办学术论坛</td></tr><tr><td>${ZH_PARAS}</td></tr>` +
        '<tr><td align="right">撰稿：王静 审核：赵宏斌 日期：2025-01-09 点击数：418</td></tr></table>',
      'https://chem.example.edu.cn/info/1012/5678.htm',
    );
    expect(d.views).toBe(418);
  });
  it('a contact block’s name over the writer’s job (Writers: <strong>Name</strong><br>Public Affairs Specialist)', () => {
    const d = clip(
      `<title>Grocery access study</title><article><h1>Grocery access study</h1>${EN_PARAS}</article><div><h2>Writers</h2>` +
        '<p><strong>Lauren Whitaker</strong><br>Public Affairs Specialist<br>lwhitaker@example.edu</p></div>',
      'https://news.example.edu/2025/03/grocery-access/',
    );
    expect(d.byline.map((b) => b.name)).toEqual(['Lauren Whitaker']);
  });
  it('Turkish and Indonesian credit labels (Fotoğraf:, Penulis:, Editor:)', () => {
    expect(closingFieldsNames('Fotoğraf: Emre Yılmaz')).toEqual(['Emre Yılmaz']);
    expect(closingFieldsNames('Editor: Agung Nugroho')).toEqual(['Agung Nugroho']);
  });
  it.each([
    ['指导教师全程参与指导，学生覆盖本科生和研究生。', []],
    ['校团委书记何晓峰表示，学院将继续支持。', ['何晓峰']],
  ])('Chinese words after a role or a group are no names (guard: a name after a role stays): %s', (text, want) => {
    expect(people(text)).toEqual(want);
  });
  it('a title’s noun ends no name, a university’s name is no person', () => {
    const en = (t: string) => namesOfKind(t, 'person', 'en');
    expect(en('Dr. Rakesh Verma, Additional Professor of Pathology at AIIMS Bhopal, coordinated the study.')).toEqual([
      'Rakesh Verma',
    ]);
    expect(
      en(
        'A clinic at Sheffield Hallam University opened. Dr Rachel Simmons, Head of Allied Health at Sheffield Hallam, said: “It matters.”',
      ),
    ).toEqual(['Rachel Simmons']);
  });
});
