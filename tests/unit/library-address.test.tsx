// Review 28 (R1 #8): "Open in tab" opens the full-width library on the article being read, with the popup's search,
// filters and order, which the library starts from on load.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/Library';
import { saveDraft } from '../../utils/collection/save-draft';
import { NO_FILTERS } from '../../utils/collection/query';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { UserHighlights } from '../../components/UserHighlights';
import {
  draftFromSearch,
  searchWithView,
  tabAddress,
  viewFromSearch,
  type LibraryView,
} from '../../utils/platform/library-address';
import { highlightDraft, setHighlightDraft } from '../../utils/reader/highlight-draft';
import { draft } from './factories';
import { allByTestId, byTestId, mountEach, type, until } from './render-helpers';

const show = mountEach();
const search = (path: string) => path.slice(path.indexOf('?'));

describe('tabAddress and viewFromSearch', () => {
  const view: LibraryView = {
    filters: {
      query: '"香港大學" 张翔 & co',
      tag: '交大要闻',
      site: 'news.xjtu.edu.cn',
      name: '卢建军',
      from: '2024-05-01',
      to: '2024-05-31',
    },
    order: 'published',
  };
  it('carry the article, search, filters and order to the tab', () => {
    const path = tabAddress(view, 'id/1');
    expect(path.startsWith('/popup.html?layout=tab&read=id%2F1&q=')).toBe(true);
    expect(viewFromSearch(search(path))).toEqual(view);
    expect(new URLSearchParams(search(path)).get('read')).toBe('id/1');
  });
  it('leave out what is not set: the whole collection, newest clip first', () => {
    expect(tabAddress({ filters: NO_FILTERS, order: 'clipped' }, null)).toBe('/popup.html?layout=tab');
    expect(viewFromSearch('?layout=tab')).toEqual({ filters: NO_FILTERS, order: 'clipped' });
    expect(viewFromSearch('?tabId=3&sort=nonsense')).toEqual({ filters: NO_FILTERS, order: 'clipped' });
  });
});

// R3 #5: the tab's address follows its view (a reload showed the first one), and a note being typed in the popup's
// highlight bar goes to the tab with its passage instead of being dropped.
describe('searchWithView and the carried highlight draft', () => {
  const view: LibraryView = { filters: { ...NO_FILTERS, query: '军', tag: '科研' }, order: 'clipped' };
  it('puts the current view in the address, keeping its other parameters and dropping the one-time draft', () => {
    const first = '?layout=tab&read=gen-126&q=%E7%BF%94&tag=%E7%A7%91%E7%A0%94&from=2020-01-01&sort=published&tabId=7';
    const now = searchWithView(`${first}&hl=%E6%A0%A1%E9%95%BF&hlAt=2&note=x`, view, null);
    expect(now).toBe('?layout=tab&tabId=7&q=%E5%86%9B&tag=%E7%A7%91%E7%A0%94');
    expect(viewFromSearch(now)).toEqual(view);
    expect(new URLSearchParams(searchWithView(now, view, 'gen-9')).get('read')).toBe('gen-9');
    expect(draftFromSearch(now)).toBeNull();
  });
  it('carries the passage, which of equal passages, and the note with the article being read', () => {
    const d = { text: '校长讲话 & “更多”', occurrence: 2, note: '第二处 = 重点?' };
    const path = tabAddress(view, 'gen-126', d);
    expect(draftFromSearch(search(path))).toEqual(d);
    expect(viewFromSearch(search(path))).toEqual(view);
    expect(draftFromSearch(search(tabAddress(view, 'gen-1', { ...d, occurrence: 0, note: '' })))).toEqual({
      ...d,
      occurrence: 0,
      note: '',
    });
    // No article open: no bar to carry it to.
    expect(tabAddress(view, null, d)).not.toContain('hl=');
  });
  it('the highlight bar keeps its passage and note as the draft, and opens with a carried one', () => {
    setHighlightDraft(null);
    const pending = { text: '校长讲话', occurrence: 1 };
    const root = show(<UserHighlights highlights={[]} pending={pending} onChange={() => {}} onDone={() => {}} />);
    type(byTestId(root, 'highlight-note'), '第二处');
    expect(highlightDraft()).toEqual({ ...pending, note: '第二处' });
    const again = show(
      <UserHighlights highlights={[]} pending={highlightDraft()} onChange={() => {}} onDone={() => {}} />,
    );
    expect((byTestId(again, 'highlight-note') as HTMLInputElement).value).toBe('第二处');
  });
});

describe('Library with a view to start from', () => {
  let db: ClipsDb;
  beforeEach(async () => {
    localStorage.clear();
    db = openDb(`view-${Math.random()}`);
    for (let i = 1; i <= 5; i++)
      await saveDraft(
        db,
        draft(i, i === 3 ? { title: '只有月份的文章' } : {}),
        new Date(Date.UTC(2026, 0, 1, 0, 0, i)),
      );
  });
  afterEach(async () => {
    await db.delete();
  });

  it('shows the search it was given, and reports each change of view', async () => {
    const onView = vi.fn();
    const root = show(
      <Library
        db={db}
        watch={[]}
        readingId={null}
        onRead={() => {}}
        onStatus={() => {}}
        layout="tab"
        initialView={viewFromSearch('?layout=tab&q=只有月份&sort=published')}
        onView={onView}
      />,
    );
    expect((byTestId(root, 'search') as HTMLInputElement).value).toBe('只有月份');
    expect((byTestId(root, 'sort') as HTMLSelectElement).value).toBe('published');
    await until(() =>
      expect(allByTestId(root, 'article-item').map((e) => e.textContent)).toEqual([
        expect.stringContaining('只有月份的文章'),
      ]),
    );
    type(byTestId(root, 'search'), '只有');
    await until(() =>
      expect(onView).toHaveBeenLastCalledWith({ filters: { ...NO_FILTERS, query: '只有' }, order: 'published' }),
    );
  });
});
