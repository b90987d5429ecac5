import { useCallback, useMemo, useRef } from 'preact/hooks';
import type { Article } from '../utils/model/article';
import { NO_FILTERS, type SortOrder } from '../utils/collection/query';
import type { ClipsDb } from '../utils/collection/db';
import { t, tn } from '../utils/platform/i18n';
import { toArticle } from '../utils/collection/stored-article';
import { useLiveQuery } from '../hooks/use-live-query';
import { useCollectionList } from '../hooks/use-collection-list';
import { useLibrary } from '../hooks/use-library';
import { useListFocus } from '../hooks/use-list-focus';
import { useLazyModule } from '../hooks/use-lazy-module';
import { useVersions } from '../hooks/use-versions';
import type { WatchItem } from '../utils/entities/watch-list';
import { ArticleList } from './ArticleList';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import type { StatusLineProps } from './StatusLine';
import type { LibraryView } from '../utils/platform/library-address';

export type LibraryProps = {
  /** The collection. */
  db: ClipsDb;
  /** The watch list (its aliases are highlighted in the reader). */
  watch: WatchItem[];
  /** The article open in the reader, or null. */
  readingId: string | null;
  /** Open an article (or close the reader with null). */
  onRead: (id: string | null) => void;
  /** Report to the status line. */
  onStatus: (s: StatusLineProps) => void;
  /** "tab": list and reader side by side; "popup": the reader replaces the list. */
  layout: 'popup' | 'tab';
  /** The search, filters and order to start from (the tab's address). */
  initialView?: LibraryView;
  /** Told the search, filters and order whenever they change. */
  onView?: (view: LibraryView) => void;
  /** A view to show now (the popup's last one, when the user asks for it back). */
  viewRequest?: LibraryView | null;
};

/** Search, filters, the list, bulk actions and the reader: the same in the popup and in a tab. */
export function Library({
  db,
  watch,
  readingId,
  onRead,
  onStatus,
  layout,
  initialView,
  onView,
  viewRequest,
}: LibraryProps) {
  const lib = useLibrary({
    db,
    readingId,
    onRead,
    onStatus,
    layout,
    initial: initialView,
    onView,
    request: viewRequest,
  });
  const { filters, order, selected, filtered } = lib;
  const { shown, count, ids, total, shownQuery, checking, busy, offered } = useCollectionList(
    db,
    filters,
    order,
    lib.unreadable,
  );
  const reading = useLiveQuery(
    useCallback(async () => (readingId ? ((await db.articles.get(readingId)) ?? null) : null), [db, readingId]),
    null,
  );
  const versions = useVersions(db, readingId);
  // For a row whose title and card do not say where a search matched it (only rows drawn ask).
  const readArticle = useCallback((id: string) => db.articles.get(id), [db]);

  const root = useRef<HTMLDivElement>(null);
  // The article the reader shows, not the one asked for: the reader stays until its query answers.
  useListFocus(root, reading?.id ?? null, shown);

  const readerModule = useLazyModule(() => import('./ReaderView'), !!reading);
  const ReaderView = readerModule?.ReaderView;
  const reader = reading && ReaderView && (
    <ReaderView
      key={reading.id}
      article={toArticle(reading)}
      versions={versions}
      watch={watch}
      allTags={offered.tags}
      onClose={() => onRead(null)}
      onUpdate={(p: Partial<Article>) => lib.editReading(reading, p)}
      onDelete={() => lib.remove([reading.id])}
      onPick={lib.pickName}
      cards={shown}
      onOpen={onRead}
      query={filters.query}
    />
  );
  const showList = layout === 'tab' || !reading;
  // The menus (up to 500 names) are not redrawn for each keystroke of a search: only when a filter or what the
  // collection offers changes. They show no query (their filters leave it out), and lib.patch stays one function.
  const { tag, site, name, from, to } = filters;
  const { patch } = lib;
  const filterBar = useMemo(
    () => <FilterBar filters={{ ...NO_FILTERS, tag, site, name, from, to }} facets={offered} onChange={patch} />,
    [tag, site, name, from, to, offered, patch],
  );
  return (
    <div ref={root} class={layout === 'tab' ? 'library wide' : 'library'}>
      <div class="library-list" hidden={!showList} aria-busy={busy}>
        <div class="search-row">
          <input
            type="search"
            data-testid="search"
            value={filters.query}
            aria-label={t('searchPlaceholder')}
            placeholder={t('searchPlaceholder')}
            onInput={(e) => lib.patch({ query: e.currentTarget.value })}
          />
          <select
            data-testid="sort"
            aria-label={t('sortLabel')}
            value={order}
            onChange={(e) => lib.setOrder(e.currentTarget.value as SortOrder)}
          >
            <option value="clipped">{t('sortClipped')}</option>
            <option value="published">{t('sortPublished')}</option>
          </select>
          <span class="count" data-testid="count" aria-live="polite">
            {total === null ? '…' : tn(checking ? 'countChecking' : 'countLabel', total)}
          </span>
        </div>
        {filterBar}
        {selected.size > 0 ? (
          <BulkBar
            count={selected.size}
            total={count}
            complete={count === total && !checking}
            allTags={offered.tags}
            onSelectAll={() => lib.selectAll(ids())}
            onClear={lib.clearSelection}
            onTag={lib.tagSelected}
            onUntag={lib.untagSelected}
            onDelete={() => lib.remove([...selected])}
            onExport={() => lib.exportSome([...selected])}
          />
        ) : (
          filtered &&
          count > 0 &&
          // Not while only the first screen of a large answer is known (the whole list is still being read).
          count === total &&
          !checking && (
            <div class="view-actions">
              <button type="button" data-testid="export-view" onClick={() => lib.exportSome(ids())}>
                {tn('exportView', count)}
              </button>
            </div>
          )
        )}
        {showList && (
          <ArticleList
            cards={checking && !count ? null : shown}
            filtered={filtered}
            selected={selected}
            onToggle={lib.toggle}
            onOpen={onRead}
            activeId={readingId}
            query={shownQuery}
            read={readArticle}
          />
        )}
      </div>
      {reader ?? (layout === 'tab' && <p class="empty reader-empty">{t('pickArticle')}</p>)}
    </div>
  );
}
