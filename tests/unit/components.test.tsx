// Component tests: the popup's parts rendered in jsdom on a real (fake-indexeddb) Dexie collection.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { BulkBar } from '../../components/BulkBar';
import { FilterBar } from '../../components/FilterBar';
import { Library } from '../../components/Library';
import { ReaderView } from '../../components/ReaderView';
import { TagEditor } from '../../components/TagEditor';
import type { Article } from '../../utils/model/article';
import { saveDraft } from '../../utils/collection/save-draft';
import { matchingIds, NO_FILTERS } from '../../utils/collection/query';
import { addTag } from '../../utils/collection/store';
import type { Card } from '../../utils/collection/card';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { readFirstScreen, writeFirstScreen } from '../../utils/collection/first-screen-cache';
import { draft } from './factories';
import { allByTestId, byTestId, click, mountEach, submit, type, until } from './render-helpers';

const show = mountEach();

describe('TagEditor', () => {
  it('adds a typed tag, removes one, offers only suggestions not yet present and autocompletes from the collection', () => {
    const onChange = vi.fn();
    const root = show(
      <TagEditor
        tags={['校庆']}
        allTags={['校庆', '交大要闻', '科研']}
        suggestions={['交大要闻', '校庆']}
        onChange={onChange}
      />,
    );
    type(byTestId(root, 'tag-input'), ' 人物 ');
    submit(root.querySelector('form'));
    expect(onChange).toHaveBeenLastCalledWith(['校庆', '人物']);
    click(byTestId(root, 'remove-tag'));
    expect(onChange).toHaveBeenLastCalledWith([]);
    expect(allByTestId(root, 'suggested-tag').map((b) => b.textContent)).toEqual(['+ 交大要闻']);
    click(byTestId(root, 'suggested-tag'));
    expect(onChange).toHaveBeenLastCalledWith(['校庆', '交大要闻']);
    expect([...root.querySelectorAll('datalist option')].map((o) => o.getAttribute('value'))).toEqual([
      '交大要闻',
      '科研',
    ]);
  });
  it('ignores an empty or duplicate tag', () => {
    const onChange = vi.fn();
    const root = show(<TagEditor tags={['校庆']} allTags={[]} onChange={onChange} />);
    type(byTestId(root, 'tag-input'), '校庆');
    submit(root.querySelector('form'));
    type(byTestId(root, 'tag-input'), '   ');
    submit(root.querySelector('form'));
    expect(onChange).not.toHaveBeenCalled();
  });
});

describe('FilterBar', () => {
  it('reports each filter and offers Clear only while one is active', () => {
    const onChange = vi.fn();
    const facets = { tags: ['校庆'], sites: ['news.xjtu.edu.cn'], names: ['卢建军'] };
    const root = show(<FilterBar filters={NO_FILTERS} facets={facets} onChange={onChange} />);
    expect(byTestId(root, 'clear-filters')).toBeNull();
    type(byTestId(root, 'filter-tag'), '校庆', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ tag: '校庆' });
    type(byTestId(root, 'filter-site'), 'news.xjtu.edu.cn', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ site: 'news.xjtu.edu.cn' });
    type(byTestId(root, 'filter-name'), ' 卢建军 ', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ name: '卢建军' });
    type(byTestId(root, 'filter-from'), '2021-04-01', 'change');
    expect(onChange).toHaveBeenLastCalledWith({ from: '2021-04-01' });
    const active = show(<FilterBar filters={{ ...NO_FILTERS, tag: '校庆' }} facets={facets} onChange={onChange} />);
    click(byTestId(active, 'clear-filters'));
    expect(onChange).toHaveBeenLastCalledWith({ tag: null, site: null, name: null, from: null, to: null });
  });
});

describe('BulkBar', () => {
  const bar = (complete: boolean, onSelectAll = vi.fn()) =>
    show(
      <BulkBar
        count={2}
        total={12}
        complete={complete}
        allTags={[]}
        onSelectAll={onSelectAll}
        onClear={vi.fn()}
        onTag={vi.fn()}
        onUntag={vi.fn()}
        onDelete={vi.fn()}
        onExport={vi.fn()}
      />,
    );
  it('offers "select all" only once the whole list is known, not while only its first screen is', () => {
    expect(byTestId(bar(false), 'select-all')).toBeNull();
    const onSelectAll = vi.fn();
    click(byTestId(bar(true, onSelectAll), 'select-all')!);
    expect(onSelectAll).toHaveBeenCalledOnce();
  });
  it('adds the typed tag with Add (or Enter), and removes it with Remove', () => {
    const onTag = vi.fn();
    const onUntag = vi.fn();
    const root = show(
      <BulkBar
        count={2}
        total={2}
        complete
        allTags={['clmate']}
        onSelectAll={vi.fn()}
        onClear={vi.fn()}
        onTag={onTag}
        onUntag={onUntag}
        onDelete={vi.fn()}
        onExport={vi.fn()}
      />,
    );
    click(byTestId(root, 'bulk-untag'));
    expect(onUntag).not.toHaveBeenCalled();
    type(byTestId(root, 'bulk-tag-input'), ' clmate ');
    click(byTestId(root, 'bulk-untag'));
    expect(onUntag).toHaveBeenCalledWith('clmate');
    expect((byTestId(root, 'bulk-tag-input') as HTMLInputElement).value).toBe('');
    type(byTestId(root, 'bulk-tag-input'), 'climate');
    submit(root.querySelector('form'));
    expect(onTag).toHaveBeenCalledWith('climate');
    expect(onUntag).toHaveBeenCalledOnce();
  });
});

describe('ReaderView', () => {
  const article: Article = {
    ...draft(1),
    contentHtml: '<p>党委书记<b>卢建军</b>主持会议。</p><p>“6352”工程启动。</p>',
    textContent: '党委书记卢建军主持会议。“6352”工程启动。',
    id: 'a',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [
      { text: '卢建军', kind: 'person', role: '党委书记', count: 1 },
      { text: '“6352”工程', kind: 'program', count: 1 },
    ],
    highlights: [{ text: '卢建军主持\n会议', note: '主持人', createdAt: '2026-11-02T00:00:00Z' }],
  };
  it("marks entities by kind and the user's highlights, across elements, with the note as title", () => {
    const root = show(<ReaderView article={article} onClose={() => {}} onPick={() => {}} />);
    const body = root.querySelector('.reader-body')!;
    expect([...body.querySelectorAll('mark[data-kind="person"]')].map((m) => m.textContent)).toEqual(['卢建军']);
    expect([...body.querySelectorAll('mark[data-kind="program"]')].map((m) => m.textContent)).toEqual(['“6352”工程']);
    const user = [...body.querySelectorAll('mark[data-kind="user"]')];
    expect(user.map((m) => m.textContent).join('')).toBe('卢建军主持会议');
    expect(user.every((m) => m.getAttribute('title') === '主持人')).toBe(true);
    expect(allByTestId(root, 'highlight-item')).toHaveLength(1);
  });
  it('turns a selection in the body into a highlight with a note', () => {
    const onUpdate = vi.fn();
    const root = show(
      <ReaderView article={{ ...article, highlights: [] }} onClose={() => {}} onPick={() => {}} onUpdate={onUpdate} />,
    );
    const p = root.querySelectorAll('.reader-body p')[1]!;
    const range = document.createRange();
    range.selectNodeContents(p);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    return until(() => expect(byTestId(root, 'add-highlight')).not.toBeNull()).then(() => {
      type(byTestId(root, 'highlight-note'), '工程');
      submit(root.querySelector('.highlight-bar'));
      expect(onUpdate).toHaveBeenCalledWith({
        highlights: [expect.objectContaining({ text: '“6352”工程启动。', note: '工程' })],
      });
    });
  });
});

describe('ReaderView: the standfirst the text leaves out (session 40)', () => {
  const base: Article = {
    ...draft(2),
    contentHtml: '<p>党委书记卢建军主持会议。</p>',
    textContent: '党委书记卢建军主持会议。',
    id: 'b',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [],
    highlights: [],
  };
  it('shows the excerpt under the headline when the text does not open with it, and not otherwise', () => {
    const withDek = show(
      <ReaderView article={{ ...base, excerpt: '学校召开年度工作会议' }} onClose={() => {}} onPick={() => {}} />,
    );
    expect(byTestId(withDek, 'reader-standfirst')?.textContent).toBe('学校召开年度工作会议');
    const plain = show(
      <ReaderView article={{ ...base, excerpt: '党委书记卢建军主持会议。' }} onClose={() => {}} onPick={() => {}} />,
    );
    expect(byTestId(plain, 'reader-standfirst')).toBeNull();
  });
});

describe('ReaderView: a passage the body holds twice (review 28, R1 #4)', () => {
  const article: Article = {
    ...draft(1),
    contentHtml: '<p>第一段：校长讲话。</p><p>第二段：<b>校长</b>讲话。</p>',
    textContent: '第一段：校长讲话。\n第二段：校长讲话。',
    id: 'a',
    tags: [],
    clippedAt: '2026-11-01T00:00:00Z',
    updatedAt: '2026-11-01T00:00:00Z',
    entities: [],
    highlights: [],
  };
  it('highlights the second occurrence where it was selected, and marks it there', async () => {
    const onUpdate = vi.fn();
    const root = show(<ReaderView article={article} onClose={() => {}} onPick={() => {}} onUpdate={onUpdate} />);
    const p = root.querySelectorAll('.reader-body p')[1]!;
    // "校长讲话" in the second paragraph: from the start of <b>校长</b> to the end of "讲话".
    const range = document.createRange();
    range.setStart(p.querySelector('b')!.firstChild!, 0);
    range.setEnd(p.lastChild!, 2);
    document.getSelection()!.removeAllRanges();
    document.getSelection()!.addRange(range);
    p.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    await until(() => expect(byTestId(root, 'add-highlight')).not.toBeNull());
    type(byTestId(root, 'highlight-note'), 'second one');
    submit(root.querySelector('.highlight-bar'));
    const highlights = onUpdate.mock.calls[0]![0].highlights;
    expect(highlights).toEqual([expect.objectContaining({ text: '校长讲话', note: 'second one', occurrence: 1 })]);
    const again = show(<ReaderView article={{ ...article, highlights }} onClose={() => {}} onPick={() => {}} />);
    const paras = [...again.querySelectorAll('.reader-body p')];
    expect(paras[0]!.querySelector('mark[data-kind="user"]')).toBeNull();
    expect([...paras[1]!.querySelectorAll('mark[data-kind="user"]')].map((m) => m.textContent).join('')).toBe(
      '校长讲话',
    );
  });
});

describe('Library', () => {
  let db: ClipsDb;
  beforeEach(async () => {
    localStorage.clear();
    db = openDb(`lib-${Math.random()}`);
    for (let i = 1; i <= 500; i++) {
      await saveDraft(
        db,
        draft(
          i,
          i === 7 ? { textContent: '党委书记卢建军主持会议。', contentHtml: '<p>党委书记卢建军主持会议。</p>' } : {},
        ),
        new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      );
    }
  });
  afterEach(async () => {
    await db.delete();
  });

  const library = () =>
    show(<Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={() => {}} layout="popup" />);

  it('renders only the rows in view of 500 articles, newest clip first', async () => {
    const root = library();
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('500'));
    await until(() => expect(allByTestId(root, 'article-item').length).toBeGreaterThan(0));
    const items = allByTestId(root, 'article-item');
    expect(items.length).toBeLessThan(20);
    expect(items[0]!.textContent).toContain('Article 500');
    expect(items[0]!.getAttribute('aria-setsize')).toBe('500');
  });

  it('paints the saved first screen before the collection is read, then the live list replaces and re-saves it', async () => {
    const saved = {
      id: 'gone',
      url: 'http://x.edu/gone',
      title: 'Saved screen row',
      lang: 'en',
      site: { host: 'x.edu', name: null, university: null },
      publishedAt: null,
      clippedAt: '2020-01-01',
      views: null,
      tags: [],
      sortPublished: '2020-01-01',
      chips: [],
      names: [],
    };
    writeFirstScreen('clipped', [saved as Card], localStorage);
    const root = library();
    // The first render, before any IndexedDB answer.
    expect(allByTestId(root, 'article-item').map((e) => e.textContent)).toEqual([
      expect.stringContaining('Saved screen row'),
    ]);
    expect(byTestId(root, 'count')!.textContent).toMatch(/\b1\b/);
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('500'));
    await until(() => expect(allByTestId(root, 'article-item')[0]!.textContent).toContain('Article 500'));
    const resaved = readFirstScreen('clipped', localStorage)!;
    expect([resaved.total, resaved.cards.length, resaved.cards[0]!.title]).toEqual([
      500,
      12,
      expect.stringContaining('Article 500'),
    ]);
  });

  it('an open list follows a write of many articles and a delete, newest first, without reading every card', async () => {
    const root = library();
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('500'));
    // 60 newer articles in one transaction (an import batch's size class: Dexie's own notice says "whole table").
    const newer = (await db.articles.limit(60).toArray()).map((a, k) => ({
      ...a,
      id: `batch-${k}`,
      url: `http://x.edu/batch/${k}`,
      title: `Batch ${k}`,
      clippedAt: `2027-01-01T00:00:${String(k).padStart(2, '0')}Z`,
    }));
    const reads = vi.spyOn(db.cards, 'toCollection');
    await db.articles.bulkPut(newer);
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('560'));
    await until(() => expect(allByTestId(root, 'article-item')[0]!.textContent).toContain('Batch 59'));
    await db.articles.delete('batch-59');
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('559'));
    await until(() => expect(allByTestId(root, 'article-item')[0]!.textContent).toContain('Batch 58'));
    expect(reads).not.toHaveBeenCalled();
  });

  it('search and filters combine; the count follows', async () => {
    const root = library();
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('500'));
    type(byTestId(root, 'search'), '卢建军');
    await until(() => expect(byTestId(root, 'count')!.textContent).toContain('1'));
    await until(() =>
      expect(allByTestId(root, 'article-item').map((e) => e.textContent)).toEqual([
        expect.stringContaining('Article 7'),
      ]),
    );
    type(byTestId(root, 'search'), 'article');
    type(byTestId(root, 'filter-site'), 'news.mit.edu', 'change');
    await until(() => expect(byTestId(root, 'count')!.textContent).toMatch(/\b250\b/));
    type(byTestId(root, 'filter-from'), '2021-04-02', 'change');
    type(byTestId(root, 'filter-to'), '2021-04-02', 'change');
    // Even i with i % 28 === 1: 29, 57, … are odd, so none are MIT: the range and the site exclude each other.
    await until(() => expect(byTestId(root, 'count')!.textContent).toMatch(/\b0\b/));
    type(byTestId(root, 'filter-site'), '', 'change');
    await until(() => expect(byTestId(root, 'count')!.textContent).toMatch(/\b18\b/));
  });

  it('bulk-tags the ticked articles and then filters by the new tag', async () => {
    const root = library();
    await until(() => expect(allByTestId(root, 'select-item').length).toBeGreaterThan(2));
    click(allByTestId(root, 'select-item')[0]!);
    click(allByTestId(root, 'select-item')[1]!);
    await until(() => expect(byTestId(root, 'selected-count')).not.toBeNull());
    type(byTestId(root, 'bulk-tag-input'), '待读');
    submit(byTestId(root, 'bulk-bar')!.querySelector('form'));
    await until(() =>
      expect([...byTestId(root, 'filter-tag')!.querySelectorAll('option')].map((o) => o.value)).toContain('待读'),
    );
    type(byTestId(root, 'filter-tag'), '待读', 'change');
    await until(() => expect(byTestId(root, 'count')!.textContent).toMatch(/\b2\b/));
  });

  it('bulk tag offers Undo, which takes the tag off only the articles that did not have it (R8 #3)', async () => {
    const onStatus = vi.fn();
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={onStatus} layout="popup" />,
    );
    await until(() => expect(allByTestId(root, 'select-item').length).toBeGreaterThan(3));
    // The list's first rows, newest clip first.
    const ids = (await matchingIds(db, NO_FILTERS)).slice(0, 4);
    // One of the four carries the tag already.
    await addTag(db, [ids[0]!], 'clmate');
    for (const box of allByTestId(root, 'select-item').slice(0, 4)) click(box);
    await until(() => expect(byTestId(root, 'selected-count')!.textContent).toContain('4'));
    type(byTestId(root, 'bulk-tag-input'), 'clmate');
    submit(byTestId(root, 'bulk-bar')!.querySelector('form'));
    await until(() =>
      expect(onStatus).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'Tagged 3 articles “clmate”.' })),
    );
    expect((await matchingIds(db, { ...NO_FILTERS, tag: 'clmate' })).sort()).toEqual([...ids].sort());
    const undo = onStatus.mock.lastCall![0].action;
    expect(undo).toMatchObject({ label: 'Undo', testId: 'undo' });
    undo.run();
    await until(() =>
      expect(onStatus).toHaveBeenLastCalledWith({ text: 'Removed “clmate” from 3 articles.', error: false }),
    );
    expect(await matchingIds(db, { ...NO_FILTERS, tag: 'clmate' })).toEqual([ids[0]]);
  });

  it('bulk remove takes a tag off the ticked articles, and its Undo puts it back on those that had it', async () => {
    const onStatus = vi.fn();
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={onStatus} layout="popup" />,
    );
    await until(() => expect(allByTestId(root, 'select-item').length).toBeGreaterThan(3));
    const ids = (await matchingIds(db, NO_FILTERS)).slice(0, 3);
    await addTag(db, ids.slice(0, 2), '待读');
    for (const box of allByTestId(root, 'select-item').slice(0, 3)) click(box);
    await until(() => expect(byTestId(root, 'selected-count')!.textContent).toContain('3'));
    type(byTestId(root, 'bulk-tag-input'), '待读');
    click(byTestId(root, 'bulk-untag'));
    await until(() =>
      expect(onStatus).toHaveBeenLastCalledWith(expect.objectContaining({ text: 'Removed “待读” from 2 articles.' })),
    );
    expect(await matchingIds(db, { ...NO_FILTERS, tag: '待读' })).toEqual([]);
    onStatus.mock.lastCall![0].action.run();
    await until(() =>
      expect(onStatus).toHaveBeenLastCalledWith({ text: 'Put “待读” back on 2 articles.', error: false }),
    );
    expect((await matchingIds(db, { ...NO_FILTERS, tag: '待读' })).sort()).toEqual(ids.slice(0, 2).sort());
  });

  it('a bulk remove of the tag filtered by clears the ticks of the articles it takes out of view, and the menu still shows the filter (R9 #2)', async () => {
    const onStatus = vi.fn();
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={onStatus} layout="popup" />,
    );
    await until(() => expect(allByTestId(root, 'select-item').length).toBeGreaterThan(3));
    const ids = (await matchingIds(db, NO_FILTERS)).slice(0, 2);
    await addTag(db, ids, 'clmate');
    await until(() =>
      expect([...byTestId(root, 'filter-tag')!.querySelectorAll('option')].map((o) => o.value)).toContain('clmate'),
    );
    type(byTestId(root, 'filter-tag'), 'clmate', 'change');
    await until(() => expect(byTestId(root, 'count')!.textContent).toMatch(/\b2\b/));
    for (const box of allByTestId(root, 'select-item')) click(box);
    await until(() => expect(byTestId(root, 'selected-count')!.textContent).toContain('2'));
    type(byTestId(root, 'bulk-tag-input'), 'clmate');
    click(byTestId(root, 'bulk-untag'));
    await until(() => expect(byTestId(root, 'count')!.textContent).toMatch(/\b0\b/));
    // No bar acting on articles no longer shown (a Delete there deleted them unseen).
    await until(() => expect(byTestId(root, 'bulk-bar')).toBeNull());
    expect((byTestId(root, 'filter-tag') as HTMLSelectElement).value).toBe('clmate');
  });

  it('tells the user in plain words when the collection cannot be read', async () => {
    // A database on disk that cannot be upgraded (here: another primary key): it cannot open.
    const name = `unopenable-${Math.random()}`;
    const other = new Dexie(name);
    other.version(2).stores({ articles: '++n' });
    await other.open();
    other.close();
    const closed = openDb(name);
    const onStatus = vi.fn();
    show(<Library db={closed} watch={[]} readingId={null} onRead={() => {}} onStatus={onStatus} layout="popup" />);
    await until(() =>
      expect(onStatus).toHaveBeenCalledWith(
        expect.objectContaining({
          error: true,
          text: expect.stringMatching(/^Could not read your collection: .+nothing was changed\.$/),
        }),
      ),
    );
  });

  it('tells the user when a write fails, and leaves the collection as it was', async () => {
    const onStatus = vi.fn();
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={onStatus} layout="popup" />,
    );
    await until(() => expect(allByTestId(root, 'select-item').length).toBeGreaterThan(1));
    click(allByTestId(root, 'select-item')[0]!);
    await until(() => expect(byTestId(root, 'bulk-bar')).not.toBeNull());
    db.close();
    type(byTestId(root, 'bulk-tag-input'), '待读');
    submit(byTestId(root, 'bulk-bar')!.querySelector('form'));
    await until(() =>
      expect(onStatus).toHaveBeenCalledWith(
        expect.objectContaining({ error: true, text: expect.stringContaining('Your collection is unchanged') }),
      ),
    );
    await db.open();
    expect(await db.articles.where('tags').equals('待读').count()).toBe(0);
  });
});
