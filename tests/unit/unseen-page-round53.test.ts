// Round 53 (issue #11, session 65): the classes R296-R299 failed once they became the tuning sets (they had checked
// round 52); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { parseDate } from '../../utils/extraction/parse-date';
import { parseEnglishByline } from '../../utils/extraction/english-byline';
import { clip, EN_PARAS } from './unseen-page-snippets';
import { programsIn } from './entity-kinds';

describe('round 53: a Joomla story whose <title> is a shorter form of its headline (R296)', () => {
  const page = (marked: string) =>
    '<html><head><title>UoM Hosts ELECOM 2024 - University of Mauritius</title></head><body><ul class="breadcrumb"><li>' +
    '<a href="/">Home</a></li><li itemprop="itemListElement" class="active"><span itemprop="name">UoM Hosts ELECOM 2024' +
    '</span></li></ul><div class="item-page" itemscope ' +
    `itemtype="https://schema.org/Article"><div class="page-header"><h2${marked}>UoM Hosts the 5th International ` +
    'Conference on Emerging Trends in Electrical, Electronic and Communications Engineering (ELECOM 2024)</h2></div><dl class="article-info"><dd class="published">' +
    `Published: 22 November 2024</dd></dl><div itemprop="articleBody">${EN_PARAS}</div></div><div class="latest"><ul>` +
    '<li><a href="/news/1486-uom-hosts-elecom-2024"><span itemprop="name">UoM Hosts ELECOM 2024</span></a></li></ul>' +
    '</div></body></html>';
  it('the one element schema.org marks as the headline is the headline', () => {
    expect(clip(page(' itemprop="headline"'), 'https://www.uom.ac.mu/index.php/news/elecom-2024').title).toBe(
      'UoM Hosts the 5th International Conference on Emerging Trends in Electrical, Electronic and Communications Engineering (ELECOM 2024)',
    );
  });
});

describe('round 53: a WordPress newsroom printing the time after a middle dot (R299)', () => {
  it('"May 14, 2024 · 10:02 a.m." carries its time', () => {
    expect(parseDate('Posted on: May 14, 2024 · 10:02 a.m.', 'America/Moncton')?.iso).toBe('2024-05-14T10:02:00-03:00');
  });
});

describe('round 53: Assamese university news (R297)', () => {
  it('Assamese month names, in the Bengali script with ৰ and ৱ', () => {
    expect(parseDate('প্ৰকাশৰ তাৰিখ: ১২ নৱেম্বৰ, ২০২৪', 'Asia/Kolkata')?.iso).toBe('2024-11-12');
  });
});

describe('round 53: English credits with a title, a job and an office (R296, R297, R298)', () => {
  it('a title before the name in a header line of credits is no part of it (By Dr Angela Wong)', () => {
    const page =
      '<html><head><title>YCECE Students Present Research at PECERA 2024</title></head><body><article><h1>YCECE ' +
      'Students Present Research at PECERA 2024</h1><ul class="meta"><li>By Dr Angela Wong</li><li>Published: 5 August ' +
      `2024</li></ul><div class="content">${EN_PARAS}</div></article></body></html>`;
    expect(clip(page, 'https://www.ycece.edu.hk/news/pecera-2024').byline.map((b) => b.name)).toEqual(['Angela Wong']);
  });
  it('the writer’s job and office after the name are no more names (Report: …, Public Relations Officer, …)', () => {
    const credits = parseEnglishByline('Report: Rupam Gogoi, Public Relations Officer, Dibrugarh University');
    expect(credits.map((b) => b.name)).toEqual(['Rupam Gogoi']);
  });
  it('a lower-case "edited by" inside a sentence is prose, not an editor’s credit', () => {
    const text = 'The volume Cotton at 123, edited by Dr. Smita Goswami of the Department of English, was released.';
    expect(parseEnglishByline(text)).toEqual([]);
  });
  it('guard: after a credit, a lower-case one is still a credit (Story by Ana Ruiz, photos by Ben Ode)', () => {
    expect(parseEnglishByline('Story by Ana Ruiz, photos by Ben Ode').map((b) => [b.name, b.role])).toEqual([
      ['Ana Ruiz', 'Author'],
      ['Ben Ode', 'Photo'],
    ]);
  });
  it('a "By" line opening the text credits its writer (<p><em>By Abdirahman Yusuf Ahmed</em></p>)', () => {
    const page =
      '<html><head><title>University of Hargeisa launches Master of Public Health programme</title></head><body>' +
      '<article><h1>University of Hargeisa launches Master of Public Health programme</h1><div class="meta">May 20, 2024' +
      ` / By uoh-admin</div><div class="entry-content"><p><em>By Abdirahman Yusuf Ahmed</em></p>${EN_PARAS}</div>` +
      '</article></body></html>';
    const d = clip(page, 'https://uoh.edu.so/2024/05/20/mph-programme/');
    expect(d.byline.map((b) => b.name)).toEqual(['Abdirahman Yusuf Ahmed']);
  });
});

describe('round 53: vocational and Hong Kong programmes (R296, R298)', () => {
  it('a company’s order class (订单班) is a programme students join', () => {
    expect(programsIn('学院与宁德时代共建的宁德时代订单班今年招收学生60名。', 'zh')).toEqual(['宁德时代订单班']);
  });
  it('Hong Kong’s higher diploma and honours degree courses, in Chinese and in English', () => {
    expect(programsIn('學院開辦幼兒教育榮譽學士課程及電機工程學高級文憑課程。', 'zh')).toEqual([
      '幼兒教育榮譽學士課程',
      '電機工程學高級文憑課程',
    ]);
    expect(programsIn('She completed the Higher Diploma in Early Childhood Education last year.', 'en')).toEqual([
      'Higher Diploma in Early Childhood Education',
    ]);
  });
});
