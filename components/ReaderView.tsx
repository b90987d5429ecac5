import { useMemo, useState } from 'preact/hooks';
import type { Article } from '../utils/model/article';
import { t, tn } from '../utils/platform/i18n';
import { highlightEntities } from '../utils/reader/highlight-entities';
import { markUserHighlights } from '../utils/reader/mark-user-highlights';
import { sanitizeHtml } from '../utils/safety/sanitize';
import type { WatchItem } from '../utils/entities/watch-list';
import { TagEditor } from './TagEditor';
import { UserHighlights } from './UserHighlights';

export type ReaderViewProps = {
  /** The saved article to read. */
  article: Article;
  /** Back to the list. */
  onClose: () => void;
  /** Show every clip that mentions this name, newest first. */
  onPick: (name: string) => void;
  /** The watch list, whose aliases are highlighted too. */
  watch?: WatchItem[];
  /** Every tag in the collection (autocomplete). */
  allTags?: string[];
  /** Save a change to the article (tags, highlights). */
  onUpdate?: (patch: Partial<Article>) => void;
  /** Delete the article (the list offers undo). */
  onDelete?: () => void;
};

/** The selected text if it lies inside `within`, else null. */
function selectionIn(within: Element): string | null {
  const sel = within.ownerDocument.getSelection();
  if (!sel || sel.isCollapsed || !sel.rangeCount || !within.contains(sel.getRangeAt(0).commonAncestorContainer))
    return null;
  const text = sel.toString().trim();
  return text && text.length <= 2000 ? text : null;
}

/** A saved article in clean typography: metadata line, link to the original, the sanitized body. */
export function ReaderView({
  article,
  onClose,
  onPick,
  watch = [],
  allTags = [],
  onUpdate = () => {},
  onDelete,
}: ReaderViewProps) {
  const [pending, setPending] = useState<string | null>(null);
  // Sanitized again here: stored HTML may come from an import, not only from our own clipper.
  const html = useMemo(() => {
    const named = new Set(article.entities.map((e) => e.text));
    const aliases = watch
      .filter((w) => named.has(w.name))
      .flatMap((w) => w.aliases.map((a) => ({ text: a, kind: w.kind })));
    const marked = highlightEntities(sanitizeHtml(article.contentHtml, window), article.entities, document, aliases);
    return markUserHighlights(marked, article.highlights, document);
  }, [article.contentHtml, article.entities, article.highlights, watch]);
  const people = article.entities.filter((e) => e.kind === 'person');
  const programs = article.entities.filter((e) => e.kind === 'program');
  const orgs = article.entities.filter((e) => e.kind === 'organization');
  const date = article.publishedAt?.replace('T', ' ').slice(0, 16);
  const credits = article.byline.map((b) => (b.role ? `${b.role} ${b.name}` : b.name)).join(' · ');
  return (
    <article
      class="reader"
      data-testid="reader"
      lang={article.lang}
      aria-labelledby="reader-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') onClose();
      }}
    >
      <div class="reader-actions">
        <button type="button" class="back" onClick={onClose}>
          ← {t('backToList')}
        </button>
        {onDelete && (
          <button type="button" data-testid="delete" onClick={onDelete}>
            {t('delete')}
          </button>
        )}
      </div>
      <h2 id="reader-title">{article.title}</h2>
      <p class="reader-meta">
        {[
          article.site.university ?? article.site.name,
          date,
          article.source,
          credits,
          article.views !== null ? tn('views', article.views) : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <p>
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {t('openOriginal')}
        </a>
      </p>
      {article.entities.length > 0 && (
        <div class="chips" aria-label={t('keyNames')}>
          {[...people, ...programs, ...orgs].map((e) => (
            <button
              type="button"
              key={e.text}
              class="chip"
              data-kind={e.kind}
              data-testid="entity-chip"
              title={t('timelineOf', e.text)}
              onClick={() => onPick(e.text)}
            >
              {e.text}
              {e.role && <small> {e.role}</small>}
            </button>
          ))}
          <span class="legend">
            <mark data-kind="person">{t('legendPerson')}</mark> <mark data-kind="program">{t('legendProgram')}</mark>{' '}
            <mark data-kind="organization">{t('legendOrganization')}</mark>
          </span>
        </div>
      )}
      <TagEditor tags={article.tags} allTags={allTags} onChange={(tags) => onUpdate({ tags })} />
      <div
        class="reader-body"
        dangerouslySetInnerHTML={{ __html: html }}
        onMouseUp={(e) => setPending(selectionIn(e.currentTarget))}
        onKeyUp={(e) => setPending(selectionIn(e.currentTarget))}
      />
      <UserHighlights
        highlights={article.highlights}
        pending={pending}
        onChange={(highlights) => onUpdate({ highlights })}
        onDone={() => setPending(null)}
      />
    </article>
  );
}
