// Round 26 (issue #11, session 54): the classes R168-R171 failed once they became the tuning sets (they had checked
// round 25); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { closingCredits, signOff } from '../../utils/extraction/closing-credits';
import { parseByline } from '../../utils/extraction/meta-line';
import { captionCredit } from '../../utils/extraction/photo-captions';
import { namesOfKind, peopleIn, programsIn } from './entity-kinds';

const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

/** A Chinese paragraph long enough to open a story's text. */
const ZH_LONG =
  '<p>4月13日至14日，西方语言学院实践团的32名师生赴绍兴鲁迅故里、兰亭、沈园等景区，为外国游客提供多语种讲解志愿服务，并开展景区外语标识调研。</p>';

/** A Thai paragraph: no full stops, a space between its clauses. */
const TH_PARA =
  '<p>คณะวิศวกรรมศาสตร์ จุฬาลงกรณ์มหาวิทยาลัย จัดพิธีเปิดศูนย์ทดสอบและวิจัยแบตเตอรี่ยานยนต์ไฟฟ้า เพื่อรองรับความต้องการของภาคอุตสาหกรรม และสนับสนุนการวิจัยของคณาจารย์และนิสิตในมหาวิทยาลัย</p>';

describe('round 26: Thai university news (prose without full stops, Thai credit labels)', () => {
  const html =
    '<title>วิศวฯ จุฬาฯ เปิดศูนย์ทดสอบแบตเตอรี่ยานยนต์ไฟฟ้า</title><meta property="og:type" content="article"><body><main>' +
    `<h1>วิศวฯ จุฬาฯ เปิดศูนย์ทดสอบแบตเตอรี่ยานยนต์ไฟฟ้า</h1>${TH_PARA.repeat(3)}<p>ภาพ: ธนพล แก้วมณี</p></main></body>`;
  it('is an article, and clipping keeps its text', () => {
    expect(detect(html, 'https://www.chula.ac.th/news/187645/').isArticle).toBe(true);
    expect(clip(html, 'https://www.chula.ac.th/news/187645/').textContent).toContain('จัดพิธีเปิด');
  });
  it('ภาพ credits the photographer', () => {
    expect(signOff('ภาพ: ธนพล แก้วมณี')).toEqual([{ name: 'ธนพล แก้วมณี', role: 'Photo' }]);
  });
});

describe('round 26: dates and meta lines of VSB, PHPCMS and Drupal college pages', () => {
  it('a date beside a counter’s label whose count a script prints, under the sign-off (VSB)', () => {
    const html =
      '<title>西语学子赴绍兴开展社会实践-西方语言学院</title><body><div class="article"><h1>西语学子赴绍兴开展社会实践</h1>' +
      `<div id="vsb_content">${ZH_LONG.repeat(3)}</div><div class="foot"><p>（供稿：西方语言学院\u3000撰稿：许可欣\u3000审核：方晓东）</p>` +
      '<p class="article-date">2024年04月18日\u3000点击：<script>_showDynClicks("wbnews", 1738409627, 3871)</script></p></div></div></body>';
    expect(detect(html, 'https://xfyy.zyufl.edu.cn/info/1032/3871.htm')).toEqual({
      isArticle: true,
      reasons: ['publication line after the body'],
    });
  });
  it('a bracket closing the sign-off ends its last credit, not the date after it', () => {
    expect(parseByline('（供稿：西方语言学院 撰稿：许可欣 审核：方晓东） 2024年04月18日 点击：')).toEqual([
      { name: '许可欣', role: '撰稿' },
      { name: '方晓东', role: '审核' },
    ]);
  });
  it('a meta line printed inside the <h1> after a <br> is no part of the headline, and is read (PHPCMS)', () => {
    const head = '教育科学学院举行“国培计划（2023）”——河南省乡村小学骨干教师能力提升培训项目结业典礼';
    const html =
      `<title>${head} - 学院新闻 - 信阳师范大学教育科学学院</title><body><div id="Article"><h1>${head}<br>` +
      `<span>日期：2023-12-18\u3000\u3000稿源：教育科学学院\u3000\u3000浏览次数：632</span></h1><div class="content">${ZH_PARAS}</div></div></body>`;
    const d = clip(html, 'https://jkxy.xynu.edu.cn/index.php?m=content&c=index&a=show&catid=18&id=1294');
    expect([d.title, d.publishedAt, d.source, d.views]).toEqual([head, '2023-12-18', '教育科学学院', 632]);
  });
  it('a details box’s Date label in a <div> of its own over its value (Drupal fields)', () => {
    const html =
      '<title>MCHAS launches research project | UDSM</title><body><h1>MCHAS launches research project</h1>' +
      `<article><div class="content">${EN_PARAS}</div></article><aside><h2>News Details</h2>` +
      '<div class="field"><div class="field--label">Date</div><div class="field--item">Tuesday, March 5, 2024</div></div></aside></body>';
    expect(clip(html, 'https://www.udsm.ac.tz/news/mchas-launches-research-project').publishedAt).toBe('2024-03-05');
  });
  it('guard: an event’s Date, Time and Venue labels beside it date no story', () => {
    const html =
      '<title>Open day | UDSM</title><body><h1>Open day</h1>' +
      `<article><div class="content">${EN_PARAS}</div></article><aside>` +
      '<div class="field--label">Date</div><div class="field--item">Tuesday, March 5, 2024</div>' +
      '<div class="field--label">Venue</div><div class="field--item">Nkrumah Hall</div></aside></body>';
    expect(clip(html, 'https://www.udsm.ac.tz/events/open-day').publishedAt).toBeNull();
  });
});

describe('round 26: credits of Plone, KU Leuven’s and Jornal da USP’s pages', () => {
  it('a date field’s word (Pubblicato) ends a byline’s name: a category before it names no one', () => {
    expect(parseByline('By Ricerca Pubblicato il 17 settembre 2024')).toEqual([]);
  });
  it('two capitals opening a caption’s holder make it no photographer: the name after the dash is', () => {
    expect(
      captionCredit('Het onderzoeksteam analyseerde bloedstalen. © KU Leuven – Jonas Verhulst')?.photographer,
    ).toBe('Jonas Verhulst');
  });
  it('labelled credits opening the body are taken off it and credited (Texto:, Arte:)', () => {
    const html =
      '<title>Estudo acompanha idosos</title><body><main><article class="post"><div class="cabecalho-materia">' +
      '<a class="categoria" href="/editorias/saude/">Ciências da Saúde</a><h1 class="titulo">Estudo acompanha idosos</h1>' +
      '<h2 class="linha-fina">Pesquisadores vão seguir por dez anos idosos atendidos pelas unidades básicas</h2>' +
      '<div class="data-autor"><span class="publicado">Publicado: 14/05/2024</span></div>' +
      '<div class="autoria">Texto: Mariana Teixeira<br>Arte: Rebeca Fonseca</div></div><figure><img src="a.jpg">' +
      `<figcaption>Idosos – Foto: Renato Ferreira/USP Imagens</figcaption></figure><div class="conteudo">${EN_PARAS}</div>` +
      '</article></main></body>';
    const d = clip(html, 'https://jornal.usp.br/ciencias/estudo-acompanha-idosos/');
    expect(d.byline).toEqual([
      { name: 'Mariana Teixeira', role: 'Author' },
      { name: 'Rebeca Fonseca', role: 'Photo' },
      { name: 'Renato Ferreira', role: 'Photo' },
    ]);
    expect(d.textContent.startsWith('The university opened')).toBe(true);
  });
});

describe('round 26: people in Hong Kong’s, Taiwan’s and mainland college news', () => {
  it('words a title or class opens before no name; 长者 after 区长', () => {
    const text =
      '工學院副院長馮德華教授祝賀團隊獲獎。學生文物保护志愿服务队走进博物馆。农民高龄化。冶金工程专业2021级本科生赵宇获奖。' +
      '同學與沙田區長者中心合作。';
    expect(peopleIn(text, 'zh')).toEqual(['赵宇', '馮德華'].sort());
  });
  it('一边, 当天 and 经营 after a name; 仲裁员 and 药匠 before one; 作了 after a foreign name', () => {
    const text =
      '2022级硕士研究生滕悦一边翻看记录本一边介绍。种粮大户邢德林经营着400多亩耕地。2024届毕业生蒋雨轩当天达成意向。' +
      '仲裁委员会仲裁员孟庆华结合案件作了发言。当地老药匠彭金贵带领队员上山。研究系教授安东尼奥·隆哥作了题为《水系》的报告。';
    expect(peopleIn(text, 'zh')).toEqual(['孟庆华', '安东尼奥·隆哥', '彭金贵', '滕悦', '蒋雨轩', '邢德林'].sort());
  });
  it('a Flemish name’s capitalised particle: the name read to its end is the one person', () => {
    expect(
      peopleIn('Prof. Hans Van den Broeck, abdominaal chirurg in UZ Leuven, ziet grote mogelijkheden.', 'nl'),
    ).toEqual(['Hans Van den Broeck']);
  });
});

describe('round 26: programmes in Chinese college news', () => {
  it('a known programme’s name inside another’s quotation is that name’s tail', () => {
    const text = '学校“时珍英才”拔尖创新人才培养计划启动。“时珍英才”计划面向中医学。';
    expect(programsIn(text, 'zh')).toEqual(['“时珍英才”拔尖创新人才培养计划']);
  });
  it('a fund’s committee and 学校 before a plan are its owners; 计划办公室 is an office; a talk’s title is none', () => {
    const text =
      '学院将依托国家留学基金委创新型人才国际合作培养项目拓展交流。团队依托学校暑期本科生研究发展计划（SURF）招募成员。' +
      '文／李欣怡\u3000圖／USR计划办公室提供。副教授陈若琳主讲的第一讲“如何做好一个研究项目”。';
    expect(programsIn(text, 'zh')).toEqual(['创新型人才国际合作培养项目', '暑期本科生研究发展计划'].sort());
  });
});

describe('round 26: programmes in New Zealand’s, Hong Kong’s and Kenya’s English news', () => {
  it('a name of four words or more that the text refers back to in lower case is still a name', () => {
    const text =
      'Twelve students took part in the first Rural Animal Health Outreach Programme, based at clinics in Kaikohe. ' +
      'The outreach programme is supported by the ministry.';
    expect(programsIn(text, 'en')).toEqual(['Rural Animal Health Outreach Programme']);
  });
  it('guard: a heading’s short phrase the text writes in lower case is no name', () => {
    expect(programsIn('Student Exchange Program. The exchange program sends ten students abroad.', 'en')).toEqual([]);
  });
  it('BBA, MFA and the other degree abbreviations before "in" and a field', () => {
    const text = 'Priya Raman (BBA in Management, Year 2) and Kenneth Ho. She holds an MFA in Creative Writing.';
    expect(programsIn(text, 'en')).toEqual(['BBA in Management', 'MFA in Creative Writing']);
  });
  it('Project and its code; a council working on a project is no part of its name', () => {
    const text =
      'The grant will fund Project AF8, which models earthquakes. She works with Auckland Council on the Tīkapa Moana ' +
      'Kelp Recovery Project in the gulf.';
    expect(programsIn(text, 'en')).toEqual(['Project AF8', 'Tīkapa Moana Kelp Recovery Project']);
    expect(namesOfKind(text, 'organization', 'en')).not.toContain('Auckland Council on the T');
  });
});

describe('round 26: the closing credits guard', () => {
  it('guard: a bracketed note after a name is still read as the note', () => {
    expect(closingCredits('（编辑：王海（实习生） 审核：李明）')?.byline).toEqual([
      { name: '王海', role: '编辑' },
      { name: '李明', role: '审核' },
    ]);
  });
});
