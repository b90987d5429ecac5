// Round 55 (issue #11, session 66): the classes R304-R307 failed once they became the tuning sets (they had checked
// round 54); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseDate } from '../../utils/extraction/parse-date';
import { clip, creditsAfterText, EN_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

const NOW = new Date('2026-12-08T00:00:00Z');

describe('round 55: a Macau university’s date and view counter on one line after the text, icons for labels (R307)', () => {
  it('“2024-03-18 瀏覽次數：1,286” under the text dates the story', () => {
    const para =
      '<p>澳門旅遊大學與葡萄牙埃什托里爾酒店及旅遊高等學校日前於望廈校區簽署合作協議，雙方將在學生交換、教職員互訪、聯合研究及課程發展等方面開展合作。</p>';
    const page =
      '<html><head><title>旅大與葡萄牙高校簽署合作協議 - 澳門旅遊大學</title></head><body><article><h1>旅大與葡萄牙高校簽署合作協議' +
      `</h1><div class="news-body">${para.repeat(5)}</div><div class="news-meta-bottom"><span class="date"><i ` +
      'class="icon-calendar"></i> 2024-03-18</span> <span class="views"><i class="icon-eye"></i> 瀏覽次數：1,286</span>' +
      '</div></article></body></html>';
    expect(clip(page, 'https://www.utm.edu.mo/zh-hant/news/eshte').publishedAt).toBe('2024-03-18');
  });
});

describe('round 55: WordPress’s date in a permalink to the story itself (R306)', () => {
  const page = (href: string) =>
    '<html><head><title>Sindh University inaugurates solar power plant – University of Sindh</title></head><body>' +
    '<article><h1>Sindh University inaugurates solar power plant</h1><div class="entry-meta"><span class="posted-on">' +
    `<a href="${href}" rel="bookmark"><time class="entry-date published" datetime="2024-05-20T17:48:03+05:00">May 20, ` +
    `2024</time></a></span></div><div class="entry-content">${EN_PARAS}</div></article></body></html>`;
  const url = 'https://usindh.edu.pk/sindh-university-inaugurates-solar-power-plant/';
  const detect = (html: string) =>
    detectArticle(new JSDOM(html, { url }).window.document, url, NOW, isAcademicHost).isArticle;
  it('a <time> linked to the page’s own address dates the page', () => expect(detect(page(url))).toBe(true));
  it('over the other scheme too (http:// to a page served over https)', () =>
    expect(detect(page(url.replace('https:', 'http:')))).toBe(true));
  it('guard: one linked to another page dates that page', () =>
    expect(detect(page('https://usindh.edu.pk/another-story/'))).toBe(false));
});

describe('round 55: Sindhi dates and credits (R306)', () => {
  it('Sindhi month names', () => expect(parseDate('تاريخ: 15 جنوري 2024', 'Asia/Karachi')?.iso).toBe('2024-01-15'));
});

describe('round 55: credits in Yoruba, Sindhi and Māori (R304, R306, R307)', () => {
  const credits = creditsAfterText;
  it('Yoruba Akọ̀ròyìn (reporter)', () =>
    expect(credits('<strong>Akọ̀ròyìn: Adéwálé Ògúnníyì</strong>')).toEqual([['Adéwálé Ògúnníyì', 'Author']]));
  it('Yoruba Àwòrán (picture)', () =>
    expect(credits('Àwòrán: Fúnmiláyọ̀ Àjàyí')).toEqual([['Fúnmiláyọ̀ Àjàyí', 'Photo']]));
  it('Sindhi رپورٽ (report)', () => expect(credits('رپورٽ: عبدالغفار سومرو')).toEqual([['عبدالغفار سومرو', 'Author']]));
  it('Māori Whakaahua (photo)', () => expect(credits('Whakaahua: Rāhera Pōtae')).toEqual([['Rāhera Pōtae', 'Photo']]));
});

describe('round 55: a dek in italics the page’s description paraphrases (R307, WordPress blocks)', () => {
  it('is no first line of the text', () => {
    const dek = 'More than 300 residents received blood pressure checks and diabetes screenings at the health fair.';
    const page =
      '<html><head><title>Pharmacy students bring free health screenings to Puna</title><meta property="og:description" ' +
      'content="More than 300 residents received blood pressure checks and diabetes screenings at a community health ' +
      'fair organized by student pharmacists."></head><body><article><h1>Pharmacy students bring free health screenings ' +
      `to Puna</h1><p>April 18, 2024</p><div class="entry-content"><p class="has-medium-font-size"><em>${dek}</em></p>` +
      `${EN_PARAS}</div></article></body></html>`;
    expect(clip(page).textContent.trim().startsWith('The university opened')).toBe(true);
  });
});

describe('round 55: names by their titles in Bhutan and surnames of Hakka Guangdong and the Yao (R304, R307)', () => {
  it('Aum (Mrs) before a Bhutanese name is no part of it', () => {
    const people = peopleIn(
      'The programme was led by Aum Kinzang Om, a lecturer at the college, who said it grew.',
      'en',
    );
    expect(people).toContain('Kinzang Om');
    expect(people).not.toContain('Aum Kinzang Om');
  });
  it('丘 and 盘 open names', () => {
    const text = '会上，继续教育学院院长丘志明通报了工作情况。副校长廖志军与乳源县副县长盘小燕代表双方签署协议。';
    expect(peopleIn(text, 'zh')).toEqual(expect.arrayContaining(['丘志明', '盘小燕']));
  });
});
