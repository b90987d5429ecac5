// Session 19 (issue #11): date rules for classes of page never seen, each on a small authored snippet named after
// the class it serves (continues unseen-page-dates.test.ts and unseen-page-languages.test.ts).
import { describe, expect, it } from 'vitest';
import { EN_BODY, clip } from './unseen-page-snippets';

const page = (headline: string, line: string, url?: string) =>
  clip(`<title>${headline}</title><h1>${headline}</h1><p>${line}</p>${EN_BODY}`, url).publishedAt;

describe('news in more languages that print a month name after the day', () => {
  it.each([
    ['Russian (genitive)', 'Университет открыл центр', '12 мая 2024 г.', '2024-05-12'],
    ['Ukrainian', 'Університет відкрив центр', '12 травня 2024', '2024-05-12'],
    ['Bulgarian', 'Университетът откри център', '12 май 2024', '2024-05-12'],
    ['Polish (genitive)', 'Uniwersytet otworzył centrum', '12 maja 2024', '2024-05-12'],
    ['Czech', 'Univerzita otevřela centrum', '12. května 2024', '2024-05-12'],
    ['Swedish', 'Universitetet öppnade ett centrum', '12 maj 2024', '2024-05-12'],
    ['Danish', 'Universitetet åbnede et center', '3. marts 2024', '2024-03-03'],
    ['Finnish', 'Yliopisto avasi keskuksen', '12. toukokuuta 2024', '2024-05-12'],
    ['Turkish', 'Üniversite yeni merkez açtı', '12 Mayıs 2024', '2024-05-12'],
    ['Indonesian', 'Universitas membuka pusat baru', '12 Desember 2023', '2023-12-12'],
    ['Romanian', 'Universitatea deschide un centru', '12 noiembrie 2023', '2023-11-12'],
    ['Catalan', 'La universitat obre un centre', "12 d'abril de 2024", '2024-04-12'],
    ['Greek', 'Το πανεπιστήμιο άνοιξε κέντρο', '12 Μαΐου 2024', '2024-05-12'],
    ['Arabic', 'الجامعة تفتتح مركزا جديدا', '12 مايو 2024', '2024-05-12'],
    ['Hindi', 'विश्वविद्यालय ने नया केंद्र खोला', '12 मई 2024', '2024-05-12'],
  ])('%s', (_n, headline, line, want) => expect(page(headline, line)).toBe(want));
});

describe('news in languages that print the year first', () => {
  it.each([
    ['Hungarian', 'Az egyetem új központot nyitott', '2024. május 12.', '2024-05-12'],
    ['Lithuanian', 'Universitetas atidarė centrą', '2024 m. gegužės 12 d.', '2024-05-12'],
    ['Korean', '대학에서 새로운 연구 센터를 열었다', '2024년 5월 12일', '2024-05-12'],
    ['Vietnamese', 'Trường mở trung tâm mới', 'ngày 12 tháng 5 năm 2024', '2024-05-12'],
  ])('%s', (_n, headline, line, want) => expect(page(headline, line)).toBe(want));
  it('Japanese era years (令和, 平成, 元年)', () => {
    const url = 'https://www.example.ac.jp/news/1';
    expect(page('新センター開設', '令和6年5月12日', url)).toBe('2024-05-12');
    expect(page('新センター開設', '令和元年5月1日', url)).toBe('2019-05-01');
    expect(page('新センター開設', '平成31年4月30日', url)).toBe('2019-04-30');
  });
  it('a Korean year and month alone still names no day', () =>
    expect(page('대학에서 새로운 연구 센터를 열었다', '2024년 5월 소식')).toBeNull());
});

describe('old pages: "13-Mar-2001" (server listings and "Last modified" lines)', () => {
  it('day, month abbreviation and year joined by hyphens', () =>
    expect(page('Senate Meets', 'Last modified: 13-Mar-2001')).toBe('2001-03-13'));
});

// Measured and not kept (session 19, docs/extraction.md): publication labels of other languages (Publié le,
// Veröffentlicht am, 입력 …) and more meta names, JSON-LD dateCreated and hAtom. Neither moved a tuning or check row;
// the labels cost six tuning pages their markup's time of day (a printed date with no time, or a Korean time told in
// UTC, took the place of the meta tag's). Known misses:
describe('not kept: other languages’ labels and publishers’ markup', () => {
  const T = '<title>Neues Zentrum eröffnet</title><h1>Neues Zentrum eröffnet</h1>';
  // Session 27: read after the body only (date-labels.ts), where only a labelled date counts.
  it('"Veröffentlicht am …" after the body (a German blog footer)', () =>
    expect(clip(`${T}${EN_BODY}<p>Veröffentlicht am 12.05.2024</p>`, 'https://blog.example.org/p/1').publishedAt).toBe(
      '2024-05-12',
    ));
  // Session 27 read coined names saying published and date or time; it lifted tuning only and was dropped again.
  it.fails('meta date_published', () =>
    expect(
      clip(`<meta name="date_published" content="2024-05-12">${T}${EN_BODY}`, 'https://www.example.org/s').publishedAt,
    ).toBe('2024-05-12'),
  );
});

describe('dates in the URL', () => {
  const T = '<title>New Centre Opens</title><h1>New Centre Opens</h1>';
  it.each([
    ['the month named (/2024/may/12/)', 'https://www.example.org/news/2024/may/12/centre-opens', '2024-05-12'],
    ['a file named by its day (/20240512.html)', 'https://www.example.org/news/20240512.html', '2024-05-12'],
  ])('%s', (_n, url, want) => {
    const d = clip(`${T}${EN_BODY}`, url);
    expect(d.publishedAt).toBe(want);
    expect(d.provenance?.publishedAt).toEqual({ kind: 'url' });
  });
});
