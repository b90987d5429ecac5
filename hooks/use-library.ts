/**
 * The library's control code: filters, order and selection, and the actions on articles (delete with undo,
 * export, adding or removing a tag with undo, reader edits, a name's timeline), each failure told in plain words.
 * Library.tsx only lays it out.
 */
import { useCallback, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Article } from '../utils/model/article';
import { addTag, applyReaderEdit, removeTag } from '../utils/collection/store';
import { trashArticles } from '../utils/clip/trash';
import { undoAction } from './use-undo-delete';
import { articlesByIds, isFiltered, NO_FILTERS, type Filters, type SortOrder } from '../utils/collection/query';
import type { ClipsDb, StoredArticle } from '../utils/collection/db';
import { t, tn } from '../utils/platform/i18n';
import { isQuotaError } from '../utils/collection/storage-errors';
import type { StatusLineProps } from '../components/StatusLine';
import type { LibraryView } from '../utils/platform/library-address';
import { useLatest } from './use-latest';

type Options = {
  db: ClipsDb;
  readingId: string | null;
  onRead: (id: string | null) => void;
  onStatus: (s: StatusLineProps) => void;
  layout: 'popup' | 'tab';
  /** The search, filters and order to start from (the tab's address). */
  initial?: LibraryView;
  /** Told the search, filters and order whenever they change ("Open in tab" carries them). */
  onView?: (view: LibraryView) => void;
  /** A view to show now, asked for after the first render (a new object each time it is asked). */
  request?: LibraryView | null;
};

export function useLibrary({ db, readingId, onRead, onStatus, layout, initial, onView, request }: Options) {
  const [filters, setFilters] = useState<Filters>(initial?.filters ?? NO_FILTERS);
  const [order, setOrder] = useState<SortOrder>(initial?.order ?? 'clipped');
  useEffect(() => {
    if (!request) return;
    setFilters(request.filters);
    setOrder(request.order);
  }, [request]);
  const viewChanged = useLatest(onView);
  // In the commit that shows the view, not after the next paint: a popup closed at once (a click on the page) keeps
  // the order just chosen (open-tab.e2e saw a popup closed before its passive effect ran offer the search without it).
  useLayoutEffect(() => viewChanged.current?.({ filters, order }), [filters, order, viewChanged]);
  const [selected, setSelected] = useState<Set<string>>(new Set());

  const unreadable = (e: unknown) =>
    onStatus({ text: t('readFailed', (e as Error)?.message ?? String(e)), error: true });
  // A write that fails (full disk, closed database) is told in plain words; the collection is unchanged.
  const failed = (e: unknown) =>
    onStatus({ text: isQuotaError(e) ? t('quotaFull') : t('saveFailed', (e as Error).message ?? ''), error: true });

  // From the filters in force when applied, not when it was made: one function for the page's life, so the filter
  // menus, drawn again only when they change (Library.tsx), need no new one for each keystroke of a search.
  const patch = useCallback((p: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...p }));
    setSelected(new Set());
  }, []);
  const remove = async (which: string[]) => {
    // Kept in a trash outside the popup, so Undo survives the popup closing (hooks/use-undo-delete.ts).
    const { rows, trashId } = await trashArticles(db, which);
    setSelected(new Set());
    if (readingId && which.includes(readingId)) onRead(null);
    onStatus({
      text: tn('deleted', rows.length),
      error: false,
      action: undoAction(db, onStatus, rows.length, trashId),
    });
  };
  const exportSome = async (which: string[]) => {
    const { exportCollection } = await import('../utils/collection/export-collection');
    const n = await exportCollection(db, document, await articlesByIds(db, which));
    onStatus({ text: tn('exported', n), error: false });
  };
  // A tag added to (or removed from) the ticked articles; its Undo changes back exactly the articles it changed, so
  // one that carried the tag before keeps it. `undone`: this is that Undo (it is not offered again).
  const retag = async (add: boolean, which: string[], tag: string, undone = false) => {
    const changed = await (add ? addTag : removeTag)(db, which, tag);
    // Filtered by that tag, the untagged articles leave the list: still ticked, a Delete or Export would act on
    // articles no longer shown (R9 #2).
    if (!add && filters.tag === tag) setSelected(new Set());
    onStatus({
      text: tn(add ? (undone ? 'tagPutBack' : 'tagged') : 'untagged', changed.length, tag),
      error: false,
      action:
        undone || !changed.length
          ? undefined
          : { label: t('undo'), testId: 'undo', run: () => void retag(!add, changed, tag, true).catch(failed) },
    });
  };
  const toggle = (id: string) => {
    const next = new Set(selected);
    if (!next.delete(id)) next.add(id);
    setSelected(next);
  };

  return {
    filters,
    order,
    setOrder,
    selected,
    filtered: isFiltered(filters),
    unreadable,
    patch,
    toggle,
    selectAll: (ids: string[]) => setSelected(new Set(ids)),
    clearSelection: () => setSelected(new Set()),
    remove: (which: string[]) => void remove(which).catch(failed),
    exportSome: (which: string[]) => void exportSome(which).catch(failed),
    tagSelected: (tag: string) => void retag(true, [...selected], tag).catch(failed),
    untagSelected: (tag: string) => void retag(false, [...selected], tag).catch(failed),
    // Applied as a change to the stored article, so another window's tag or highlight meanwhile is kept.
    editReading: (reading: StoredArticle, p: Partial<Article>) =>
      void applyReaderEdit(db, reading.id, reading, p).catch(failed),
    /** A person's or program's timeline: every clip that mentions it, newest publication first. */
    pickName: (name: string) => {
      setFilters({ ...NO_FILTERS, name });
      setOrder('published');
      if (layout === 'popup') onRead(null);
    },
  };
}
