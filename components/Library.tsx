import { useState } from 'preact/hooks';
import type { Article } from '../utils/model/article';
import { addTag, applyReaderEdit } from '../utils/collection/store';
import { trashArticles } from '../utils/clip/trash';
import { undoAction } from '../hooks/use-undo-delete';
import { articlesByIds, isFiltered, NO_FILTERS, type Filters, type SortOrder } from '../utils/collection/query';
import type { ClipsDb } from '../utils/collection/db';
import { t, tn } from '../utils/platform/i18n';
import { isQuotaError } from '../utils/collection/storage-errors';
import { toArticle } from '../utils/collection/stored-article';
import { useLiveQuery } from '../hooks/use-live-query';
import { useCollectionList } from '../hooks/use-collection-list';
import { useLazyModule } from '../hooks/use-lazy-module';
import { useVersions } from '../hooks/use-versions';
import type { WatchItem } from '../utils/entities/watch-list';
import { ArticleList } from './ArticleList';
import { BulkBar } from './BulkBar';
import { FilterBar } from './FilterBar';
import type { StatusLineProps } from './StatusLine';

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
};

/** Search, filters, the list, bulk actions and the reader: the same in the popup and in a tab. */
export function Library({ db, watch, readingId, onRead, onStatus, layout }: LibraryProps) {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [order, setOrder] = useState<SortOrder>('clipped');
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const filtered = isFiltered(filters);
  const unreadable = (e: unknown) =>
    onStatus({ text: t('readFailed', (e as Error)?.message ?? String(e)), error: true });
  const { shown, ids, total, busy, offered } = useCollectionList(db, filters, order, unreadable);
  const reading = useLiveQuery(
    async () => (readingId ? ((await db.articles.get(readingId)) ?? null) : null),
    [readingId],
    null,
  );
  const versions = useVersions(db, readingId);
  const patch = (p: Partial<Filters>) => {
    setFilters({ ...filters, ...p });
    setSelected(new Set());
  };

  // A write that fails (full disk, closed database) is told in plain words; the collection is unchanged.
  const failed = (e: unknown) =>
    onStatus({ text: isQuotaError(e) ? t('quotaFull') : t('saveFailed', (e as Error).message ?? ''), error: true });
  const remove = async (which: string[]) => {
    // Kept in a trash outside the popup, so Undo survives the popup closing (hooks/use-undo-delete.ts).
    const rows = await trashArticles(db, which);
    setSelected(new Set());
    if (readingId && which.includes(readingId)) onRead(null);
    onStatus({ text: tn('deleted', rows.length), error: false, action: undoAction(db, onStatus) });
  };
  const exportSome = async (which: string[]) => {
    const { exportCollection } = await import('../utils/collection/export-collection');
    const n = await exportCollection(db, document, await articlesByIds(db, which));
    onStatus({ text: tn('exported', n), error: false });
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

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
      // Applied as a change to the stored article, so another window's tag or highlight meanwhile is kept.
      onUpdate={(p: Partial<Article>) => void applyReaderEdit(db, reading.id, reading, p).catch(failed)}
      onDelete={() => void remove([reading.id]).catch(failed)}
      onPick={(name) => {
        // A person's or program's timeline: every clip that mentions it, newest publication first.
        setFilters({ ...NO_FILTERS, name });
        setOrder('published');
        if (layout === 'popup') onRead(null);
      }}
    />
  );
  const showList = layout === 'tab' || !reading;
  return (
    <div class={layout === 'tab' ? 'library wide' : 'library'}>
      <div class="library-list" hidden={!showList} aria-busy={busy}>
        <div class="search-row">
          <input
            type="search"
            data-testid="search"
            value={filters.query}
            aria-label={t('searchPlaceholder')}
            placeholder={t('searchPlaceholder')}
            onInput={(e) => patch({ query: e.currentTarget.value })}
          />
          <select
            data-testid="sort"
            aria-label={t('sortLabel')}
            value={order}
            onChange={(e) => setOrder(e.currentTarget.value as SortOrder)}
          >
            <option value="clipped">{t('sortClipped')}</option>
            <option value="published">{t('sortPublished')}</option>
          </select>
          <span class="count" data-testid="count" aria-live="polite">
            {total === null ? '…' : tn('countLabel', total)}
          </span>
        </div>
        <FilterBar filters={filters} facets={offered} onChange={patch} />
        {selected.size > 0 ? (
          <BulkBar
            count={selected.size}
            total={ids.length}
            allTags={offered.tags}
            onSelectAll={() => setSelected(new Set(ids))}
            onClear={() => setSelected(new Set())}
            onTag={(tag) =>
              void addTag(db, [...selected], tag).then(
                (n) => onStatus({ text: tn('tagged', n, tag), error: false }),
                failed,
              )
            }
            onDelete={() => void remove([...selected]).catch(failed)}
            onExport={() => void exportSome([...selected])}
          />
        ) : (
          filtered &&
          ids.length > 0 && (
            <div class="view-actions">
              <button type="button" data-testid="export-view" onClick={() => void exportSome(ids)}>
                {tn('exportView', ids.length)}
              </button>
            </div>
          )
        )}
        {showList && (
          <ArticleList
            cards={shown}
            filtered={filtered}
            selected={selected}
            onToggle={toggle}
            onOpen={onRead}
            activeId={readingId}
          />
        )}
      </div>
      {reader ?? (layout === 'tab' && <p class="empty reader-empty">{t('pickArticle')}</p>)}
    </div>
  );
}
