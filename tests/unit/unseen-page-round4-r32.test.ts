// Fields, detection and people on the classes review sets R32 and R33 found failing (issue #11, session 38, round 4,
// checked on R34 and R35): each describe named after the page class it serves, rules with guards.
import { describe, expect, it } from 'vitest';
import { EN_PARAS, ZH_BODY, clip } from './unseen-page-snippets';
import { namesOfKind } from './entity-kinds';
import { closingAuthor } from '../../utils/extraction/meta-line';
import { notArticleTitle } from '../../utils/detection/page-kind';

const people = (text: string) => namesOfKind(text, 'person', 'zh').sort();

describe('Chinese bylines and sources after the text (provincial news sites, Taiwan RPage)', () => {
  it('（记者 倪晓雯 通讯员 钱俊）: the second role names those after it', () => {
    expect(closingAuthor('（记者 倪晓雯 通讯员 钱俊）')).toEqual([
      { name: '倪晓雯', role: '记者' },
      { name: '钱俊', role: '通讯员' },
    ]);
  });
  it('图/学生团队提供 names who supplied the pictures, no credit; 資料來源 is a source label', () => {
    const d = clip(
      `<title>成果</title><article><h1>成果</h1>${ZH_BODY}<p>（文/蔡雯\u3000图/学生团队提供\u3000编辑/宋佳）</p>` +
        `<div class="src">資料來源：醫學院</div></article>`,
    );
    expect(d.byline.map((b) => b.name)).toEqual(['蔡雯', '宋佳']);
    expect(d.source).toBe('醫學院');
  });
});

describe('European university news: a source line and a byline in the page’s language', () => {
  it('“Fuente: Unidad de Cultura Científica” in the article’s footer is the source', () => {
    const d = clip(
      `<title>OLIVAQUA</title><article><h1>OLIVAQUA</h1>${EN_PARAS}<footer><p><strong>Fuente:</strong> Unidad de ` +
        `Cultura Científica</p></footer></article>`,
    );
    expect(d.source).toBe('Unidad de Cultura Científica');
  });
  it('an author-marked “Av Ingrid Solberg” (Norwegian “by”) is Ingrid Solberg', () => {
    const d = clip(
      `<title>Havis</title><main><article><header><h1>Havis</h1><p class="byline">Av Ingrid Solberg</p></header>` +
        `${EN_PARAS}</article></main>`,
    );
    expect(d.byline.map((b) => b.name)).toEqual(['Ingrid Solberg']);
  });
});

describe('a site footer Readability takes in (WordPress news themes): the institution, its address and phone', () => {
  it('“California State University, Fullerton⏎800 N. State College Blvd. …⏎657-278-2011⏎©…” is no text', () => {
    const d = clip(
      `<title>Scholar</title><article><h1>Scholar</h1>${EN_PARAS}<p>“You just have to let them.”</p>` +
        `<p>California State University, Fullerton<br>800 N. State College Blvd., Fullerton, CA 92831<br>` +
        `657-278-2011</p><p>© 2024 California State University, Fullerton. All Rights Reserved.</p></article>`,
    );
    expect(d.textContent).toMatch(/You just have to let them\.”$/);
  });
  it('guard: a paragraph that names the university stays', () => {
    const d = clip(
      `<title>Scholar</title><article><h1>Scholar</h1>${EN_PARAS}<p>She studied at California State University, ` +
        `Fullerton, for four years.</p></article>`,
    );
    expect(d.textContent).toMatch(/for four years\.$/);
  });
});

describe('headlines and listings: a press office’s column name; a column’s month archive (detection)', () => {
  it('<title>Press Release :: …</title> over an <h1>: the <h1> is the headline', () => {
    const d = clip(
      `<title>Press Release :: Indian Institute of Technology Mandi</title><div><h2>Press Release</h2><h1>IIT ` +
        `Mandi researchers develop sensor network</h1>${EN_PARAS}</div>`,
    );
    expect(d.title).toBe('IIT Mandi researchers develop sensor network');
  });
  it('“Events – May 2024 | …” is an archive; a headline with a year is not', () => {
    expect(notArticleTitle('Events – May 2024 | Portland Community College')).toBe('archive');
    expect(notArticleTitle('News | 2023 in review: a year of discovery')).toBeNull();
  });
});

describe('people: a captain’s and a group leader’s titles; leading after a name', () => {
  it('船长吴海生带领船员, 船長林志鴻率領, 教研组长陈静', () => {
    expect(
      people('船长吴海生带领船员保障了各项作业安全。此次航程由船長林志鴻率領。教研组长陈静、高级教师出席。'),
    ).toEqual(['吴海生', '林志鴻', '陈静'].sort());
  });
});
