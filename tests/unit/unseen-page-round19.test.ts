// Round 19 (issue #11, session 51): the classes R140-R143 failed once they became the tuning sets (they had checked
// round 18b); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { parseSource } from '../../utils/extraction/meta-line';
import { parseViews } from '../../utils/extraction/view-counter';
import { captionCredit } from '../../utils/extraction/photo-captions';
import { removeRelated } from '../../utils/extraction/related-tail';
import { namesOfKind, peopleIn } from './entity-kinds';

describe('round 19: headlines and texts of PHPCMS, Next.js and WordPress story pages', () => {
  it('a middle dot inside quotes in <title> joins a contest’s names; the meta line after the <h1>’s <br> is no headline', () => {
    const html =
      '<title>学院学子在“外研社·国才杯”全国英语演讲大赛中获佳绩 - 学院新闻 - 长江大学外国语学院</title><body><div id="Article">' +
      '<h1>学院学子在“外研社·国才杯”全国英语演讲大赛中获佳绩<br/><span>发布时间：2024-11-12 09:30:15&nbsp;&nbsp;来源：外国语学院&nbsp;&nbsp;点击：</span></h1>' +
      `<div class="content">${ZH_PARAS}</div></div></body>`;
    const d = clip(html, 'http://wgy.yangtzeu.edu.cn/index.php?m=content&c=index&a=show&catid=9&id=1203');
    expect(d.title).toBe('学院学子在“外研社·国才杯”全国英语演讲大赛中获佳绩');
    expect(d.source).toBe('外国语学院');
  });
  it('a story’s key points listed above its text are its summary, not its text', () => {
    const html =
      '<title>Hydrogel patch heals wounds - Northwestern Now</title><body><main><article><h1>Hydrogel patch heals wounds</h1>' +
      '<div class="story__body"><ul class="story__highlights"><li>Patch releases a peptide only when it senses inflammation</li>' +
      `<li>Wounds in diabetic mice closed in about two weeks</li></ul>${EN_PARAS}</div></article></main></body>`;
    expect(clip(html, 'https://news.northwestern.edu/stories/2025/02/hydrogel/').textContent).toMatch(/^The /);
  });
  it('a sidebar ranking the most read (热点排行) ends the text', () => {
    const root = new JSDOM(
      `<div>${ZH_PARAS}<p>编辑：谢雨桐\u3000审核：钟国华</p><h3>热点排行</h3><ol><li><a href="/a.htm">学校召开2025年工作会议</a></li>` +
        '<li><a href="/b.htm">我校3个专业入选国家级一流本科专业建设点</a></li></ol></div>',
    ).window.document.body.firstElementChild!;
    removeRelated(root);
    expect(root.textContent).toMatch(/审核：钟国华$/);
  });
  it('a sign-off naming the writer’s office after the name credits the writer', () => {
    const html =
      '<title>Clemson researchers lead peach effort</title><main><article><h1>Clemson researchers lead peach effort</h1>' +
      '<div class="post-thumbnail"><img src="a.jpg"><p class="wp-caption-text">Bacterial spot can blemish fruit in wet springs. Photos by Jordan Ellis/Clemson University</p></div>' +
      `<div class="entry-content">${EN_PARAS}<p>— Story by Owen McAllister, College of Agriculture, Forestry and Life Sciences</p></div></article></main>`;
    expect(clip(html, 'https://news.clemson.edu/peach-effort/').byline).toContainEqual({
      name: 'Owen McAllister',
      role: 'Author',
    });
  });
  it('a labelled writer in an author-marked box, where Readability took the dateline for the byline', () => {
    const html =
      '<title>Team scales up carbon capture sorbent</title><main><article><div class="news-hero"><h1>Team scales up carbon capture sorbent</h1>' +
      '<div class="news-dateline"><time datetime="2025-02-27">Feb 27, 2025</time> <span>— Atlanta, GA</span></div></div>' +
      `<div class="news-layout"><div class="news-body">${EN_PARAS}</div><aside class="news-sidebar">` +
      '<div><h2>Contact</h2><p><strong>Priya Raman</strong><br>Research Communications<br><a href="mailto:p@gatech.edu">p@gatech.edu</a></p></div>' +
      '<div><h2>Related Topics</h2><ul><li><a href="/t/energy">Energy</a></li><li><a href="/t/research">Research</a></li></ul></div>' +
      '<div><h2>Related Units</h2><ul><li><a href="https://gtri.gatech.edu/">Georgia Tech Research Institute</a></li></ul></div>' +
      '</aside></div><div class="news-byline">Writer: Priya Raman</div></article></main>';
    expect(clip(html, 'https://news.gatech.edu/news/2025/02/27/sorbent').byline).toContainEqual({
      name: 'Priya Raman',
      role: 'Author',
    });
  });
});

describe('round 19: credits, counters and sources in Lithuanian, Bulgarian, Hebrew and American captions', () => {
  it('a caption’s photographer after Lithuanian "Nuotr." (no colon: the dot ends the label)', () => {
    expect(captionCredit('Doc. dr. Aistė Petrauskienė laboratorijoje. Nuotr. Rūta Jankauskienė')).toEqual({
      photographer: 'Rūta Jankauskienė',
    });
  });
  // Known miss: ending the name at " for <Holder>" lifted one tuning credit and cost one on round 19's check sets,
  // so it was dropped (session 52).
  it.fails('a caption’s photographer before the holder ("for Virginia Tech")', () => {
    expect(captionCredit('Rebecca Onyango examines cells in a lab. Photo by Sam Dean for Virginia Tech.')).toEqual({
      photographer: 'Sam Dean',
    });
  });
  it('Bulgarian’s "read … times" counter and photo label', () => {
    expect(parseViews('Прочетена: 1247 пъти')).toBe(1247);
    const html =
      '<title>Университетът привлича млади учени</title><main><article><h1>Университетът привлича млади учени</h1>' +
      `<div class="text">${EN_PARAS}</div><p class="article-credits"><em>Текст: Елена Маринова<br>Снимки: Георги Николов</em></p></article></main>`;
    expect(clip(html, 'https://www.uni-sofia.bg/news/12345').byline).toContainEqual({
      name: 'Георги Николов',
      role: 'Photo',
    });
  });
  it('a source labelled in Hebrew', () => {
    expect(parseSource('תאריך פרסום: 12.03.2025 | מקור: דוברות האוניברסיטה העברית')).toBe('דוברות האוניברסיטה העברית');
  });
});

describe('round 19: people in Chinese college, Baltic, Bulgarian, Hebrew and American news', () => {
  it('a role then 就, a numbered class, an official, a foreign student with a dotted name', () => {
    const text =
      '科技处处长张宏就项目管理提出要求。2022级护理学1班黄思琪在发言中表示，将刻苦学习。基金会项目官员许静出席开幕式。' +
      '哈萨克斯坦籍学生阿丽娜·努尔兰获得特等奖，电气工程学院学生阿依古丽·买买提作为学生代表发言。';
    expect(peopleIn(text, 'zh')).toEqual(['张宏', '许静', '阿丽娜·努尔兰', '阿依古丽·买买提', '黄思琪'].sort());
  });
  it('ranks and posts: 调研员, 巡视员, 社工师, 护士长, 创办人, 副學長; a design and a time word after the name', () => {
    const text =
      '四级调研员梁宏，二级巡视员齐玉茹以《协同发展》为题作报告。资深社工师刘慧娟围绕沟通技巧进行讲解。内分泌科护士长秦芳，在村卫生室义诊。' +
      '初创企业创办人何子轩指出，人才缺口大。拓殖大學副學長鈴木健一率領代表團來訪。學生張雅婷設計的浴室獲得銀牌。得獎學生吳卓謙今年暑假赴英國交流。';
    expect(peopleIn(text, 'zh')).toEqual(
      ['何子轩', '刘慧娟', '吳卓謙', '張雅婷', '梁宏', '秦芳', '鈴木健一', '齐玉茹'].sort(),
    );
  });
  it('guard: a country, a verb inside, an occupation’s word, 分获 and a word after a surname are no names', () => {
    const text =
      '来自马来西亚、新加坡的专家学者齐聚。书院实现本科生全覆盖。作曲系主任程岳担任主席。教育局首席助理秘书长陈咏诗女士出席。学生韩雪分获二等奖。';
    expect(peopleIn(text, 'zh')).toEqual(['程岳', '陈咏诗', '韩雪'].sort());
  });
  it('a quotation’s speaker after its dash (Lithuanian), Lithuanian roles, Bulgarian and Hebrew titles', () => {
    const lt =
      'Projektas svarbus. „Mums svarbu turėti patikimą įrankį“, – teigia Ingrida Žukauskienė, laboratorijos vadovė. Prie projekto prisideda ir KTU doktorantas Lukas Vaitkus, kuris tiria membranas ir jų savybes ilgą laiką.';
    expect(peopleIn(lt, 'lt')).toEqual(['Ingrida Žukauskienė', 'Lukas Vaitkus']);
    const bg =
      'Заместник-ректорът проф. Мария Стоянова връчи договорите. Благодарност изказа д-р Иван Колев от Физическия факултет.';
    expect(peopleIn(bg, 'bg')).toEqual(['Иван Колев', 'Мария Стоянова']);
    const he = 'המחקר הובל על ידי פרופ\' מיכל לוי מהמרכז לחקר המוח. ד"ר יונתן כהן, חוקר במעבדה, פיתח את האלגוריתם.';
    expect(peopleIn(he, 'he')).toEqual(['יונתן כהן', 'מיכל לוי']);
  });
  it('a student’s year before an accented name; guard: a role’s complement, a place, a compound adjective', () => {
    const text =
      'Sophomore Ana Lucía Herrera, left, meets with her mentor. Hume City Council’s Manager of Infrastructure Delivery, Kate Brennan, said the base held. ' +
      'The telescope is located on Inyarrimanha Ilgari Bundara, the CSIRO observatory in Western Australia. Partners include Hong Kong-funded enterprises.';
    expect(peopleIn(text, 'en')).toEqual(['Ana Lucía Herrera', 'Kate Brennan']);
  });
});

describe('round 19: Chinese programmes with long names', () => {
  it('a verb across the head’s window, and a long plan after its year', () => {
    expect(namesOfKind('学校实施非通用语种人才培养创新计划。', 'program', 'zh')).toEqual([
      '非通用语种人才培养创新计划',
    ]);
    expect(namesOfKind('学校召开2024年非通用语种人才培养创新计划推进会。', 'program', 'zh')).toEqual([
      '非通用语种人才培养创新计划',
    ]);
  });
  it('guard: a quoted plan’s project after the year is the plan’s', () => {
    expect(namesOfKind('我校举行2024年“国培计划”乡村中小学骨干教师培训项目开班仪式。', 'program', 'zh')).not.toContain(
      '“国培计划”乡村中小学骨干教师培训项目',
    );
  });
});
