// Body edges and credits on the classes review sets R56 and R58 found failing (issue #11, session 42, round 10,
// checked on R57 and R59): each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { JSDOM } from 'jsdom';
import { parseEnglishByline } from '../../utils/extraction/english-byline';
import { bodyLines } from '../../utils/extraction/body-lines';
import { crumbList } from '../../utils/extraction/breadcrumb-lines';
import { closingFields } from '../../utils/extraction/closing-credits';

const TITLE = 'New Centre Opens';
const head = `<title>${TITLE}</title><meta property="article:published_time" content="2025-03-18T10:00:00+11:00">`;
const first = (d: { textContent: string }) => d.textContent.split('\n')[0];
const last = (d: { textContent: string }) => d.textContent.split('\n').pop();
const names = (d: { byline: { name: string }[] }) => d.byline.map((b) => b.name);

describe('the label printed above the headline (category chips and release types on AEM and Squiz news)', () => {
  it('a category chip over the headline opens no text', () => {
    const d = clip(
      `${head}<article><div class="b-article__header"><span class="b-article__category">Science &amp; technology</span>` +
        `<h1>${TITLE}</h1><p class="b-article__summary">Researchers have built a portable sensor for hospitals.</p>` +
        '<div><span>18 March 2025</span> <span>By Cassandra Hill</span></div></div>' +
        `<div class="b-article__body">${EN_PARAS}</div></article>`,
    );
    expect(first(d)).toMatch(/^The university opened/);
    expect(d.excerpt).not.toBe('Science & technology');
  });
  it('guard: a sentence above the headline is no label: it stays', () => {
    const d = clip(`${head}<article><p>Short note.</p><h1>${TITLE}</h1>${EN_PARAS}</article>`);
    expect(first(d)).toBe('Short note.');
  });
});

describe('a headline printing its subtitle after a line break (Japanese press releases: 見出し<br>―副題―)', () => {
  it('the headline and its subtitle open no text', () => {
    const d = clip(
      '<title>次世代磁気メモリの消費電力を大幅に低減</title><article><p>2025年07月10日</p><p><span>プレスリリース</span></p>' +
        `<h1>次世代磁気メモリの消費電力を大幅に低減<br><span>―重金属を使わない新材料を発見―</span></h1>${ZH_PARAS}</article>`,
      'https://www.tohoku.ac.jp/japanese/2025/07/press20250710-01.html',
    );
    expect(d.title).toBe('次世代磁気メモリの消費電力を大幅に低減');
    expect(first(d)).toMatch(/^5月11日/);
  });
});

describe('a story inside a wrapper whose class names a sidebar (Squiz "layout-sidebar" templates)', () => {
  it('the story is the text, not the footer’s acknowledgement of country', () => {
    const d = clip(
      `${head}<div class="layout-sidebar"><article class="layout-sidebar__main"><h1>${TITLE}</h1>${EN_PARAS}` +
        '<p>Applications for the 2026 intake will open in August.</p></article><aside>Related</aside></div>' +
        '<div class="uom-acknowledgement"><p>We acknowledge the Traditional Owners of the unceded land on which we work, learn and live: the Wurundjeri Woi-wurrung and Bunurong peoples (Burnley, Fishermans Bend, Parkville, Southbank and Werribee campuses), the Dja Dja Wurrung people (Dookie and Shepparton campuses), and the Eastern Maar nation (Creswick campus).</p></div>',
      'https://www.unimelb.edu.au/newsroom/news/2025/june/story',
    );
    expect(first(d)).toMatch(/^The university opened/);
    expect(last(d)).toBe('Applications for the 2026 intake will open in August.');
  });
  it('guard: a sidebar without the headline’s story is still left out', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1>${EN_PARAS}</article><div class="sidebar"><p>${'Sidebar words that fill a box beside the story. '.repeat(3)}</p></div>`,
    );
    expect(d.textContent).not.toContain('Sidebar words');
  });
});

describe('breadcrumbs as a list (Drupal and OU Campus themes)', () => {
  const crumbs = (html: string) => {
    const root = new JSDOM(`<div>${html}${EN_PARAS}</div>`).window.document.querySelector('div')!;
    return crumbList(bodyLines(root));
  };
  it('the home crumb named by the site ("UQ home"), linking to the root', () => {
    const list =
      '<ol><li><a href="https://www.uq.edu.au/">UQ home</a></li><li><a href="/news">UQ News</a></li>' +
      '<li><a href="/news/health">Health &amp; medicine</a></li></ol>';
    expect(crumbs(list)).toBe(3);
  });
  it('the current page’s crumb printed without a link in the same list', () => {
    const list =
      '<ul><li><a href="https://uh.edu/">Home</a></li><li><a href="/stories/">Stories</a></li>' +
      '<li><a href="/stories/2025/">2025</a></li><li>March</li></ul>';
    expect(crumbs(list)).toBe(4);
  });
  it('guard: a link to the root alone over the text, and a line after the list, are no crumbs', () => {
    expect(crumbs('<p><a href="/">Back to the site</a></p>')).toBe(0);
    expect(crumbs('<ul><li><a href="/">Home</a></li><li><a href="/news/">News</a></li></ul><p>March</p>')).toBe(2);
  });
});

describe('published and updated dates on one line under the headline (AEM, Drupal)', () => {
  it('opens no text', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1><div><span>Published on 12 September 2025</span> <span>Updated on 15 September 2025</span></div>${EN_PARAS}</article>`,
    );
    expect(first(d)).toMatch(/^The university opened/);
  });
});

describe('English credits beside the headline (WordPress, Drupal, AEM)', () => {
  it('an affiliation after the writer’s comma is no second writer', () => {
    expect(parseEnglishByline('By Laura Simmons, Texas A&M University College of Engineering')).toEqual([
      { name: 'Laura Simmons', role: 'Author' },
    ]);
    expect(parseEnglishByline('By Laura Simmons, Texas Tech University').map((b) => b.name)).toEqual(['Laura Simmons']);
  });
  it('guard: writers listed with commas stay', () => {
    expect(parseEnglishByline('By Jane Doe, John Roe and Max Moe').map((b) => b.name)).toEqual([
      'Jane Doe',
      'John Roe',
      'Max Moe',
    ]);
  });
  it('a bracketed "Photo by" credits a photographer', () => {
    expect(parseEnglishByline('Priya Raman (Photo by Tomás Reyes/Rice University)')).toEqual([
      { name: 'Tomás Reyes', role: 'Photo' },
    ]);
  });
  it('"Words:" and "Photos:" in a feature’s credit line', () => {
    expect(parseEnglishByline('Words: Rhiannon Meyers Photos: Ellen Marsh').map((b) => b.name)).toEqual([
      'Rhiannon Meyers',
      'Ellen Marsh',
    ]);
  });
  it('a stock library credited for a picture is no one', () => {
    expect(parseEnglishByline('Participants completed three sessions a week. Image: Adobe Stock')).toEqual([]);
  });
  it('an "Author" field and a "By" line under a dek that ends in no stop', () => {
    const dek =
      '<div class="article-summary">Priya Raman will map how immune cells decide between healing and scarring</div>';
    const author = clip(
      `${head}<article><h1>${TITLE}</h1>${dek}<div><span>Author</span> <a href="/people/jw">Jared Whitfield</a></div>${EN_PARAS}</article>`,
    );
    expect(names(author)).toEqual(['Jared Whitfield']);
    const by = clip(
      `${head}<main><h1>${TITLE}</h1><h2 class="subhead">Residency will place 60 teachers in classrooms for a full year</h2>` +
        `<p>By Rashida Greer &mdash; 713-743-8153<br>March 11, 2025</p>${EN_PARAS}</main>`,
    );
    expect(names(by)).toEqual(['Rashida Greer']);
  });
  it('a sidebar block headed "Story by" names the writer', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1>${EN_PARAS}</article><aside><div><h2>Story by</h2><p>Daniel Ochoa</p><p>Reporter, ASU News</p></div></aside>`,
    );
    expect(names(d)).toEqual(['Daniel Ochoa']);
  });
});

describe('credits and deks in other newsrooms’ words (Latin American, Québec and Taiwan templates; round 10b)', () => {
  it('"Por:" over "Fotografía:" in a credits block after the text', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1><div class="cuerpo">${EN_PARAS}</div><div class="creditos"><p>Por: Camila Fuentes</p><p>Fotografía: Alejandro Muñoz</p></div></article>`,
    );
    expect(names(d)).toEqual(['Camila Fuentes', 'Alejandro Muñoz']);
  });
  it.each([
    ['bajada', 'es'],
    ['chapeau', 'fr'],
  ])('a dek in an element its newsroom calls %s is the excerpt, not the text', (cls) => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1><p class="${cls}">In a ceremony at the central hall the university welcomed its new students.</p>${EN_PARAS}</article>`,
    );
    expect(first(d)).toMatch(/^The university opened/);
    expect(d.excerpt).toBe('In a ceremony at the central hall the university welcomed its new students.');
  });
  it('an office credited for the text beside a photographer is no credit', () => {
    const d = clip(
      `<title>臺大舉辦永續論壇</title><h1>臺大舉辦永續論壇</h1><p>發佈日期：2025-04-02</p>${ZH_PARAS}<p>（文／秘書室媒體公關組；攝影／張家瑋）</p>`,
      'https://www.ntu.edu.tw/spotlight/2025/1234_20250402.html',
    );
    expect(names(d)).toEqual(['張家瑋']);
  });
  it('a colon-less reporter’s credit before labelled ones (VSB college news)', () => {
    const f = closingFields('（通讯员 韩冬 文/图　编辑：宋佳琪　审核：吕振华）');
    expect(f?.byline.map((b) => b.name)).toEqual(['韩冬', '宋佳琪', '吕振华']);
  });
  it('an acronym after the writer’s name is the unit', () => {
    expect(parseEnglishByline('By Hannah Oduya UW News').map((b) => b.name)).toEqual(['Hannah Oduya']);
  });
  it('guard: a teaser page keeps its only paragraph, whatever the dek rules say', () => {
    const d = clip(
      `<title>Elephants in Guinea</title><article><p class="kicker">Environment</p><h1>Elephants in Guinea</h1>` +
        '<p class="teaser">Twenty-four billion tonnes of fertile land are lost every year to the degradation of biodiversity, a study finds.</p>' +
        '<p>Author: Kossivi Tiassou</p><p>Editor: M-A. Pierron</p></article>',
      'https://www.dw.com/fr/elephants/a-12345',
    );
    expect(d.textContent).toContain('Twenty-four billion tonnes');
  });
});

describe('credits, release tails and captions from R64 and R66 (round 10c)', () => {
  it('a caption closed by "(Name/Office)" credits the photographer', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1><figure><img src="/rover.jpg" alt=""><figcaption>Members of the team test their prototype outside the building. (Mitchell Baird/Western Communications)</figcaption></figure>${EN_PARAS}</article>`,
    );
    expect(names(d)).toEqual(['Mitchell Baird']);
  });
  it('a details list’s photographer (<dt>Photography</dt>)', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1>${EN_PARAS}</article><aside><dl><dt>Written by</dt><dd>Priyanka Deol</dd><dt>Photography</dt><dd>Hana Kowalczyk</dd></dl></aside>`,
    );
    expect(names(d)).toEqual(['Priyanka Deol', 'Hana Kowalczyk']);
  });
  it('two-character names padded to three characters’ width', () => {
    const f = closingFields('编辑/孙　一　审核/周　涵');
    expect(f?.byline.map((b) => b.name)).toEqual(['孙一', '周涵']);
  });
  it('a German release’s number alone over its date opens no text', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1><p>Presseinformation 023/2025</p><p><strong>Forschende stellen ein neues Schichtoxid vor</strong></p><p>18.03.2025</p>${EN_PARAS}</article>`,
      'https://www.kit.edu/kit/pi_2025_023.php',
    );
    expect(first(d)).toMatch(/^The university opened/);
  });
  it('a Hong Kong release’s 關於 boilerplate and 傳媒查詢 contact end the text', () => {
    const d = clip(
      `<title>港大研究發現新抗體</title><h1>港大研究發現新抗體</h1><p>2025年3月20日</p>${ZH_PARAS}${ZH_PARAS}` +
        '<p><strong>關於港大李嘉誠醫學院微生物學系</strong><br>微生物學系致力於傳染病的基礎及臨床研究，曾於多次疫情中作出貢獻。</p>' +
        '<p><strong>傳媒查詢</strong><br>港大李嘉誠醫學院傳訊及公共事務組　電話：2831 5000　電郵：medmedia@hku.hk</p>',
      'https://www.hku.hk/press/press-releases/detail/c_28914.html',
    );
    expect(last(d)).toMatch(/深入交流。$/);
  });
  it('a figure’s caption and credit opening the text (MIT News)', () => {
    const d = clip(
      `${head}<article><h1>${TITLE}</h1><figure><img src="/s.jpg" alt=""><figcaption><div>The new sensor, shown here on a fingertip, is thinner than a hair.</div><div>Credits:Image: Courtesy of the researchers</div></figcaption></figure>${EN_PARAS}</article>`,
    );
    expect(first(d)).toMatch(/^The university opened/);
  });
});

describe('credits from the former check sets (round 10d: R57, R59, R61, R63, R65, R67)', () => {
  it('the three-level review (一审/二审/三审)', () => {
    const f = closingFields('一审：罗佳　二审：周启明　三审：梁文斌');
    expect(f?.byline.map((b) => `${b.role}:${b.name}`)).toEqual(['一审:罗佳', '二审:周启明', '三审:梁文斌']);
  });
  it('a colon-less reporters’ line in its own block after the text', () => {
    const d = clip(
      `<title>学校举行创新大会</title><h1>学校举行创新大会</h1><p>发布时间：2024-11-07</p><div class="content">${ZH_PARAS}</div>` +
        '<div class="content-author">（记者 宗婉婷 通讯员 蔡子涵　编辑 孙一帆）</div>',
    );
    expect(names(d)).toEqual(['宗婉婷', '蔡子涵', '孙一帆']);
  });
  it('a credits line over the date and view counter in one cell (table-layout college pages)', () => {
    const d = clip(
      `<title>学校举行创新大会</title><table><tr><td><h1>学校举行创新大会</h1></td></tr><tr><td>${ZH_PARAS}</td></tr>` +
        '<tr><td>（供稿：农学院科研办 &nbsp;撰稿：刘欣悦 &nbsp;审核：雍志强）<br>发布时间：2025年06月12日 &nbsp;访问量：</td></tr></table>',
    );
    expect(names(d)).toEqual(['刘欣悦', '雍志强']);
  });
  it('a dash and the writer’s name closing the story', () => {
    const d = clip(`${head}<article><h1>${TITLE}</h1>${EN_PARAS}<p><em>– Aravind Krishnan</em></p></article>`);
    expect(names(d)).toEqual(['Aravind Krishnan']);
  });
  it('a title before a photographer’s name is no part of it', () => {
    expect(parseEnglishByline('The research vessel at sea. Photo: Dr Gareth Williams').map((b) => b.name)).toEqual([
      'Gareth Williams',
    ]);
  });
  it('a Chinese caption between the headline and the text credits its photographer', () => {
    const d = clip(
      '<title>鹿林天文台發現小行星</title><h1>鹿林天文台發現小行星</h1><p>發佈日期：2025-03-02</p>' +
        `<div><img src="/a.jpg" alt=""><p>鹿林天文台一米望遠鏡（LOT）。圖／黃柏翰</p></div><div class="news-content">${ZH_PARAS}</div>`,
      'https://www.ncu.edu.tw/tw/news/show.php?num=4211',
    );
    expect(names(d)).toContain('黃柏翰');
  });
});
