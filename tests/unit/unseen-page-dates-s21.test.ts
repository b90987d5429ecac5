// Session 21 (issue #11): date and detection rules for classes of page never seen, each on a small authored snippet
// named after the class it serves (continues unseen-page-dates-more.test.ts).
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { detectArticle } from '../../utils/detection/detect-article';
import { EN_BODY, clip } from './unseen-page-snippets';

const NOW_DETECT = new Date('2026-11-23');

const page = (headline: string, line: string, url?: string) =>
  clip(`<title>${headline}</title><h1>${headline}</h1><p>${line}</p>${EN_BODY}`, url).publishedAt;

describe('news that abbreviates a day-first month name ("3 févr. 2020", "12 ago. 2021", "3. Feb. 2020")', () => {
  it.each([
    ['French', 'Un nouveau centre ouvre', '3 févr. 2020', '2020-02-03'],
    ['French, July', 'Un nouveau centre ouvre', 'Publié le 14 juil. 2021', '2021-07-14'],
    ['Spanish', 'La universidad abre un centro', '12 ago. 2021', '2021-08-12'],
    ['Spanish, December', 'La universidad abre un centro', '5 dic 2019', '2019-12-05'],
    ['Italian', "L'università apre un centro", '5 mag 2020', '2020-05-05'],
    ['Portuguese', 'A universidade abre um centro', '7 out. 2022', '2022-10-07'],
    ['German, day with a full stop', 'Neues Zentrum eröffnet', '3. Feb. 2020', '2020-02-03'],
    ['German, October', 'Neues Zentrum eröffnet', '5. Okt. 2019', '2019-10-05'],
    ['Dutch, March', 'Nieuw centrum geopend', '12 mrt 2024', '2024-03-12'],
  ])('%s', (_n, headline, line, want) => expect(page(headline, line)).toBe(want));
  it('an abbreviation with no year after it names no date', () =>
    expect(page('Un nouveau centre ouvre', 'Le 3 févr. à Paris')).toBeNull());
});

// Measured and not kept (session 21, docs/extraction.md): "05-09-2019", the slash reading with hyphens (kept since
// session 52, below), an ordinal
// day ("1er"), and the abbreviations of Polish, Turkish, Indonesian, Russian and Greek moved no tuning or check page beyond the
// abbreviations above. Known misses:
describe('not kept: day and month joined by hyphens, ordinal days, abbreviations of more languages', () => {
  it.fails('"1er septembre 2019" (an ordinal day) is 1 September', () =>
    expect(page('Un nouveau centre ouvre', '1er septembre 2019')).toBe('2019-09-01'),
  );
  it.fails('"5 wrz 2019" (Polish) is 5 September', () =>
    expect(page('Nowe centrum otwarte', '5 wrz 2019')).toBe('2019-09-05'),
  );
  it.fails('"5 сент. 2019" (Russian) is 5 September', () =>
    expect(page('Университет открыл центр', '5 сент. 2019')).toBe('2019-09-05'),
  );
  // Kept since (session 52, R144: a US template's 05-08-2024 before its meta tag's update date).
  it('"05-09-2019" on a French page is 5 September', () =>
    expect(
      clip(
        `<html lang="fr"><title>Un centre ouvre</title><h1>Un centre ouvre</h1><p>05-09-2019</p>${EN_BODY}`,
        'https://www.example.fr/x',
      ).publishedAt,
    ).toBe('2019-09-05'));
});

// Measured and not kept (session 21): a Chinese portal's headline followed by "date 来源:" under menus twice the
// text lifted two tuning pages and no check page past the host gate (fitting). Known miss:
describe('not kept: detection of a headline followed by its date and source under heavy menus', () => {
  const menus = Array.from({ length: 40 }, (_, i) => `<a href="/c/${i}">频道导航栏目链接第${i}项</a>`).join(' ');
  const para =
    '<p>今天下午，未来科学大奖获奖名单在北京公布，三位科学家分别获得生命科学奖、物质科学奖和数学与计算机科学奖，每个奖项奖金一百万美元。</p>';
  const html = `<title>未来科学大奖揭晓 首位获奖女性科学家</title><div>${menus}</div><h1>未来科学大奖揭晓 首位获奖女性科学家</h1><div>2019-09-08 00:20:15 来源: 新闻中心</div>${para.repeat(9)}<div>${menus}</div>`;
  it.fails('a portal article with no og:type is called an article', () => {
    const url = 'https://news.example.edu.cn/2019/0908/a1.html';
    expect(detectArticle(new JSDOM(html, { url }).window.document, url, NOW_DETECT).isArticle).toBe(true);
  });
});
