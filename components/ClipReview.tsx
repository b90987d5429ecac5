import { useEffect, useRef, useState } from 'preact/hooks';
import type { Article, FieldSource, Provenance } from '../utils/model/article';
import { formChanged, formOf, pageForm, patchFrom, type CorrectionForm } from '../utils/clip/corrections';
import { t, type MessageKey } from '../utils/platform/i18n';
import { TagEditor } from './TagEditor';

export type ClipReviewProps = {
  /** The article just clipped (already saved). */
  article: Article;
  /** Where each field was found on the page, shown on hover. */
  provenance: Provenance;
  /** Save the corrected fields; resolves when stored. */
  onSave: (patch: Partial<Article>) => Promise<void>;
  /** Report a refused field to the status line. */
  onInvalid: (label: string) => void;
  /** Close the review (after Done has saved any field the user changed). */
  onClose: () => void;
  /** The article's tags now (they change as the user adds some). */
  tags: string[];
  /** Every tag in the collection (autocomplete). */
  allTags: string[];
  /** Tags offered with one click: the site's column, the university, the main programs. */
  suggestions: string[];
  /** Store the new tag list. */
  onTags: (tags: string[]) => void;
};

const FIELDS: { key: keyof CorrectionForm; label: MessageKey; from?: keyof Provenance; wide?: boolean }[] = [
  { key: 'title', label: 'fieldTitle', from: 'title', wide: true },
  { key: 'publishedAt', label: 'fieldPublishedAt', from: 'publishedAt' },
  { key: 'views', label: 'fieldViews', from: 'views' },
  { key: 'source', label: 'fieldSource', from: 'source' },
  { key: 'byline', label: 'fieldByline', from: 'byline', wide: true },
  { key: 'siteName', label: 'fieldSiteName', from: 'siteName' },
  { key: 'university', label: 'fieldUniversity' },
];

const HEADLINE_HOW: Record<Extract<FieldSource, { kind: 'element' }>['how'], MessageKey> = {
  'schema-headline': 'srcSchemaHeadline',
  'matches-title': 'srcHeadingMatchesTitle',
  'resembles-title': 'srcHeadingResemblesTitle',
  'first-h1': 'srcFirstH1',
  'first-heading': 'srcFirstHeading',
  'line-before-body': 'srcLineBeforeBody',
};
const DATELINE_WHERE: Record<Extract<FieldSource, { kind: 'dateline' }>['where'], MessageKey> = {
  'near-headline': 'srcDatelineNear',
  'first-paragraph': 'srcDatelineLede',
  'after-body': 'srcDatelineAfter',
};

/** Where a field was found, in the user's language (labels and tag names stay as the page prints them). */
export function describeSource(s: FieldSource): string {
  switch (s.kind) {
    case 'labelled':
      return s.label ? t('srcLabelled', s.label) : t('srcLabelledText');
    case 'meta':
      return t('srcMeta', s.name);
    case 'element':
      return t(HEADLINE_HOW[s.how], s.tag);
    case 'dateline':
      return t(DATELINE_WHERE[s.where]);
    case 'title-tag':
      return t(s.suffixCut ? 'srcTitleTagCut' : 'srcTitleTag');
    case 'time-element':
      return t('srcTimeElement');
    case 'itemprop':
      return t('srcItemprop');
    case 'json-ld':
      return t('srcJsonLd');
    case 'url':
      return t('srcUrl');
    case 'issue-month':
      return t('srcIssueMonth');
    case 'readability':
      return t('srcReadability');
    case 'body-first-line':
      return t('srcBodyFirstLine');
    case 'logo-alt':
      return t('srcLogoAlt');
  }
}

/** Every extracted field of a fresh clip, editable, each with where it came from. */
export function ClipReview({
  article,
  provenance,
  onSave,
  onInvalid,
  onClose,
  tags,
  allTags,
  suggestions,
  onTags,
}: ClipReviewProps) {
  const [form, setForm] = useState<CorrectionForm>(() => formOf(article));
  // The refused field, and how many refusals so far: each one moves focus there again.
  const [{ refused, refusals }, setRefusal] = useState<{ refused: keyof CorrectionForm | null; refusals: number }>({
    refused: null,
    refusals: 0,
  });
  const changed = formChanged(form, article);
  // What the page printed for each field the user corrected: offered back, so a correction can be undone.
  const page = pageForm(article);
  const formRef = useRef<HTMLFormElement>(null);
  // To the field to fix once it is marked, so a keyboard user is there and hears its hint.
  useEffect(() => {
    if (refused) formRef.current?.querySelector<HTMLInputElement>(`[name="${refused}"]`)?.focus();
  }, [refused, refusals]);
  /** Stores the form; false when a field is refused (it stays as typed, marked, and nothing is stored). */
  const store = async (): Promise<boolean> => {
    const r = patchFrom(form, article);
    setRefusal({ refused: r.ok ? null : r.field, refusals: refusals + (r.ok ? 0 : 1) });
    if (!r.ok) {
      onInvalid(t(FIELDS.find((f) => f.key === r.field)!.label));
      return false;
    }
    await onSave(r.patch);
    return true;
  };
  const save = async (e: Event) => {
    e.preventDefault();
    await store();
  };
  // Done never drops what was typed: changed fields are saved first, and a refused one keeps the review open.
  const done = async () => {
    if (!changed || (await store())) onClose();
  };
  return (
    <section class="review" data-testid="clip-review" aria-labelledby="review-heading">
      <h2 id="review-heading">{t('reviewHeading')}</h2>
      <TagEditor tags={tags} allTags={allTags} suggestions={suggestions} onChange={onTags} />
      <form onSubmit={save} ref={formRef}>
        <div class="review-grid">
          {FIELDS.map(({ key, label, from, wide }) => {
            const src = from && provenance[from];
            const where = src ? t('foundIn', describeSource(src)) : t('notFound');
            return (
              <label key={key} class={wide ? 'wide' : ''} title={where}>
                <span>
                  {t(label)}{' '}
                  <abbr title={where} aria-label={where}>
                    ⓘ
                  </abbr>
                </span>
                <input
                  name={key}
                  data-testid={`field-${key}`}
                  value={form[key]}
                  aria-invalid={refused === key}
                  aria-describedby={refused === key && key === 'publishedAt' ? 'published-hint' : undefined}
                  onInput={(e) => setForm({ ...form, [key]: e.currentTarget.value })}
                />
                {page[key] !== undefined && page[key].trim() !== form[key].trim() && (
                  <small class="page-value" data-testid={`page-${key}`}>
                    {t('pageValue', page[key] || t('pageValueNone'))}{' '}
                    <button
                      type="button"
                      class="link-button"
                      data-testid={`use-page-${key}`}
                      aria-label={t('usePageValueFor', t(label))}
                      onClick={() => {
                        setForm({ ...form, [key]: page[key] });
                        // The button goes once the field holds the page's value: focus stays in the form, there.
                        formRef.current?.querySelector<HTMLInputElement>(`[name="${key}"]`)?.focus();
                      }}
                    >
                      {t('usePageValue')}
                    </button>
                  </small>
                )}
                {refused === key && key === 'publishedAt' && (
                  <small id="published-hint" data-testid="published-hint">
                    {t('publishedAtHint')}
                  </small>
                )}
              </label>
            );
          })}
        </div>
        <div class="review-actions">
          <button type="button" data-testid="review-done" onClick={() => void done()}>
            {changed ? t('saveAndClose') : t('done')}
          </button>
          <button type="submit" class="primary" data-testid="save-corrections">
            {t('saveCorrections')}
          </button>
        </div>
      </form>
    </section>
  );
}
