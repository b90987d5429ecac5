import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AllUniversitiesButton } from '../../components/AllUniversitiesButton';
import { ColumnPanel } from '../../components/ColumnPanel';
import { ImportButton } from '../../components/ImportButton';
import { PinHint } from '../../components/PinHint';
import { Library } from '../../components/Library';
import { StatusLine, type StatusLineProps } from '../../components/StatusLine';
import { findSame } from '../../utils/collection/store';
import { allTags } from '../../utils/collection/query';
import type { ClipsDb } from '../../utils/collection/db';
import { t, tn } from '../../utils/platform/i18n';
import { watchListText } from '../../utils/platform/settings';
import { tabIdFromSearch } from '../../utils/platform/target-tab';
import {
  draftFromSearch,
  searchWithView,
  tabAddress,
  viewFromSearch,
  type LibraryView,
} from '../../utils/platform/library-address';
import { recentView, rememberView, viewSummary } from '../../utils/platform/recent-view';
import { highlightDraft, setHighlightDraft } from '../../utils/reader/highlight-draft';
import { useLiveQuery } from '../../hooks/use-live-query';
import { useUndoDelete } from '../../hooks/use-undo-delete';
import { useUpgradeNotice } from '../../hooks/use-upgrade-notice';
import { usePinHint } from '../../hooks/use-pin-hint';
import { useJobs } from '../../hooks/use-jobs';
import { usePopupActions } from '../../hooks/use-popup-actions';
import { useTargetTab } from '../../hooks/use-target-tab';
import { useColumns } from '../../hooks/use-columns';
import { useCheckReport } from '../../hooks/use-check-report';
import { useLazyModule } from '../../hooks/use-lazy-module';
import type { WatchItem } from '../../utils/entities/watch-list';
import { warmOffscreenFor } from './warm-offscreen';

export type AppProps = {
  /** The collection. */
  db: ClipsDb;
};

/** The popup (or, with ?layout=tab, the full-width library): clip the current page, review the collection. */
export function App({ db }: AppProps) {
  const layout = new URLSearchParams(location.search).get('layout') === 'tab' ? 'tab' : 'popup';
  const [status, setStatus] = useState<StatusLineProps>({ text: '', error: false });
  // ?read=<id>: opened from the on-page confirmation's "Open".
  const [readingId, setReadingId] = useState<string | null>(new URLSearchParams(location.search).get('read'));
  // ?q=…&tag=…&sort=…: the view the popup had when "Open in tab" was pressed (utils/platform/library-address.ts).
  const [initialView] = useState(() => viewFromSearch(location.search));
  // The toolbar popup offers back the view a popup closed minutes ago had (recent-view.ts), read before this one's
  // first view replaces it.
  const [lastView] = useState(() => (layout === 'popup' ? viewFromSearch(recentView()) : null));
  const [viewRequest, setViewRequest] = useState<LibraryView | null>(null);
  const view = useRef<LibraryView>(initialView);
  // A highlight being written in the popup when "Open in tab" was pressed: the tab's reader opens its bar with it.
  useState(() => setHighlightDraft(draftFromSearch(location.search)));
  // The address follows the view, so a reload or a restored tab shows what the user last had, not the first view.
  const reading = useRef(readingId);
  reading.current = readingId;
  const keepAddress = useCallback(
    () => history.replaceState(history.state, '', searchWithView(location.search, view.current, reading.current)),
    [],
  );
  const onView = useCallback(
    (v: LibraryView) => {
      view.current = v;
      keepAddress();
      if (layout === 'popup') rememberView(searchWithView('', v, null));
    },
    [keepAddress, layout],
  );
  useEffect(keepAddress, [readingId, keepAddress]);
  const [inboxOpen, setInboxOpen] = useState(false);
  const [watch, setWatch] = useState<WatchItem[]>([]);
  const target = useTargetTab(layout);
  const tabUrl = target.url;
  // A clip is likely: the offscreen document is made before the press (warm-offscreen.ts).
  useEffect(() => warmOffscreenFor(tabUrl), [tabUrl]);
  // Loaded after the first screen: telling a name's kind needs the whole entity finder, which only the reader's
  // highlights use.
  useEffect(
    () =>
      void Promise.all([watchListText.getValue(), import('../../utils/entities/watch-list')]).then(([v, m]) =>
        setWatch(m.parseWatchList(v)),
      ),
    [],
  );
  useEffect(() => {
    const summary = lastView && viewSummary(lastView);
    if (summary && !viewSummary(initialView))
      setStatus({
        text: t('lastViewOffer', summary),
        error: false,
        action: {
          label: t('lastViewShow'),
          testId: 'last-view',
          run: () => {
            setViewRequest({ ...lastView! });
            setStatus({ text: '', error: false });
          },
        },
      });
  }, [lastView, initialView]);
  useUndoDelete(db, setStatus);
  useUpgradeNotice(db, setStatus);
  const pin = usePinHint();
  // The clip under review, and the actions whose failures are told in words (hooks/use-popup-actions.ts).
  const actions = usePopupActions(db, setStatus);
  const review = actions.review;
  const jobs = useJobs(db, setStatus, actions.openReview);
  // A column page (a list of articles) can be followed; new items of followed columns wait in the New view.
  const columns = useColumns(layout === 'popup' || tabIdFromSearch(location.search) !== null ? target.id : null);
  const checkNow = useCheckReport(setStatus, columns.inbox.length, () => actions.checkNow(columns.checkNow));
  const saved = useLiveQuery(
    useCallback(async () => (tabUrl ? ((await findSame(db, tabUrl, null)) ?? null) : null), [db, tabUrl]),
    null,
  );
  // Read when a review opens and for its article only, not again for each correction made in it.
  const reviewing = review !== null;
  const reviewedId = review?.article.id ?? null;
  const tags = useLiveQuery(
    useCallback(async () => (reviewing ? allTags(db) : []), [db, reviewing]),
    [] as string[],
  );
  const reviewed = useLiveQuery(
    useCallback(async () => (reviewedId ? ((await db.articles.get(reviewedId)) ?? null) : null), [db, reviewedId]),
    null,
  );

  // The clip runs in the background: closing the popup now does not drop it (hooks/use-jobs.ts).
  // Handed to the background before this handler returns: a popup closed right after the click cannot drop it.
  // Before the popup has looked up its tab, the background clips the active tab (null).
  const clip = () => {
    actions.openReview(null);
    const tabId = tabIdFromSearch(location.search) ?? (target.ready ? target.id : null);
    if (target.ready && tabId === null) setStatus({ text: t('noTab'), error: true });
    else jobs.clip(tabId);
  };

  // The wider view of the same thing: the article being read, the search, filters and order.
  const openTab = () => {
    // The highlight bar's passage and note go too: closing the popup must not drop a note being typed.
    const url = browser.runtime.getURL(tabAddress(view.current, readingId, highlightDraft()));
    void browser.tabs.create({ url });
    window.close();
  };

  // Loaded when first wanted: the first paint carries only the list.
  const inboxModule = useLazyModule(() => import('../../components/InboxView'), inboxOpen);
  const reviewModule = useLazyModule(() => import('./review-parts'), !!review);
  const InboxView = inboxModule?.InboxView;

  return (
    <main class={layout === 'tab' ? 'popup wide' : 'popup'}>
      <header class="bar">
        <h1>{t('extName')}</h1>
        <div class="bar-actions">
          {layout === 'popup' && (
            <button type="button" data-testid="open-tab" onClick={openTab}>
              {t('openTab')}
            </button>
          )}
          {(layout === 'popup' || location.search.includes('tabId=')) && (
            <button type="button" class="primary" data-testid="clip" onClick={clip} disabled={jobs.busy}>
              {jobs.busy ? t('clipping') : t('clip')}
            </button>
          )}
        </div>
      </header>
      <StatusLine {...status} />
      {layout === 'popup' && pin.show && (
        <PinHint
          onDismiss={() => {
            pin.dismiss();
            // The pressed button goes with the hint: focus moves to the popup's first action, not to <body>.
            document.querySelector<HTMLElement>('[data-testid="clip"]')?.focus();
          }}
        />
      )}
      {layout === 'popup' && <AllUniversitiesButton url={target.url} />}
      {(columns.follows.length > 0 || columns.inbox.length > 0) && (
        <button
          type="button"
          class="inbox-toggle"
          data-testid="inbox"
          aria-expanded={inboxOpen}
          onClick={() => setInboxOpen(!inboxOpen)}
        >
          {tn('inboxButton', columns.inbox.length)}
        </button>
      )}
      {inboxOpen && InboxView && (
        <InboxView
          items={columns.inbox}
          follows={columns.follows}
          checking={columns.checking}
          onCheckNow={checkNow}
          // It leaves New only when saved: a failed clip (the page gone, no article) can be tried again.
          onClip={(item) =>
            void actions.write(async () => (await jobs.clipUrl(item.url))?.ok && columns.dismiss(item.url))
          }
          onDismiss={(item) => void actions.write(() => columns.dismiss(item.url))}
        />
      )}
      {columns.column && !review && (
        <ColumnPanel
          column={columns.column}
          following={columns.follows.some((f) => f.url === columns.column!.url)}
          onFollow={() => void actions.write(columns.follow)}
        />
      )}
      {saved && !review && (
        <p class="already-saved" data-testid="already-saved">
          {t('alreadySaved')}{' '}
          <button type="button" class="link-button" onClick={() => setReadingId(saved.id)}>
            {t('openSaved')}
          </button>
        </p>
      )}
      {review && reviewed && reviewModule && (
        <reviewModule.ClipReview
          key={review.article.id + review.article.updatedAt}
          article={review.article}
          provenance={review.provenance}
          tags={reviewed.tags}
          allTags={tags}
          suggestions={reviewModule.suggestTags(review.article, review.column)}
          onTags={(tags) => void actions.saveTags(tags)}
          onSave={actions.saveCorrections}
          onInvalid={(label) => setStatus({ text: t('invalidField', label), error: true })}
          onClose={actions.closeReview}
        />
      )}
      <Library
        db={db}
        watch={watch}
        readingId={readingId}
        onRead={setReadingId}
        onStatus={setStatus}
        layout={layout}
        initialView={initialView}
        onView={onView}
        viewRequest={viewRequest}
      />
      <footer class="bar">
        <button type="button" data-testid="export" onClick={() => void actions.exportAll()}>
          {t('export')}
        </button>
        <ImportButton
          importing={jobs.importing}
          onFile={(file) => void jobs.importFile(file)}
          onCancel={() => void jobs.cancelImport()}
        />
      </footer>
    </main>
  );
}
