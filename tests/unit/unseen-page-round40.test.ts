// Round 40 (issue #11, session 60): the classes R232-R235 failed once they became the tuning sets (they had checked
// round 39); each describe names the page class it serves, and each rule's test fails without it.
import { describe, expect, it } from 'vitest';
import { isDatedLabel } from '../../utils/extraction/date-lines';
import { isFootNotice } from '../../utils/extraction/foot-notices';
import { clip, EN_PARAS, ZH_PARAS } from './unseen-page-snippets';
import { peopleIn } from './entity-kinds';

describe('round 40: the body’s first lines (a dated meta line, Joomla’s heading, a lede under the picture)', () => {
  it('published and updated with the day’s name before the first date is a meta line', () => {
    expect(isDatedLabel('Published: Wednesday, 12 February 2025 Updated: Friday, 14 February 2025')).toBe(true);
  });
  it('guard: a sentence after a labelled date is no meta line', () => {
    expect(isDatedLabel('Published: Wednesday, 12 February 2025 and read by thousands of students')).toBe(false);
  });
  it('Joomla’s Czech "Podrobnosti" heading over the author and date opens no text', () => {
    const html =
      '<html><head><title>Mikroplasty ve Vltavě</title></head><body><div class="item-page">' +
      '<h2 itemprop="headline">Mikroplasty ve Vltavě</h2><dl class="article-info"><dt>Podrobnosti</dt>' +
      '<dd class="createdby">Autor: <span>Martin Dvořák</span></dd>' +
      '<dd class="published"><time datetime="2024-06-12T10:15:00+02:00">Středa, 12. června 2024 10:15</time></dd></dl>' +
      `<div itemprop="articleBody">${EN_PARAS}</div></div></body></html>`;
    expect(
      clip(html, 'https://www.natur.cuni.cz/2024/vltava').textContent.trim().startsWith('The university opened'),
    ).toBe(true);
  });
  it('a lede under the picture that opens as the page’s description is the text, though it tells what it shows', () => {
    const html =
      '<html><head><title>Lyons Farm trial shows multispecies swards cut nitrogen</title><meta name="description" ' +
      'content="Three years of grazing data from UCD Lyons Farm show that multispecies swards keep milk output."></head>' +
      '<body><div class="content-main"><h1>Lyons Farm trial shows multispecies swards cut nitrogen</h1>' +
      '<p class="byline">By Róisín Keating | 21 November 2024</p>' +
      '<img src="/lyons.jpg" alt="Dairy cows grazing a multispecies sward at UCD Lyons Farm">' +
      '<p>Three years of grazing data from UCD Lyons Farm show that dairy cows grazing multispecies swards can produce ' +
      'as much milk as cows on conventional ryegrass pasture.</p>' +
      `${EN_PARAS}</div></body></html>`;
    expect(clip(html, 'https://www.ucd.ie/agfood/news/lyons.html').textContent.trim().startsWith('Three years')).toBe(
      true,
    );
  });
});

describe('round 40: the body’s last lines (an invitation to republish under a licence)', () => {
  it('"Republishing guidelines" and its Creative Commons note are a site’s notice', () => {
    const note =
      'You are welcome to republish this content under a Creative Commons licence, provided you credit the ' +
      'University of Auckland and link back to the original article.';
    expect([isFootNotice('Republishing guidelines'), isFootNotice(note)]).toEqual([true, true]);
  });
  it('guard: a story about a licence is no notice', () => {
    expect(isFootNotice('The library will republish the archive online next year.')).toBe(false);
  });
});

describe('round 40: the date (a day badge beside a share bar)', () => {
  it('a share bar’s label between the badge and the headline', () => {
    const html =
      '<html><head><title>暑期社会实践团走进龙胜</title></head><body><div class="content-side"><div class="date-box">' +
      '<span class="day">18</span><span class="ym">2024-07</span></div><div class="side-share"><p>分享到</p></div></div>' +
      '<div class="content-main"><h1 class="c-title">暑期社会实践团走进龙胜</h1><div class="c-info">来源：校团委</div>' +
      `<div class="c-body">${ZH_PARAS}</div></div></body></html>`;
    expect(clip(html, 'https://www.guet.edu.cn/info/1151/58764.htm').publishedAt?.slice(0, 10)).toBe('2024-07-18');
  });
});

describe('round 40: credits (审核人, an office as editor, "Article by", the site as Readability’s byline)', () => {
  it('审核人 labels the reviewer after the text', () => {
    const html =
      '<html><head><title>油菜机械化收获现场观摩会在沙洋举行</title></head><body><div class="article">' +
      '<h1>油菜机械化收获现场观摩会在沙洋举行</h1><p>发布时间：2024-05-16</p>' +
      `<div class="content">${ZH_PARAS}<p style="text-align: right;">审核人：周振宇</p></div></div></body></html>`;
    expect(clip(html, 'https://news.hzau.edu.cn/2024/0516/x.shtml').byline.map((b) => b.name)).toEqual(['周振宇']);
  });
  it('an office credited as the editor beside a person is the body the person works for', () => {
    const html =
      '<html><head><title>成大研究團隊獲獎</title></head><body><div class="article"><h1>成大研究團隊獲獎</h1>' +
      `<p>發布日期：2024-05-16</p><div class="content">${ZH_PARAS}</div>` +
      '<div class="credits"><p>撰文／蔡宜珊　編輯／成大新聞中心</p></div></div></body></html>';
    expect(clip(html, 'https://web.ncku.edu.tw/p/404-1000-1.php').byline.map((b) => b.name)).toEqual(['蔡宜珊']);
  });
  it('"Article by" in a details list names the writer', () => {
    const html =
      '<html><head><title>Students win Formula SAE event</title></head><body><main><h1>Students win Formula SAE event</h1>' +
      `<div class="body">${EN_PARAS}</div><aside><dl><dt>Published</dt><dd>17 December 2024</dd><dt>Article by</dt>` +
      '<dd>Jess Morrison</dd></dl></aside></main></body></html>';
    expect(clip(html, 'https://www.canterbury.ac.nz/news/x').byline.map((b) => b.name)).toEqual(['Jess Morrison']);
  });
  it('Readability’s byline naming the site leaves the name the author-marked element prints', () => {
    const html =
      '<html><head><title>Desarrollan biofiltro</title><meta name="author" content="Gaceta UNAM">' +
      '<meta property="og:site_name" content="Gaceta UNAM"></head><body><article><header class="entry-header">' +
      '<h1 class="entry-title">Desarrollan biofiltro</h1><div class="entry-meta"><span class="byline">Rocío Anaya ' +
      'Quintero</span> <time datetime="2024-05-13T06:00:00+00:00">13 de mayo de 2024</time></div></header>' +
      `<div class="entry-content">${EN_PARAS}</div></article></body></html>`;
    expect(clip(html, 'https://www.gaceta.unam.mx/desarrollan-biofiltro/').byline.map((b) => b.name)).toEqual([
      'Rocío Anaya Quintero',
    ]);
  });
});

describe('round 40: Chinese people (a profile’s subject, 同门, 赴, 华东师大)', () => {
  const profile =
    '凌晨四点，林沐阳和队友们守在绞车旁。林沐阳的研究方向是大陆边缘构造演化。2021年夏天，林沐阳随课题组赴西藏开展野外调查。';
  it('a name opening three clauses, going on otherwise each time, is the profile’s subject', () => {
    expect(peopleIn(profile, 'zh-Hans')).toEqual(['林沐阳']);
  });
  it('guard: a body’s short name opening clauses is no one (华东师大, 华东师范大学)', () => {
    const text = '华东师范大学举行大会。华东师大师生参加。华东师范大学校长讲话，华东师大代表发言。';
    expect(peopleIn(text, 'zh-Hans')).not.toContain('华东师');
  });
  it('guard: three characters always going on the same way are a word (黄河流域)', () => {
    expect(peopleIn('黄河流域生态好。黄河流域发展快。黄河流域人口多。', 'zh-Hans')).toEqual([]);
  });
  it('同门 (a fellow student) before a name, and 赴 (going to) after one in a list', () => {
    const text = '课题组同门陈可说，师兄总是把流程整理成文档。张宏伟带领团队骨干王立新、陈思琪赴京参加答辩。';
    expect(peopleIn(text, 'zh-Hans')).toEqual(['王立新', '陈可', '陈思琪'].sort());
  });
});

describe('round 40: Latin-script people (a citation’s authors, a bracketed note before "who")', () => {
  it('a citation’s authors, surname then initials, are no one named in the story', () => {
    const text = 'Alkuperäinen artikkeli: Mäkinen E, Lindqvist J, Virtanen S. Phytoplankton aggregates drive export.';
    expect(peopleIn(text, 'en')).toEqual([]);
  });
  it('guard: a middle initial in running text still names a person', () => {
    expect(peopleIn('The study was led by Max L. Balter of the physics department.', 'en')).toEqual(['Max L. Balter']);
  });
  it('a bracketed note between an accented name and "who"', () => {
    const text =
      'Tama Hōhepa (Ngāti Kahungunu), who completed a pilot placement in Southland this year, says it helped.';
    expect(peopleIn(text, 'en')).toEqual(['Tama Hōhepa']);
  });
});
