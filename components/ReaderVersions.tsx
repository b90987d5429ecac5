import { useMemo, useState } from 'preact/hooks';
import type { Article, ArticleVersion } from '../utils/model/article';
import { t, tn } from '../utils/platform/i18n';
import { sanitizeHtml } from '../utils/safety/sanitize';
import { VersionDiff } from './VersionDiff';

export type ReaderVersionsProps = {
  /** The article as saved now. */
  article: Article;
  /** Its earlier versions, oldest first. */
  versions: ArticleVersion[];
};

/**
 * "N earlier versions": pick one to see what changed from it to the next (the latest: to the article now), and
 * its text. Folded until opened, so the reader starts with the article.
 */
/** An instant in the reader's own time zone and language. */
const when = (iso: string) => new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });

export function ReaderVersions({ article, versions }: ReaderVersionsProps) {
  const [picked, setPicked] = useState<number | null>(null);
  const at = Math.min(picked ?? versions.length - 1, versions.length - 1);
  const before = versions[at];
  const after = versions[at + 1] ?? article;
  // The version's body comes from a page or an import file: sanitized here, like the article's.
  const html = useMemo(
    () => (before ? sanitizeHtml(before.contentHtml, window, article.url) : ''),
    [before, article.url],
  );
  if (!before) return null;
  return (
    <details class="reader-versions" data-testid="versions">
      <summary data-testid="versions-count">{tn('earlierVersions', versions.length)}</summary>
      <label>
        {t('versionPick')}{' '}
        <select data-testid="version-pick" value={at} onChange={(e) => setPicked(Number(e.currentTarget.value))}>
          {versions.map((v, i) => (
            <option key={i} value={i}>
              {t('versionOption', [when(v.savedAt), when(v.replacedAt)])}
            </option>
          ))}
        </select>
      </label>
      <VersionDiff before={before} after={after} />
      <details class="version-text">
        <summary>{t('versionShowText')}</summary>
        {/* eslint-disable-next-line no-restricted-syntax -- sanitized just above with the one profile */}
        <div class="reader-body" dangerouslySetInnerHTML={{ __html: html }} />
      </details>
    </details>
  );
}
