// Credits, source, views and university on the classes of page that failed on unseen sites (issue #11, review R14
// findings 5–9), each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { EN_BODY, ZH_BODY, clip } from './unseen-page-snippets';

const ZH_HEAD = '<title>学校举行创新大会-示例大学新闻网</title><h1>学校举行创新大会</h1><p>发布时间：2024-05-12</p>';
const EN_HEAD = '<title>New Centre Opens | Example University News</title><h1>New Centre Opens</h1>';
const NEXT = '<div class="next"><p>上一篇：<a href="/a/1.htm">学院召开工作会议</a></p></div>';

describe('credits printed in their own block right after the body (Chinese college and news templates)', () => {
  it.each([
    ['a div of its own (VSB news)', '<div class="editor">编辑：周晓 &nbsp;&nbsp;审核：刘洋</div>'],
    ['a paragraph in a credit box (VSB college)', '<div class="credit"><p>编辑：周晓 &nbsp; 审核：刘洋</p></div>'],
    [
      'beside the print and close links (帝国CMS)',
      '<div class="bot"><span>编辑：周晓</span> <span>审核：刘洋</span><span><a href="#">【打印本页】</a> <a href="#">【关闭窗口】</a></span></div>',
    ],
  ])('%s', (_n, line) => {
    const d = clip(`${ZH_HEAD}<p>作者：李雪</p>${ZH_BODY}${line}${NEXT}`);
    expect(d.byline).toEqual([
      { name: '李雪', role: '作者' },
      { name: '周晓', role: '编辑' },
      { name: '刘洋', role: '审核' },
    ]);
  });
  it('photo, editor and reviewer, with no credit above the body', () => {
    const d = clip(`${ZH_HEAD}${ZH_BODY}<div><p>摄影：杨帆 &nbsp; 责编：孟佳 &nbsp; 审稿：刘永飞</p></div>${NEXT}`);
    expect(d.byline).toEqual([
      { name: '杨帆', role: '摄影' },
      { name: '孟佳', role: '责编' },
      { name: '刘永飞', role: '审稿' },
    ]);
  });
  it('a credit line elsewhere on the page (after the related list, in the footer) is not the article’s', () => {
    const related = `<div class="related"><h3>相关阅读</h3><ul>${'<li><a href="/a/2.htm">学院举行2024级研究生新生见面会暨入学教育</a></li>'.repeat(6)}</ul></div>`;
    const d = clip(`${ZH_HEAD}${ZH_BODY}${related}<div><p>编辑：周晓</p></div><footer><p>审核：刘洋</p></footer>`);
    expect(d.byline).toEqual([]);
  });
  it('a unit before a name is where the writer works; 审核/韩璐 is a credit (WebPlus)', () => {
    const d = clip(
      `${ZH_HEAD}${ZH_BODY}`.replace('</div>', '<p>（文/校团委 林嘉怡 图/校团委 &nbsp;审核/韩璐）</p></div>'),
    );
    // The unit credited for the pictures beside people is no credit (session 40, R46: offices are not credits).
    expect(d.byline).toEqual([
      { name: '林嘉怡', role: '文字' },
      { name: '韩璐', role: '审核' },
    ]);
  });
});

describe('credit values carrying a title (news portals)', () => {
  it('"作者：记者王敬照" is 王敬照', () => {
    const d = clip(`${ZH_HEAD}${ZH_BODY}<p>作者： 记者王敬照</p><p>编辑：王华军</p>`);
    expect(d.byline).toEqual([
      { name: '王敬照', role: '作者' },
      { name: '王华军', role: '编辑' },
    ]);
  });
});

describe('CMS placeholders in labelled fields (DedeCMS, PHPCMS, 帝国CMS)', () => {
  it.each([
    ['来源:未知 作者:admin', '<small>来源:</small>未知 <small>作者:</small>admin'],
    ['来源：本站 作者：佚名', '来源：本站 作者：佚名'],
    ['来源：网络 作者：管理员', '来源：网络 作者：管理员'],
  ])('%s: no source, no credit', (_n, line) => {
    const d = clip(`${ZH_HEAD.replace('</p>', ` ${line}</p>`)}${ZH_BODY}`);
    expect(d.source).toBeNull();
    expect(d.byline).toEqual([]);
  });
  it('"（学工办 供稿）" closing the text names the office that supplied it, not a writer', () => {
    const d = clip(`${ZH_HEAD}${ZH_BODY}`.replace('</div>', '<p>（学工办 供稿）</p></div>'));
    expect(d.byline).toEqual([]);
  });
});

describe('a contact is not a source office (US news releases)', () => {
  it('"Source:" with an e-mail address names the expert quoted', () => {
    const d = clip(
      `${EN_HEAD}<p>March 26, 2024</p>${EN_BODY.replace('</div>', '<p><b>Media contact:</b> John Roe, 765-494-1111</p><p><b>Source:</b> Jane Doe, jdoe@example.edu</p></div>')}`,
    );
    expect(d.source).toBeNull();
  });
  it('a phone number too', () => {
    const d = clip(
      `${EN_HEAD}<p>March 26, 2024</p>${EN_BODY.replace('</div>', '<p><b>Source:</b> Jane Doe, 765-494-0000</p></div>')}`,
    );
    expect(d.source).toBeNull();
  });
  it('an office still is', () => {
    const d = clip(`${EN_HEAD}<p>March 26, 2024 | Source: Office of Research</p>${EN_BODY}`);
    expect(d.source).toBe('Office of Research');
  });
});

describe('English bylines in Drupal field markup and "By" lines', () => {
  it('an author block and a date block with no space between them stay apart', () => {
    const d = clip(
      `${EN_HEAD}<div class="byline-wrapper"><div class="field--name-field-author">Jane Doe</div><div class="field--name-field-date"><time datetime="2024-05-09T19:00:00Z">May 9, 2024</time></div></div>${EN_BODY}`,
    );
    expect(d.byline).toEqual([{ name: 'Jane Doe', role: 'Author' }]);
  });
  it('a leading "By" is a label', () => {
    const d = clip(
      `${EN_HEAD}<p class="dek">A long standfirst about the new centre, which opened on Monday.</p><p class="article-byline">By Jane Doe</p>${EN_BODY}`,
    );
    expect(d.byline).toEqual([{ name: 'Jane Doe', role: 'Author' }]);
  });
});

describe('printed fields in old and unusual places', () => {
  it('table-layout pages: a count in brackets after the view label (点击：[583])', () => {
    const d = clip(
      `<title>我系教师获一等奖</title><table><tr><td><b>我系教师获一等奖</b></td></tr><tr><td>2019-03-22 &nbsp; 物理系 &nbsp; 点击：[<span>583</span>]</td></tr><tr><td>${ZH_BODY}</td></tr></table>`,
    );
    expect(d.views).toBe(583);
  });
  it('the meta line inside the headline after a <br> (PHPCMS)', () => {
    const d = clip(
      `<title>关于调剂的通知</title><h1>关于调剂的通知<br /><span>2024-10-21 09:35:12 &nbsp;来源：研究生招生办公室 &nbsp;评论：0 点击：</span></h1>${ZH_BODY}`,
    );
    expect(d.title).toBe('关于调剂的通知');
    expect(d.source).toBe('研究生招生办公室');
  });
  it('Traditional Chinese pages: 發布單位 in the meta line after the body (RPage)', () => {
    const d = clip(
      `<title>本校舉行創新大會</title><h1>本校舉行創新大會</h1>${ZH_BODY}<div class="mpgetc"><span>發布單位：新聞中心</span><span>發布日期：113-06-18</span><span>點閱次數：1,482</span></div>`,
      'https://news.example.edu.tw/p/406-1000-1.php',
    );
    expect(d.source).toBe('新聞中心');
  });
});

describe('the University field: college sites, campus names, other languages', () => {
  it('a college’s site names its university first in the copyright line', () => {
    const d = clip(
      `<title>学院举行论坛-电气工程学院</title><h1>学院举行论坛</h1><p>发布时间：2024-05-12</p>${ZH_BODY}<div class="footer"><p>版权所有 © 示例交通大学电气工程学院 地址：某市某路28号</p></div>`,
    );
    expect(d.site.university).toBe('示例交通大学');
  });
  it('a department page: the banner’s alt or the footer, though prose says 主办 first', () => {
    const d = clip(
      `<title>我系教师获奖_物理系</title><img src="b.jpg" alt="示例师范大学物理工程学院"><h1>我系教师获奖</h1><p>2019-03-22</p><p>本次竞赛由教育部主办。</p>${ZH_BODY}<p>版权所有：示例师范大学物理工程学院 地址：某市某路57号</p>`,
    );
    expect(d.site.university).toBe('示例师范大学');
  });
  it('a state system’s campus after the comma (University of California, Riverside)', () => {
    const d = clip(
      `<meta property="og:site_name" content="UCR News">${EN_HEAD}<p>May 9, 2024</p>${EN_BODY}<footer><p>University of California, Riverside · 900 University Ave.</p><p>Copyright © 2024 The Regents of the University of California, All Rights Reserved.</p></footer>`,
    );
    expect(d.site.university).toBe('University of California, Riverside');
  });
  it('a bilingual copyright line: the first name printed (the page’s language)', () => {
    const d = clip(
      `<title>学院举行论坛-信息化中心</title><h1>学院举行论坛</h1><p>发布时间：2024-05-12</p>${ZH_BODY}<div class="foot">© 2020 版权所有 示例大学信息化中心 All Rights Reserved © Example University</div>`,
    );
    expect(d.site.university).toBe('示例大学');
  });
  it('a photo’s alt text is not a logo; the university word alone names no university', () => {
    const d = clip(
      `<title>Strike Ends | Example News</title><h1>Strike Ends</h1><img src="p.jpg" alt="Members of the union at University College last year."><p>May 9, 2024</p>${EN_BODY}<p>Copyright © Universität</p>`,
      'https://news.example.com/1',
    );
    expect(d.site.university).toBeNull();
  });
  it.each([
    ['Universität Konstanz', 'Universität Konstanz'],
    ['Presse | Humboldt-Universität zu Berlin', 'Humboldt-Universität zu Berlin'],
    ['Actualités - Université de Lorraine', 'Université de Lorraine'],
    ['Noticias | Universidad de Granada', 'Universidad de Granada'],
    ['Università degli Studi di Milano', 'Università degli Studi di Milano'],
    ['Nieuws - Universiteit Leiden', 'Universiteit Leiden'],
  ])('the site name %s', (site, university) => {
    const d = clip(
      `<meta property="og:site_name" content="${site}"><title>Neue Studie</title><h1>Neue Studie</h1><p>7. März 2024</p>${EN_BODY}`,
      'https://www.uni-example.de/news/1',
    );
    expect(d.site.university).toBe(university);
  });
});
