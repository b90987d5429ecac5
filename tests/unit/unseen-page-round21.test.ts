// Round 21 (issue #11, session 52): the classes R148-R151 failed once they became the tuning sets (they had checked
// round 20); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseByline } from '../../utils/extraction/meta-line';
import { captionCredit } from '../../utils/extraction/photo-captions';
import { peopleIn } from './entity-kinds';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

/** An Armenian paragraph: its sentences end with ։ (U+0589), and it holds no comma. */
const HY_PARA =
  '<p>Մայիսի 13-ին համալսարանի գիտական խորհրդի դահլիճում տեղի ունեցավ երիտասարդ հետազոտողների դրամաշնորհային ծրագրի հաղթողների պարգևատրման արարողությունը։ Ծրագիրը նպատակ ունի աջակցել երիտասարդ գիտաշխատողների ինքնուրույն հետազոտություններին։</p>';

describe('round 21: detection of Armenian news and of South Asian degree pages', () => {
  it('prose whose sentences end with the Armenian full stop, dated above the headline', () => {
    const html =
      '<title>Ամփոփվեցին ծրագրի արդյունքները</title><body><article><div class="meta"><span>14.05.2024 | 17:20</span></div>' +
      `<h1>Ամփոփվեցին ծրագրի արդյունքները</h1>${HY_PARA.repeat(4)}</article></body>`;
    expect(detect(html, 'https://www.ysu.am/hy/1715697721').isArticle).toBe(true);
  });
  it('guard: a BS programme’s page is no news, whatever its og:type says', () => {
    const html =
      '<title>BS Artificial Intelligence - NUST</title><meta property="og:type" content="article"><body><main>' +
      `<h1>BS Artificial Intelligence</h1>${EN_PARAS}</main></body>`;
    expect(detect(html, 'https://nust.edu.pk/programs/bs-artificial-intelligence/').isArticle).toBe(false);
  });
});

describe('round 21: dates and credits of Canadian, American and Armenian story templates', () => {
  it('a month from the address is refined by the day printed alone after the text', () => {
    const html =
      '<title>Students bring housing ideas to council</title><main><h1>Students bring housing ideas to council</h1>' +
      `<div class="story-body">${EN_PARAS}</div><div class="story-meta"><p class="story-date">April 10, 2024</p></div></main>`;
    expect(clip(html, 'https://www.sfu.ca/sfunews/stories/2024/04/housing-ideas.html').publishedAt).toBe('2024-04-10');
  });
  it('"Story by" and "Photography by" over the text are credits, not its first words', () => {
    const html =
      '<title>Temple expands free summer coding academy</title><main><article><div class="news-article__header">' +
      '<h1>Temple expands free summer coding academy</h1><p class="summary">A gift will allow the academy to enroll 100 students.</p>' +
      '<div class="credits"><p>Story by Alexis Brandt</p><p>Photography by Chris Delacroix</p><p>February 20, 2024</p></div></div>' +
      '<figure><img src="a.jpg"><figcaption>Students present their final projects.</figcaption></figure>' +
      `<div class="news-article__body">${EN_PARAS}</div></article></main>`;
    const d = clip(html, 'https://news.temple.edu/news/2024-02-20/coding-academy');
    expect(d.byline.map((b) => b.name)).toEqual(['Alexis Brandt', 'Chris Delacroix']);
    expect(d.textContent).toMatch(/^The /);
  });
  it('a photo label with a slash before the name, and a label in capitals', () => {
    expect(
      captionCredit(
        'A student examines a turbine component during a co-op rotation. Photo/Dana Whitmore/UC Marketing + Brand',
      ),
    ).toEqual({ photographer: 'Dana Whitmore' });
    expect(parseByline('WRITTEN BY: Jillian Mercer')).toEqual([{ name: 'Jillian Mercer', role: 'Author' }]);
  });
  it('an Armenian author label, closed by ՝', () => {
    expect(parseByline('Հեղինակ՝ Լիլիթ Գրիգորյան')).toEqual([{ name: 'Լիլիթ Գրիգորյան', role: 'Author' }]);
  });
});

describe('round 21: people in Yunnan’s, Sichuan’s, Pingtung’s and India’s university news', () => {
  it('names before a thanks, a choice, a joint work, a lead; growers and a chief; Shri', () => {
    const zh =
      '霧臺國小校長杜德昌感謝屏大師生長期陪伴。地理科学学院硕士毕业生邓浩然选择加入西部计划。由药学专业学生黄思琪、临床药学专业学生程宇轩共同完成。' +
      '在护理学院院长林英的带领下宣读誓词。种植户王国富说：“以前看到虫子就打药。”太巴塱部落頭目黃金水表示，年輕一代離鄉工作。';
    expect(peopleIn(zh, 'zh')).toEqual(['林英', '杜德昌', '王国富', '程宇轩', '邓浩然', '黃金水', '黄思琪'].sort());
    const en = 'The agreement was signed by Shri Rakesh Tiwari, Chief Engineer. Shri Rakesh Tiwari said it matters.';
    expect(peopleIn(en, 'en')).toEqual(['Rakesh Tiwari']);
  });
  it('guard: 则 and 即 after a name open its clause; 为共同通讯作者 is "is co-author"', () => {
    const text =
      '肖强教授则提醒同学们重视数据管理。《三国志》作者陈寿即为南充人。陈立峰教授和副研究员高晟为共同通讯作者。';
    const found = peopleIn(text, 'zh');
    expect(found.filter((n) => /则|即|晟为/u.test(n))).toEqual([]);
    expect(found).toContain('高晟');
  });
});
