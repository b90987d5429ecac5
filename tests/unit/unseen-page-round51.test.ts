// Round 51 (issue #11, session 64): the classes R284-R287 failed once they became the tuning sets (they had checked
// round 50); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { parseViews } from '../../utils/extraction/view-counter';
import { detailsDate } from '../../utils/extraction/story-details';
import { asciiDigits } from '../../utils/model/digits';
import { clip, EN_PARAS } from './unseen-page-snippets';
import { peopleIn, programsIn } from './entity-kinds';

const NOW = new Date('2026-11-23T00:00:00Z');
/** R287/p07's article and its 文章信息 box as the VSB page prints them. */
const ARTICLE_BOX =
  '<div class="art-main"><h1>石油学院学生团队在第十三届全国大学生石油工程设计大赛中获佳绩</h1><div id="vsb_content"><div cl' +
  'ass="v_news_content"><p style="text-indent:28px">克拉玛依校区新闻网讯（通讯员 贺晓东）12月23日至24日，第十三届全国大学生石油' +
  '工程设计大赛决赛在西南石油大学举行。中国石油大学（北京）克拉玛依校区石油学院共有4支学生团队入围决赛，最终获得方案设计类一等奖1项、二等奖2项，单项设计类三等奖1项，获奖数量和等级' +
  '均创校区参赛以来最好成绩。</p><p style="text-indent:28px">全国大学生石油工程设计大赛由中国石油教育学会主办，是石油工程领域规模最大、影响最广的全国性' +
  '学科竞赛之一。本届大赛以“智能油气田开发”为主题，吸引了全国37所高校的500余支团队参赛。大赛分为方案设计类、单项设计类和创新创意类三个类别，要求参赛团队针对给定油藏的地质特征和' +
  '开发现状，完成钻井、完井、采油和地面工程等方案设计。</p><p style="text-indent:28px">由石油工程专业学生赵文博、古丽娜尔·吐尔逊、陈浩然、马骁组成的“' +
  '准噶尔”团队，以准噶尔盆地玛湖砾岩油藏为研究对象，设计了水平井体积压裂与注气补能相结合的开发方案。在答辩环节，团队成员围绕方案的经济性和现场可行性回答了评委提问，获得评委一致好评，' +
  '最终摘得方案设计类一等奖。</p><p style="text-indent:28px">石油学院院长郭海敏介绍，学院始终坚持以赛促学、以赛促创，依托克拉玛依油田的区位优势，与新疆' +
  '油田公司共建实践教学基地，将油田真实工程问题引入课堂和竞赛。本次参赛团队由指导教师刘永辉、张宏伟带领，自9月起利用课余时间进行了近3个月的集中备赛。</p><p style="te' +
  'xt-indent:28px">下一步，学院将认真总结参赛经验，进一步完善学科竞赛激励机制，推动学生创新能力和工程实践能力持续提升。</p></div></div><p class' +
  '="editor">（编辑：刘婧）</p><div class="pn"><p>上一条：<a href="2390.htm">石油学院举办2023年研究生学术论坛</a></p><' +
  'p>下一条：<a href="2376.htm">石油学院党委开展主题党日活动</a></p></div></div><div class="art-side"><div clas' +
  's="infobox"><h3>文章信息</h3><dl><dt>日期</dt><dd>2023-12-26</dd></dl><dl><dt>来源</dt><dd>石油学院</d' +
  'd></dl><dl><dt>点击</dt><dd>312</dd></dl></div>';
const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, NOW, isAcademicHost).isArticle;

describe('round 51: a story’s details box beside the text (Article Details, 文章信息)', () => {
  const sidebar = (date: string) =>
    '<html><head><title>MUBAS receives laboratory equipment</title></head><body><main><h1>MUBAS receives laboratory ' +
    `equipment</h1>${EN_PARAS}</main><aside class="sidebar"><h3>Article Details</h3><ul><li><strong>Date:</strong> ` +
    `${date}</li><li><strong>Source:</strong> Public Relations Office</li></ul><h3>Recent News</h3><div class="post">` +
    '<h4><a href="/news/career-fair">MUBAS hosts 2024 Career Fair</a></h4><time datetime="2024-04-12">12 April ' +
    '2024</time></div></aside></body></html>';
  it('the date after its label in the box’s line wins over another story’s <time> in the sidebar', () => {
    expect(clip(sidebar('18 April 2024'), 'https://www.mubas.ac.mw/news/equipment').publishedAt).toBe('2024-04-18');
  });
  it('guard: a colon after the key leaves the date to the element after it (<b>发布时间</b>：<span>…</span>)', () => {
    const doc = new JSDOM('<div><b>发布时间</b>：<span>2024-05-20</span></div>').window.document;
    expect(detailsDate(doc, 'Asia/Shanghai', NOW, false)?.iso).toBe('2024-05-20');
  });
  it('a 文章信息 box’s <dt>日期</dt><dd>…</dd> beside a counter dates the page for detection (R287’s VSB page)', () => {
    const html =
      '<html><head><title>石油学院学生团队在第十三届全国大学生石油工程设计大赛中获佳绩-石油学院</title></head><body>' +
      '<div class="loc">当前位置: <a href="/">首页</a> &gt; <a href="/xwdt.htm">新闻动态</a> &gt; 正文</div>' +
      ARTICLE_BOX +
      '</body></html>';
    expect(detect(html, 'https://syxy.cupk.edu.cn/info/1045/2381.htm')).toBe(true);
  });
});

describe('round 51: news of Indian universities in Marathi, Punjabi and Telugu, and of Belarusian ones', () => {
  it('every script’s decimal digits read as ASCII ones, position for position', () => {
    expect(asciiDigits('१५ जानेवारी २०२४ · ੧੨ · ౩౪ · ٤٣٧ · ૧૨')).toBe('15 जानेवारी 2024 · 12 · 34 · 437 · 12');
  });
  it('their month names (जानेवारी, ਅਪ੍ਰੈਲ, ఆగస్టు, красавіка) between a day and a year', () => {
    expect(parseDate('दिनांक : १५ जानेवारी २०२४', 'Asia/Kolkata', NOW)?.iso).toBe('2024-01-15');
    expect(parseDate('੧੨ ਅਪ੍ਰੈਲ ੨੦੨੪', 'Asia/Kolkata', NOW)?.iso).toBe('2024-04-12');
    expect(parseDate('15 ఆగస్టు 2024', 'Asia/Kolkata', NOW)?.iso).toBe('2024-08-15');
    expect(parseDate('Пятніца, 12 красавіка 2024', 'Europe/Minsk', NOW, true)?.iso).toBe('2024-04-12');
  });
  it('a Marathi date under the headline, in its own digits, dates the article for detection', () => {
    const marathi =
      '<p>शिवाजी विद्यापीठाच्या कमवा व शिका योजनेतील गुणवंत विद्यार्थ्यांचा गौरव राजर्षी शाहू सभागृहात करण्यात आला. ' +
      'कुलगुरू डॉ. प्रकाश पाटील यांच्या हस्ते बेचाळीस विद्यार्थ्यांना प्रमाणपत्रे देऊन सन्मानित करण्यात आले.</p>';
    const html =
      '<html lang="mr"><head><title>विद्यार्थ्यांचा विद्यापीठात गौरव</title></head><body><h2>विद्यार्थ्यांचा विद्यापीठात ' +
      `गौरव</h2><div class="news-info"><span>दिनांक : १५ जानेवारी २०२४</span></div>${marathi.repeat(3)}</body></html>`;
    expect(detect(html, 'https://www.unishivaji.ac.in/news/marathi/newsdetails?id=2481')).toBe(true);
  });
  it('Marathi’s reader count and Belarusian K2’s “read N times” are view counters', () => {
    expect(parseViews('स्रोत : जनसंपर्क कक्ष | वाचक संख्या : ४८७')).toBe(487);
    expect(parseViews('Прачытана 347 разоў')).toBe(347);
  });
  it('names after a title, up to Marathi’s, Punjabi’s and Telugu’s words after a name', () => {
    expect(
      peopleIn('कुलगुरू डॉ. प्रकाश पाटील यांच्या हस्ते गौरव झाला. प्र-कुलगुरू डॉ. सुनीता जाधव अध्यक्षस्थानी होत्या.', 'mr'),
    ).toEqual(['प्रकाश पाटील', 'सुनीता जाधव'].sort());
    expect(peopleIn('ਵਾਈਸ ਚਾਂਸਲਰ ਪ੍ਰੋ. ਹਰਜਿੰਦਰ ਸਿੰਘ ਗਿੱਲ ਨੇ ਕਿਹਾ ਕਿ ਯੂਨੀਵਰਸਿਟੀ ਵਚਨਬੱਧ ਹੈ।', 'pa')).toEqual(['ਹਰਜਿੰਦਰ ਸਿੰਘ ਗਿੱਲ']);
    expect(peopleIn('ఉపకులపతి ఆచార్య కె. వెంకట సుబ్బయ్య అధ్యక్షత వహించారు.', 'te')).toEqual(['కె. వెంకట సుబ్బయ్య']);
  });
});

describe('round 51: Tibetan names in Qinghai’s and Tibet’s news', () => {
  it('an Amdo spelling (才让东知) and one part alone closing its clause after a role (副校长顿珠，)', () => {
    const text = '院长、教授才让东知作为首席专家申报的《史料整理与研究》获批。副校长顿珠，市人社局科长张红梅到场。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['张红梅', '才让东知', '顿珠'].sort());
  });
  it('guard: one part running on into a word is no name (院长尼玛县调研)', () => {
    expect(peopleIn('院长尼玛县调研。', 'zh-Hans')).not.toContain('尼玛');
  });
});

describe('round 51: programmes of Scottish, Maltese and Pacific colleges, and Chinese contests', () => {
  it('HNC and HND by their field, apprenticeships, trade certificates, a field for someone', () => {
    const text =
      'Students on the HNC Forestry course planted trees. She holds an HND Computing. He starts a Graduate ' +
      'Apprenticeship in Cyber Security and later a Modern Apprenticeship in Maritime Occupations. FNU offers a Trade ' +
      'Certificate in Carpentry and Joinery and the MSc Energy Transition for Island Communities.';
    expect(programsIn(text, 'en')).toEqual(
      [
        'Graduate Apprenticeship in Cyber Security',
        'HNC Forestry',
        'HND Computing',
        'MSc Energy Transition for Island Communities',
        'Modern Apprenticeship in Maritime Occupations',
        'Trade Certificate in Carpentry and Joinery',
      ].sort(),
    );
  });
  it('但 (but), 按计划 (as planned), a kind of contest and a lab’s kind name none', () => {
    const text =
      '学校获批多项立项，但部分项目进展较慢，学校督促项目负责人按计划推进。学院组织学生参加基础性学科竞赛，并建设研究实验室。';
    expect(programsIn(text, 'zh-Hans')).toEqual([]);
  });
});
