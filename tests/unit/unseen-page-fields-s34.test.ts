// Fields, the body's edges and detection on the classes of page review R16 found failing on unseen campus sites
// (issue #11, session 34: D2, T1, S1, C1–C3, B1, E2 and the site line), each on a small authored snippet named after
// the class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const EN_PARA =
  'The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.';
const ZH_PARA = '5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。';
const firstLine = (text: string) => text.split('\n')[0];
const lastLine = (text: string) => text.split('\n').pop();
const credits = (d: { byline: { name: string; role: string | null }[] }) => d.byline.map((b) => b.name);
/** The body with `html` as its first paragraphs. */
const enOpening = (html: string) => EN_BODY.replace(/^<div class="content">/, `<div class="content">${html}`);
const zhOpening = (html: string) => ZH_BODY.replace(/^<div class="content">/, `<div class="content">${html}`);

describe('an event page that declares itself one in schema.org (Drupal, Terminalfour, WordPress event plugins)', () => {
  const detect = (html: string, url = 'https://www.example.ac.uk/events/inaugural-lecture') =>
    detectArticle(new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document, url, new Date('2026-11-23'));
  const ld = (type: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"${type}","name":"Inaugural lecture","startDate":"2026-12-03T17:30:00+00:00"}</script>`;
  const page = (head: string) =>
    `<head><title>Inaugural lecture: floods and forecasts</title>${head}</head><body><h1>Inaugural lecture: floods and forecasts</h1><p>Thursday 12 November 2026</p><a href="/book">Book your place</a>${EN_BODY}</body>`;
  it('an Event and no article type in its JSON-LD: an event page, whatever date its details print', () => {
    expect(detect(page(ld('Event'))).reasons).toEqual(['event page']);
    expect(detect(page(ld('EducationEvent'))).isArticle).toBe(false);
  });
  it('a news story that also describes the event it reports (NewsArticle beside Event) stays an article', () => {
    expect(detect(page(`${ld('Event')}${ld('NewsArticle')}`)).isArticle).toBe(true);
  });
  it('the same page without the Event type stays an article (the date by the headline)', () => {
    expect(detect(page('')).isArticle).toBe(true);
  });
});

describe('a date and time printed inside the <h1> on an address naming the day (PHPCMS v9 show template)', () => {
  it('the printed time is kept with the address’s day', () => {
    const d = clip(
      `<title>学校举行创新大会 - 综合新闻 - 示例大学新闻网</title><h1>学校举行创新大会<br /><span>2026-09-16 15:27:40&nbsp;&nbsp;来源：科学技术研究院&nbsp;&nbsp;点击：</span></h1>${ZH_BODY}`,
      'https://news.example.edu.cn/html/zhxw/2026/0916/41031.html',
    );
    expect(d.publishedAt).toBe('2026-09-16T15:27:40+08:00');
  });
});

describe('a posting account (WebPlus 发布者, 发布人) is not the source office', () => {
  const page = (meta: string) =>
    clip(
      `<title>学校举行创新大会-示例大学新闻网</title><h1>学校举行创新大会</h1><p>发布时间：2026-11-02 ${meta}</p>${ZH_BODY}`,
    );
  it('a person’s name after 发布者 is a credit, and no source', () => {
    const d = page('发布者：叶子涵 浏览次数：1836');
    expect(d.source).toBeNull();
    expect(d.byline).toContainEqual({ name: '叶子涵', role: '发布者' });
  });
  it('a posting account credited otherwise (编辑 after the body) is one credit, the printed role', () => {
    const d = clip(
      `<title>学校举行创新大会-示例大学新闻网</title><h1>学校举行创新大会</h1><p>发布时间：2026-11-02 发布者：沈文静</p>${ZH_BODY}<p>（编辑：沈文静 审核：钱卫国）</p>`,
    );
    expect(d.byline).toEqual([
      { name: '沈文静', role: '编辑' },
      { name: '钱卫国', role: '审核' },
    ]);
  });
  it('an office after 发布人 is still the source', () => {
    expect(page('发布人：党委宣传部').source).toBe('党委宣传部');
  });
  it('来源 is read as before beside it', () => {
    const d = page('来源：党委宣传部 发布者：叶子涵');
    expect(d.source).toBe('党委宣传部');
  });
});

describe('a header block Readability takes into the body (type label, dek, byline, date, reading time)', () => {
  it('a 校报 byline of roles and names with no colon opening the body: credits, not the first paragraph', () => {
    const d = clip(
      `<title>陈军：在难题里找到方向-示例大学新闻网</title><h1>陈军：在难题里找到方向</h1><p>发布时间：2026-10-24</p>${zhOpening('<p>记者 梁晓彤 通讯员 何嘉欣</p>')}`,
    );
    expect(firstLine(d.textContent)).toBe(ZH_PARA);
    expect(d.byline).toEqual([
      { name: '梁晓彤', role: '记者' },
      { name: '何嘉欣', role: '通讯员' },
    ]);
  });
  it('a meta line of date, credits without "by" and a reading time (UCT): credits, not the first paragraph', () => {
    const d = clip(
      `<title>Scholars welcome new cohort | Example University News</title><h1>Scholars welcome new cohort</h1>${enOpening('<p>20 October 2026 | Story Niémah Davids. Photo Lerato Maduna. Read time 4 min.</p>')}`,
    );
    expect(firstLine(d.textContent)).toBe(EN_PARA);
    expect(credits(d)).toEqual(['Niémah Davids', 'Lerato Maduna']);
  });
  it('a type label, date and reading time on one line (TYPO3): not the first paragraph', () => {
    const d = clip(
      `<title>Zwei neue Exzellenzcluster | Example University</title><h1>Zwei neue Exzellenzcluster</h1>${enOpening('<p>Pressemitteilung 16.10.2026 Lesezeit: 3 Min.</p>')}`,
    );
    expect(firstLine(d.textContent)).toBe(EN_PARA);
  });
  it('Drupal’s header fields (type label, dek, byline, date) over the text: none is the first paragraph', () => {
    const d = clip(
      `<title>Chemist wins award | Example University News</title><h1>Chemist wins award</h1>${enOpening(
        '<div>Press release</div><div>Okonkwo-Reyes will train Houston high school teachers through a new summer program</div><div>By Lindsey Parmenter</div><div>October 14, 2026</div>',
      )}`,
    );
    expect(firstLine(d.textContent)).toBe(EN_PARA);
    expect(credits(d)).toContain('Lindsey Parmenter');
  });
  it('a first paragraph of prose under the headline stays, with no header line after it', () => {
    const lead = '<p>A short opening paragraph about the centre, which opened on Monday.</p>';
    expect(
      firstLine(clip(`<title>New Centre Opens</title><h1>New Centre Opens</h1>${enOpening(lead)}`).textContent),
    ).toBe('A short opening paragraph about the centre, which opened on Monday.');
  });
  it('a heading that starts with a credit word but is alone is not a credit line', () => {
    const d = clip(
      `<title>New Centre Opens</title><h1>New Centre Opens</h1>${enOpening('<h2>Video Shows Campus Flooding</h2>')}`,
    );
    expect(firstLine(d.textContent)).toBe('Video Shows Campus Flooding');
  });
});

describe('a signed line after the body: "By:", the name, the writer’s job and office (Terminalfour)', () => {
  it('the name is the byline; the job and office are not names', () => {
    const d = clip(
      `<title>Four grants for UCD | Example University</title><h1>Four grants for UCD</h1><p>9 November 2026</p>${EN_BODY}<div class="news-author"><p><em>By: Elaine Quinn, Digital Journalist, UCD University Relations</em></p></div>`,
    );
    expect(d.byline).toEqual([{ name: 'Elaine Quinn', role: 'Author' }]);
  });
});

describe('a Creative Commons licence closing the body (sites whose stories may be republished)', () => {
  it('is the site’s terms, not the story’s last paragraph', () => {
    const d = clip(
      `<title>New Centre Opens</title><h1>New Centre Opens</h1><p>20 October 2026</p>${EN_BODY.replace(
        /<\/div>$/,
        '<p>This work is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License. Please view the republishing articles page for more information.</p></div>',
      )}`,
    );
    expect(lastLine(d.textContent)).toBe(EN_PARA);
  });
});

describe('the site line: the site’s name from <title>, without the column it names', () => {
  const site = (title: string, url = 'https://news.example.edu.cn/info/1011/4567.htm') =>
    clip(`<title>${title}</title><h1>学校举行创新大会</h1><p>发布时间：2026-11-02</p>${ZH_BODY}`, url).site;
  it('a <title> naming the site first ("电子科技大学新闻网 - 标题")', () => {
    const headline = '我校与成都市共建未来产业研究院签约仪式在清水河校区举行';
    const d = clip(
      `<title>示例科技大学新闻网 - ${headline}</title><h1>${headline}</h1><p>发布时间：2026-11-02</p>${ZH_BODY}`,
    );
    expect(d.site.name).toBe('示例科技大学新闻网');
  });
  it.each([
    ['学校举行创新大会 - 综合新闻 - 示例理工大学新闻网', '示例理工大学新闻网'],
    ['学校举行创新大会 - 新聞 - 示例科技大學', '示例科技大學'],
    ['学校举行创新大会 - Press Office - Newcastle University', 'Newcastle University'],
  ])('the column before the institution’s name is cut (%s)', (title, name) => {
    expect(site(title, 'https://www.example.ac.uk/press/articles/4567').name).toBe(name);
  });
  it('a news site’s own name that names the host is kept ("Rice News | … | Rice University" on news.rice.edu)', () => {
    expect(
      site('学校举行创新大会 | Rice News | News and Media Relations | Rice University', 'https://news.rice.edu/a/1')
        .name,
    ).toBe('Rice News | News and Media Relations | Rice University');
  });
  it.each([
    ['学校举行创新大会 - University College Dublin', 'University College Dublin'],
    ['学校举行创新大会 | University of Cape Town News', 'University of Cape Town'],
  ])('the university is named whole, without the news site’s word (%s)', (title, university) => {
    expect(site(title, 'https://www.example.ac.za/news/4567').university).toBe(university);
  });
});
