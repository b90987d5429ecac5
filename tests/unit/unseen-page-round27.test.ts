// Round 27 (issue #11, session 54): the classes R172-R175 failed once they became the tuning sets (they had checked
// round 26); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { notArticleAddress } from '../../utils/detection/page-kind';
import { parseByline } from '../../utils/extraction/meta-line';
import { peopleIn } from './entity-kinds';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);
const address = (url: string) => notArticleAddress(new URL(url));

describe('round 27: detection on Nigeria’s and Sri Lanka’s hosts and dated press-release folders', () => {
  it('edu.ng, ac.lk and edu.lk are academic suffixes', () => {
    expect(['www.unn.edu.ng', 'news.pdn.ac.lk', 'www.sjp.edu.lk'].map(isAcademicHost)).toEqual([true, true, true]);
  });
  it('guard: a commercial .ng or .lk host is not', () => {
    expect(['www.punchng.com.ng', 'www.dailymirror.lk'].map(isAcademicHost)).toEqual([false, false]);
  });
  it('a folder named by its date holds the story’s index.html', () => {
    expect(address('https://www.sfu.edu.hk/tc/media/press-releases/2025/20250703/index.html')).toBeNull();
  });
  it('guard: a section’s own index.html is a list', () => {
    expect(address('https://www.sfu.edu.hk/tc/media/press-releases/index.html')).toBe('home or list');
  });
});

describe('round 27: a staff profile’s publication list (Taiwan’s RPage department sites)', () => {
  const profile = (citation: string) =>
    '<title>李承翰 教授 - 資訊工程學系</title><body><main><h2>李承翰 教授</h2><p>職稱 教授兼系主任</p>' +
    `<p>研究專長 無線感測網路、邊緣運算</p><h3>近期著作</h3><ul><li>${citation}</li><li>${citation}</li><li>${citation}</li></ul></main></body>`;
  it('a cited paper’s volume and number are no issue line', () => {
    const cited =
      'C.-H. Lee, Y.-T. Wu, and P.-J. Lin, “Energy-aware task offloading for LoRa-based agricultural sensing,” IEEE Internet of Things Journal, vol. 11, no. 4, 2024.';
    expect(detect(profile(cited), 'https://www.csie.ndhu.edu.tw/p/405-1058-18532,c1961.php').isArticle).toBe(false);
  });
  it('guard: a magazine’s own issue line still dates its story', () => {
    const html =
      '<title>Campus wins award</title><body><main><p>Volume 121, Number 11</p><h1>Campus wins award</h1>' +
      `${EN_PARAS}</main></body>`;
    expect(detect(html, 'https://www.tech.example.edu/V121/N11/award.html').isArticle).toBe(true);
  });
});

describe('round 27: names and credits on mainland universities’ English pages (surnames in capitals)', () => {
  it('a pinyin given name before a surname in capitals is a person', () => {
    const text =
      'Team leader Jiayi HUANG, a third-year biology student, said it. The team was supervised by Associate Professor ' +
      'Hao ZHOU and Assistant Professor Mei-Ling CHEN from the School of Life Sciences.';
    expect(peopleIn(text, 'en')).toEqual(['Hao ZHOU', 'Jiayi HUANG', 'Mei-Ling CHEN']);
  });
  it('guard: an English word before capitals is no given name (Team MA, NASA HE)', () => {
    expect(peopleIn('The Team MA programme met NASA HE staff on Monday.', 'en')).toEqual([]);
  });
  it('a byline’s surname in capitals right after the given name', () => {
    expect(parseByline('2024, 11-05 By Wenjing SONG')).toEqual([{ name: 'Wenjing SONG', role: 'Author' }]);
  });
  it('guard: an acronym after a full name is still its unit', () => {
    expect(parseByline('By Hannah Oduya UW News')).toEqual([{ name: 'Hannah Oduya', role: 'Author' }]);
  });
  it('a release time’s label ends the editor’s name', () => {
    expect(parseByline('Edited by:Lin Yuwei\u00a0\u00a0\u00a0\u00a0Release Time:2024/08/26')).toEqual([
      { name: 'Lin Yuwei', role: 'Editor' },
    ]);
  });
});

describe('round 27: credits of Macau’s college pages', () => {
  it('a full-width bar between two labelled credits', () => {
    expect(parseByline('文：陳曉彤｜攝影：黃俊傑')).toEqual([
      { name: '陳曉彤', role: '文字' },
      { name: '黃俊傑', role: '攝影' },
    ]);
  });
});
