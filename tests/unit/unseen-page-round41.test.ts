// Round 41 (issue #11, session 61): the classes R236-R239 failed once they became the tuning sets (they had checked
// round 40); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { articleCaptionCredits, captionCredit } from '../../utils/extraction/photo-captions';
import { clip, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn, programsIn } from './entity-kinds';

const ZH_START = '5月11日，学校';

describe('round 41: the body’s first lines (Joomla’s article info, chips over the headline, a hero caption)', () => {
  it('Joomla’s 詳細資料 list, its author an office, opens no text', () => {
    const html =
      '<html><head><title>登革熱智慧監測網</title></head><body><div class="item-page"><h2>登革熱智慧監測網</h2>' +
      '<dl class="article-info"><dt>詳細資料</dt><dd>作者：公共事務室</dd><dd>分類：高醫新聞</dd>' +
      '<dd>發佈於：2024年10月15日 星期二 14:12</dd><dd>點閱數：1532</dd></dl>' +
      `<div itemprop="articleBody">${ZH_PARAS}</div></div></body></html>`;
    expect(clip(html, 'https://www.kmu.edu.tw/index.php/zh-TW/news/1').textContent.trim().slice(0, 8)).toBe(ZH_START);
  });
  it('guard: a glossary list opening a text stays', () => {
    const html =
      '<html><head><title>Terms of the trade</title></head><body><article><h1>Terms of the trade</h1>' +
      `<dl><dt>Ledger</dt><dd>A book of accounts kept by the bursar.</dd></dl>${EN_PARAS}</article></body></html>`;
    expect(clip(html, 'https://news.example.edu/terms').textContent.trim().startsWith('Ledger')).toBe(true);
  });
  it('a row of category chips over the headline opens no text', () => {
    const p =
      '<p>5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。</p>';
    const html =
      '<html><head><title>全固体電池の界面抵抗を低減 | 東北大学</title></head><body><div id="contents">' +
      '<main id="main"><div class="entry">\n<p class="entry-date">2024年06月12日</p>\n<ul class="entry-tag">\n' +
      '<li>プレスリリース・研究成果</li>\n<li>材料科学</li>\n</ul>\n<h1 class="entry-title">全固体電池の界面抵抗を低減</h1>\n' +
      `<p class="entry-subtitle">―新たな被覆材料を開発―</p>\n<div class="entry-body">${p}${p}<h2>研究の内容</h2>${p}${p}` +
      `<h2>今後の展開</h2>${p}</div>\n</div></main></div></body></html>`;
    const text = clip(html, 'https://www.tohoku.ac.jp/japanese/2024/06/press.html').textContent;
    expect(text.includes('材料科学')).toBe(false);
  });
  it('a hero picture’s caption in a <p> is not put back over the text as its subtitle', () => {
    const html =
      '<html><head><title>AI tool to spot oesophageal cancer</title><meta name="description" content="Researchers ' +
      'have been awarded £2.8m to develop an artificial intelligence tool for endoscopy."></head><body><div class="news">' +
      '<h1>AI tool to spot oesophageal cancer</h1><div class="news-main-image"><img src="/a.jpg" alt="Professor Ciaran ' +
      'McCann and Dr Aoife Doherty at the Patrick G Johnston Centre"><p class="caption">Professor Ciaran McCann and Dr ' +
      'Aoife Doherty at the Patrick G Johnston Centre</p></div>' +
      `<div class="news-body">${EN_PARAS}</div></div></body></html>`;
    expect(clip(html, 'https://www.qub.ac.uk/News/x.html').textContent.trim().startsWith('The university')).toBe(true);
  });
  it('a source, its date unlabelled and credits on one line open no text, and the source is read', () => {
    const html =
      '<html><head><title>南开大学召开本科教育教学工作会议-南开大学新闻网</title></head><body><div class="article-left">' +
      '<div class="article-hd"><h2 class="subtitle-top">深化特色育人 推进人才自主培养</h2>' +
      '<h1 class="article-title">南开大学召开本科教育教学工作会议</h1><div class="article-info">\n' +
      '<span>来源：南开大学新闻网</span>\n<span>2025-04-22 16:35</span>\n<span>记者 陈彤</span>\n<span>摄影 王珺</span>\n' +
      '</div></div><div class="article-body"><p style="text-align:center"><img src="/a.jpg" alt="会议现场"></p>' +
      `${ZH_PARAS}</div></div></body></html>`;
    const draft = clip(html, 'https://news.nankai.edu.cn/ywsd/system/2025/04/22/1.shtml');
    expect([draft.source, draft.textContent.trim().slice(0, 8)]).toEqual(['南开大学新闻网', ZH_START]);
  });
});

describe('round 41: photographers (a copyright sign after "Foto:", a caption in the story’s own box)', () => {
  it('"Foto: © Name" closing a caption credits the name', () => {
    const caption = 'Lukas Pichler und Johannes Reiter (v.l.n.r.) vor dem Hauptgebäude. Foto: © Stefan Wöhrer';
    expect(captionCredit(caption)?.photographer).toBe('Stefan Wöhrer');
  });
  it('a figcaption beside the headline in a box with no <article> or <main> credits its photographer', () => {
    const doc = new JSDOM(
      '<div class="news-single"><div class="article"><h1>Ung fysiker får 10 millioner kroner</h1>' +
        '<figure><img src="/a.jpg" alt="Anders Kristensen"><figcaption>Anders Kristensen i laboratoriet. Foto: ' +
        `Søren Kjeldgaard</figcaption></figure><div class="news-text">${EN_PARAS}</div></div></div>`,
    ).window.document;
    expect(articleCaptionCredits(doc, doc.querySelector('h1'))).toEqual(['Søren Kjeldgaard']);
  });
  it('guard: a figcaption outside the story’s box credits no one', () => {
    const doc = new JSDOM(
      `<div class="story"><h1>Headline</h1>${EN_PARAS}</div><div class="promo"><figure><img src="/b.jpg" alt="x">` +
        '<figcaption>The campus in spring. Foto: Søren Kjeldgaard</figcaption></figure></div>',
    ).window.document;
    expect(articleCaptionCredits(doc, doc.querySelector('h1'))).toEqual([]);
  });
});

describe('round 41: Chinese people (a verb a Uyghur name runs into, a long given name, 参与/报名)', () => {
  it('塔依尔·艾买提出席: the parts’ reading beats the role’s, cut at 提出', () => {
    expect(peopleIn('党委常委、副校长塔依尔·艾买提出席会议并讲话。', 'zh-Hans')).toEqual(['塔依尔·艾买提']);
  });
  it('a transliterated given name of six characters after a role', () => {
    const text = '自治区教育厅教师工作处副处长阿不都沙拉木·吐尔逊，我校副校长李红梅出席开班仪式。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['李红梅', '阿不都沙拉木·吐尔逊'].sort());
  });
  it('参与 and 报名参加 after a role and a name', () => {
    const text = '他跟随导师、农学院教授冯宏伟参与示范项目。植物保护专业毕业生王雨萱报名参加了西部计划。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['冯宏伟', '王雨萱'].sort());
  });
  it('guard: a team or a union taking part is no one', () => {
    expect(peopleIn('教授团队参与项目。学院学生会参加活动。', 'zh-Hans')).toEqual([]);
  });
});

describe('round 41: Chinese programmes (a quoted plan before a project, a plan before its quoted project)', () => {
  it('“强师计划”乡村卓越教师研修项目 is two programmes', () => {
    const text =
      '北京师范大学“强师计划”乡村卓越教师研修项目开班仪式在京师学堂举行。据悉，乡村卓越教师研修项目将培训教师1000名。';
    expect(programsIn(text, 'zh-Hans')).toEqual(['乡村卓越教师研修项目', '强师计划'].sort());
  });
  it('guard: a brand quoted before its platform is one name', () => {
    expect(programsIn('学校建设“秦创原”校地协同创新平台。', 'zh-Hans')).toEqual(['“秦创原”校地协同创新平台']);
  });
  it('a region’s plan named once before its quoted project', () => {
    const text = '此次培训是自治区重点研发计划“酿酒葡萄优质高效栽培技术集成与示范”项目科技成果推广的一项重要内容。';
    expect(programsIn(text, 'zh-Hans')).toContain('自治区重点研发计划');
  });
});

describe('round 41: English programmes with the program word the text prints after them', () => {
  it('the Artemis program, the Utah Water Savers program', () => {
    const text =
      'The lander supports NASA’s Artemis program. Residents can join the Utah Water Savers program this spring.';
    expect(programsIn(text, 'en')).toEqual(['Artemis program', 'Utah Water Savers program']);
  });
  it('guard: a known name and a degree stay whole', () => {
    const text =
      'The project is funded by the Horizon Europe programme. She entered the Bachelor of Science in Nursing program ' +
      'in 2022.';
    expect(programsIn(text, 'en')).toEqual(['Bachelor of Science in Nursing', 'Horizon Europe']);
  });
  it('guard: a programme’s name with its word after it is no person', () => {
    expect(peopleIn('She was chosen for the Tisch Summer Fellows program last year.', 'en')).toEqual([]);
  });
});
