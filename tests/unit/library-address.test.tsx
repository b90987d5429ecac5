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
import { tabAddress, viewFromSearch, type LibraryView } from '../../utils/platform/library-address';
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
