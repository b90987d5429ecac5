// Round 23 (issue #11, session 53): the classes R156-R159 failed once they became the tuning sets (they had checked
// round 22); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { hasFullDate, hasIssueDate, hasLabelledDate } from '../../utils/detection/date-clues';
import { captionCredit, zhCaptionPhotographers } from '../../utils/extraction/photo-captions';
import { namesOfKind, peopleIn } from './entity-kinds';

const NOW = new Date('2026-11-28');

describe('round 23: a degree page’s key facts (Irish course pages)', () => {
  // UCC's course pages print "Start Date | 8 September 2025" among their key facts, under the headline.
  const facts = 'course code | ck411 | duration | 4 years | start date | 8 september 2025 | course outline';
  it('a course’s start date is no labelled, full or issue date', () => {
    expect([hasLabelledDate(facts, NOW), hasFullDate(facts, NOW), hasIssueDate(facts, NOW)]).toEqual([
      false,
      false,
      false,
    ]);
  });
  it('guard: a publication label’s date still is', () => {
    const line = 'news | published | 8 september 2025 | share';
    expect([hasLabelledDate(line, NOW), hasFullDate(line, NOW)]).toEqual([true, true]);
  });
});

describe('round 23: dates and credits of PHPCMS, Finnish Drupal and UC story templates', () => {
  it('PHPCMS’s 【责任编辑：…】 after the tag line and the previous and next stories is a credit', () => {
    const html =
      '<title>我校4项成果获省级教学成果奖</title><body><div class="content"><h1>我校4项成果获省级教学成果奖</h1>' +
      `<div class="info">2024-03-28 16:20:47 来源：教务处 作者：任思琪</div><div id="text">${ZH_PARAS}</div>` +
      '<p><strong>相关热词搜索：</strong><a href="/tag/1">教学成果奖</a></p><p class="f14"><strong>上一篇：</strong>' +
      '<a href="/a/8729">我校召开2024年春季学期学生工作会议</a><br><strong>下一篇：</strong>' +
      '<a href="/a/8741">我校举行第十届青年教师教学竞赛决赛</a></p><div class="f12">【责任编辑：彭晓岚】</div></div></body>';
    expect(clip(html, 'https://www.hnist.cn/index.php?m=content&c=index&a=show&catid=12&id=8734').byline).toEqual([
      { name: '任思琪', role: '作者' },
      { name: '彭晓岚', role: '责任编辑' },
    ]);
  });
  it('核稿 (who checked the copy) is a credit’s label', () => {
    const html =
      '<title>我校学子获佳绩</title><body><h1>我校学子获佳绩</h1><div class="con-info">发布时间：2024-06-03 来源：校团委</div>' +
      `<div class="con-text">${ZH_PARAS}</div><div class="con-author">作者：刘倩 核稿：王蕊 摄影：张伟</div></body>`;
    expect(clip(html, 'https://www.yau.edu.cn/info/1118/20931.htm').byline.map((b) => b.name)).toEqual([
      '刘倩',
      '王蕊',
      '张伟',
    ]);
  });
  it('a caption’s 摄影 and name after a space, in brackets, credit the photographer', () => {
    expect(zhCaptionPhotographers('开幕式现场（摄影 向文杰）')).toEqual(['向文杰']);
  });
  it('a caption closed by "(Name/UC Davis)" credits the name; the campus’s two capitals are no person', () => {
    const caption =
      'Participant Miguel Herrera prepares a spray drone for a training flight in an almond orchard. (Dana Whitcomb/UC Davis)';
    expect(captionCredit(caption)?.photographer).toBe('Dana Whitcomb');
  });
  it('a Finnish meta line’s update (Päivitetty) over the headline gives way to its publication (Julkaistu)', () => {
    const html =
      '<title>Oulun yliopisto johtaa uutta tutkimusta</title><body><main><div class="news-meta"><span>Uutinen</span> ' +
      '<span>Julkaistu 3.9.2024</span> <span>Päivitetty 5.9.2024</span></div><h1>Oulun yliopisto johtaa uutta tutkimusta</h1>' +
      `<div class="text">${EN_PARAS}</div></main></body>`;
    expect(clip(html, 'https://www.oulu.fi/fi/uutiset/uusi-tutkimus').publishedAt?.slice(0, 10)).toBe('2024-09-03');
  });
});

describe('round 23: people in Hunan’s, Henan’s and Taiwan’s college news', () => {
  it('names before 担任, 结合 and 跑出; a list after a role’s name; a dean’s name in no body’s', () => {
    const text =
      '英语系主任刘芳，教师吴敏、黄丽君担任评委。四年級張育誠跑出10秒31。数学与统计学院院长孟凡东结合学院实践作了介绍。' +
      '天津市中西医结合医院专家出席。';
    expect([peopleIn(text, 'zh'), namesOfKind(text, 'organization', 'zh')]).toEqual([
      ['刘芳', '吴敏', '孟凡东', '張育誠', '黄丽君'].sort(),
      ['天津市中西医结合医院'],
    ]);
  });
});

describe('round 23: people in Singapore’s, Malaysia’s, the Philippines’ and Turkey’s university news', () => {
  it('four words after a title: a Chinese name with its English given name (Singapore)', () => {
    const text =
      'The team, led by Associate Professor Grace Ong Hwee Ling from the School of Civil Engineering, tested it. ' +
      'Dr Marcus Teo Jun Jie, a research fellow in the team, said the slabs held.';
    expect(peopleIn(text, 'en')).toEqual(['Grace Ong Hwee Ling', 'Marcus Teo Jun Jie']);
  });
  it('Malay and Filipino names held by bin, binte or dela; the longer form of a name wins', () => {
    const text =
      'Nurul Aisyah binte Rahim, a Year 2 student, joined the team. For Juan Miguel dela Cruz, a third-year student, it ' +
      'was new. Dean Maria Cristina P. Alvarez welcomed them, and the bin by the door was full.';
    expect(peopleIn(text, 'en')).toEqual([
      'Juan Miguel dela Cruz',
      'Maria Cristina P. Alvarez',
      'Nurul Aisyah binte Rahim',
    ]);
  });
  it('an initial after the second given name, and a four-word name listed beside a person', () => {
    const text =
      '“It matters,” said project leader Dr. Maria Cristina P. Alvarez of the Department of Environmental Science. ' +
      'The team comprised Chloe Tan Hui Min and Arjun Menon, both Year 3 students.';
    expect(peopleIn(text, 'en')).toEqual(['Arjun Menon', 'Chloe Tan Hui Min', 'Maria Cristina P. Alvarez']);
  });
  it('Finnish: a vice-rector, and a professor before her university’s place in the genitive', () => {
    const text =
      'Tutkimus alkaa lokakuussa, sanoo hankkeen johtaja, professori Mervi Kallio Oulun yliopiston ekologian ' +
      'tutkimusyksiköstä. Hän on ja se on. Tämä on tärkeä askel tutkimuksessa”, sanoo vararehtori Pekka Korhonen.';
    expect(peopleIn(text, 'fi')).toEqual(['Mervi Kallio', 'Pekka Korhonen']);
  });
  it('a mentor before a name, as a student or a researcher', () => {
    expect(peopleIn('Mentor Johan Louw, a fruit farmer from Villiersdorp, said it helps.', 'en')).toEqual([
      'Johan Louw',
    ]);
  });
  it('Turkish roles with their possessive and stacked academic titles', () => {
    const text =
      'Takım kaptanı Elif Nur Yıldırım, projenin fikir aşamasından prototipe kadar bir buçuk yıl sürdüğünü söyledi. ' +
      'Danışman Dr. Öğr. Üyesi Ayşe Demir ve Doç. Dr. Mehmet Kaya da takımı destekledi. Bu bir ve iki ile de bir çalışma için.';
    expect(peopleIn(text, 'tr')).toEqual(['Ayşe Demir', 'Elif Nur Yıldırım', 'Mehmet Kaya']);
  });
});
