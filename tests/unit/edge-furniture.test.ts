// Page furniture at the body's edges (issue #11, session 27): each class of page on a small authored snippet, read
// through the whole clip; the article's own closing lines (credits, an author's address, a last short sentence)
// must stay.
import { describe, expect, it } from 'vitest';
import { clip } from './unseen-page-snippets';
import { isBreadcrumb } from '../../utils/extraction/breadcrumb-lines';

const EN_HEAD = '<title>New Centre Opens | Example University News</title><h1>New Centre Opens</h1>';
const ZH_HEAD = '<title>学校举行创新大会 - 示例大学新闻网</title><h1>学校举行创新大会</h1>';
const EN_PARA =
  '<p>The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.</p>';
const ZH_PARA =
  '<p>5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。</p>';
const en = (tail: string, head = '') => clip(`${EN_HEAD}<div class="page">${head}${EN_PARA.repeat(4)}${tail}</div>`);
const zh = (tail: string) => clip(`${ZH_HEAD}<div class="page">${ZH_PARA.repeat(4)}${tail}</div>`);
const lastLine = (text: string) => text.split('\n').at(-1);

describe('navigation links closing the body (old static pages, newsletters)', () => {
  it.each([
    ['a return link after a rule', '<hr><a href="/newsletter/index.html"><i>Return to table of contents</i></a>'],
    ['an upper-case return link', '<center><b><a href="/about.html">RETURN TO PREVIOUS PAGE</a></b></center>'],
    ['a 返回 link', '<p><a href="/list.html">返回新闻列表</a></p>'],
    ['two links in a row', '<p><a href="/a.html">Teaching Resources</a> | <a href="/b.html">Faculty Awards</a></p>'],
  ])('%s goes', (_name, tail) => {
    expect(en(tail).textContent).toMatch(/every stage of it\.$/);
  });
  it("links to the site's home pages over the office's postal address: the whole block goes", () => {
    const d = en(
      '<br><a href="/talking.html"><em>Talking About Teaching</em> Homepage</a><br><a href="/academy.html">Academy of Teaching Homepage</a><br>' +
        '<p><span>Faculty &amp; TA Development<br>Example State University<br>260 Success Center<br>Columbus, OH 43201-2333<br>614-292-3644<br>' +
        '<a href="mailto:office@example.edu">office@example.edu</a><br><a href="/"><i>http://office.example.edu/</i></a></span></p>',
    );
    expect(d.textContent).toMatch(/every stage of it\.$/);
  });
  it("a link that closes the article's last sentence, or a single link naming a document, stays", () => {
    expect(lastLine(en('<p><a href="/report.pdf">Programm der Tagung (PDF)</a></p>').textContent)).toBe(
      'Programm der Tagung (PDF)',
    );
  });
});

describe('copyright and "last updated" lines under the article (journals, old static pages)', () => {
  it("the footer goes; the author's address above it stays", () => {
    const d = en(
      '<p>Return to <a href="#top">top</a></p><p><i>Jane Reviewer,<br>Dept of Archaeology,<br>University of York<br>UK YO1 7EP<br>' +
        '<a href="mailto:jr@york.ac.uk">jr@york.ac.uk</a></i></p><hr>' +
        '<p>© Example Journal URL: <a href="/journal/9/review.html">http://journal.example.ac.uk/9/review.html</a><br>Last updated: Wed Jan 17 2001</p>',
    );
    expect(d.textContent).toContain('Dept of Archaeology');
    expect(d.textContent).not.toMatch(/©|Last updated|Return to top/);
  });
  it('版权所有 and 最后更新 lines go', () => {
    expect(zh('<p>版权所有 © 示例大学党委宣传部</p><p>最后更新：2024-05-12</p>').textContent).toMatch(/深入交流。$/);
  });
});

describe('calls to subscribe or follow, disclaimers and contact blocks (news sites, newsletters)', () => {
  it.each([
    ['English subscribe', '<p>To learn how to subscribe to the Daily, <a href="/subscribe">click here</a>.</p>'],
    [
      'Spanish follow-us with social links',
      '<p>Puede escribirnos a <a href="mailto:x@example.com">x@example.com</a> o seguirnos en <a href="https://www.facebook.com/example">Facebook</a>, <a href="https://twitter.com/example">Twitter</a>.</p>',
    ],
    [
      'an advertising disclosure',
      '<p>Advertising disclosure: We may receive compensation for some of the links in our stories.</p>',
    ],
    ['免责声明', '<p>免责声明：本文来自客户端自媒体，不代表本网的观点和立场。</p>'],
    [
      'a German contact block',
      '<p><strong>Kontakt:</strong></p><p>Dr. Erika Muster<br>Max-Planck-Institut<br>E-Mail: erika.muster@example.de</p>',
    ],
  ])('%s goes', (_name, tail) => {
    expect(en(tail).textContent).toMatch(/every stage of it\.$/);
  });
  it('a subscribe sentence of the article itself, with no link or call to click, stays', () => {
    const d = en('<p>More than 4,000 readers subscribe to the newsletter.</p>');
    expect(lastLine(d.textContent)).toBe('More than 4,000 readers subscribe to the newsletter.');
  });
});

describe('share buttons, QR prompts, dates, licence numbers, tags and counters closing the body (campus CMSs, blogs)', () => {
  it.each([
    ['a QR prompt (Chinese campus CMS)', '<p>扫一扫在手机打开当前页</p>'],
    ['share words, one a line', '<ul><li>twittern</li><li>teilen</li><li>mitteilen</li></ul>'],
    ['a labelled date line (French news site)', '<p>Créé: 12.12.2019, 07h36</p>'],
    ['a licence number in a footer (Chinese sites)', '<p>陕ICP备05001571号 陕公网安备61010002000001号</p>'],
    ['tags and a comment link (WordPress, Drupal themes)', '<p>Tags: Research, Teaching</p><p>Leave a comment</p>'],
    ['关键词 under a Chinese article', '<p>关键词：创新 人才培养</p>'],
    ['a view counter alone (campus CMS)', '<p>点击次数：1234</p>'],
    [
      'published and updated dates (Italian blog)',
      '<p>Pubblicato il: 30 Settembre 2020</p><p>Ultimo aggiornamento: 30 Settembre 2020</p>',
    ],
  ])('%s goes', (_name, tail) => {
    expect(en(tail).textContent).toMatch(/every stage of it\.$/);
  });
  it("a notice's contact person and telephone under the text stay (通知: the contact is the notice's)", () => {
    const d = zh('<p>联系人：王老师</p><p>电话：029-82668114</p>');
    expect(lastLine(d.textContent)).toBe('电话：029-82668114');
  });
});

describe("the site's or news office's name alone under the article (Chinese campus news)", () => {
  it("the news centre's name goes; the closing credit in brackets stays", () => {
    const d = zh('<p>（袁源）</p><p><span>示例大学医学部新闻中心</span></p>');
    expect(lastLine(d.textContent)).toBe('（袁源）');
  });
  it("a university's name closing an author's signature above a footer stays (only the last line is the site's)", () => {
    const d = en(
      '<p>Jane Reviewer<br>Department of History<br>Example University</p><p><a href="/index.html">Return to table of contents</a></p>',
    );
    expect(lastLine(d.textContent)).toBe('Example University');
  });
  it('a short last sentence mentioning a phone is prose and stays', () => {
    expect(lastLine(zh('<p>我们在手机上就能办理。</p>').textContent)).toBe('我们在手机上就能办理。');
  });
  it('credit lines (来源/编辑) under the article stay, with the site name after them gone', () => {
    const d = zh('<p>来源：示例日报 编辑：苏亮</p><p>示例大学新闻网</p>');
    expect(lastLine(d.textContent)).toBe('来源：示例日报 编辑：苏亮');
  });
});

describe('breadcrumbs and labelled dates opening the body (old static pages, European news sites)', () => {
  it.each([
    'Home > Programs and Activities > Networked Economy Summit > Remarks at the 2001 Summit',
    '首页 > 新闻中心 > 学校要闻',
    'Home → Notizie dal mondo →',
    '当前位置：首页 > 学校要闻',
  ])('"%s" is a breadcrumb', (line) => expect(isBreadcrumb(line)).toBe(true));
  it.each(['Home is where the heart is, she said.', 'Homecoming > 2,000 alumni'])('"%s" is not', (line) =>
    expect(isBreadcrumb(line)).toBe(false),
  );
  it('a breadcrumb and a labelled date line at the top go', () => {
    const d = en('', '<p>Home &gt; News &gt; Research &gt; New Centre Opens</p><p>Publikacja: 04.05.2021</p>');
    expect(d.textContent).toMatch(/^The university opened/);
  });
  it.each([
    ['a skip link (German university theme)', '<p>Hauptinhalt</p>'],
    ['a skip link (English)', '<p><a href="#main">Skip to main content</a></p>'],
    [
      'a bar of site links (Chinese table-layout college page)',
      '<p><a href="/">网站首页</a> | <a href="/xxgk">学校概况</a> | <a href="/xwzx">新闻中心</a></p>',
    ],
  ])('%s opening the body goes', (_name, head) => {
    expect(en('', head).textContent).toMatch(/^The university opened/);
  });
  it('a byline linked to its author, opening the body, stays', () => {
    expect(en('', '<p>By <a href="/people/jane">Jane Doe</a></p>').textContent).toMatch(/^By Jane Doe/);
  });
  it('a breadcrumb printed under the headline is not taken as its subtitle', () => {
    const d = clip(
      `${EN_HEAD}<p>Home &gt; Programs &gt; Summit &gt; New Centre Opens</p><div class="page">${EN_PARA.repeat(4)}</div>`,
    );
    expect(d.textContent).toMatch(/^The university opened/);
  });
});
