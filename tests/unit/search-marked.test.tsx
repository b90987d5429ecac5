// A search's words marked where it matched (review 31, R10 #7): in a row's title, in a line under a title that does
// not hold them (a credit-only or a tag-only match), and in the reader's body, across a name's mark.
import './dom-globals';
import './i18n-stub';
import { describe, expect, it, vi } from 'vitest';
import { ArticleList } from '../../components/ArticleList';
import { ReaderView } from '../../components/ReaderView';
import type { Card } from '../../utils/collection/card';
import type { Article } from '../../utils/model/article';
import { draft } from './factories';
import { allByTestId, mountEach, until } from './render-helpers';

const show = mountEach();

const card = (i: number, over: Partial<Card> = {}): Card => ({
  id: `id${i}`,
  url: `http://x.edu.cn/${i}`,
  title: `标题 ${i}`,
  lang: 'zh',
  site: { host: 'x.edu.cn', name: null, university: '测试大学' },
  publishedAt: '2024-05-01',
  clippedAt: `2026-01-01T00:00:0${i}Z`,
  views: null,
  tags: [],
  sortPublished: '2024-05-01',
  chips: [],
  names: [],
  ...over,
});

const marks = (el: ParentNode, kind = 'search') =>
  [...el.querySelectorAll(`mark[data-kind="${kind}"]`)].map((m) => m.textContent);

describe('the rows of a search', () => {
  it('mark the query in the title, in either script, and say nothing more', () => {
    const root = show(
      <ArticleList
        cards={[card(1, { title: '張翔教授出席香港大學論壇' })]}
        filtered
        selected={new Set()}
        onToggle={vi.fn()}
        onOpen={vi.fn()}
        query="张翔 香港大学"
      />,
    );
    const row = allByTestId(root, 'article-item')[0]!;
    expect(marks(row)).toEqual(['張翔', '香港大學']);
    expect(row.querySelector('.article-title')!.textContent).toBe('張翔教授出席香港大學論壇');
    expect(allByTestId(root, 'matched-in')).toEqual([]);
  });

  it('say under a title without the words that a tag matched, from the card, reading nothing', () => {
    const read = vi.fn();
    const root = show(
      <ArticleList
        cards={[card(1, { title: '校友活动', tags: ['交大要闻', '校友返校日'] })]}
        filtered
        selected={new Set()}
        onToggle={vi.fn()}
        onOpen={vi.fn()}
        query="校友返校日"
        read={read}
      />,
    );
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
    const root = show(
      <ArticleList
        cards={[card(1, { title: '学校召开工作会议' })]}
        filtered
        selected={new Set()}
        onToggle={vi.fn()}
        onOpen={vi.fn()}
        query="郭晓雯"
        read={read}
      />,
    );
    await until(() => expect(allByTestId(root, 'matched-in')).toHaveLength(1));
    const line = allByTestId(root, 'matched-in')[0]!;
    expect(line.textContent).toBe('Credit:摄影 郭曉雯');
    expect(marks(line)).toEqual(['郭曉雯']);
    expect(read).toHaveBeenCalledWith('id1');
  });

  it('show a few words of the text around the first match when only the body holds it', async () => {
    const text = `${'前文'.repeat(30)}本次活动吸引了众多大学生参加。${'后文'.repeat(60)}`;
    const root = show(
      <ArticleList
        cards={[card(1, { title: '学校举办活动' })]}
        filtered
        selected={new Set()}
        onToggle={vi.fn()}
        onOpen={vi.fn()}
        query="大学生"
        read={async () => ({ byline: [], source: null, textContent: text, highlights: [] })}
      />,
    );
    await until(() => expect(allByTestId(root, 'matched-in')).toHaveLength(1));
    const line = allByTestId(root, 'matched-in')[0]!;
    expect(line.textContent).toMatch(/^In the text:….*本次活动吸引了众多大学生参加.*…$/);
    expect(marks(line)).toEqual(['大学生']);
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

  it('scrolls the first match into view without moving focus, and marks nothing without a search', async () => {
    const scroll = vi.fn();
    (window.HTMLElement.prototype as unknown as { scrollIntoView: () => void }).scrollIntoView = scroll;
    const root = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} query="卢建军" />);
    await until(() => expect(scroll).toHaveBeenCalledOnce());
    expect(scroll.mock.contexts[0]).toBe(root.querySelector('mark[data-kind="search"]'));
    expect(document.activeElement).toBe(root.querySelector('#reader-title'));
    const plain = show(<ReaderView article={article} onClose={vi.fn()} onPick={vi.fn()} />);
    expect(marks(plain)).toEqual([]);
  });
});
