// The body's rules for the classes of page that failed on unseen sites (issue #11): where the body starts and ends,
// and the page furniture it must not carry, each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { EN_BODY, clip } from './unseen-page-snippets';

const ZH_HEAD = '<title>学校举行创新大会 - 示例大学新闻网</title><h1>学校举行创新大会</h1>';
const EN_HEAD = '<title>New Centre Opens | Example University News</title><h1>New Centre Opens</h1>';
const ZH_PARA =
  '<p>5月11日，学校举行创新大会，会议由校长主持，与会代表围绕人才培养、科学研究和社会服务进行了深入交流。</p>';
const EN_PARA =
  '<p>The university opened a new research centre on Monday, and researchers from several departments said the work would take years to complete, with students taking part in every stage of it.</p>';

describe('CMS furniture printed inside the article (campus CMS templates, simplified and traditional)', () => {
  it('字体大小, 上一篇/下一篇, 打印本頁/關閉窗口 and the meta line inside the body are removed', () => {
    const d = clip(
      `${ZH_HEAD}<div class="article"><p>【字体大小：大 中 小】</p><p>发布时间：2024-05-12 浏览次数：321</p>${ZH_PARA.repeat(4)}` +
        '<p>打印本頁 關閉窗口</p><p>上一篇：学校召开教学工作会议</p><p>下一篇：图书馆延长开放时间</p></div>',
    );
    expect(d.textContent).toContain('与会代表围绕人才培养');
    expect(d.textContent).not.toMatch(/字体大小|浏览次数|打印本頁|上一篇|下一篇/);
  });
});

describe('related articles under a label (news and campus sites, many languages)', () => {
  const links = (n: number) =>
    Array.from({ length: n }, (_, i) => `<p><a href="/story/${i + 2}.html">Another story number ${i + 2}</a></p>`).join(
      '',
    );
  it.each([
    ['English', 'Related Stories'],
    ['German', 'Weitere Informationen:'],
    ['French', 'Audios et vidéos sur le sujet'],
    ['Finnish', 'Lue aiheesta lisää:'],
    ['simplified Chinese', '【相关新闻】'],
    ['traditional Chinese', '延伸閱讀：'],
  ])('%s: the label and the links after the last paragraph are cut', (_lang, label) => {
    const d = clip(
      `${EN_HEAD}<div class="content">${EN_PARA.repeat(4)}<p><strong>${label}</strong></p>${links(3)}</div>`,
    );
    expect(d.textContent).toMatch(/every stage of it\.$/);
    expect(d.textContent).not.toContain('Another story');
  });
  it('a labelled link list in the middle goes; the text after it stays', () => {
    const d = clip(
      `${EN_HEAD}<div class="content">${EN_PARA.repeat(2)}<h3>Read more</h3>${links(2)}${EN_PARA.repeat(2)}<p>The centre opens to visitors next month.</p></div>`,
    );
    expect(d.textContent).not.toMatch(/Read more|Another story/);
    expect(d.textContent).toMatch(/opens to visitors next month\.$/);
  });
  it('"Read also: <link>" lines inside the text go (PUEDES VER, Lesen Sie auch, 相关阅读)', () => {
    const d = clip(
      `${ZH_HEAD}<div class="article">${ZH_PARA.repeat(2)}<blockquote><b>相关阅读：</b><a href="/a/2.html">学校召开教学工作会议</a></blockquote>` +
        `${ZH_PARA.repeat(2)}<p>PUEDES VER: <a href="/b/3.html">¿Qué es la Sunedu?</a></p>${ZH_PARA}</div>`,
    );
    expect(d.textContent).not.toMatch(/相关阅读|教学工作会议|PUEDES VER|Sunedu/);
    expect(d.textContent.split('\n')).toHaveLength(5);
  });
  it("a heading with the words of a label over prose of its own is the article's, and stays", () => {
    const d = clip(
      `${EN_HEAD}<div class="content">${EN_PARA.repeat(3)}<h2>Related research</h2>${EN_PARA.repeat(2)}</div>`,
    );
    expect(d.textContent).toContain('Related research');
    expect(d.textContent.split('\n')).toHaveLength(6);
  });
  it('a label over short lines that are no links, up to the end, is cut with them (contacts, credits of other items)', () => {
    const d = clip(
      `${EN_HEAD}${EN_BODY.replace('</div>', '<p>See also</p><p>Campus map</p><p>Visitor parking</p></div>')}`,
    );
    expect(d.textContent).toMatch(/every stage of it\.$/);
  });
});

describe('photo captions with their credit (news and institute sites, many languages)', () => {
  it.each([
    ['French', '<p>Roman Prymula, photo: Archives du Gouvernement tchèque</p>'],
    ['Spanish', '<p>Son tres los periodos de vacaciones durante el año escolar. Foto: Andina</p>'],
    ['Portuguese, the credit alone in brackets', '<p>(crédito: Minervino Júnior/CB/D.A.Press)</p>'],
    ['German, credit with a date', '<p>Oberflächenreif in einem Nordhang bei Panex (Foto: V. Berret, 19.01.2022).</p>'],
    ['a numbered figure', '<p>Abbildung 3: Darstellung aller Schneeprofile vom 13. bis 19. Januar.</p>'],
  ])('%s: the caption goes, the text stays', (_class, caption) => {
    const d = clip(`${EN_HEAD}<div class="content">${EN_PARA.repeat(2)}${caption}${EN_PARA.repeat(2)}</div>`);
    expect(d.textContent.split('\n')).toHaveLength(4);
  });
  it('a credit line alone is the byline, and stays (Photos: Kathy Atkinson; 摄影：张三)', () => {
    const d = clip(
      `${EN_HEAD}<div class="content">${EN_PARA.repeat(4)}<p>Photo: Kathy F. Atkinson</p><p>（摄影：张三 编辑：李四）</p></div>`,
    );
    expect(d.textContent).toMatch(/Photo: Kathy F\. Atkinson\n（摄影：张三 编辑：李四）$/);
  });
  it('a sentence that mentions a photo is text, not a caption', () => {
    const line = '<p>The exhibition shows one photo: a portrait of the founder taken in 1920 by his daughter.</p>';
    const d = clip(`${EN_HEAD}<div class="content">${EN_PARA.repeat(3)}${line}</div>`);
    expect(d.textContent).toContain('one photo: a portrait');
  });
});

describe('text as a reader sees it (Japanese furigana, French and German soft hyphens)', () => {
  it('ruby glosses are not words of the body text; the HTML keeps them', () => {
    const para =
      '<p><ruby>子<rt>こ</rt></ruby>どもへの<ruby>虐待<rp>(</rp><rt>ぎゃくたい</rt><rp>)</rp></ruby>をなくすための<ruby>法律<rt>ほうりつ</rt></ruby>ができて、親が子どもを教育するために、叱ることは認められなくなりました。</p>';
    const d = clip(`<title>子どもへの虐待</title><h1>子どもへの虐待</h1><div class="content">${para.repeat(4)}</div>`);
    expect(d.textContent).toContain('子どもへの虐待をなくすための法律ができて');
    expect(d.contentHtml).toContain('<rt>ぎゃくたい</rt>');
  });
  it('soft hyphens do not split words of the body text', () => {
    const para =
      '<p>Les réor\u00adga\u00adni\u00adsa\u00adtions de l’Université ont aus\u00adsi des effets sys\u00adté\u00admiques pro\u00adfonds, et la recherche auto\u00adnome en dépend chaque jour davantage.</p>';
    const d = clip(`<title>Recherche</title><h1>Recherche</h1><div class="content">${para.repeat(4)}</div>`);
    expect(d.textContent).toContain('Les réorganisations de l’Université');
    expect(d.textContent).toContain('recherche autonome');
  });
});

describe('a dateline above the first paragraph (news and institute templates)', () => {
  it.each([
    ['Norwegian', '7. oktober 2020'],
    ['ISO', '2024-05-12'],
    ['English', 'November 25, 2024'],
  ])('%s: the date alone above the text is not body', (_lang, date) => {
    const d = clip(`${EN_HEAD}<div class="content"><p>${date}</p>${EN_PARA.repeat(4)}</div>`);
    expect(d.textContent).toMatch(/^The university opened/);
  });
  it("a date line further down is the article's, and stays", () => {
    const d = clip(
      `${EN_HEAD}<div class="content">${EN_PARA.repeat(2)}<p>November 25, 2024</p>${EN_PARA.repeat(2)}</div>`,
    );
    expect(d.textContent).toContain('November 25, 2024');
  });
});

describe('advertisement slot labels (news sites)', () => {
  it.each(['Advertisement', 'REKLAMA', 'Anzeige', '广告'])('"%s" alone on its line is not body', (label) => {
    const d = clip(`${EN_HEAD}<div class="content">${EN_PARA.repeat(2)}<p>${label}</p>${EN_PARA.repeat(2)}</div>`);
    expect(d.textContent).not.toContain(label);
  });
  it('the word inside a sentence stays', () => {
    const line = '<p>Advertisement revenue at the student paper fell by a third this year, the editors said.</p>';
    const d = clip(`${EN_HEAD}<div class="content">${EN_PARA.repeat(3)}${line}</div>`);
    expect(d.textContent).toContain('Advertisement revenue');
  });
});
