import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { AllUniversitiesButton } from '../../components/AllUniversitiesButton';
import { ClipReview } from '../../components/ClipReview';
import { Library } from '../../components/Library';
import { StatusLine, type StatusLineProps } from '../../components/StatusLine';
import type { Article, Provenance } from '../../utils/model/article';
import { clipTab } from '../../utils/clip/clip-tab';
import { findSame, updateArticle } from '../../utils/collection/store';
import { allTags } from '../../utils/collection/query';
import type { ClipsDb } from '../../utils/collection/db';
import { exportCollection } from '../../utils/collection/export-collection';
import { t, tn } from '../../utils/platform/i18n';
import { importCollection } from '../../utils/collection/import-json';
import { watchListText } from '../../utils/platform/settings';
import { clipStatus, importStatus } from '../../utils/clip/status-text';
import { suggestTags } from '../../utils/clip/suggest-tags';
import { targetTabId } from '../../utils/platform/target-tab';
import { useLiveQuery } from '../../hooks/use-live-query';
import { parseWatchList, type WatchItem } from '../../utils/entities/watch-list';

export type AppProps = {
  /** The collection. */
  db: ClipsDb;
};

type Review = { article: Article; provenance: Provenance; column: string | null };

/** The popup (or, with ?layout=tab, the full-width library): clip the current page, review the collection. */
export function App({ db }: AppProps) {
  const layout = new URLSearchParams(location.search).get('layout') === 'tab' ? 'tab' : 'popup';
  const [status, setStatus] = useState<StatusLineProps>({ text: '', error: false });
  const [busy, setBusy] = useState(false);
  const [readingId, setReadingId] = useState<string | null>(null);
  const [watch, setWatch] = useState<WatchItem[]>([]);
  const [review, setReview] = useState<Review | null>(null);
  const [tabUrl, setTabUrl] = useState<string | null>(null);
  /** Set while an import runs: aborting it cancels the import (nothing of it stays). */
  const [importing, setImporting] = useState<AbortController | null>(null);
  useEffect(() => void watchListText.getValue().then((v) => setWatch(parseWatchList(v))), []);
  useEffect(() => {
    // The page the popup was opened on, for the "already saved" mark.
    void targetTabId(location.search).then(async (id) => {
      if (id !== null && layout === 'popup') setTabUrl((await browser.tabs.get(id).catch(() => null))?.url ?? null);
    });
  }, []);
  const saved = useLiveQuery(
    async () => (tabUrl ? ((await findSame(db, tabUrl, null)) ?? null) : null),
    [tabUrl],
    null,
  );
  const tags = useLiveQuery(async () => (review ? allTags(db) : []), [!!review], [] as string[]);
  const reviewed = useLiveQuery(
    async () => (review ? ((await db.articles.get(review.article.id)) ?? null) : null),
    [review?.article.id],
    null,
  );

  const clip = async () => {
    setBusy(true);
    setStatus({ text: t('clipping'), error: false });
    setReview(null);
    const tabId = await targetTabId(location.search);
    if (tabId === null) {
      setStatus({ text: t('noTab'), error: true });
    } else {
      const outcome = await clipTab(db, tabId, window);
      setStatus(clipStatus(outcome));
      if (outcome.ok) setReview({ article: outcome.article, provenance: outcome.provenance, column: outcome.column });
    }
    setBusy(false);
  };

  const saveCorrections = async (patch: Partial<Article>) => {
    if (!review) return;
    const updated = await updateArticle(db, review.article.id, patch);
    setStatus({ text: t('corrected'), error: false });
    if (updated) setReview({ ...review, article: updated });
  };

  const exportAll = async () => {
    setStatus({ text: tn('exported', await exportCollection(db, document)), error: false });
  };
  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const stop = new AbortController();
    setImporting(stop);
    // Streamed in batches: the list and search keep answering while the progress line counts.
    const result = await importCollection(db, file, new Date(), {
      signal: stop.signal,
      onProgress: (p) =>
        setStatus({
          text: t('importProgress', [String(p.written), String(Math.round((100 * p.bytes) / (p.total || 1)))]),
          error: false,
        }),
    }).finally(() => setImporting(null));
    setStatus(importStatus(result));
  };
  const openTab = () => {
    void browser.tabs.create({ url: browser.runtime.getURL('/popup.html?layout=tab') });
    window.close();
  };

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
            <button type="button" class="primary" data-testid="clip" onClick={clip} disabled={busy}>
              {busy ? t('clipping') : t('clip')}
            </button>
          )}
        </div>
      </header>
      <StatusLine {...status} />
      {layout === 'popup' && <AllUniversitiesButton />}
      {saved && !review && (
        <p class="already-saved" data-testid="already-saved">
          {t('alreadySaved')}{' '}
          <button type="button" class="link-button" onClick={() => setReadingId(saved.id)}>
            {t('openSaved')}
          </button>
        </p>
      )}
      {review && reviewed && (
        <ClipReview
          key={review.article.id + review.article.updatedAt}
          article={review.article}
          provenance={review.provenance}
          tags={reviewed.tags}
          allTags={tags}
          suggestions={suggestTags(review.article, review.column)}
          onTags={(tags) => void updateArticle(db, review.article.id, { tags })}
          onSave={saveCorrections}
          onInvalid={(label) => setStatus({ text: t('invalidField', label), error: true })}
          onClose={() => setReview(null)}
        />
      )}
      <Library db={db} watch={watch} readingId={readingId} onRead={setReadingId} onStatus={setStatus} layout={layout} />
      <footer class="bar">
        <button type="button" data-testid="export" onClick={exportAll}>
          {t('export')}
        </button>
        <label class="file-button">
          {t('import')}
          <input
            type="file"
            accept="application/json,.json"
            data-testid="import"
            disabled={!!importing}
            onChange={(e) => importFile(e.currentTarget)}
          />
        </label>
        {importing && (
          <button type="button" data-testid="cancel-import" onClick={() => importing.abort()}>
            {t('cancelImport')}
          </button>
        )}
      </footer>
    </main>
  );
}
