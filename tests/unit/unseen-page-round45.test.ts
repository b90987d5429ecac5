// Round 45 (issue #11, session 62): the classes R256-R259 failed once they became the tuning sets (they were written
// and scored unseen this session); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { closingFields } from '../../utils/extraction/closing-credits';
import { officeWritersOut } from '../../utils/extraction/meta-line';
import { captionCredit } from '../../utils/extraction/photo-captions';
import { clip, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { programsIn } from './entity-kinds';

const NOW = new Date('2026-11-23T00:00:00Z');
// Paragraphs long enough to open an article's text (60 characters and more).
const ZH_TEXT = (
  '<p>5月11日，学校在主校区召开工作推进会议，会议由校长主持，与会代表围绕人才培养、科学研究、社会服务和文化传承创新' +
  '等方面的重点任务进行了深入交流，并对下一阶段工作作出部署。</p>'
).repeat(4);
const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, NOW, isAcademicHost).isArticle;

describe('round 45: non-articles (a list whose items print summaries, a library’s service page)', () => {
  const item = (d: number) =>
    `<li><span class="date">2024-05-${10 + d}</span><a href="/c/2024/${d}.html">学校召开第${d}次工作推进会议</a>` +
    `<p>5月${9 + d}日，学校召开工作推进会议，总结前一阶段工作，部署下一阶段的重点任务，与会人员围绕人才培养、科学研究和社会服务进行了交流……</p></li>`;
  const list = (bar: string) =>
    '<html><head><title>学校要闻-示例大学新闻网</title></head><body><div class="nav"><a href="/">首页</a></div>' +
    `<div class="main"><h2>学校要闻</h2><ul class="news-list">${[1, 2, 3, 4, 5, 6].map(item).join('')}</ul>` +
    `<div class="pagination">${bar}</div></div></body></html>`;
  const url = 'https://news.example.edu.cn/xxyw/';
  it('a list’s page bar (its last page, its count of items) makes it a list, however much its summaries say', () => {
    expect([
      detect(list('<span>1</span><a href="/xxyw/2.html">2</a><a href="/xxyw/86.html">尾页</a>'), url),
      detect(list('<a href="/xxyw/2.html">2</a><span>共857条</span>'), url),
    ]).toEqual([false, false]);
  });
  it('guard: an article’s own neighbours (下一篇) and a long story’s 下一页 are no list’s bar', () => {
    const story = (tail: string) =>
      '<html><head><title>学校召开工作推进会议-示例大学新闻网</title></head><body><h1>学校召开工作推进会议</h1>' +
      `<div class="info">发布时间：2024-05-12 来源：党委宣传部</div>${ZH_TEXT}<div>${tail}</div></body></html>`;
    expect([
      detect(story('<a href="/c/1.html">下一篇：学校举行运动会</a>'), 'https://news.example.edu.cn/c/2024/7.html'),
      detect(story('<a href="/c/2.html">下一页</a>'), 'https://news.example.edu.cn/c/2024/8.html'),
    ]).toEqual([true, true]);
  });
  const service = (column: string) =>
    '<html><head><title>馆际互借与文献传递-示例大学图书馆</title></head><body><div class="crumb">当前位置：' +
    `<a href="/">首页</a> &gt; <a href="/c.htm">${column}</a> &gt; 馆际互借与文献传递</div>` +
    `<h1>馆际互借与文献传递</h1><div class="info">更新时间：2024-09-02</div>${ZH_TEXT}</body></html>`;
  it('a library’s reader-services page is a standing page, whatever date it prints', () => {
    expect(detect(service('读者服务'), 'https://library.example.edu.cn/info/1071/1125.htm')).toBe(false);
  });
  it('guard: the library’s notices column holds articles', () => {
    expect(detect(service('读者服务通知'), 'https://library.example.edu.cn/info/1072/1130.htm')).toBe(true);
  });
});

describe('round 45: the headline and the body’s start (a subtitle and meta line in an <h1>, a classed caption)', () => {
  it('a headline with its subtitle and meta line in the <h1>, set apart by <br>, is the headline alone', () => {
    const html =
      '<html><head><title>扎根海岸 服务地方 - 学院新闻 - 示例大学地理学院</title></head><body><div class="art">' +
      '<h1>扎根海岸 服务地方<br><span class="subtitle">——学院研究团队获批省科技重大专项</span><br>' +
      `<span>发布时间：2024-11-06 09:15 来源：学院办公室</span></h1><div class="content">${ZH_PARAS}</div></div>` +
      '</body></html>';
    expect(clip(html, 'https://geo.example.edu.cn/info/1012/3456.htm').title).toBe('扎根海岸 服务地方');
  });
  it('a caption classed as one under the lead picture, outside the text, opens no body', () => {
    const html =
      '<html><head><title>Graduates Celebrate in Kigali</title></head><body><article><h1>Graduates Celebrate in ' +
      'Kigali</h1><p class="date">Jun 11, 2024</p><div class="image"><img src="/a.jpg" alt="Graduates toss caps">' +
      `<span class="caption">A ceremony on June 8 drew families from across the region.</span></div>` +
      `<div class="body">${EN_PARAS}</div></article></body></html>`;
    expect(clip(html).textContent.trim().startsWith('The university opened')).toBe(true);
  });
});

describe('round 45: credits (a compound writer’s label, an office’s desk, a credit run into its caption)', () => {
  it('採訪撰稿 (who interviewed and wrote) labels a credit', () => {
    expect(closingFields('採訪撰稿／許雅婷')?.byline).toEqual([{ name: '許雅婷', role: '採訪撰稿' }]);
  });
  it('a writer’s value of five characters or more is an office’s, dropped beside a person’s credit', () => {
    const byline = [
      { name: '整合傳播處企劃', role: '作者' },
      { name: '許雅婷', role: '撰稿' },
    ];
    expect(officeWritersOut(byline).map((b) => b.name)).toEqual(['許雅婷']);
  });
  it('guard: a four-character name stays', () => {
    const byline = [
      { name: '欧阳明远', role: '作者' },
      { name: '许雅婷', role: '摄影' },
    ];
    expect(officeWritersOut(byline).map((b) => b.name)).toEqual(['欧阳明远', '许雅婷']);
  });
  it('a credit in its own element, run into the caption’s last word, names the photographer', () => {
    expect(captionCredit('Drainage ditch beside a celery field near ElyCredit: Sarah Collins')).toEqual({
      photographer: 'Sarah Collins',
    });
  });
});

describe('round 45: programmes (a degree’s pathway in brackets, 结合 and 分管 before a plan or contest)', () => {
  it('a pathway in brackets after a British degree’s field is part of its name', () => {
    const text = 'Students on the BSc (Hons) Nursing (Adult) and BSc Management (Sustainability) courses took part.';
    expect(programsIn(text, 'en')).toEqual(['BSc (Hons) Nursing (Adult)', 'BSc Management (Sustainability)']);
  });
  it('结合 takes the plan as its object', () => {
    expect(programsIn('学校结合高教深耕计划资源，鼓励师生走出校园。', 'zh-Hans')).toEqual(['高教深耕计划']);
  });
  it('分管 takes the plan or contest as its object', () => {
    expect([
      programsIn('分管大学生创新创业训练计划工作的副校长表示，学校将继续努力。', 'zh-Hans'),
      programsIn('分管学科竞赛工作的副院长表示，学院将继续努力。', 'zh-Hans'),
    ]).toEqual([['大学生创新创业训练计划'], []]);
  });
});
