/** What the status line says after a clip, export or import, in the user's language. */
import type { ClipOutcome } from './clip-tab';
import { t, tn, uiLanguage, type MessageKey } from '../platform/i18n';
import type { CorrectedField } from '../model/article';
import type { ImportResult } from '../collection/import-json';
import { fetchFailedText } from './fetch-failed-text';

// A corrected field in a sentence; the site's name and university are one thing to a reader.
const CORRECTED_NAMES: Record<CorrectedField, MessageKey> = {
  title: 'importFieldTitle',
  publishedAt: 'importFieldPublishedAt',
  byline: 'importFieldByline',
  source: 'importFieldSource',
  views: 'importFieldViews',
  'site.name': 'importFieldSite',
  'site.university': 'importFieldSite',
};

/** "the title and the view count": the corrected fields the page changed, named in a list of the UI's language. */
export function changedNames(fields: readonly CorrectedField[]): string {
  const names = [...new Set(fields.map((f) => t(CORRECTED_NAMES[f])))];
  return new Intl.ListFormat(uiLanguage(), { type: 'conjunction' }).format(names);
}

export function clipStatus(o: ClipOutcome): { text: string; error: boolean } {
  if (o.ok && !o.created && o.pageChanged?.length) {
    const key = o.versioned ? 'updatedKeptCorrectionsAndVersion' : 'updatedKeptCorrections';
    return { text: t(key, [o.article.title, changedNames(o.pageChanged)]), error: false };
  }
  // Said, so that the first re-clip of a row from before corrections were recorded does not replace one unannounced.
  if (o.ok && !o.created && o.versioned) return { text: t('updatedKeptVersion', o.article.title), error: false };
  if (o.ok)
    return {
      text: t(o.created ? 'saved' : o.changed === false ? 'unchanged' : 'updated', o.article.title),
      error: false,
    };
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
    'still-loading': t('stillLoading'),
    'fetch-failed': fetchFailedText(o),
  }[o.error];
  return { text, error: true };
}

/** An export that could not be made, in plain words (the browser's own reason in brackets). */
export function exportErrorText(e: unknown): string {
  return t('exportFailed', e instanceof Error ? e.message || e.name : String(e));
}

// What a refused field is called in a sentence, by the file's first key (the JSON key means nothing to a reader).
const ARTICLE_FIELDS: Record<string, MessageKey> = {
  id: 'importFieldId',
  url: 'importFieldUrl',
  canonicalUrl: 'importFieldCanonicalUrl',
  site: 'importFieldSite',
  title: 'importFieldTitle',
  publishedAt: 'importFieldPublishedAt',
  byline: 'importFieldByline',
  source: 'importFieldSource',
  views: 'importFieldViews',
  lang: 'importFieldLang',
  excerpt: 'importFieldExcerpt',
  contentHtml: 'importFieldBody',
  textContent: 'importFieldBody',
  attachments: 'importFieldAttachments',
  tags: 'importFieldTags',
  entities: 'importFieldEntities',
  highlights: 'importFieldHighlights',
  clippedAt: 'importFieldClippedAt',
  updatedAt: 'importFieldUpdatedAt',
  versions: 'importFieldVersions',
  corrected: 'importFieldCorrected',
};
const FOLLOW_FIELDS: Record<string, MessageKey> = {
  url: 'importFieldUrl',
  name: 'importFieldName',
  followedAt: 'importFieldFollowedAt',
};

/** A field named for people ("the address"); a key we have no name for stays as the file spells it, quoted. */
function fieldName(field: string | undefined, names: Record<string, MessageKey>, other: string): string {
  const key = field?.split('.')[0] ?? '';
  return names[key] ? t(names[key]) : other || `“${key}”`;
}

function invalidArticle(r: Extract<ImportResult, { ok: false }>): string {
  const n = String(r.article);
  // Not an object at all: there is no field to name.
  if (r.field === 'article') return t('importNotAnArticle', n);
  const field = fieldName(r.field, ARTICLE_FIELDS, '');
  return r.detail ? t('importInvalidNamed', [n, field, r.detail]) : t('importInvalid', [n, field]);
}

export function importStatus(r: ImportResult): { text: string; error: boolean } {
  if (r.ok) return { text: tn('imported', r.added, String(r.merged), String(r.unchanged)), error: false };
  const text = {
    'not-json': t('importNotJson'),
    empty: t('importEmpty'),
    truncated: t('importTruncated'),
    'unknown-format': t('importUnknownFormat'),
    'unknown-version': t('importUnknownVersion', r.detail ?? '?'),
    'invalid-article': invalidArticle(r),
    // A followed column's own bookkeeping (checks, errors, pauses) is one thing to a reader.
    'invalid-follow': t('importInvalidFollow', [
      String(r.article),
      fieldName(r.field, FOLLOW_FIELDS, t('importFieldCheckRecord')),
    ]),
    'too-big': t('importTooBig', r.detail ?? ''),
    quota: t('importQuota'),
    'write-failed': t('importFailed', r.detail ?? ''),
    cancelled: t('importCancelled'),
  }[r.error];
  return { text, error: true };
}
