import type { Article } from '../utils/model/article';
import { t } from '../utils/platform/i18n';
import { citation, citesInChinese } from '../utils/reader/cite';
import { useClipboardCopy } from '../hooks/use-clipboard-copy';

export type ReaderCopyProps = {
  /** The article to cite or copy, as stored. */
  article: Article;
};

/** The Markdown of an article, its converter loaded on the first click only. */
async function markdownOf(article: Article): Promise<string> {
  const { articleMarkdown } = await import('../utils/reader/article-markdown');
  const labels = {
    published: t('mdPublished'),
    site: t('fieldSiteName'),
    source: t('fieldSource'),
    credits: t('mdCredits'),
    original: t('mdOriginal'),
    highlights: t('highlightsLabel'),
  };
  return articleMarkdown(article, labels, window);
}

/** "Copy citation" (in the article's language's style) and "Copy as Markdown", with what happened said beside them. */
export function ReaderCopy({ article }: ReaderCopyProps) {
  const { outcome, copy } = useClipboardCopy();
  const style = citesInChinese(article) ? 'GB/T 7714—2015' : 'APA 7';
  return (
    <p class="reader-copy">
      <button
        type="button"
        data-testid="copy-citation"
        onClick={() =>
          void copy(
            () => citation(article, new Date()),
            () => t('citationCopied', style),
          )
        }
      >
        {t('copyCitation')}
      </button>{' '}
      <button
        type="button"
        data-testid="copy-markdown"
        onClick={() =>
          void copy(
            () => markdownOf(article),
            () => t('markdownCopied'),
          )
        }
      >
        {t('copyMarkdown')}
      </button>{' '}
      <span class={outcome?.error ? 'status error' : 'hint'} role="status" data-testid="copy-status">
        {outcome?.text}
      </span>
    </p>
  );
}
