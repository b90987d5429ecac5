// Credits, bylines and the body's edges on the classes of page that failed on unseen sites (issue #11, review R15
// classes 1–5), each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';

const ZH_HEAD = '<title>学校举行创新大会-示例大学新闻网</title><h1>学校举行创新大会</h1><p>发布时间：2024-05-12</p>';
const EN_HEAD = '<title>New Centre Opens | Example University News</title><h1>New Centre Opens</h1>';
const ZH_LAST = '5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。';
const EN_LAST =
  'The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.';
const lastLine = (text: string) => text.split('\n').pop();
const names = (d: { byline: { name: string }[] }) => d.byline.map((b) => b.name);
/** The body with `html` as its last paragraphs. */
const zhBody = (html: string) => ZH_BODY.replace(/<\/div>$/, `${html}</div>`);
const enBody = (html: string) => EN_BODY.replace(/<\/div>$/, `${html}</div>`);

describe('a bracketed paragraph of credits closing the body (帝国CMS, PHPCMS, VSB college news)', () => {
  it.each([
    ['the reviewer alone', '<p>　　（审核：刘娜）</p>', [['刘娜', '审核']]],
    [
      'correspondent and editor',
      '<p>（通讯员：周静 编辑：何芳）</p>',
      [
        ['周静', '通讯员'],
        ['何芳', '编辑'],
      ],
    ],
    [
      'four slash pairs',
      '<p>（文/杨雪 图/郑凯 编辑/胡月 审核/彭德中）</p>',
      [
        ['杨雪', '文字'],
        ['郑凯', '图片'],
        ['胡月', '编辑'],
        ['彭德中', '审核'],
      ],
    ],
  ])('%s: every pair is a credit (the line stays the text’s last, as the corpus labels it)', (_n, line, credits) => {
    const d = clip(`${ZH_HEAD}<p>作者：石磊</p>${zhBody(line)}`);
    expect(d.byline).toEqual([{ name: '石磊', role: '作者' }, ...credits.map(([name, role]) => ({ name, role }))]);
    expect(lastLine(d.textContent)).toMatch(/^（.+）$/);
  });
  it('a bracketed line that is not credits stays (（学工办 供稿） names no one by a label)', () => {
    const d = clip(`${ZH_HEAD}${zhBody('<p>（本报讯 记者在现场看到，活动持续到晚上九点。）</p>')}`);
    expect(lastLine(d.textContent)).toBe('（本报讯 记者在现场看到，活动持续到晚上九点。）');
  });
  it('【责任编辑：赵晨】 in its own block right after the body is read (TRS)', () => {
    const d = clip(`${ZH_HEAD}<p>作者：邢晓凤 马琳</p>${ZH_BODY}<div class="editor">【责任编辑：赵晨】</div>`);
    expect(d.byline).toEqual([
      { name: '邢晓凤', role: '作者' },
      { name: '马琳', role: '作者' },
      { name: '赵晨', role: '责任编辑' },
    ]);
  });
});

describe('a credit list followed by the share bar (TRS and news templates)', () => {
  it('the platform names of the next element are not authors', () => {
    const meta =
      '<div class="info"><span>来源：新闻网</span><span>作者：邢晓凤 马琳</span></div><div class="share"><a>微信</a><a>微博</a><a>QQ空间</a></div>';
    const d = clip(`${ZH_HEAD}${meta}${ZH_BODY}`);
    expect(names(d)).toEqual(['邢晓凤', '马琳']);
  });
  it('nor in English (By …, then Facebook X LinkedIn)', () => {
    const meta = '<p><span>By Jane Doe</span></p><div class="share"><a>Facebook</a> <a>X</a> <a>LinkedIn</a></div>';
    const d = clip(`${EN_HEAD}${meta}${EN_BODY}`);
    expect(names(d)).toEqual(['Jane Doe']);
  });
});

describe('"by" in English news: a byline opens its block, prose says "funded by" (Drupal, WordPress, T4)', () => {
  it.each([
    ['funded by', 'The work was funded by Research Ireland through its Frontiers programme.'],
    ['led by', 'The Academy will be led by Associate Professor Reza Shokri of the School of Computing.'],
    ['and by', 'It is supported by the ministry and by Kotak Mahindra Bank through a grant.'],
  ])('"%s" in the last paragraph is no byline', (_n, sentence) => {
    const d = clip(`${EN_HEAD}${enBody(`<p>${sentence}</p>`)}`);
    expect(d.byline).toEqual([]);
  });
  it('a byline span run into the date span: the credit is read, the body starts with its prose', () => {
    const head =
      '<title>New Centre Opens | Example College News</title><div class="news"><div class="article-header"><h1>New Centre Opens</h1><p class="article-meta"><span class="date">by <a href="/people/h">Hayley Dunning</a></span><span class="date">08 October 2026</span></p><p class="lead">The college will lead a new doctoral training centre to prepare the next generation of engineers.</p></div>';
    const d = clip(`${head}${EN_BODY}</div>`);
    expect(names(d)).toEqual(['Hayley Dunning']);
    expect(d.textContent.startsWith('The college will lead')).toBe(true);
  });
  it('a "—By …" sign-off closing the body is a credit', () => {
    const d = clip(`${EN_HEAD}${enBody('<p>—By Susan Enright</p>')}`);
    expect(d.byline).toEqual([{ name: 'Susan Enright', role: 'Author' }]);
  });
  it('"By … / Photography by …": the writer and the photographer', () => {
    const d = clip(
      `${EN_HEAD}<p class="byline">By Catherine Kolf / Photography by Will Kirk</p><p>Fall 2026</p>${EN_BODY}`,
    );
    expect(d.byline).toEqual([
      { name: 'Catherine Kolf', role: 'Author' },
      { name: 'Will Kirk', role: 'Photo' },
    ]);
  });
});

describe('English furniture at the body’s edges (press releases, WordPress, student papers)', () => {
  it('a breadcrumb list and "FOR IMMEDIATE RELEASE" with its date do not open the body', () => {
    const crumbs =
      '<ol class="breadcrumb"><li><a href="/">Home</a></li><li><a href="/news/">News</a></li><li><a href="/news/releases/">Press Releases</a></li></ol>';
    const release = '<p><strong>FOR IMMEDIATE RELEASE</strong><br>October 22, 2026</p>';
    const d = clip(`${EN_HEAD}<div class="content">${crumbs}${release}${EN_BODY.slice(21)}`);
    expect(d.textContent.startsWith('The university opened')).toBe(true);
  });
  it.each([
    [
      'a Contact: line with phone and e-mail',
      '<p><strong>Contact:</strong> Gabrielle Maxey<br>901.678.2843 | gmaxey@example.edu</p>',
    ],
    [
      'the copyright box and reporter',
      '<p>Article text (excluding photos or graphics) © Example College London.</p><p>Photos and graphics subject to third party copyright used with permission or © Example College London.</p><h3>Reporter</h3><p><strong>Hayley Dunning</strong><br>Communications Division</p>',
    ],
    [
      'notes to editors',
      '<h2>Notes to editors</h2><p>The centre is one of 12 new centres announced today by the council.</p>',
    ],
    ['"Post navigation"', '<nav><h2 class="screen-reader-text">Post navigation</h2></nav>'],
    [
      'NOTE TO JOURNALISTS leading its notes (Indian institute release)',
      '<p>NOTE TO JOURNALISTS:<br>a) If any of the text in this release is reproduced verbatim, please credit the press release.<br>b) For any queries, please write to news@example.edu.</p>',
    ],
    [
      'a bare CONTACT: block, the address sixth (Indian institute release)',
      '<p><strong>CONTACT:</strong><br>Jane Roe<br>Assistant Professor<br>Centre for Ecology<br>Example Institute<br>Email: jroe@example.edu</p>',
    ],
    [
      'the REFERENCE: over the paper just above the contact',
      '<p><strong>REFERENCE:</strong><br>Roe J, Doe A, Gut bacteria and cold, Current Biology (2024).<br>https://doi.org/10.1016/j.cub.2024.04.017</p><p><strong>CONTACT:</strong><br>Jane Roe<br>Email: jroe@example.edu</p>',
    ],
    [
      'an "About …" boilerplate just above the media contact (Canadian WordPress release)',
      '<hr><p><strong>About the Okanagan campus</strong><br>The campus is an innovative hub for research and learning in the heart of the valley.</p><p><strong>Media contact:</strong> University Relations, publicaffairs@example.edu</p>',
    ],
  ])('%s does not close the body', (_n, tail) => {
    const d = clip(`${EN_HEAD}${enBody(tail)}`);
    expect(lastLine(d.textContent)).toBe(EN_LAST);
  });
  it('an author bio box, its heading the name it opens with, does not close the body (WordPress student paper)', () => {
    // Readability keeps such a box only beside some article markup; the rule reads the lines it is given.
    const root = new JSDOM(
      `<div>${EN_BODY}<div class="author-bio"><h2>Emma Pitcher</h2><p>Emma Pitcher is a campus reporter for The Daily Universe studying journalism.</p></div></div>`,
    ).window.document.body.firstElementChild!;
    removeEdgeFurniture(root);
    expect(lastLine(root.textContent!.trim())).toMatch(/every stage of it\.$/);
  });
  it('a REFERENCE: with no press tail below it stays, as the labelled corpus keeps such lines', () => {
    const ref = '<p><strong>Reference:</strong><br>Roe J, Gut bacteria and cold, Current Biology (2024).</p>';
    expect(lastLine(clip(`${EN_HEAD}${enBody(ref)}`).textContent)).toMatch(/^Roe J, Gut bacteria/);
  });
  it('傳媒查詢 (media enquiries) does not close the body (Hong Kong)', () => {
    const d = clip(`${ZH_HEAD}${zhBody('<p>傳媒查詢：傳訊及公共關係處 李小姐（電話：3943 1234）</p>')}`);
    expect(lastLine(d.textContent)).toBe(ZH_LAST);
  });
  it('a last sentence naming a reporter who is not the story’s stays', () => {
    const line = '<p>Jane Doe, who studied physics here, said the centre would change the field for good.</p>';
    const d = clip(`${EN_HEAD}${enBody(line)}`);
    expect(lastLine(d.textContent)).toMatch(/change the field for good\.$/);
  });
});

describe('單位 beside 日期 (Taiwan rpage)', () => {
  it('is the source', () => {
    const head =
      '<title>政大新聞</title><h1>學校舉行創新大會</h1><div class="sub"><p>日期：2026-11-09</p><p>單位：秘書處公共事務室</p></div>';
    expect(clip(`${head}${ZH_BODY}`).source).toBe('秘書處公共事務室');
  });
  it('but not as the tail of 主辦單位 in the text', () => {
    const head = '<title>政大新聞</title><h1>學校舉行創新大會</h1><p>日期：2026-11-09</p>';
    expect(clip(`${head}${zhBody('<p>主辦單位：傳播學院</p>')}`).source).toBeNull();
  });
});
