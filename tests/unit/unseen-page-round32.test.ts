// Round 32 (issue #11, session 56): the classes R196-R199 failed once they became the tuning sets (they had checked
// round 31); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_PARAS, clip } from './unseen-page-snippets';
import { namesOfKind, peopleIn } from './entity-kinds';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { splitTitle } from '../../utils/extraction/extract-title';
import { parseEnglishByline, parseSource } from '../../utils/extraction/meta-line';
import { removeEdgeFurniture } from '../../utils/extraction/edge-furniture';

const programs = (text: string) => namesOfKind(text, 'program', 'zh');
const detect = (html: string, url: string) =>
  detectArticle(new JSDOM(html, { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);

describe('round 32: credits and dates after the text (UESTC’s English site, Inside UNC Charlotte’s meta card)', () => {
  const page = (info: string) =>
    `<title>UESTC Summer School brings students to Chengdu</title><body><div class="art"><h1>UESTC Summer School brings students to Chengdu</h1>` +
    `<div class="con">${EN_PARAS}</div><div class="art-info">${info}</div></div></body>`;
  const url = 'https://en.uestc.edu.cn/info/1081/4327.htm';
  it('a labelled date under English credits makes it an article', () => {
    const info =
      '<p>Source: Office of International Cooperation</p><p>Written by: Zhou Yiran</p><p>Date: 2024-07-09</p>';
    expect(detect(page(info), url).isArticle).toBe(true);
  });
  it('guard: a labelled date alone there does not', () => {
    expect(detect(page('<p>Date: 2024-07-09</p>'), url).isArticle).toBe(false);
  });
  it('a "Posted on" date beside the byline in a sidebar card is the printed date, over a UTC meta time', () => {
    const d = clip(
      `<html><head><title>Charlotte launches an initiative</title><meta property="article:published_time" content="2024-10-14T21:12:00+00:00"></head>` +
        `<body><main><article><h1>Charlotte launches an initiative</h1><div class="c">${EN_PARAS}</div>` +
        `<div class="share"><span>Share</span> <a href="https://www.facebook.com/sharer/sharer.php?u=x">Facebook</a> <a href="https://x.com/intent/post?url=x">X</a></div></article>` +
        `<aside><div class="card"><p>By Lena Ortiz</p><p>Posted on October 15, 2024</p></div></aside></main></body></html>`,
      'https://inside.charlotte.edu/2024/10/15/charlotte-launches-an-initiative/',
    );
    expect(d.publishedAt?.slice(0, 10)).toBe('2024-10-15');
  });
});

describe('round 32: credits (a hyphenated verb’s "by", an office after the byline, Swahili, a proofreader)', () => {
  it('"co-organized by" credits no one; a byline stops at its office', () => {
    expect(parseEnglishByline("The forum was co-organized by SISU's School of Education.")).toEqual([]);
    expect(parseEnglishByline('By Sarah Whitcomb Marketing & Communications').map((b) => b.name)).toEqual([
      'Sarah Whitcomb',
    ]);
  });
  it('Swahili’s "Na:" and "Picha:", and "Proofread by", credit people', () => {
    expect(parseEnglishByline('Na: Asha Said').map((b) => b.name)).toEqual(['Asha Said']);
    expect(parseEnglishByline('Picha: Emmanuel Lyimo').map((b) => [b.name, b.role])).toEqual([
      ['Emmanuel Lyimo', 'Photo'],
    ]);
    expect(parseEnglishByline('Proofread by: Chris Murphy').map((b) => b.name)).toEqual(['Chris Murphy']);
  });
  it('a Hindi source label is read', () => {
    expect(parseSource('स्रोत: जनसंपर्क प्रकोष्ठ')).toBe('जनसंपर्क प्रकोष्ठ');
  });
});

describe('round 32: headlines and first lines (a site’s short name, spaced columns, a subtitle over fields)', () => {
  it('a news site’s short name before "--" is the site; the spaced site and column before a Chinese headline too', () => {
    expect(splitTitle('重邮新闻网--重邮“数智赋能乡村振兴”实践团赴酉阳开展暑期社会实践')?.head).toBe(
      '重邮“数智赋能乡村振兴”实践团赴酉阳开展暑期社会实践',
    );
    expect(splitTitle('吉林师范大学 学校要闻 我校召开第十五批师范生顶岗实习支教总结表彰大会')?.head).toBe(
      '我校召开第十五批师范生顶岗实习支教总结表彰大会',
    );
  });
  it('guard: an English <title> with spaces is no site-first title', () => {
    expect(splitTitle('Harvard University announces new fellowship program')).toBeNull();
  });
  it('a subtitle over a meta line of credits, source, date and counter opens no text', () => {
    const root = new JSDOM(
      `<div><p>——相关成果发表于《自然·电子》</p><p>文：吕思远 图：学院提供 编辑：唐韵 审核：罗伟 来源：信息与通信工程学院 2024-12-03 浏览次数：3581</p>${ZH_PARAS.replaceAll('</p><p>', '')}</div>`,
    ).window.document.querySelector('div')!;
    removeEdgeFurniture(root);
    expect(root.textContent!.startsWith('5月11日')).toBe(true);
  });
  it('guard: a credit line alone opening the text stays', () => {
    const root = new JSDOM(`<div><p>【文/观察者网专栏作者王文】</p>${ZH_PARAS}</div>`).window.document.querySelector(
      'div',
    )!;
    removeEdgeFurniture(root);
    expect(root.textContent!.startsWith('【文/')).toBe(true);
  });
  it('a reuse policy closing the text is the site’s', () => {
    const root = new JSDOM(
      `<div>${EN_PARAS}<p>Política de uso A reprodução de matérias e fotografias é livre mediante a citação do Jornal da USP e do autor.</p></div>`,
    ).window.document.querySelector('div')!;
    removeEdgeFurniture(root);
    expect(root.textContent!.endsWith('stage of it.')).toBe(true);
  });
});

describe('round 32: people (Hindi titles, a Russian role’s field, Swahili’s Dkt., Park, 制片人; no particle ends a name)', () => {
  it('each is found', () => {
    expect(
      peopleIn('पूर्व अध्यक्ष प्रो. रमेश चंद्र जोशी ने कहा। कुलसचिव श्री विनोद कुमार गुप्ता ने कहा कि विश्वविद्यालय आगे बढ़ेगा।', 'hi'),
    ).toEqual(['रमेश चंद्र जोशी', 'विनोद कुमार गुप्ता']);
    expect(peopleIn('Как отметил проректор по академическим вопросам Айдос Жумабеков, проект важен.', 'ru')).toEqual([
      'Айдос Жумабеков',
    ]);
    expect(peopleIn('Kwa mujibu wa Mkurugenzi wa TATAKI, Dkt. Hamisi Mbaruku, programu itaanza.', 'sw')).toEqual([
      'Hamisi Mbaruku',
    ]);
    expect(peopleIn('Owen Park, a doctoral student in the lab, said the marsh is slumping.', 'en')).toEqual([
      'Owen Park',
    ]);
    expect(peopleIn('纪录片频道制片人罗婧等担任嘉宾。副院长郭立群解读了研究生培养方案。', 'zh')).toEqual([
      '罗婧',
      '郭立群',
    ]);
  });
  it('guard: a park after a place’s word stays a place', () => {
    expect(peopleIn('The team surveyed Central Park and Hyde Park last summer.', 'en')).toEqual([]);
  });
});

describe('round 32: programmes (a contest’s track, a plan’s first phase)', () => {
  it('an unquoted track and a first phase name none', () => {
    expect(programs('大赛设高教主赛道和产业命题赛道。')).toEqual([]);
    expect(programs('该项目首期计划投入资金2000万元。')).toEqual([]);
  });
  it('guard: a track named after its quoted programme names the programme', () => {
    expect(programs('学生在“青年红色筑梦之旅”赛道获得金奖。')).toEqual(['青年红色筑梦之旅']);
  });
});
