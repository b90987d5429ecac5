import { useEffect, useState } from 'preact/hooks';
import { ArticleList } from '../../components/ArticleList';
import { ClipReview } from '../../components/ClipReview';
import { ReaderView } from '../../components/ReaderView';
import { StatusLine } from '../../components/StatusLine';
import type { Article, Provenance } from '../../utils/article';
import { clipTab } from '../../utils/clip-tab';
import { searchArticles, updateArticle, type SortOrder } from '../../utils/clips-store';
import type { ClipsDb } from '../../utils/db';
import { exportCollection } from '../../utils/export-collection';
import { t } from '../../utils/i18n';
import { checkImportSize, importExport } from '../../utils/import-json';
import { clipStatus, importStatus } from '../../utils/status-text';
import { targetTabId } from '../../utils/target-tab';
import { useLiveQuery } from '../../utils/use-live-query';
import { watchListText } from '../../utils/settings';
import { parseWatchList, type WatchItem } from '../../utils/watch-list';

export type AppProps = {
  /** The collection. */
  db: ClipsDb;
};

/** The popup: clip the current page, search the collection, export and import it. */
export function App({ db }: AppProps) {
  const [query, setQuery] = useState('');
  const [status, setStatus] = useState({ text: '', error: false });
  const [busy, setBusy] = useState(false);
  const [reading, setReading] = useState<Article | null>(null);
  const [watch, setWatch] = useState<WatchItem[]>([]);
  useEffect(() => void watchListText.getValue().then((v) => setWatch(parseWatchList(v))), []);
  const [review, setReview] = useState<{ article: Article; provenance: Provenance } | null>(null);
  const [order, setOrder] = useState<SortOrder>('clipped');
  const articles = useLiveQuery(() => searchArticles(db, query, order), [query, order], []);

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
      if (outcome.ok) setReview({ article: outcome.article, provenance: outcome.provenance });
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
    setStatus({ text: t('exported', String(await exportCollection(db, document))), error: false });
  };
  const exportView = async () => {
    setStatus({ text: t('exported', String(await exportCollection(db, document, articles))), error: false });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const tooBig = checkImportSize(file.size);
    setStatus(importStatus(tooBig ?? (await importExport(db, await file.text()))));
  };

  return (
    <main class="popup">
      <header class="bar">
        <h1>{t('extName')}</h1>
        <button type="button" class="primary" data-testid="clip" onClick={clip} disabled={busy}>
          {busy ? t('clipping') : t('clip')}
        </button>
      </header>
      <StatusLine {...status} />
      {review && (
        <ClipReview
          key={review.article.id + review.article.updatedAt}
          article={review.article}
          provenance={review.provenance}
          onSave={saveCorrections}
          onInvalid={(label) => setStatus({ text: t('invalidField', label), error: true })}
          onClose={() => setReview(null)}
        />
      )}
      <div class="search-row">
        <input
          type="search" data-testid="search" value={query} aria-label={t('searchPlaceholder')}
          placeholder={t('searchPlaceholder')} onInput={(e) => setQuery(e.currentTarget.value)}
        />
        <select data-testid="sort" aria-label={t('sortLabel')} value={order} onChange={(e) => setOrder(e.currentTarget.value as SortOrder)}>
          <option value="clipped">{t('sortClipped')}</option>
          <option value="published">{t('sortPublished')}</option>
        </select>
        <span class="count" data-testid="count" aria-live="polite">{t('countLabel', String(articles.length))}</span>
      </div>
      {reading ? (
        <ReaderView
          article={reading}
          watch={watch}
          onClose={() => setReading(null)}
          onPick={(name) => {
            // A person's or program's timeline: every clip that mentions it, newest publication first.
            setQuery(name);
            setOrder('published');
            setReading(null);
          }}
        />
      ) : (
        <ArticleList articles={articles} filtered={!!query.trim()} onOpen={setReading} />
      )}
      <footer class="bar">
        {query.trim() && articles.length > 0 && (
          <button type="button" data-testid="export-view" onClick={exportView}>{t('exportView', String(articles.length))}</button>
        )}
        <button type="button" data-testid="export" onClick={exportAll}>{t('export')}</button>
        <label class="file-button">
          {t('import')}
          <input type="file" accept="application/json,.json" data-testid="import" onChange={(e) => importFile(e.currentTarget)} />
        </label>
      </footer>
    </main>
  );
}
