import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { counterOnly, parseViews, viewCounterNear } from '../../utils/extraction/view-counter';

// One block per language class: the words sites print beside the count, either side, with that language's separators.
describe('view counters in every language (issue #11)', () => {
  it.each([
    ['Simplified Chinese', '日期：2021-04-08 23:00 浏览次数：9906', 9906],
    ['Simplified Chinese, count then word', '2021-04-08 · 1,024次浏览', 1024],
    ['Simplified Chinese, 万', '阅读 1.2万', 12000],
    ['Traditional Chinese', '發佈日期：2024-05-12 瀏覽次數：1,234', 1234],
    ['Traditional Chinese 點閱', '點閱：88', 88],
    ['Traditional Chinese 人氣', '人氣：3456', 3456],
    ['Traditional Chinese 觀看次數', '觀看次數 120', 120],
    ['Japanese 閲覧数', '2024年5月12日 閲覧数：321', 321],
    ['Japanese 閲覧回数', '閲覧回数 1,024回', 1024],
    ['Japanese PV', '掲載日 2024.05.12 | 1,024 PV', 1024],
    ['Korean 조회수', '작성일 2024.05.12 조회수 1,234', 1234],
    ['Korean 조회', '등록일 2024-05-12 | 조회 57', 57],
    ['Russian label', 'Опубликовано 12.05.2024 Просмотров: 1 234', 1234],
    ['Russian count', '12 мая 2024, 1\u00a0234 просмотра', 1234],
    ['Ukrainian', '12.05.2024 | Переглядів: 845', 845],
    ['German Aufrufe', '12.05.2024 · 1.234 Aufrufe', 1234],
    ['German Zugriffe', 'Zugriffe: 57', 57],
    ['German gelesen', '12. Mai 2024 – 312 mal gelesen', 312],
    ['French vues', 'Publié le 12 mai 2024 · 1 234 vues', 1234],
    ['French lectures', 'Lectures : 88', 88],
    ['French lu … fois', 'Lu 1 024 fois', 1024],
    ['Spanish visitas', '12 de mayo de 2024 | Visitas: 1.234', 1234],
    ['Spanish lecturas', '4433 lecturas', 4433],
    ['Portuguese visualizações', '12/05/2024 - 1.024 visualizações', 1024],
    ['Portuguese leituras', 'Leituras: 77', 77],
    ['Italian visite', 'Visite: 1.234', 1234],
    ['Italian letture', '12 maggio 2024 - 512 letture', 512],
    ['Polish wyświetleń', '12.05.2024 Wyświetleń: 1 234', 1234],
    ['Polish odsłon', '2 345 odsłon', 2345],
    ['Turkish okunma', '12.05.2024 | Okunma: 1.234', 1234],
    ['Turkish görüntülenme', '845 görüntülenme', 845],
    ['Vietnamese', 'Ngày đăng: 12/05/2024 | Lượt xem: 1.234', 1234],
    ['Vietnamese, decomposed accents', '1.234 lu\u031bo\u031b\u0323t xem'.normalize('NFD'), 1234],
    ['Indonesian dilihat', '12 Mei 2024 | Dilihat: 1.234 kali', 1234],
    ['Indonesian count first', '345 kali dibaca', 345],
    ['Arabic label', 'عدد المشاهدات: 1,234', 1234],
    ['Arabic count, Arabic-Indic digits', '١٬٢٣٤ مشاهدة', 1234],
    ['English Views', 'Views: 1,024', 1024],
    ['English count first', 'May 12, 2024 · 3,210 views', 3210],
    ['English read … times', 'Read 1,234 times', 1234],
    ['English Hits', 'Posted 2024-05-12 | Hits: 12', 12],
    ['Swiss apostrophe', "Aufrufe: 12'345", 12345],
  ])('%s: %s → %s', (_cls, text, n) => expect(parseViews(text)).toBe(n));
});

describe('what is not a view counter', () => {
  it.each([
    ['a date after the label', '浏览 2021-04-08'],
    ['a year after a label without colon', 'Visite 2023'],
    ['a date before the word', '2021-04-08 views'],
    ['a comment count', '0 comments'],
    ['comments with a colon', 'Comments: 3'],
    ['a reading time', '阅读约 3 分钟'],
    ['a reading time in English', '5 min read'],
    ['a click-through rate', '点击率 12%'],
    ['a year in Chinese', '阅读 2024年5月'],
    ['a time', 'Views 10:30'],
    ['a label inside a longer word', 'Previews 12'],
    ['a date label alone', '发布时间：2021-07-16'],
  ])('%s: %s', (_cls, text) => expect(parseViews(text)).toBeNull());

  it('keeps the count beside a comment count', () => {
    expect(parseViews('0 comments · 1,234 views')).toBe(1234);
    expect(parseViews('Kommentare: 0 | Aufrufe: 57')).toBe(57);
  });
  it('reads a label with a colon before a count that looks like a year', () => {
    expect(parseViews('Views: 2021')).toBe(2021);
  });
});

describe('counterOnly: an element that is a counter and nothing else', () => {
  it.each([
    ['4433 lecturas', 4433],
    ['57 Aufrufe', 57],
    ['1 view', 1],
    ['조회 12', 12],
    ['1,234 просмотров', 1234],
  ])('%s → %s', (text, n) => expect(counterOnly(text)).toBe(n));
  it.each(['4433 lecturas y comentarios', 'Visto en 2024', 'Read more'])('%s → null', (text) =>
    expect(counterOnly(text)).toBeNull(),
  );
});

describe('viewCounterNear (a counter in its own element under the text)', () => {
  const doc = (html: string) => new JSDOM(html).window.document;
  it('reads a Korean board counter in its own cell near the headline', () => {
    const d = doc('<div><h1>공지</h1><p>본문입니다.</p><span>조회 1,234</span></div>');
    expect(viewCounterNear(d.querySelector('h1'))).toBe(1234);
  });
  it('says nothing where a container holds several counters (a list)', () => {
    const d = doc('<ul><li><h3>a</h3><span>12 views</span></li><li><span>30 views</span></li></ul>');
    expect(viewCounterNear(d.querySelector('li > h3'))).toBe(12);
    const e = doc('<div><h1>t</h1></div><div><span>12 views</span><span>30 views</span></div>');
    expect(viewCounterNear(e.querySelector('h1'))).toBeNull();
  });
});

describe('extractArticle: the counter of the article, not of the item above it (news lists over the article)', () => {
  it('reads the counter under the text, not the one closing the teaser printed above the headline', async () => {
    const { extractArticle } = await import('../../utils/extraction/extract-article');
    const para =
      'El alcalde anunció hoy un nuevo plan de movilidad para la ciudad, que empezará a regir el lunes. '.repeat(4);
    const html = `<html lang="es"><body><main>
      <ul><li><a href="/otra">Otra noticia de ayer</a></li><li><span>90165 lecturas</span></li></ul>
      <article><h1>Nuevo plan de movilidad</h1><p>${para}</p><p>${para}</p>
      <ul><li><span>4433 lecturas</span></li></ul></article></main></body></html>`;
    const { window } = new JSDOM(html, { url: 'https://www.example.com.co/noticias/plan' });
    const r = extractArticle(
      window.document,
      'https://www.example.com.co/noticias/plan',
      new Date('2026-11-23'),
      window as unknown as Window,
    );
    expect(r.ok && r.draft.views).toBe(4433);
  });
});
