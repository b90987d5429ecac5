/** What the status line says after a clip, export or import, in the user's language. */
import type { ClipOutcome } from './clip-tab';
import { t, tn } from '../platform/i18n';
import type { ImportResult } from '../collection/import-json';
import { fetchFailedText } from './fetch-failed-text';

export function clipStatus(o: ClipOutcome): { text: string; error: boolean } {
  if (o.ok) return { text: t(o.created ? 'saved' : 'updated', o.article.title), error: false };
  const text = {
    'no-article': t('noArticle'),
    'cannot-access': t('cannotAccess'),
    'no-tab': t('noTab'),
    'too-slow': t('tooSlow'),
    quota: t('quotaFull'),
    'db-unavailable': t('dbUnavailable'),
    'save-failed': t('saveFailed', o.detail ?? ''),
    interrupted: t('clipInterrupted'),
    'snapshot-lost': t('snapshotLost'),
    'fetch-failed': fetchFailedText(o),
  }[o.error];
  return { text, error: true };
}

export function importStatus(r: ImportResult): { text: string; error: boolean } {
  if (r.ok) return { text: tn('imported', r.added, String(r.merged), String(r.unchanged)), error: false };
  const text = {
    'not-json': t('importNotJson'),
    'unknown-format': t('importUnknownFormat'),
    'unknown-version': t('importUnknownVersion', r.detail ?? '?'),
    'invalid-article': r.detail
      ? t('importInvalidNamed', [String(r.article), r.field ?? '?', r.detail])
      : t('importInvalid', [String(r.article), r.field ?? '?']),
    'invalid-follow': t('importInvalidFollow', [String(r.article), r.field ?? '?']),
    'too-big': t('importTooBig', r.detail ?? ''),
    quota: t('importQuota'),
    'write-failed': t('importFailed', r.detail ?? ''),
    cancelled: t('importCancelled'),
  }[r.error];
  return { text, error: true };
}
