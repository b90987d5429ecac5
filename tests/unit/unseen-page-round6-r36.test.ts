// Detection and fields on the classes review sets R36 and R37 found failing (issue #11, session 39, round 6, checked
// on R38–R41): each describe named after the page class it serves, rules with guards.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { readWalk } from '../../utils/detection/page-walk';
import { readMetadata } from '../../utils/detection/page-metadata';
import { isDetectorFacts } from '../../utils/platform/protocol';

const NOW = new Date('2026-11-28');
const doc = (html: string, url: string) => new JSDOM(`<!DOCTYPE html>${html}`, { url }).window.document;
const detect = (html: string, url: string) => detectArticle(doc(html, url), url, NOW, isAcademicHost);

// Paragraphs of a college report, long enough to be prose blocks of their own.
const ZH_LONG = (
  '<p>7月下旬，化工学院研究生暑期社会实践团一行12人赴内蒙古鄂尔多斯开展为期10天的调研，走进企业车间、园区管委会和科研院所，' +
  '围绕煤化工产业绿色低碳转型这一主题，用脚步丈量产业发展的脉搏。</p>'
).repeat(6);
const SIDEBAR = (key: string, value: string) =>
  `<aside role="complementary"><h2>Story details</h2><dl><dt>${key}</dt><dd>${value}</dd>` +
  `<dt>Written by</dt><dd>Lauren Whitaker</dd></dl></aside>`;
const STORY = (title: string, paras: string, aside: string) =>
  `<title>${title}</title><main><article><h1>${title}</h1>${paras}</article>${aside}</main>`;

describe('a story’s details in a sidebar (Drupal and Next.js news templates: <dt>Date published</dt>)', () => {
  const url = 'https://news.example.edu/news/team-wins-prize';
  it('the only publication date of the page, in a sidebar’s key–value list: an article, and its date', () => {
    const html = STORY('Team wins prize', EN_PARAS, SIDEBAR('Date published', 'April 30, 2024'));
    expect(detect(html, url)).toEqual({ isArticle: true, reasons: ['publication line after the body'] });
    expect(clip(html, url).publishedAt).toBe('2024-04-30');
  });
  it('发布日期 with a <time> in the value', () => {
    const html = STORY(
      '签约仪式',
      ZH_PARAS,
      SIDEBAR('发布日期', '<time datetime="2024-06-03T09:00:00+08:00">2024-06-03</time>'),
    );
    expect(detect(html, 'https://chem.example.edu.cn/article/1876').isArticle).toBe(true);
    expect(clip(html, 'https://chem.example.edu.cn/article/1876').publishedAt).toBe('2024-06-03');
  });
  it('guards: a bare “Date” key (an event’s) and one pair per item (a list) are no story’s date', () => {
    expect(detect(STORY('Open day', EN_PARAS, SIDEBAR('Date', 'April 30, 2024')), url).isArticle).toBe(false);
    const items = [1, 2, 3].map((d) => `<dl><dt>Published</dt><dd>April ${d}, 2024</dd></dl>`).join('');
    expect(detect(STORY('Stories', EN_PARAS, `<aside>${items}</aside>`), url).isArticle).toBe(false);
  });
  it('what the detector returns for such a page passes the background’s shape check (keys marked)', () => {
    const d = doc(STORY('Team wins prize', EN_PARAS, SIDEBAR('Date published', 'April 30, 2024')), url);
    const facts = { href: url, title: d.title, walk: readWalk(d), meta: readMetadata(d) };
    expect(facts.walk.blocks.some((b) => b.key)).toBe(true);
    expect(isDetectorFacts(facts)).toBe(true);
    const forged = { ...facts, walk: { ...facts.walk, blocks: [{ text: 'x', furniture: false, key: 'yes' }] } };
    expect(isDetectorFacts(forged)).toBe(false);
  });
});

describe('a college site’s meta line after the text (VSB: 日期 … 供稿 … 阅读 under the article)', () => {
  it('a labelled date with a view counter after the body makes an article', () => {
    const html =
      `<title>扎根一线</title><div class="detail"><h1>扎根一线</h1><div id="vsb_content">${ZH_LONG}</div>` +
      `<div class="detail-info"><span>日期：2024年08月05日 16:20</span><span>供稿：研工办</span><span>阅读：648</span></div></div>`;
    expect(detect(html, 'https://chemeng.example.edu.cn/info/1047/6012.htm')).toEqual({
      isArticle: true,
      reasons: ['publication line after the body'],
    });
  });
  it('guard: a bare 日期 line after the body (no counter, no publication label) is not enough', () => {
    const html =
      `<title>扎根一线</title><div class="detail"><h1>扎根一线</h1><div id="vsb_content">${ZH_LONG}</div>` +
      `<div class="detail-info"><span>日期：2024年08月05日</span></div></div>`;
    expect(detect(html, 'https://chemeng.example.edu.cn/info/1047/6012.htm').isArticle).toBe(false);
  });
});

describe('a dek above the meta line (Latin American and Spanish university news: bajada, then fecha and “Por”)', () => {
  const html =
    `<title>Programa PACE acompañará a 3.200 estudiantes de liceos públicos en 2024</title><main><article>` +
    `<p class="antetitulo">Inclusión y equidad</p><h1>Programa PACE acompañará a 3.200 estudiantes de liceos públicos en 2024</h1>` +
    `<p class="bajada">El Programa de Acceso a la Educación Superior amplía su cobertura a 48 establecimientos de la ` +
    `Región Metropolitana y de O'Higgins, con énfasis en el acompañamiento durante el primer año universitario.</p>` +
    `<div class="meta"><span class="fecha">Lunes 13 de mayo de 2024</span> <span class="autor">Por Valentina Soto Araya</span></div>` +
    `<figure><img src="a.jpg"><figcaption>Estudiantes en la Casa Central. Fotografía: Felipe Rojas Núñez</figcaption></figure>` +
    `<div class="texto">${EN_PARAS}</div></article></main>`;
  const url = 'https://uchile.cl/noticias/214876/programa-pace';
  it('its date and writer are read under the dek, the caption’s “Fotografía:” credits the photographer', () => {
    const d = clip(html, url);
    expect(d.publishedAt).toBe('2024-05-13');
    expect(d.byline.map((b) => `${b.role}: ${b.name}`)).toEqual([
      'Author: Valentina Soto Araya',
      'Photo: Felipe Rojas Núñez',
    ]);
  });
  it('detection reads the date line under the dek', () => {
    expect(detect(html, url).isArticle).toBe(true);
  });
});

const credits = (d: ReturnType<typeof clip>) => d.byline.map((b) => `${b.role}: ${b.name}`);

describe('bylines in their own block under the headline (WordPress, AEM and Drupal news: the text follows at once)', () => {
  const wordpress = (name: string) =>
    `<title>Cyber team</title><article><header><h1>Cyber team</h1><div class="entry-meta"><span>Posted on <time ` +
    `datetime="2024-04-24T09:45:00-04:00">April 24, 2024</time></span><span> by <a href="/author/cb/">${name}</a>` +
    `</span></div></header><div class="entry-content"><figure><img src="a.jpg"><figcaption>Members of the team ` +
    `during the national final.</figcaption></figure><p>For 48 hours, eight university students kept a simulated ` +
    `hospital network running while professional hackers tried to take it down.</p>${EN_PARAS}</div></article>`;
  it('“by Claire Brennan” ⏎ (a caption) “For 48 hours …”: the name ends with its line', () => {
    expect(credits(clip(wordpress('Claire Brennan')))).toEqual(['Author: Claire Brennan']);
  });
  it('“Story by Grace Nguyen” ⏎ a picture’s caption opening “Third-year students …”', () => {
    const d = clip(
      `<title>Wine students</title><main><article><h1>Wine students</h1><div class="meta"><p>Published: 12 March ` +
        `2024</p><p>Story by Grace Nguyen</p></div><img src="a.jpg" alt="Students"><p class="c-caption">Third-year ` +
        `students sorting grapes at the winery. Photo: Ben Keller</p><div class="body">${EN_PARAS}</div></article></main>`,
    );
    expect(credits(d)).toEqual(['Author: Grace Nguyen', 'Photo: Ben Keller']);
  });
  it('guard: a name printed whole on its line stays whole', () => {
    expect(credits(clip(wordpress('Claire Anne Brennan')))).toEqual(['Author: Claire Anne Brennan']);
  });
});

describe('writers named in a release’s contacts and in a story’s details list (Purdue, Arizona templates)', () => {
  it('“Writer: Dana Whitfield, dwhitfield@…” after the text; “Written by” in a sidebar details list', () => {
    const a = clip(
      `<title>Cleanroom</title><main><article><h1>Cleanroom</h1><div class="body">${EN_PARAS}</div>` +
        `<p class="release-contacts">Writer: Dana Whitfield, dwhitfield@purdue.edu</p></article></main>`,
    );
    expect(credits(a)).toEqual(['Author: Dana Whitfield']);
    const b = clip(
      STORY('Team wins prize', EN_PARAS, SIDEBAR('Date published', 'April 30, 2024')).replace(
        'Lauren Whitaker',
        'Lauren Whitaker, College of Engineering',
      ),
    );
    expect(credits(b)).toEqual(['Author: Lauren Whitaker']);
  });
});

describe('headlines with their subtitle between dashes (Japanese and Chinese press releases: ―…―, 〜…〜)', () => {
  it('the subtitle closing the <h1> and <title> between ― marks is left out', () => {
    const title = '植物が乾燥ストレスを「記憶」する仕組みを解明';
    const d = clip(
      `<title>${title} ―干ばつに強い作物の開発に期待― | 京都大学</title><main><h1>${title}<br><span>―干ばつに強い` +
        `作物の開発に期待―</span></h1>${ZH_PARAS}</main>`,
      'https://www.kyoto-u.ac.jp/ja/research-news/2024-06-20',
    );
    expect(d.title).toBe(title);
  });
});

describe('a contact block closing an English release (Melbourne, Otago: a heading over name, phone and e-mail)', () => {
  const tail = (heading: string) =>
    `<title>Fire</title><main><article><h1>Fire</h1>${EN_PARAS}<p>The project will create two new PhD positions.</p>` +
    `<h2>${heading}</h2><p>Nina Fraser, Media Officer<br>+61 3 9035 0000 | nina.fraser@unimelb.edu.au</p></article></main>`;
  it('“Media enquiries” alone, “For more information, contact:” over an address: not the text', () => {
    for (const heading of ['Media enquiries', 'For more information, contact:'])
      expect(clip(tail(heading)).textContent.trim().endsWith('two new PhD positions.')).toBe(true);
  });
});
