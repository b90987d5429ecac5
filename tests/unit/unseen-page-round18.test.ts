// Round 18 (issue #11, session 50): the classes R132-R135 failed once they became the tuning sets (they had checked
// round 17b); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseByline } from '../../utils/extraction/meta-line';
import { parseDate } from '../../utils/extraction/parse-date';
import { namesOfKind, peopleIn } from './entity-kinds';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 18: credits printed around Chinese and English college news (VSB, Joomla, ASP.NET templates)', () => {
  const zhPage = (body: string, foot = '') =>
    '<title>我校教授荣获全国优秀教师称号</title><div class="article"><h1>我校教授荣获全国优秀教师称号</h1>' +
    `<div class="info">发布时间：2024-09-10 作者：韩雪</div><div class="content">${ZH_PARAS}${body}</div>${foot}</div>`;
  it('a caption closed by its photographer after a space, no brackets (…现场监测　刘畅 摄)', () => {
    const draft = clip(
      zhPage('<p>周立群（右二）在井下指导学生开展现场监测　刘畅 摄</p>'),
      'https://news.aust.edu.cn/2024/0910/c1a2/page.htm',
    );
    expect(draft.byline).toContainEqual({ name: '刘畅', role: '摄影' });
  });
  it('guard: a sentence ending in 拍摄 credits no one', () => {
    const draft = clip(
      zhPage('<p>学生们在矿区现场认真开展拍摄</p>'),
      'https://news.aust.edu.cn/2024/0910/c1a2/page.htm',
    );
    expect(draft.byline.map((b) => b.name)).toEqual(['韩雪']);
  });
  it('a bracketed editor opening the footer line, the counter after it', () => {
    const draft = clip(
      zhPage('', '<div class="c-foot"><span>（责任编辑：孙婧）</span> <span>阅读次数：856</span></div>'),
      'https://news.lut.edu.cn/info/1003/1.htm',
    );
    expect(draft.byline).toContainEqual({ name: '孙婧', role: '责任编辑' });
  });
  it('文／ and 圖／ side by side in traditional Chinese', () => {
    expect(parseByline('文／梁嘉欣 圖／何俊傑')).toEqual([
      { name: '梁嘉欣', role: '文字' },
      { name: '何俊傑', role: '圖片' },
    ]);
  });
  it('a category field after an office credited as the writer ends the value (作者：公共事務室 分類：高醫新聞)', () => {
    expect(parseByline('作者： 公共事務室 分類： 高醫新聞 發佈日期：2024-01-22')).toEqual([
      { name: '公共事務室', role: '作者' },
    ]);
  });
  it('"Written by" and "Edited by" run into one line', () => {
    expect(parseByline('Written by: Zhang Wei Edited by: Li Na Date: Dec 10, 2024').map((b) => b.name)).toEqual([
      'Zhang Wei',
      'Li Na',
    ]);
  });
  it('Joomla’s default account in the author meta credits no one', () => {
    const html =
      '<head><title>澳科大學生團隊獲金獎</title><meta name="author" content="Super User"></head><body><div class="item-page">' +
      `<h1>澳科大學生團隊獲金獎</h1><div>發佈日期：2024-10-21</div><div class="body">${ZH_PARAS}</div></div></body>`;
    expect(clip(html, 'https://www.must.edu.mo/tc/news/36218').byline).toEqual([]);
  });
  it('Malay "Oleh" and a colon-less "Foto" opening the text are its credits, not its first lines', () => {
    const html =
      '<title>UKM perkenal program latihan</title><main><article><h1>UKM Perkenal Program Latihan Simulasi</h1>' +
      `<div class="td-post-content"><p><strong>Oleh Nur Farhana Abdullah</strong><br><strong>Foto Muhammad Aiman Rosli</strong></p>${EN_PARAS}</div></article></main>`;
    const draft = clip(html, 'https://www.ukm.my/news/2024/05/ukm-perkenal-program/');
    expect(draft.byline).toEqual([
      { name: 'Nur Farhana Abdullah', role: 'Author' },
      { name: 'Muhammad Aiman Rosli', role: 'Photo' },
    ]);
    expect(draft.textContent.startsWith('Oleh')).toBe(false);
  });
});

describe('round 18: headline, standfirst and date as press offices print them', () => {
  it('a news outlet’s tag opening a reprinted headline is not the headline’s (【新华日报】…)', () => {
    const h = '【新华日报】江苏食品药品职院：校企共建检验检测平台';
    const html = `<title>${h}</title><div class="art"><h1>${h}</h1><div>来源：新华日报 发布时间：2024-05-20</div><div class="content">${ZH_PARAS}</div></div>`;
    expect(clip(html, 'https://www.jsfsc.edu.cn/2024/0520/c1/page.htm').title).toBe(
      '江苏食品药品职院：校企共建检验检测平台',
    );
  });
  it('a lead <div> between the headline and the body’s own container is a standfirst, not the text', () => {
    const html =
      '<title>Gaelic speech tool released</title><main><article><h1>Gaelic speech tool released</h1>' +
      '<div class="lead">A tool that turns spoken Scottish Gaelic into written text is now freely available online.</div>' +
      `<figure><img src="/a.jpg" alt=""><figcaption>Recording a speaker.</figcaption></figure><div class="field--name-body">${EN_PARAS}</div></article></main>`;
    const draft = clip(html, 'https://www.ed.ac.uk/news/2024/gaelic-speech-tool');
    expect(draft.textContent.startsWith('A tool that turns')).toBe(false);
    expect(draft.excerpt).toContain('A tool that turns');
  });
  it('a labelled summary (导读：…) is the standfirst without its label', () => {
    const html =
      '<title>中亚交通人才研修班开班</title><div class="art"><h1>中亚交通人才研修班开班</h1><div>发布日期：2025-04-09</div>' +
      '<div class="art-summary"><b>导读：</b>来自中亚五国的36名交通领域管理和技术人员将在校开展为期三周的研修。</div>' +
      `<div class="art-body">${ZH_PARAS}</div></div>`;
    const draft = clip(html, 'https://news.chd.edu.cn/info/1001/1.htm');
    expect(draft.textContent.startsWith('来自中亚五国')).toBe(false);
  });
  it('a Croatian date: listopada is October where the year closes with a dot', () => {
    expect(parseDate('Objavljeno: 14. listopada 2024.', 'Europe/Zagreb')?.iso).toBe('2024-10-14');
    expect(parseDate('Objavljeno: 3. prosinca 2024.', 'Europe/Zagreb')?.iso).toBe('2024-12-03');
  });
  it('guard: a Polish date without the year’s dot is November', () => {
    expect(parseDate('14 listopada 2024', 'Europe/Warsaw')?.iso).toBe('2024-11-14');
  });
});

describe('round 18: detection on universities off the static suffixes and on standing pages', () => {
  it('a university whose mail swot lists as abused is still a university (uregina.ca, usal.es)', () => {
    expect(isAcademicHost('www.uregina.ca')).toBe(true);
    expect(isAcademicHost('www.usal.es')).toBe(true);
  });
  it('guard: webmail and shops from the same file are not', () => {
    expect(isAcademicHost('gmail.com')).toBe(false);
    expect(isAcademicHost('kashop.me')).toBe(false);
  });
  it('a staff profile’s data update date (資料更新日期) is no publication date', () => {
    const html =
      '<title>王淑惠 副教授 | 護理學系</title><body><header><h2>王淑惠 副教授</h2></header><div class="profile">' +
      '<p>姓名 王淑惠 職稱 副教授兼護理學系系主任 最高學歷 國立陽明大學臨床護理研究所博士。專長領域為老人護理、失智症照護、長期照護、社區護理與護理教育，授課科目包括老人護理學與長期照護專題，並長期投入社區失智症家屬照顧者支持方案之研究與推廣工作。</p>' +
      '<p>近五年主持國科會專題研究計畫，探討以社區為基礎之失智症家屬照顧者支持方案成效，並與附設醫院護理部合作建構長照機構照顧服務員之失智照護能力培訓模式，相關成果發表於國內外護理學術期刊，並多次獲頒校內教學優良教師獎。</p>' +
      '<p>資料更新日期：2024-02-15</p></div></body>';
    expect(detect(html, 'https://nursing.csmu.edu.tw/p/412-1038-1845.php').isArticle).toBe(false);
  });
});

describe('round 18: people in Baltic, South Slavic, Ukrainian and Malay university news', () => {
  it('Latvian roles before the name', () => {
    const text =
      'Pētījumu vadīs projekta vadītājs LU profesors Māris Kalniņš. Projektā strādās vadošā pētniece Inese Ozola, doktorants Artūrs Vītols un vairāki ģeogrāfijas studenti no universitātes.';
    expect(peopleIn(text, 'lv')).toEqual(['Artūrs Vītols', 'Inese Ozola', 'Māris Kalniņš'].sort());
  });
  it('Croatian roles and stacked titles (prof. dr. sc.)', () => {
    const text =
      'Prorektorica za studente i studije prof. dr. sc. Ivana Kovačević istaknula je važnost programa. Koordinatorica programa Martina Ružić iz Ureda za studente objasnila je postupak. Brucoš Luka Babić rekao je da mu je susret pomogao.';
    expect(peopleIn(text, 'hr')).toEqual(['Ivana Kovačević', 'Luka Babić', 'Martina Ružić'].sort());
  });
  it('Ukrainian roles, and a name joined by і', () => {
    const text =
      'Політехніки — магістранти Андрій Коваль і Софія Мельник — запропонували програмний сервіс для громад. Капітан команди Андрій Коваль розповів про роботу команди на хакатоні.';
    expect(peopleIn(text, 'uk')).toEqual(['Андрій Коваль', 'Софія Мельник'].sort());
  });
  it('guard: a Malay office’s title and a degree after a student’s word are no people', () => {
    const text =
      'Majlis itu turut dihadiri Timbalan Naib Canselor (Hal Ehwal Akademik), Prof. Dato’ Dr. Rahim Ismail dan pegawai universiti. Fakulti merancang untuk memperluas latihan kepada pelajar program Sarjana Perubatan Kecemasan mulai tahun depan.';
    expect(peopleIn(text, 'ms')).toEqual(['Rahim Ismail']);
  });
  it('a romanised name after a Chinese student’s word, in traditional Chinese', () => {
    expect(
      peopleIn('來自印尼穆罕默迪亞大學的學生Siti Rahmawati表示，這次能親眼看到臺灣的照護服務，非常難得。', 'zh-Hant'),
    ).toEqual(['Siti Rahmawati']);
  });
  it('guard: 党政, 党委副, a clinical department, a count of students and 沙龙和 are no names', () => {
    const text =
      '学院党政领导班子成员参加会议。学院院长吴泽宁、党委副书记彭晓彤出席仪式。附属医院心血管内科主任医师冉启明发言。系主任蕭振邦教授恭賀三位同學獲獎。论坛期间还举办了青年学者沙龙和研究生学术海报展。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['冉启明', '吴泽宁', '彭晓彤', '蕭振邦'].sort());
  });
  it('用 ends a dotted foreign name', () => {
    expect(peopleIn('塔吉克斯坦学员代表沙赫佐德·拉希莫夫用中文致辞，感谢学校的安排。', 'zh-Hans')).toEqual([
      '沙赫佐德·拉希莫夫',
    ]);
  });
  it('guard: places, a province’s body and a building named for someone are no people', () => {
    const text =
      'Field trials ran near Saskatoon and in research plots near Swift Current, a handful of lines kept going. Darren Kowalski, research director at Saskatchewan Pulse Growers, said the findings matter. Biology junior Hailey Battiest of Broken Bow, who plans to apply, spoke. The grant is matched by Innovation Saskatchewan. The agreement was signed in the Glen D. Johnson Student Union by Dr. Laura Whitfield. The team won the state Sputum Bowl.';
    expect(peopleIn(text, 'en')).toEqual(['Darren Kowalski', 'Hailey Battiest', 'Laura Whitfield'].sort());
  });
});

describe('round 18: programmes (nursing schools, rural health grants, Chinese college news)', () => {
  it('a track’s word opens a degree’s name (the Accelerated Bachelor of Science in Nursing)', () => {
    const text = 'It serves students in the Accelerated Bachelor of Science in Nursing programs at both hospitals.';
    expect(namesOfKind(text, 'program', 'en')).toEqual(['Accelerated Bachelor of Science in Nursing']);
  });
  it('guard: a count, an adverb or a verb opening a program word names none', () => {
    const text = '学院建成一批高水平研发平台，持续提升国家级项目数量。课程涵盖公路工程。工作坊內容即延伸自計畫。';
    expect(namesOfKind(text, 'program', 'zh-Hans')).toEqual([]);
  });
});
