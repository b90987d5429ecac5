import type { RefObject } from 'preact';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Article, Highlight } from '../utils/model/article';
import type { WatchItem } from '../utils/entities/watch-list';
import { highlightEntities } from '../utils/reader/highlight-entities';
import { markUserHighlights } from '../utils/reader/mark-user-highlights';
import { markSearch } from '../utils/reader/mark-search';
import type { SearchMarker } from '../utils/collection/search-marks';
import { MAX_MARKS, MAX_NAMES, splitBody } from '../utils/reader/reader-chunks';
import { sanitizeHtml } from '../utils/safety/sanitize';
import { selectionIn, type Selected } from '../hooks/use-selection-in';
import { t } from '../utils/platform/i18n';

/** How long typing pauses (ms) before a new query's first match is brought into view. */
const TYPING_PAUSE = 400;

export type ReaderBodyProps = {
  /** The article whose body is drawn. */
  article: Article;
  /** The watch list, whose aliases are highlighted too. */
  watch: WatchItem[];
  /** What the user selected in the body (null when none). */
  onSelect: (selected: Selected | null) => void;
  /** The body's element, for the reader to follow a selection made there by keyboard. */
  bodyRef?: RefObject<HTMLDivElement | null>;
  /** The list's search (searchMarker), whose matches are marked (display only) and the first scrolled to; null for none. */
  marker?: SearchMarker | null;
};

/**
 * The article body, sanitized and with names, the user's highlights and the search's matches marked. An enormous
 * body is drawn piece by piece, one per task, and only this component re-renders as pieces arrive, so the popup
 * stays responsive.
 */
export function ReaderBody({ article, watch, onSelect, bodyRef, marker = null }: ReaderBodyProps) {
  const own = useRef<HTMLDivElement>(null);
  const ref = bodyRef ?? own;
  // The body in pieces (one unless it is enormous), each drawn in its own task so the popup stays responsive.
  const pieces = useMemo(() => splitBody(article.contentHtml), [article.contentHtml]);
  // Each piece sanitized, with names and highlights marked: made anew (with a fresh mark budget) when one of those
  // changes, each piece once and in order, and kept while only the search changes (a keystroke in the tab layout
  // re-marks the search alone).
  const drawn = useMemo(() => {
    // The most mentioned names only, and a mark budget shared by all pieces.
    const entities = [...article.entities].sort((a, b) => b.count - a.count).slice(0, MAX_NAMES);
    const named = new Set(entities.map((e) => e.text));
    const aliases = watch
      .filter((w) => named.has(w.name))
      .flatMap((w) => w.aliases.map((a) => ({ text: a, kind: w.kind })));
    const budget = { marks: MAX_MARKS };
    // Each highlight's passages in the pieces marked so far: its occurrence counts over the whole body.
    const seen = new Map<Highlight, number>();
    const done: string[] = [];
    // Sanitized again here: stored HTML may come from an import, not only from our own clipper.
    const at = (i: number) => {
      const clean = sanitizeHtml(pieces[i] ?? '', window, article.url);
      const marked = highlightEntities(clean, entities, document, aliases, budget);
      return markUserHighlights(marked, article.highlights, document, seen);
    };
    return { count: pieces.length, at: (i: number) => (done[i] ??= at(i)) };
  }, [pieces, article.url, article.entities, article.highlights, watch]);
  // The pieces with the search's matches marked too, under a mark budget of their own.
  const plan = useMemo(() => {
    const found = { marks: MAX_MARKS };
    return { count: drawn.count, prepare: (i: number) => markSearch(drawn.at(i), marker, document, found) };
  }, [drawn, marker]);
  const first = useMemo(() => plan.prepare(0), [plan]);
  const [rest, setRest] = useState<string[]>([]);
  useEffect(() => {
    const { count, prepare } = plan;
    setRest([]);
    let timer = 0;
    const next = (i: number) => {
      if (i >= count) return;
      timer = window.setTimeout(() => {
        const html = prepare(i);
        setRest((r) => [...r, html]);
        next(i + 1);
      }, 0);
    };
    next(1);
    return () => clearTimeout(timer);
  }, [plan]);
  // The first match scrolled into view once per query, when drawn (not again when a highlight is added). After the
  // reader's own first effects, which focus its heading (and so scroll to it); focus is not moved here. A query typed
  // while the article is open (the tab layout) is scrolled to once typing pauses: each keystroke re-marks the body
  // and restarts the wait.
  const scrolled = useRef<SearchMarker | null | undefined>(undefined);
  const opened = useRef<SearchMarker | null | undefined>(marker);
  useEffect(() => {
    if (marker !== opened.current) opened.current = undefined;
    if (scrolled.current === marker) return;
    const timer = window.setTimeout(
      () => {
        const mark = ref.current?.querySelector('mark[data-kind="search"]');
        if (!mark || scrolled.current === marker) return;
        scrolled.current = marker;
        mark.scrollIntoView?.({ block: 'center' });
      },
      marker === opened.current ? 0 : TYPING_PAUSE,
    );
    return () => window.clearTimeout(timer);
  }, [first, rest, ref, marker]);
  return (
    // Focusable and named, so the keyboard reaches the text: to scroll it, and to select in it (caret browsing).
    <div
      class="reader-body"
      ref={ref}
      tabIndex={0}
      role="region"
      aria-label={t('articleText')}
      aria-busy={rest.length < pieces.length - 1}
      onMouseUp={(e) => onSelect(selectionIn(e.currentTarget))}
      onKeyUp={(e) => onSelect(selectionIn(e.currentTarget))}
    >
      {/* eslint-disable-next-line no-restricted-syntax -- `prepare` sanitized each piece just above */}
      <div class="reader-piece" dangerouslySetInnerHTML={{ __html: first }} />
      {rest.map((html, i) => (
        // eslint-disable-next-line no-restricted-syntax -- `prepare` sanitized each piece just above
        <div key={i} class="reader-piece" dangerouslySetInnerHTML={{ __html: html }} />
      ))}
    </div>
  );
}
