// Detection on pages never seen (issue #11, session 18): today's news templates, whose menus and related-story
// lists print more link text than the article, and articles in scripts other than Latin and Chinese. One authored
// page per class (no corpus page copied), each failing before its rule; the lists beside them must stay refused.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';

const NOW = new Date('2026-11-23');
const detect = (head: string, body: string, url: string) =>
  detectArticle(
    new JSDOM(`<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body>${body}</body></html>`, { url })
      .window.document,
    url,
    NOW,
    isAcademicHost,
  );

const EN_PARA =
  '<p>The new laboratory gives students from several departments a place to test their designs, and staff said the first projects would start in the autumn.</p>';
const EN_ARTICLE = EN_PARA.repeat(5);
// A theme's menus, footer links and related stories: more link text than the article holds (not in <nav>).
const MENUS = `<div class="menu">${Array.from({ length: 60 }, (_, i) => `<a href="/s/${i}">Section link ${i}</a>`).join(' ')}</div>`;
const RELATED = `<div class="related">${Array.from({ length: 20 }, (_, i) => `<a href="/n/${i}">Another story from the campus news desk ${i}</a>`).join(' ')}</div>`;
const EDU = 'https://news.example.edu/stories/new-laboratory';

describe('today’s news templates: menus and related stories outweigh the article', () => {
  const page = (head: string, article = EN_ARTICLE) =>
    detect(
      `<title>New laboratory opens - Example University</title>${head}`,
      `${MENUS}<h1>New laboratory opens</h1>${article}${RELATED}`,
      EDU,
    );
  it('og:type article: an article, though its links outweigh its prose', () =>
    expect(page('<meta property="og:type" content="article">')).toEqual({ isArticle: true, reasons: ['og:type'] }));
  it('a schema.org type in a JSON-LD list ("@type": ["NewsArticle"]): an article', () =>
    expect(
      page('<script type="application/ld+json">{"@context":"https://schema.org","@type":["NewsArticle"]}</script>')
        .isArticle,
    ).toBe(true));
  it('the same page declaring nothing is still refused as mostly links', () =>
    expect(page('').reasons).toEqual(['mostly links']));
  it('a declared article holding a paragraph or two (a video page, a teaser) is still refused', () =>
    expect(page('<meta property="og:type" content="article">', EN_PARA.repeat(2)).reasons).toEqual(['mostly links']));
  it('a CMS stamping og:type article on its list pages: the list is still a list', () => {
    const items = Array.from(
      { length: 8 },
      (_, i) => `<div><a href="/n/${i}">Story ${i} about the campus</a></div><div>May ${i + 3}, 2024</div>${EN_PARA}`,
    ).join('');
    expect(
      detect(
        '<title>Campus News - Example University</title><meta property="og:type" content="article">',
        `${MENUS}<h1>Campus News</h1>${items}${RELATED}`,
        'https://news.example.edu/campus-news/page/2',
      ).reasons,
    ).toEqual(['a list']);
  });
});

// A news paragraph as Korean sites print it (60+ characters: shorter blocks are not where a lead-in is read).
const KO_PARA =
  '<p>예시대학교는 지난 12일 공과대학 건물에서 새로운 연구소 개소식을 열었습니다. 학생들과 교수들이 함께 인공지능과 에너지 분야의 연구를 진행할 예정입니다. 연구소는 지역 사회 및 기업과 협력할 계획입니다.</p>';
const RU_PARA =
  '<p>Университет открыл новую лабораторию. Студенты и преподаватели будут работать вместе над проектами. Первые результаты ожидаются осенью.</p>';

describe('articles in other scripts hold prose', () => {
  it('Korean university news (.ac.kr): a date under the headline, Hangul sentences', () =>
    expect(
      detect(
        '<title>새 연구소 개소 - 예시대학교</title>',
        `<h1>새 연구소 개소</h1><div>2024.05.12</div>${KO_PARA.repeat(4)}`,
        'https://www.example.ac.kr/news/view/123',
      ).isArticle,
    ).toBe(true));
  it('Russian university news: a date under the headline, Cyrillic sentences', () =>
    expect(
      detect(
        '<title>Новая лаборатория открыта</title>',
        `<h1>Новая лаборатория открыта</h1><div>12.05.2024</div>${RU_PARA.repeat(4)}`,
        'https://news.example.edu/ru/lab',
      ).isArticle,
    ).toBe(true));
  it('a Korean page of links and short labels is still little prose', () =>
    expect(
      detect(
        '<title>학과 소개</title>',
        `<h1>학과 소개</h1>${'<div>교육과정 안내</div><div>입학 안내</div>'.repeat(10)}`,
        'https://www.example.ac.kr/dept/intro',
      ).reasons,
    ).toEqual(['little prose']));
});

describe('view counters in other languages (read as utils/extraction/view-counter.ts reads them)', () => {
  it('a Spanish article printing only "4.433 lecturas" under its headline', () =>
    expect(
      detect(
        '<title>Nuevo laboratorio</title>',
        `<h1>Nuevo laboratorio</h1><div>4.433 lecturas</div>${EN_ARTICLE}`,
        'https://www.example.edu.co/noticias/laboratorio',
      ),
    ).toEqual({ isArticle: true, reasons: ['view counter'] }));
  it('a German article printing only "Aufrufe: 57"', () =>
    expect(
      detect(
        '<title>Neues Labor</title>',
        `<h1>Neues Labor</h1><div>Aufrufe: 57</div>${EN_ARTICLE}`,
        'https://www.example.edu/de/labor',
      ).isArticle,
    ).toBe(true));
  it('a Korean board list, 조회 a column over every row’s count: a list, not an article', () => {
    const rows = Array.from(
      { length: 8 },
      (_, i) =>
        `<tr><td>${20 - i}</td><td><a href="/b/${i}">공지 ${i}</a></td><td>관리자</td><td>2024.05.${10 + i}</td><td>${100 + i}</td></tr>`,
    ).join('');
    expect(
      detect(
        '<title>공지사항 - 예시대학교</title>',
        `<h1>공지사항</h1>${KO_PARA.repeat(3)}<table><tr><th>번호</th><th>제목</th><th>작성자</th><th>작성일</th><th>조회</th></tr>${rows}</table>`,
        'https://www.example.ac.kr/board/notice',
      ).reasons,
    ).toEqual(['a list']);
  });
});

// Session 20, learned from the off-campus tuning pages: wire stories and sports briefs of 380-480 characters.
describe('a short article declaring itself one, among a portal’s menus (wire stories, sports briefs)', () => {
  const page = (paras: number) =>
    detect(
      '<title>New laboratory opens - Example University</title><meta property="og:type" content="article">',
      `${MENUS}<h1>New laboratory opens</h1>${EN_PARA.repeat(paras)}${RELATED}`,
      EDU,
    );
  it('three paragraphs (about 400 characters of prose) under og:type article: an article', () =>
    expect(page(3)).toEqual({ isArticle: true, reasons: ['og:type'] }));
  it('two paragraphs (a teaser, a video page) stay refused as mostly links', () =>
    expect(page(2).reasons).toEqual(['mostly links']));
});
