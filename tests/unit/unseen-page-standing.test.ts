// Detection on pages of university hosts that print a date like news but are not news (issue #11, review R14): a
// Chinese college site's standing pages (staff profiles, programme pages: every 博达/WebPlus page prints 发布时间 and
// 点击), an event's page with its details as a key–value list, a policy library's page; and the other way, a post
// whose only date is its "Posted on …" line after the body. Each case is a small authored snippet named after its class.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { afterHeadlineRead, badgeFor } from '../../entrypoints/background/badge';
import { detectArticle } from '../../utils/detection/detect-article';
import { headlineEvidence, headlineLooks, readHeadline } from '../../utils/detection/headline-region';
import { readMetadata } from '../../utils/detection/page-metadata';
import { readWalk } from '../../utils/detection/page-walk';
import { EN_BODY } from './unseen-page-snippets';

const NOW = new Date('2026-11-23');
// Paragraphs long enough for the walk to read them as prose (60+ characters each).
const ZH_PARA =
  '<p>5月11日，学院举行年度学术交流大会，会议由院长主持，与会代表围绕人才培养、科学研究、学科建设和社会服务等议题进行了深入交流，并对下一阶段的重点工作作出部署。</p>';
const ZH_BODY = `<div class="v_news_content">${ZH_PARA.repeat(4)}</div>`;
const load = (html: string, url: string) => new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document;
const detect = (html: string, url = 'http://me.example.edu.cn/info/1083/3012.htm') =>
  detectArticle(load(html, url), url, NOW);

// A 博达 (VSB) college page: menu, breadcrumb, headline, the meta line every page of the site prints, then the text.
const MENU =
  '<ul class="nav"><li><a href="/">首页</a></li><li><a href="/xygk.htm">学院概况</a></li>' +
  '<li><a href="/szdw.htm">师资队伍</a></li><li><a href="/xwgg.htm">新闻公告</a></li></ul>';
const crumbs = (...columns: string[]) =>
  `<div class="pos">当前位置：<a href="/">首页</a>${columns.map((c) => ` &gt; <a href="/c.htm">${c}</a>`).join('')} &gt; 正文</div>`;
const META = '<div class="info">发布时间：2022-09-05&nbsp;&nbsp;点击：[128]</div>';
const vsb = (title: string, headline: string, trail: string, body = ZH_BODY) =>
  `<title>${title}</title>${MENU}${trail}<h1>${headline}</h1>${META}${body}`;
const PROFILE =
  '<table><tr><td>姓名：张振宇</td></tr><tr><td>职称：教授、博士生导师</td></tr><tr><td>电子邮箱：zzy@example.edu.cn</td></tr></table>' +
  `<p><strong>个人简介</strong></p>${ZH_BODY}`;

describe('Chinese college sites: standing pages in a staff, programme or about column', () => {
  it('a staff profile (首页 > 师资队伍 > 教授 > 正文) is no article, though it prints 发布时间 and 点击', () => {
    const page = vsb('张振宇-机械工程学院', '张振宇', crumbs('师资队伍', '教授'), PROFILE);
    expect(detect(page)).toEqual({ isArticle: false, reasons: ['standing column'] });
  });
  it('a programme page (首页 > 本科生教育 > 专业介绍 > 正文)', () => {
    const page = vsb('智能科学与技术专业介绍-人工智能学院', '智能科学与技术专业介绍', crumbs('本科生教育', '专业介绍'));
    expect(detect(page).reasons).toEqual(['standing column']);
  });
  it('a WebPlus breadcrumb, whose separators are drawn in CSS (学院概况)', () => {
    const trail =
      '<div class="col_path"><span>当前位置：</span><a href="/main.htm">首页</a><span class="possplit">&nbsp;&nbsp;</span>' +
      '<a href="/xygk/list.htm">学院概况</a></div>';
    expect(detect(vsb('学院简介-化学学院', '学院简介', trail)).reasons).toEqual(['standing column']);
  });
  it('the column named in <title> (DedeCMS "标题_栏目_站点")', () => {
    expect(detect(vsb('张振宇_师资队伍_机械工程学院', '张振宇', '')).reasons).toEqual(['standing column']);
  });
  it('the quick verdict leaves a long profile to the walk: the breadcrumb is read before the headline too', () => {
    const long = vsb(
      '张振宇同志个人简介 - 机械工程学院',
      '张振宇同志个人简介',
      crumbs('师资队伍', '教授'),
      ZH_BODY + ZH_BODY,
    );
    expect(headlineEvidence(load(long, 'http://me.example.edu.cn/info/1083/3013.htm'), NOW)).toBeNull();
    expect(detect(long).reasons).toEqual(['standing column']);
  });
  it.each([
    [
      'a notice under a standing column (本科生教育 > 通知公告)',
      crumbs('本科生教育', '通知公告'),
      '关于2024年本科教学检查的通知',
    ],
    ['a job notice (师资队伍 > 人才招聘)', crumbs('师资队伍', '人才招聘'), '机械工程学院2024年教师招聘公告'],
    ['news whose headline names a professor (学院新闻)', crumbs('学院新闻'), '我院张振宇教授获国家自然科学奖'],
    ['news with only the menu, no breadcrumb', '', '我院张振宇教授获国家自然科学奖'],
  ])('%s is still an article', (_c, trail, headline) => {
    expect(detect(vsb(`${headline}-机械工程学院`, headline, trail)).isArticle).toBe(true);
  });
  it('a menu printed with separators ("首页 | 学院概况 | 师资队伍") is no breadcrumb', () => {
    const menu = '<div class="top"><a href="/">首页</a> | <a href="/a">学院概况</a> | <a href="/b">师资队伍</a></div>';
    const headline = '我院召开2024年工作会议';
    expect(detect(`<title>${headline}</title>${menu}<h1>${headline}</h1>${META}${ZH_BODY}`).isArticle).toBe(true);
  });
});

const EVENT_URL = 'http://www.example.ac.uk/physics/news-events/events/public-lecture';
const EVENT_HEAD =
  '<title>Public Lecture: The Future of Fusion Energy | School of Physics</title><h1>Public Lecture: The Future of Fusion Energy</h1>';

describe('event pages whose details are a key–value list (Drupal, Terminalfour event types)', () => {
  it('<dt>Date / Time / Venue / Cost</dt>, the date in a <time datetime>: the date is the event’s', () => {
    const details =
      '<dl><dt>Date</dt><dd><time datetime="2025-02-12T18:00:00Z">12 February 2025</time></dd><dt>Time</dt>' +
      '<dd>6pm - 7:30pm</dd><dt>Venue</dt><dd>Higgs Centre, Royal Observatory</dd><dt>Cost</dt><dd>Free</dd></dl>';
    expect(detect(`${EVENT_HEAD}${details}${EN_BODY}`, EVENT_URL).reasons).toEqual(['event page']);
  });
  it('the same keys in a table, with "Date: …" (no publication label) by the headline', () => {
    const details =
      '<p>Date: 12 February 2025</p><table><tr><th>Time</th><td>6pm</td></tr><tr><th>Location</th><td>Room 1</td></tr></table>';
    expect(detect(`${EVENT_HEAD}${details}${EN_BODY}`, EVENT_URL).reasons).toEqual(['event page']);
  });
  it('a news story that prints "Posted on …" over the event’s keys is still an article', () => {
    const story =
      '<p>Posted on 10 January 2025</p><dl><dt>Time</dt><dd>6pm</dd><dt>Venue</dt><dd>Higgs Centre</dd></dl>';
    expect(detect(`${EVENT_HEAD}${story}${EN_BODY}`, EVENT_URL).isArticle).toBe(true);
  });
});

const POLICY_URL = 'http://policy.example.edu/policy-library/acceptable-use';
const POLICY_HEAD =
  '<title>Acceptable Use Policy | Policies | Example University</title><h1>Policy 5.1: Acceptable Use of IT Resources</h1>';

describe('policy library pages', () => {
  it('Responsible Office / Originally Issued / Last Full Review as a table: the dates are the policy’s', () => {
    const fields =
      '<table><tr><th>Responsible Office</th><td>IT Security Office</td></tr><tr><th>Originally Issued</th>' +
      '<td>October 1, 2004</td></tr><tr><th>Last Full Review</th><td>June 10, 2022</td></tr></table>';
    expect(detect(`${POLICY_HEAD}${fields}${EN_BODY}`, POLICY_URL).reasons).toEqual(['policy page']);
  });
  it('the fields with colons ("Policy Owner: … Effective Date: …"), a labelled date among them', () => {
    const fields = '<p>Policy Owner: Office of the Provost</p><p>Effective Date: July 1, 2020</p>';
    expect(detect(`${POLICY_HEAD}${fields}${EN_BODY}`, POLICY_URL).reasons).toEqual(['policy page']);
  });
  it('a news story about a new policy, told in sentences, is still an article', () => {
    const story =
      '<title>University adopts new IT policy</title><h1>University adopts new IT policy</h1>' +
      '<p>Published: March 3, 2023</p><p>The policy, owned by the responsible office for IT, takes effect in July.</p>';
    expect(detect(`${story}${EN_BODY}`, 'http://news.example.edu/stories/it-policy').isArticle).toBe(true);
  });
});

const POST_URL = 'http://www.example.ac.uk/news/experts-to-lead-salmon-study/';
const POST_HEAD =
  '<title>Experts to lead salmon study | Example University</title><h1>Experts to lead salmon study</h1>';
const SHARE = '<div class="share"><span>Share this article</span><a href="/fb">Facebook</a></div>';

describe('news posts whose only date is printed after the body (Terminalfour, WordPress)', () => {
  it.each([
    ['Posted on 23 January 2024', 'en'],
    ['Published: 2024-01-23', 'en'],
    ['发布于 2024-01-23', 'zh'],
  ])('"%s" after the body is a publication date: an article', (line) => {
    const d = detect(`${POST_HEAD}${EN_BODY}<p class="news-date">${line}</p>${SHARE}`, POST_URL);
    expect(d).toEqual({ isArticle: true, reasons: ['publication line after the body'] });
  });
  it.each(['Last updated 23 January 2024', 'Page last published: 23 January 2024', 'Date: 23 January 2024'])(
    '"%s" after the body dates an edit or nothing: no article',
    (line) => {
      expect(detect(`${POST_HEAD}${EN_BODY}<p>${line}</p>`, POST_URL).reasons).toEqual(['no date']);
    },
  );
  it('two such lines (a list of posts, each "Posted on …") are no article’s own date', () => {
    const items = '<div><p>Posted on 3 January 2024</p></div><div><p>Posted on 9 January 2024</p></div>';
    expect(detect(`${POST_HEAD}${EN_BODY}${items}`, POST_URL).reasons).toEqual(['no date']);
  });
  it('a "Posted on …" line in the page footer is furniture, not the post’s', () => {
    const page = `${POST_HEAD}${EN_BODY}<footer><p>Posted on 23 January 2024</p></footer>`;
    expect(detect(page, POST_URL).reasons).toEqual(['no date']);
  });
});

/** The badge as the extension sets it: the headline read first, then (when that does not settle it) the walk. */
function badge(html: string, url: string): string | null {
  const doc = load(html, url);
  const looks = headlineLooks(doc.title);
  const read = JSON.parse(JSON.stringify(readHeadline(looks, doc)));
  const next = afterHeadlineRead(read, url, looks, 'NEWS', NOW);
  if (!next || 'badge' in next) return next?.badge ?? null;
  const facts = { href: url, title: doc.title, walk: readWalk(doc), meta: readMetadata(doc) };
  return badgeFor(JSON.parse(JSON.stringify(facts)), url, 'NEWS', NOW);
}

describe('the badge on page load agrees', () => {
  it.each([
    [
      'a long staff profile',
      vsb('张振宇同志个人简介 - 机械工程学院', '张振宇同志个人简介', crumbs('师资队伍', '教授'), ZH_BODY + ZH_BODY),
      '',
    ],
    [
      'a news story beside it',
      vsb('我院张振宇教授获国家自然科学奖-机械工程学院', '我院张振宇教授获国家自然科学奖', crumbs('学院新闻')),
      'NEWS',
    ],
    [
      'an event whose details open with "Date: …"',
      `${EVENT_HEAD}<p>Date: 12 February 2025</p><table><tr><th>Time</th><td>6pm</td></tr><tr><th>Venue</th><td>Room 1</td></tr></table>${EN_BODY}`,
      '',
    ],
    ['a post dated only after its body', `${POST_HEAD}${EN_BODY}<p>Posted on 23 January 2024</p>${SHARE}`, 'NEWS'],
  ])('%s', (_c, html, want) => {
    expect(badge(html, 'http://me.example.edu.cn/info/1083/3020.htm')).toBe(want);
  });
});
