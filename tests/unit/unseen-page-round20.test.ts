// Round 20 (issue #11, session 52): the classes R144-R147 failed once they became the tuning sets (they had checked
// round 19); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { parseByline } from '../../utils/extraction/meta-line';
import { captionCredit } from '../../utils/extraction/photo-captions';
import { peopleIn } from './entity-kinds';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 20: detection of SharePoint stories and of Taiwan’s standing pages', () => {
  it('a day-first date after "Published:" under the text (SharePoint news, 25/11/2024)', () => {
    const html =
      '<title>Solar panels and crops share the desert sun</title><body><div class="article-page">' +
      `<h1>Solar panels and crops share the desert sun</h1><div class="ms-rtestate-field">${EN_PARAS}</div>` +
      '<div class="article-date">Published: 25/11/2024</div></div></body>';
    expect(detect(html, 'https://in.bgu.ac.il/en/pages/news/agrivoltaics_negev.aspx').isArticle).toBe(true);
  });
  it('guard: a library service page dated only by 更新日期 is no news', () => {
    const html =
      '<title>館際合作</title><body><ol class="breadcrumb"><li><a href="/">首頁</a></li><li><a href="/p/412.php">服務項目</a></li>' +
      `<li>館際合作</li></ol><h2>館際合作</h2><div class="mpgdetail">${ZH_PARAS}</div><p class="update">更新日期：2024-02-15</p></body>`;
    expect(detect(html, 'https://lis.nsysu.edu.tw/p/412-1006-12873.php?Lang=zh-tw').isArticle).toBe(false);
  });
});

describe('round 20: dates, credits and sources of US, Maltese, Basque, Icelandic and Chinese college pages', () => {
  it('a US date with dashes (05-08-2024) and a Maltese one (15 ta’ April 2024)', () => {
    expect(parseDate('05-08-2024', 'America/New_York', new Date('2026-01-01'))?.iso).toBe('2024-05-08');
    expect(parseDate('08-05-2024', 'Europe/Amsterdam', new Date('2026-01-01'), true)?.iso).toBe('2024-05-08');
    expect(parseDate("15 ta' April 2024", 'Europe/Malta', new Date('2026-01-01'), true)?.iso).toBe('2024-04-15');
  });
  it('photographers after a holder’s acronyms, an Icelandic slash label, Basque and Maltese labels', () => {
    expect(captionCredit('A gene-edited seedling in a greenhouse at Lake Alfred. Photo: UF/IFAS/Cody Harrell')).toEqual(
      {
        photographer: 'Cody Harrell',
      },
    );
    expect(captionCredit('Sigrún Jónsdóttir stýrir verkefninu. MYND/Gunnar Sverrisson')).toEqual({
      photographer: 'Gunnar Sverrisson',
    });
    expect(captionCredit('Ikertzaileak laginak hartzen. Argazkia: Jon Ander Goitia (UPV/EHU)')).toEqual({
      photographer: 'Jon Ander Goitia',
    });
    expect(captionCredit('Il-bini tal-Fakultà tal-ICT. Ritratt: Kurt Zammit')).toEqual({ photographer: 'Kurt Zammit' });
  });
  it('a hyphenated date label opening the text (Argitaratze-data:) is no part of it', () => {
    const html =
      '<title>Itsas belar-zelaiek karbonoa biltegiratzen dute</title><main><div class="ehu-news"><h1>Itsas belar-zelaiek karbonoa biltegiratzen dute</h1>' +
      `<p class="ehu-news-date">Argitaratze-data: 2024/05/21</p>${EN_PARAS}</div></main>`;
    expect(clip(html, 'https://www.ehu.eus/eu/web/campusa-bizi/-/itsas-belarra').textContent).toMatch(/^The /);
  });
  it('the account that typed a story in (文章录入：xcb) is no credit; a name there is', () => {
    expect(parseByline('作者：陈晓彤 文章录入：xcb 责任编辑：陆红')).toEqual([
      { name: '陈晓彤', role: '作者' },
      { name: '陆红', role: '责任编辑' },
    ]);
    expect(parseByline('文章录入：张敏')).toEqual([{ name: '张敏', role: '文章录入' }]);
  });
  it('a details box of labelled paragraphs in the sidebar gives the source', () => {
    const html =
      '<title>基础医学院举办人体解剖学绘图大赛</title><body><div class="main"><h1>基础医学院举办人体解剖学绘图大赛</h1>' +
      `<div class="v_news_content">${ZH_PARAS}</div><p class="arc-author">文/图：杨柳\u3000审核：马红梅</p><div class="arc-prenext">` +
      '<p>上一条：<a href="2865.htm">基础医学院召开期中教学检查工作会</a></p><p>下一条：<a href="2857.htm">我院教师在教学竞赛中获佳绩</a></p>' +
      '</div></div><div class="side"><ul><li><a href="/tzgg.htm">通知公告</a></li><li><a href="/xshd.htm">学术活动</a></li></ul>' +
      '<div class="arc-info-box"><h3>文章信息</h3><p>发布日期：2023-11-27</p><p>供稿：人体解剖学教研室</p><p>浏览：<span>412</span> 次</p></div></div></body>';
    const d = clip(html, 'https://jcyxy.nxmu.edu.cn/info/1042/5531.htm');
    expect([d.source, d.views]).toEqual(['人体解剖学教研室', 412]);
  });
});

describe('round 20: people in Xinjiang’s, Qinghai’s and Quebec’s university news', () => {
  it('Uyghur names whose clause runs on after them, and parts ending in -jan', () => {
    const text =
      '90后博士、讲师买买提江·吐尔逊主动请缨常驻墨玉县。医疗队由主任医师热依汗古丽·阿布都克力木带队。老人的儿子艾买尔·托合提激动地说。';
    expect(peopleIn(text, 'zh')).toEqual(['买买提江·吐尔逊', '热依汗古丽·阿布都克力木', '艾买尔·托合提'].sort());
  });
  it('Amdo Tibetan names, teaching researchers, a lab’s core staff, 凭借 after a name', () => {
    const text =
      '我校副校长仁青多杰出席开班仪式。救护中心工程师才让东智表示，数据将为保护提供依据。项目特邀数学教研员张立新等专家授课。' +
      '会上，实验室青年骨干王海鹰、赵雪松分别作了报告。2022级本科生吴思远凭借扎实的算法功底获得一等奖。';
    expect(peopleIn(text, 'zh')).toEqual(['仁青多杰', '吴思远', '张立新', '才让东智', '王海鹰', '赵雪松'].sort());
  });
  it('guard: a verb, a field and a grade after one character are no names', () => {
    const text = '学校专任教师中具有博士学位的教师达到312人。面向相关领域研究生。公司高级工程师田野等专家担任评委。';
    expect(peopleIn(text, 'zh')).toEqual(['田野']);
  });
  it('accented names listed beside a person, and a co-author’s role word before one', () => {
    const text =
      'Co-author Sophie Lavallée, a research scientist with the federal department, said the data matter. The paper ' +
      'by Daniel Osei, Sophie Lavallée, Marc-André Pelletier and Nathalie Beaulieu was published in May.';
    expect(peopleIn(text, 'en')).toEqual(
      ['Daniel Osei', 'Marc-André Pelletier', 'Nathalie Beaulieu', 'Sophie Lavallée'].sort(),
    );
  });
});
