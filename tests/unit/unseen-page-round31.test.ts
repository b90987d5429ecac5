// Round 31 (issue #11, session 56): the classes R192-R195 failed once they became the tuning sets (they had checked
// round 30); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';
import { urlHasIssue } from '../../utils/detection/date-clues';
import { notArticleAddress } from '../../utils/detection/page-kind';
import { isDatedMetaLine } from '../../utils/extraction/date-lines';
import { metaFields } from '../../utils/extraction/opening-lines';
import { splitTitle } from '../../utils/extraction/extract-title';
import { parseEnglishByline } from '../../utils/extraction/meta-line';
import { captionCredit } from '../../utils/extraction/photo-captions';

const programs = (text: string) => namesOfKind(text, 'program', 'zh');
const LEDE =
  '<p>CALGARY — For families in much of rural Alberta, having a baby can mean driving two hours or more for every appointment.</p>';

describe('round 31: a story dated only in its sidebar, its address naming the month (SFU’s AEM)', () => {
  const page = (aside: string) =>
    `<title>SFU researchers map wildfire smoke</title><body><main><div class="story"><h1>SFU researchers map wildfire smoke</h1>` +
    `<div class="text">${EN_PARAS}</div><p>Story by Meera Chandran</p></div><aside>${aside}` +
    `<div><h3>Related stories</h3><ul><li><a href="/a">How to protect yourself from smoke</a></li></ul></div></aside></main></body>`;
  const url = 'https://www.sfu.ca/sfunews/stories/2025/02/sfu-researchers-map-wildfire-smoke.html';
  it('a slug under the year and month is an article’s address; guard: the month’s archive is not', () => {
    expect(urlHasIssue(new URL(url).pathname)).toBe(true);
    expect([urlHasIssue('/sfunews/stories/2025/02/'), urlHasIssue('/news/2025/02/page/2')]).toEqual([false, false]);
  });
  it('the sidebar’s one date, alone on its line, dates the story', () => {
    expect(clip(page('<div><p>February 12, 2025</p><p><a href="#">Print</a></p></div>'), url).publishedAt).toBe(
      '2025-02-12',
    );
  });
  it('guard: a sidebar listing dated events does not', () => {
    const events = '<div><p>February 12, 2025</p><p>Open house</p><p>March 3, 2025</p><p>Lecture</p></div>';
    expect(clip(page(events), url).publishedAt).toBe('2025-02');
  });
});

describe('round 31: lines over the text (a "Posted on" line with its faculty, a picture’s caption, fields)', () => {
  it('a "Posted on" date and the faculty it is filed under make a meta line; guard: a sentence after a date', () => {
    expect(isDatedMetaLine('Posted on Oct. 3, 2024 | Faculty of Health, Community and Education', metaFields)).toBe(
      true,
    );
    expect(isDatedMetaLine('Posted on Oct. 3, 2024 | The team said it was a good day.', metaFields)).toBe(false);
  });
  const page = (alt: string) =>
    `<title>Midwifery students bring care home</title><body><article><h1>Midwifery students bring care home</h1>` +
    `<img src="/a.jpg" alt="${alt}"><p>Fourth-year student Chloe Armstrong, left, with preceptor Amanda Fehr at a clinic in Drumheller.</p>` +
    `${LEDE}${EN_PARAS}</article></body>`;
  it('a line under the picture that says what its alt text says is its caption', () => {
    const d = clip(page('Midwifery student with a preceptor in a clinic'), 'https://www.mtroyal.ca/news/midwifery.htm');
    expect(d.textContent.trim().slice(0, 7)).toBe('CALGARY');
  });
  it('guard: under a picture with another alt, the line is the text’s', () => {
    const d = clip(page('Mount Royal University campus in winter'), 'https://www.mtroyal.ca/news/midwifery.htm');
    expect(d.textContent.trim().slice(0, 11)).toBe('Fourth-year');
  });
  it('a source field with the date’s after it is read to the date’s label, and leaves the text', () => {
    const d = clip(
      `<title>BIT researchers develop an electrolyte</title><body><div class="detail"><h1>BIT researchers develop an electrolyte</h1>` +
        `<div class="info">Source: School of Materials Science and Engineering&nbsp;&nbsp;&nbsp;&nbsp;Date: 2024-03-12</div>` +
        `<div class="con">${EN_PARAS}</div></div></body>`,
      'https://english.bit.edu.cn/news/1.htm',
    );
    expect([d.source, d.textContent.trim().slice(0, 14)]).toEqual([
      'School of Materials Science and Engineering',
      'The university',
    ]);
  });
});

describe('round 31: headlines, credits and pages by their address', () => {
  it('a hyphen joining two lower-case words splits no <title>; guard: a bare last hyphen before a site still does', () => {
    expect(
      splitTitle(
        'Community Health Internship Programme launched for final-year medical students – Faculty of Medicine, University of Colombo',
      )?.head,
    ).toBe('Community Health Internship Programme launched for final-year medical students');
    expect(splitTitle('我校举行春季运动会-北京林业大学新闻网')?.head).toBe('我校举行春季运动会');
  });
  it('a site account named for a body credits no one; a "Report by" line credits its writer', () => {
    expect(parseEnglishByline('Posted on September 5, 2023 / By Media Committee')).toEqual([]);
    expect(
      parseEnglishByline('Report by Dr. Nadeesha Wijesinghe, Department of Community Medicine').map((b) => b.name),
    ).toEqual(['Nadeesha Wijesinghe']);
    expect(parseEnglishByline('By Maria Staffieri').map((b) => b.name)).toEqual(['Maria Staffieri']);
  });
  it('Tagalog’s "Larawang kuha ni" credits a photographer; guard: "ni" alone is a possessive', () => {
    expect(captionCredit('Mga kalahok sa unang araw ng palihan. Larawang kuha ni Ramil Tolentino')).toEqual({
      photographer: 'Ramil Tolentino',
    });
    expect(parseEnglishByline('Ang anak ni Maria Santos ay dumating.')).toEqual([]);
  });
  it('a teacher’s homepage host is a personal page; guard: the news host is not', () => {
    expect(notArticleAddress(new URL('https://teacher.nwpu.edu.cn/liuhaoran.html'))).toBe('personal page');
    expect(notArticleAddress(new URL('https://news.nwpu.edu.cn/info/1002/81234.htm'))).toBeNull();
  });
});

describe('round 31: people by their posts (a registrar, a treasurer, a librarian; Taiwan’s deans and heads)', () => {
  it('the post before stacked titles names the person, and is no name of its own', () => {
    expect(
      peopleIn(
        'Treasurer Professor Dr. Mizanur Rahman spoke. Registrar Prof. Dr. Deepak Bhattarai and Chief Librarian Sarita Pokharel attended.',
        'en',
      ),
    ).toEqual(['Deepak Bhattarai', 'Mizanur Rahman', 'Sarita Pokharel']);
  });
  it('國際長, 里長, 州长 and 小农 name the person', () => {
    const text =
      '國際事務處陳美玲國際長表示歡迎。關渡里里長陳明德則感謝師生。州委副书记、州长龙晓军出席签约仪式。孩子們跟著在地小農游阿明走進水田。游阿明示範如何將秧苗分株。';
    expect(peopleIn(text, 'zh')).toEqual(['游阿明', '陳明德', '陳美玲', '龙晓军'].sort());
  });
});

describe('round 31: words that name no programme (verbs, counts, “from … to”, a plan’s document)', () => {
  it('each fragment is left out', () => {
    for (const text of [
      '并邀请传承人为队员进行专项指导。',
      '传统方法难以满足实际工程需求。',
      '为学生搭建从理论到工程的成长通道。',
      '多年来吸纳了大批哈工程毕业生。',
      '完善从课程、竞赛到科研项目的递进式培养体系。',
      '团队反复打磨商业计划书和路演材料。',
      '新一期计划将进一步导入AI失智症筛检。',
      '稿源：化学工程与技术学院',
      '这是全省参与度最高的大学生学科竞赛之一。',
    ])
      expect(programs(text)).toEqual([]);
  });
  it('a plan a ministry announces is named without the verb before it', () => {
    expect(programs('近日，科技部公布国家重点研发计划“深海和极地关键技术与装备”重点专项。')).toContain(
      '国家重点研发计划',
    );
  });
});
