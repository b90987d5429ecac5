// Fields and the body's start on the classes of page review R19 found failing on unseen campus sites (issue #11,
// session 35, round 2: §H–K), each on a small authored snippet named after the class it serves.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { ZH_BODY, clip } from './unseen-page-snippets';
import { blockText } from '../../utils/extraction/extract-body';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';
import { closingAuthor, oneWriterCredit, parseSource } from '../../utils/extraction/meta-line';

const firstLine = (text: string) => text.split('\n')[0];
const ZH_PARA =
  '11月3日，学校与某航空企业战略合作协议签约仪式在主校区举行，双方将共建创新人才培养基地，联合培养工程硕士和博士研究生。';
const ES_PARA =
  'La Universidad liderará el nuevo instituto de tecnologías limpias, un consorcio financiado por la agencia pública de fomento con un aporte de diez años.';

describe('a meta line opening the body: a date, then only labelled fields or a byline', () => {
  it('“2026年11月04日 08:31来源：新闻中心阅读：3,482” (spans run together) is not the text; its 来源 is the source', () => {
    const d = clip(
      `<title>学校与企业签署战略合作协议</title><div class="article-hd"><h2 class="title">学校与企业签署战略合作协议</h2>` +
        `<div class="info"><span class="time">2026年11月04日 08:31</span><span class="from">来源：新闻中心</span>` +
        `<span class="view">阅读：<em>3,482</em></span></div></div><div class="article-bd">${`<p>${ZH_PARA}</p>`.repeat(4)}</div>`,
      'https://news.example.edu.cn/xsbd/20261104/1.html',
    );
    expect(firstLine(d.textContent)).toBe(ZH_PARA);
    expect(d.source).toBe('新闻中心');
  });
  it('a Spanish portal’s bajada over “14 de julio de 2026 Por Name Fuente: Office”: neither is the text', () => {
    const d = clip(
      `<title>Nuevo instituto</title><article><h1>Nuevo instituto</h1>` +
        `<p class="bajada">El consorcio reunirá a cinco universidades y tres empresas.</p>` +
        `<div class="noticia-meta"><span>14 de julio de 2026</span> <span>Por Catalina Fuentes</span> ` +
        `<span>Fuente: Facultad de Ciencias Físicas y Matemáticas</span></div><div class="cuerpo">${`<p>${ES_PARA}</p>`.repeat(4)}</div></article>`,
      'https://www.example.cl/noticias/210501/nuevo-instituto',
    );
    expect(firstLine(d.textContent)).toBe(ES_PARA);
    expect(d.source).toBe('Facultad de Ciencias Físicas y Matemáticas');
    expect(d.byline.map((b) => b.name)).toEqual(['Catalina Fuentes']);
  });
  it('a German press release’s number and date (“Nr. 172 – 24.11.2025”) is not the text', () => {
    const para =
      'Die Forschungsgemeinschaft richtet an der Universität einen neuen Sonderforschungsbereich ein, der die Widerstandskraft von Pflanzen untersucht.';
    const d = clip(
      `<title>Neuer Sonderforschungsbereich</title><div id="content"><p class="nr">Nr. 172 – 24.11.2025</p>` +
        `<h1>Neuer Sonderforschungsbereich</h1><div class="text">${`<p>${para}</p>`.repeat(4)}</div></div>`,
      'https://www.example.de/de/presse/pressemitteilungen/172',
    );
    expect(firstLine(d.textContent)).toBe(para);
  });
});

describe('sources: a 校报’s issue and page after its name', () => {
  it('来源：福州大学报　第1186期 第3版 → the paper', () => {
    expect(parseSource('来源：某某大学报　第1186期 第3版')).toBe('某某大学报');
    expect(parseSource('来源：某某大学报 第1186期 第3版')).toBe('某某大学报');
  });
});

describe('credits closing a Chinese text', () => {
  it('（科学技术处 张文杰 供稿）: the person after the office supplied the text', () => {
    expect(closingAuthor('（科学技术处 张文杰 供稿）')).toEqual([{ name: '张文杰', role: '供稿' }]);
    expect(closingAuthor('（学工办 供稿）')).toEqual([]);
    expect(closingAuthor('（科学技术处）')).toEqual([]);
  });
  it('a name credited as 编辑 in the meta line and 责任编辑 under the text is one credit', () => {
    expect(
      oneWriterCredit([
        { name: '韩雪', role: '编辑' },
        { name: '吴桐', role: '记者' },
        { name: '韩雪', role: '责任编辑' },
      ]).map((b) => `${b.role} ${b.name}`),
    ).toEqual(['编辑 韩雪', '记者 吴桐']);
  });
  it('on a page: the meta line’s 编辑 and the closing 责任编辑 of one person', () => {
    const d = clip(
      `<title>学院举办学术讲坛</title><h1>学院举办学术讲坛</h1><div class="meta">编辑：韩雪 发布时间：2026-10-05</div>` +
        `${ZH_BODY.replace('</div>', '<p>记者：吴桐 责任编辑：韩雪</p></div>')}`,
      'https://news.example.edu.cn/info/1044/45871.htm',
    );
    expect(d.byline.filter((b) => b.name === '韩雪')).toHaveLength(1);
  });
});

describe('a source in a table’s label and value cells (Taiwan: <th>發布單位</th><td>秘書室</td>)', () => {
  it('is the source; a label cell followed by prose is not', () => {
    const para =
      '本校化學系團隊獲國家科學及技術委員會補助，將以五年時間開發高安全性的新型固態鋰金屬電池，研究經費逾新臺幣三千萬元。';
    const d = clip(
      `<title>本校團隊開發新型固態電池</title><div class="news"><h2>本校團隊開發新型固態電池</h2>` +
        `<table class="meta"><tr><th>發布日期</th><td>2026-09-24</td><th>發布單位</th><td>秘書室</td></tr></table>` +
        `<div class="content">${`<p>${para}</p>`.repeat(4)}</div></div>`,
      'https://www.example.edu.tw/news/1234',
    );
    expect(d.source).toBe('秘書室');
    expect(parseSource('稿件来源 不详的说法很多')).toBeNull();
  });
});

describe('a dek or picture credit over the text', () => {
  const EN =
    'The university is expanding its engineering access program, with a new summer bridge program developed with a local community.';
  const body = `<div class="field--name-body">${`<p>${EN}</p>`.repeat(4)}</div>`;
  const dek = 'New partnership adds a summer bridge program.';
  it('a subtitle in its own element that og:description repeats is not the text’s first line', () => {
    const d = clip(
      `<head><title>Access program grows</title><meta property="og:description" content="${dek}"></head>` +
        `<article><h1>Access program grows</h1><div class="subtitle">${dek}</div>${body}</article>`,
      'https://www.example.ca/gazette/stories/access-program-grows',
    );
    expect(firstLine(d.textContent)).toBe(EN);
  });
  it('a lede the description repeats (an excerpt), among the paragraphs, stays', () => {
    const d = clip(
      `<head><title>Access program grows</title><meta name="description" content="${EN}"></head>` +
        `<article><h1>Access program grows</h1>${body}</article>`,
      'https://www.example.ca/gazette/stories/access-program-grows',
    );
    expect(firstLine(d.textContent)).toBe(EN);
    expect(d.textContent.split('\n')).toHaveLength(4);
  });
  it('a hero picture’s credit (“Photograph by Getty Images”) opening the body is not the text', () => {
    // As Readability keeps a magazine's <article>: the hero's credit, then the text (header lines taken as the byline).
    const root = new JSDOM(
      `<div><div class="hero"><img src="/hero.jpg" alt=""><p>Photograph by Getty Images</p></div>${body}</div>`,
    ).window.document.querySelector('div')!;
    removeEdgeFurniture(root);
    expect(firstLine(blockText(root))).toBe(EN);
  });
});
