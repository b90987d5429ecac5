// A search's words marked where it matched (review 31, R10 #7): in a row's title, in a line under a title that does
// not hold them (a credit-only or a tag-only match), and in the reader's body, across a name's mark.
import './dom-globals';
import './i18n-stub';
import { describe, expect, it, vi } from 'vitest';
import { ArticleList } from '../../components/ArticleList';
import type { ArticleFields } from '../../components/article-row-match';
import { ReaderView } from '../../components/ReaderView';
import type { Card } from '../../utils/collection/card';
import type { Article } from '../../utils/model/article';
import { draft, listCard } from './factories';
import { render } from 'preact';
import * as sanitize from '../../utils/safety/sanitize';
import { act } from 'preact/test-utils';
import { allByTestId, mountEach, until } from './render-helpers';

const show = mountEach();

const card = listCard;

/** The list of `cards` under the search `query`, a row reading its article with `read`. */
const rows = (cards: Card[], query: string, read?: (id: string) => Promise<ArticleFields | undefined>) =>
  show(
    <ArticleList
      cards={cards}
      filtered
      selected={new Set()}
      onToggle={vi.fn()}
      onOpen={vi.fn()}
      query={query}
      read={read}
    />,
  );

const marks = (el: ParentNode, kind = 'search') =>
  [...el.querySelectorAll(`mark[data-kind="${kind}"]`)].map((m) => m.textContent);

describe('the rows of a search', () => {
  it('mark the query in the title, in either script, and say nothing more', () => {
    const root = rows([card(1, { title: '張翔教授出席香港大學論壇' })], '张翔 香港大学');
    const row = allByTestId(root, 'article-item')[0]!;
    expect(marks(row)).toEqual(['張翔', '香港大學']);
    expect(row.querySelector('.article-title')!.textContent).toBe('張翔教授出席香港大學論壇');
    expect(allByTestId(root, 'matched-in')).toEqual([]);
  });

  it('say under a title without the words that a tag matched, from the card, reading nothing', () => {
    const read = vi.fn();
    const root = rows([card(1, { title: '校友活动', tags: ['交大要闻', '校友返校日'] })], '校友返校日', read);
    const [line] = allByTestId(root, 'matched-in');
    expect(line!.textContent).toBe('Tag:校友返校日');
    expect(marks(line!)).toEqual(['校友返校日']);
    expect(marks(allByTestId(root, 'article-item')[0]!.querySelector('.article-title')!)).toEqual([]);
    expect(read).not.toHaveBeenCalled();
  });

  it('say that a credit matched, as printed (摄影 郭晓雯), reading the article of a drawn row', async () => {
    const read = vi.fn(async () => ({
      byline: [
        { role: '文字', name: '李明' },
        { role: '摄影', name: '郭曉雯' },
      ],
      source: '党委宣传部',
      textContent: '正文',
      highlights: [],
    }));
    const root = rows([card(1, { title: '学校召开工作会议' })], '郭晓雯', read);
    await until(() => expect(allByTestId(root, 'matched-in')).toHaveLength(1));
    const line = allByTestId(root, 'matched-in')[0]!;
    expect(line.textContent).toBe('Credit:摄影 郭曉雯');
    expect(marks(line)).toEqual(['郭曉雯']);
    expect(read).toHaveBeenCalledWith('id1');
  });

  it('show a few words of the text around the first match when only the body holds it', async () => {
    const text = `${'前文'.repeat(30)}本次活动吸引了众多大学生参加。${'后文'.repeat(60)}`;
    const root = rows([card(1, { title: '学校举办活动' })], '大学生', async () => ({
      byline: [],
      source: null,
      textContent: text,
      highlights: [],
    }));
    await until(() => expect(allByTestId(root, 'matched-in')).toHaveLength(1));
    const line = allByTestId(root, 'matched-in')[0]!;
    expect(line.textContent).toMatch(/^In the text:….*本次活动吸引了众多大学生参加.*…$/);
    expect(marks(line)).toEqual(['大学生']);
  });

  it('say where a long title matched when its match is past the two lines the row shows (R12 #3)', () => {
    // jsdom lays nothing out: a title box is two lines high (0–40), a mark after text on the third line (45), a
    // mark at the title's start on the first (5).
    const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      const top = this.tagName === 'MARK' ? (this.previousSibling ? 45 : 5) : 0;
      return { top, bottom: this.tagName === 'MARK' ? top + 16 : 40, height: 40 } as DOMRect;
    });
    try {
      const title = `我校召开2024年度党史学习教育总结大会暨全面从严治党工作会议，党委书记出席会议并讲话，学校领导班子成员参加，氢能研究院作交流发言`;
      const root = rows([card(1, { title, tags: ['要闻'] }), card(2, { title: '氢能研究院成立' })], '氢能');
      const [hidden, shown] = allByTestId(root, 'article-item');
      const line = hidden!.querySelector('[data-testid="matched-in"]')!;
      expect(line.textContent).toMatch(/^In the title:…[^…]{16}氢能研究院作交流发言$/);
      expect(marks(line)).toEqual(['氢能']);
      // A title whose mark shows needs no line.
      expect(shown!.querySelector('[data-testid="matched-in"]')).toBeNull();
    } finally {
      box.mockRestore();
    }
  });

  // Review 32 (R13): a Han word that begins at the end of the second line was drawn under the clamp's "…" (the
  // mark wholly on the second line, its end under the ellipsis), and no line said what matched.
  it("say where a long title matched when its match sits under the clamp's ellipsis", () => {
    const rect = (r: Partial<DOMRect>) => ({ top: 0, bottom: 40, left: 0, right: 364, height: 40, ...r }) as DOMRect;
    const spies = [
      vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (this: HTMLElement) {
        return this.tagName === 'MARK' ? rect({ top: 21, bottom: 37, left: 330, right: 362, height: 16 }) : rect({});
      }),
      vi.spyOn(HTMLElement.prototype, 'scrollHeight', 'get').mockReturnValue(60),
      vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(40),
    ];
    try {
      const title = `我校召开年度学习教育总结大会暨全面从严治党工作会议党委书记出席会议并讲话学校领导班子成员和钒电池各单位负责人参加`;
      const root = rows([card(1, { title })], '钒电池');
      expect(allByTestId(root, 'matched-in')[0]?.textContent).toMatch(/^In the title:…[^…]{16}钒电池各单位负责人参加$/);
    } finally {
      spies.forEach((x) => x.mockRestore());
    }
  });

  it('say where a long title matched when its match only begins on the last line shown', () => {
    const box = vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockImplementation(function (
      this: HTMLElement,
    ) {
      // The title box 0–40; the mark from the end of the second line (25) into the third (61).
      return (
        this.tagName === 'MARK' ? { top: 25, bottom: 61, height: 36 } : { top: 0, bottom: 40, height: 40 }
      ) as DOMRect;
    });
    try {
      const title = `我校召开2024年度党史学习教育总结大会暨全面从严治党工作会议，党委书记出席会议并讲话，钒电池研究院作交流发言`;
      const root = rows([card(1, { title })], '钒电池');
      const line = allByTestId(root, 'matched-in')[0];
      expect(line?.textContent).toMatch(/^In the title:…[^…]{16}钒电池研究院作交流发言$/);
    } finally {
      box.mockRestore();
    }
  });

  it('show a long note (or source) from a few characters before its match, as the text is shown (R12 #3)', async () => {
    const note =
      'Follow up with the photographer about the caption and the credit line, then ask the press office about the embargo';
    const root = rows([card(1, { title: '学校举办活动' })], 'embargo', async () => ({
      byline: [],
      source: null,
      textContent: '正文',
      highlights: [{ text: '活动', note, createdAt: '2026-11-02T00:00:00Z' }],
    }));
    await until(() => expect(allByTestId(root, 'matched-in')).toHaveLength(1));
    const line = allByTestId(root, 'matched-in')[0]!;
    expect(line.textContent).toBe('Your note:…ffice about the embargo');
    expect(marks(line)).toEqual(['embargo']);
  });
});

describe('the reader opened from a search', () => {
  const article: Article = {
    ...draft(1),
    contentHtml:
      '<p>党委书记<b>卢建军</b>主持会议，<i>張翔</i>出席。</p><p>Women’s <em>Climate</em> change grants; a migrant.</p>',
    textContent: '党委书记卢建军主持会议，張翔出席。Women’s Climate change grants; a migrant.',
    id: 'a',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [{ text: '卢建军', kind: 'person', role: '党委书记', count: 1 }],
    highlights: [{ text: '主持会议', note: '', createdAt: '2026-11-02T00:00:00Z' }],
  };

  it('marks the matches in the body, in either script and as the search reads Latin words', () => {
    const root = show(
      <ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} query='张翔 "climate change" grant women’s' />,
    );
    const body = root.querySelector('.reader-body')!;
    expect(marks(body)).toEqual(['張翔', 'Women’s', 'Climate', ' change', 'grants']);
    // Display only: the text as it was.
    expect(body.textContent).toBe('党委书记卢建军主持会议，張翔出席。Women’s Climate change grants; a migrant.');
  });

  it("keeps the name's and the highlight's marks whole when a match crosses them", () => {
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} query="书记卢建军主持" />);
    const body = root.querySelector('.reader-body')!;
    expect(marks(body, 'person')).toEqual(['卢建军']);
    expect(marks(body, 'user').join('')).toBe('主持会议');
    expect(marks(body).join('')).toBe('书记卢建军主持');
    // The part inside the name is marked inside its mark, which stays one element.
    expect(body.querySelector('mark[data-kind="person"] > mark[data-kind="search"]')!.textContent).toBe('卢建军');
  });

  it('marks a match in the headline and in the credits line, where a credit-only match is seen', () => {
    const credited = { ...article, title: '未来技术学院揭牌', byline: [{ role: '摄影', name: '郭晓雯' }] };
    const root = show(<ReaderView article={credited} onClose={vi.fn()} onPick={vi.fn()} query="郭晓雯 未来技术" />);
    expect(marks(root.querySelector('.reader-meta')!)).toEqual(['郭晓雯']);
    expect(marks(root.querySelector('#reader-title')!)).toEqual(['未来技术']);
    // The heading's text is unchanged, as its name for assistive technology.
    expect(root.querySelector('#reader-title')!.textContent).toBe('未来技术学院揭牌');
  });

  it('reads a <br> as a line break: the marks are what search matched in the stored lines (R12 #2)', () => {
    const br = { ...article, contentHtml: '<p>Media contact: Jane Smith<br>Press Office<br>Lakeside Hall 210</p>' };
    const press = show(<ReaderView article={br} onClose={vi.fn()} onPick={vi.fn()} query="press" />);
    expect(marks(press.querySelector('.reader-body')!)).toEqual(['Press']);
    const smith = show(<ReaderView article={br} onClose={vi.fn()} onPick={vi.fn()} query="Smith" />);
    expect(marks(smith.querySelector('.reader-body')!)).toEqual(['Smith']);
  });

  it('marks a match in a tag, in a note and in the site address the meta line then shows (R12 #4)', () => {
    const tagged = {
      ...article,
      tags: ['交大要闻', '校友返校日'],
      highlights: [{ text: '主持会议', note: '稿件待复核，联系宣传部蔡老师', createdAt: '2026-11-02T00:00:00Z' }],
      site: { host: 'news.tsinghua.edu.cn', name: '清华新闻网', university: '清华大学' },
    };
    const tag = show(<ReaderView article={tagged} onClose={vi.fn()} onPick={vi.fn()} query="校友返校日" />);
    expect(marks(tag.querySelector('[data-testid="tag-editor"]')!)).toEqual(['校友返校日']);
    const note = show(<ReaderView article={tagged} onClose={vi.fn()} onPick={vi.fn()} query="蔡老师" />);
    expect(marks(note.querySelector('.highlight-list')!)).toEqual(['蔡老师']);
    const host = show(<ReaderView article={tagged} onClose={vi.fn()} onPick={vi.fn()} query="tsinghua" />);
    const meta = host.querySelector('.reader-meta')!;
    expect(meta.textContent).toMatch(/^清华大学 · news\.tsinghua\.edu\.cn · /);
    expect(marks(meta)).toEqual(['tsinghua']);
    // Without a search, or when the university matches, the address is not added.
    const plain = show(<ReaderView article={tagged} onClose={vi.fn()} onPick={vi.fn()} query="清华" />);
    expect(plain.querySelector('.reader-meta')!.textContent).not.toContain('tsinghua');
  });

  it('marks in the meta line only what search reads: never the date or the views label (R12 #5)', () => {
    const dated = {
      ...article,
      title: '北京大学启动2023年实验室开放日',
      publishedAt: '2023-10-11T05:20:00+08:00',
      source: '研究生院',
      views: 2023,
    };
    const year = show(<ReaderView article={dated} onClose={vi.fn()} onPick={vi.fn()} query="2023" />);
    expect(marks(year.querySelector('#reader-title')!)).toEqual(['2023']);
    expect(marks(year.querySelector('.reader-meta')!)).toEqual([]);
    const views = show(<ReaderView article={dated} onClose={vi.fn()} onPick={vi.fn()} query="views 研究生院" />);
    expect(marks(views.querySelector('.reader-meta')!)).toEqual(['研究生院']);
    expect(views.querySelector('.reader-meta')!.textContent).toContain('2,023 views');
  });

  it('names the search mark in the legend, only when opened from a search', () => {
    const legend = (query?: string) =>
      show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} query={query} />).querySelector('.legend')!;
    expect(marks(legend('卢建军'))).toEqual(['searched words']);
    expect(marks(legend(), 'search')).toEqual([]);
  });

  it('marks every piece of an enormous body, and a new search re-marks it without sanitizing it again', async () => {
    const para = (i: number) => `<p>第${i}段：${'校园新闻正文。'.repeat(60)}</p>`;
    const long = {
      ...article,
      contentHtml: Array.from({ length: 40 }, (_, i) => para(i)).join('') + '<p>结尾：张翔</p>',
    };
    const host = document.body.appendChild(document.createElement('div'));
    const draw = (query: string) =>
      act(() => render(<ReaderView article={long} onClose={vi.fn()} onPick={vi.fn()} query={query} />, host));
    try {
      draw('张翔');
      await until(() => expect(marks(host.querySelector('.reader-body')!)).toEqual(['张翔']));
      const sanitizing = vi.spyOn(sanitize, 'sanitizeHtml');
      draw('结尾');
      await until(() => expect(marks(host.querySelector('.reader-body')!)).toEqual(['结尾']));
      expect(sanitizing).not.toHaveBeenCalled();
    } finally {
      render(null, host);
      host.remove();
    }
  });

  it('scrolls the first match into view without moving focus, and marks nothing without a search', async () => {
    const scroll = vi.fn();
    (window.HTMLElement.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = scroll;
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} query="卢建军" />);
    await until(() => expect(scroll).toHaveBeenCalledOnce());
    expect(scroll.mock.contexts[0]).toBe(root.querySelector('.reader-body mark[data-kind="search"]'));
    expect(document.activeElement).toBe(root.querySelector('#reader-title'));
    const plain = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} />);
    expect(marks(plain)).toEqual([]);
  });

  it("brings a new query's first match into view once typing pauses, without moving focus (R12 #6)", async () => {
    const scroll = vi.fn();
    (window.HTMLElement.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = scroll;
    const root = document.createElement('div');
    document.body.append(root);
    const open = (query: string) =>
      act(() => render(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} query={query} />, root));
    try {
      open('卢建军');
      await until(() => expect(scroll).toHaveBeenCalledOnce());
      // Typed: 張, then 張翔; only the settled query is scrolled to, once.
      open('張');
      open('張翔');
      await new Promise((r) => setTimeout(r, 100));
      expect(scroll).toHaveBeenCalledOnce();
      await until(() => expect(scroll).toHaveBeenCalledTimes(2));
      expect(scroll.mock.contexts[1]).toBe(root.querySelector('.reader-body mark[data-kind="search"]'));
      expect(root.querySelector('.reader-body mark[data-kind="search"]')!.textContent).toBe('張翔');
      expect(document.activeElement).toBe(root.querySelector('#reader-title'));
      await new Promise((r) => setTimeout(r, 500));
      expect(scroll).toHaveBeenCalledTimes(2);
    } finally {
      act(() => render(null, root));
      root.remove();
    }
  });
});
