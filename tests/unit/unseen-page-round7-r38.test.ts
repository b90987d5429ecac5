// Fields on the classes review sets R38 and R39 found failing (issue #11, session 39, round 7, checked on R40–R43):
// each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { EN_PARAS, ZH_BODY, ZH_PARAS, clip } from './unseen-page-snippets';
import { detectArticle } from '../../utils/detection/detect-article';
import { isAcademicHost } from '../../utils/detection/academic-hosts';
import { parseByline } from '../../utils/extraction/meta-line';
import { dayFirstPage, parseDate } from '../../utils/extraction/parse-date';

const credits = (d: ReturnType<typeof clip>) => d.byline.map((b) => `${b.role}: ${b.name}`);

describe('Chinese college meta lines: 审校 credits, a view counter in the row of names', () => {
  it('审校：刘鹏 is a credit', () => {
    expect(parseByline('撰稿：周婷　摄影：孙浩然　审校：刘鹏').map((b) => b.name)).toEqual(['周婷', '孙浩然', '刘鹏']);
  });
  it('阅读（915） after 通讯员：黄雅琴 is the counter, not a second name', () => {
    expect(parseByline('时间：2024-10-23 10:48:12　　来源：继续教育学院　　通讯员：黄雅琴　　阅读（915）')).toEqual([
      { name: '黄雅琴', role: '通讯员' },
    ]);
  });
});

describe('a posting account above, the source office below the text (WebPlus: 发布者 … 来源：)', () => {
  it('来源：农学院 after the text wins over 发布者：宣传部 under the headline', () => {
    const d = clip(
      `<title>团队获奖</title><div class="article"><h1>团队获奖</h1><p class="metas"><span>发布者：宣传部</span>` +
        `<span>发布时间：2024-10-25</span></p>${ZH_BODY}<p class="src">来源：农学院\u3000撰稿：王芳</p></div>`,
    );
    expect(d.source).toBe('农学院');
  });
  it('guard: 发布者 alone is still the source', () => {
    const d = clip(
      `<title>团队获奖</title><div class="article"><h1>团队获奖</h1><p class="metas"><span>发布者：宣传部</span>` +
        `<span>发布时间：2024-10-25</span></p>${ZH_BODY}</div>`,
    );
    expect(d.source).toBe('宣传部');
  });
});

describe('dates: a release number before the date; en-US declared on a day-first country’s host', () => {
  it('“Nr. 142/2024 - 12.09.2024” is 12 September (the separators of a date agree)', () => {
    expect(parseDate('Presseinformation: Nr. 142/2024 - 12.09.2024', 'Europe/Berlin')?.iso).toBe('2024-09-12');
    expect(parseDate('2024-11-252024-12-03', 'UTC')?.iso).toBe('2024-11-25');
  });
  it('SharePoint’s lang="en-US" on sun.ac.za: the host’s country reads 12/03/2024 as 12 March', () => {
    expect(dayFirstPage('en-US', 'www.sun.ac.za')).toBe(true);
    expect(dayFirstPage('en-US', 'news.example.edu')).toBe(false);
    expect(dayFirstPage('en-GB', 'news.example.edu')).toBe(true);
  });
});

describe('French and Canadian university news: “Par” bylines and a caption’s credit on its own line', () => {
  it('“Par Julie Gervais” then “Le 9 avril 2024”; “Crédit : Camille Roy, Université de Montréal” under a <br>', () => {
    const d = clip(
      `<title>Une chaire</title><main><article><h1>Une chaire</h1><div class="meta"><span>Par Julie Gervais</span>\n` +
        `<span>Le 9 avril 2024</span></div><figure><img src="a.jpg"><figcaption>Élise Bouchard<br><span>Crédit : ` +
        `Camille Roy, Université de Montréal</span></figcaption></figure><div class="texte">${EN_PARAS}</div></article></main>`,
      'https://nouvelles.umontreal.ca/article/2024/04/09/une-chaire/',
    );
    expect(credits(d)).toEqual(['Author: Julie Gervais', 'Photo: Camille Roy']);
  });
  it('guard: “Par” inside a sentence opens no byline', () => {
    expect(parseByline('Le projet est financé par Fonds Québec et par Mitacs.')).toEqual([]);
  });
});

describe('a post’s facts in a sidebar list (WordPress themes on Taiwan news sites: <li><strong>發布時間</strong>：…)', () => {
  const page = (items: string) =>
    `<!DOCTYPE html><title>醫學系學生赴印尼見習</title><main><article><h1>醫學系學生赴印尼見習</h1>${ZH_PARAS.repeat(2)}` +
    `</article></main><aside><section><h3>新聞資訊</h3><ul>${items}</ul></section></aside>`;
  const detect = (items: string) => {
    const url = 'https://www.nycu.edu.tw/news/8765/';
    return detectArticle(new JSDOM(page(items), { url }).window.document, url, new Date('2026-11-28'), isAcademicHost);
  };
  it('one publication-labelled line in the sidebar makes an article', () => {
    expect(
      detect('<li><strong>發布時間</strong>：2024年8月30日</li><li><strong>分類</strong>：校園新聞</li>').isArticle,
    ).toBe(true);
  });
  it('guard: a sidebar listing several dated items is no one story’s date', () => {
    const items = [1, 2, 3].map((d) => `<li>發布時間：2024年8月${d}日</li>`).join('');
    expect(detect(items).isArticle).toBe(false);
  });
});
