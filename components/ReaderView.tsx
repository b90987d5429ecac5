import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Article } from '../utils/model/article';
import { t } from '../utils/platform/i18n';
import { highlightEntities } from '../utils/reader/highlight-entities';
import { markUserHighlights } from '../utils/reader/mark-user-highlights';
import { sanitizeHtml } from '../utils/safety/sanitize';
import { MAX_MARKS, MAX_NAMES, splitBody } from '../utils/reader/reader-chunks';
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

/** One empty watch list for every render, so the drawing of the body is not restarted by a new [] each time. */
const NO_WATCH: WatchItem[] = [];

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
  watch = NO_WATCH,
  allTags = [],
  onUpdate = () => {},
  onDelete,
}: ReaderViewProps) {
  const [pending, setPending] = useState<string | null>(null);
  // The body in pieces (one unless it is enormous), each drawn in its own task so the popup stays responsive.
  const pieces = useMemo(() => splitBody(article.contentHtml, document), [article.contentHtml]);
  const prepare = useMemo(() => {
    // The most mentioned names only, and a mark budget shared by all pieces.
    const entities = [...article.entities].sort((a, b) => b.count - a.count).slice(0, MAX_NAMES);
    const named = new Set(entities.map((e) => e.text));
    const aliases = watch
      .filter((w) => named.has(w.name))
      .flatMap((w) => w.aliases.map((a) => ({ text: a, kind: w.kind })));
    const budget = { marks: MAX_MARKS };
    // Sanitized again here: stored HTML may come from an import, not only from our own clipper.
    return (piece: string) => {
      const clean = sanitizeHtml(piece, window, article.url);
      const marked = highlightEntities(clean, entities, document, aliases, budget);
      return markUserHighlights(marked, article.highlights, document);
    };
  }, [pieces, article.url, article.entities, article.highlights, watch]);
  const first = useMemo(() => prepare(pieces[0] ?? ''), [prepare]);
  const [rest, setRest] = useState<string[]>([]);
  useEffect(() => {
    setRest([]);
    let timer = 0;
    const next = (i: number) => {
      if (i >= pieces.length) return;
      timer = window.setTimeout(() => {
        const html = prepare(pieces[i]!);
        setRest((r) => [...r, html]);
        next(i + 1);
      }, 0);
    };
    next(1);
    return () => clearTimeout(timer);
  }, [prepare]);
  // Told only when marks may stop short: more names than are looked for, or more mentions than the budget.
  const long = article.entities.length > MAX_NAMES || article.entities.reduce((n, e) => n + e.count, 0) > MAX_MARKS;
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
          article.views !== null ? t('views', String(article.views)) : null,
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
      {long && (
        <p class="hint" data-testid="reader-long">
          {t('readerLongArticle')}
        </p>
      )}
      <div
        class="reader-body"
        aria-busy={rest.length < pieces.length - 1}
        onMouseUp={(e) => setPending(selectionIn(e.currentTarget))}
        onKeyUp={(e) => setPending(selectionIn(e.currentTarget))}
      >
        <div class="reader-piece" dangerouslySetInnerHTML={{ __html: first }} />
        {rest.map((html, i) => (
          <div key={i} class="reader-piece" dangerouslySetInnerHTML={{ __html: html }} />
        ))}
      </div>
      <UserHighlights
        highlights={article.highlights}
        pending={pending}
        onChange={(highlights) => onUpdate({ highlights })}
        onDone={() => setPending(null)}
      />
    </article>
  );
}
