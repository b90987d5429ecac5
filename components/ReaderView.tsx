import { displayDate } from '../utils/model/dates';
import { Fragment } from 'preact';
import { useMemo, useRef, useState } from 'preact/hooks';
import type { Article, ArticleVersion } from '../utils/model/article';
import { t, tn } from '../utils/platform/i18n';
import { MAX_MARKS, MAX_NAMES } from '../utils/reader/reader-chunks';
import { ReaderBody } from './ReaderBody';
import { ReaderVersions } from './ReaderVersions';
import type { WatchItem } from '../utils/entities/watch-list';
import { TagEditor } from './TagEditor';
import { UserHighlights } from './UserHighlights';
import { ReaderCopy } from './ReaderCopy';
import { bodyText } from '../utils/reader/highlight-places';
import { useReaderKeys } from '../hooks/use-reader-keys';
import { useSelectionIn, type Selected } from '../hooks/use-selection-in';
import { highlightDraft } from '../utils/reader/highlight-draft';
import { ReaderSteps, type StepTo } from './ReaderSteps';
import { Marked } from './Marked';
import { standfirstOf } from '../utils/model/standfirst';
import { searchMarker } from '../utils/collection/search-marks';

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
  /** Its earlier versions, oldest first (kept when a re-clip changed it). */
  versions?: ArticleVersion[];
  /** The list's articles in its current order and filters: Previous and Next step through them. */
  cards?: readonly StepTo[] | null;
  /** Open another of the list's articles in the reader. */
  onOpen?: (id: string) => void;
  /** The list's search, marked where search reads it: headline, site, source, credits, tags, notes, body ('' for none). */
  query?: string;
};

/** One empty watch list for every render, so the drawing of the body is not restarted by a new [] each time. */
const NO_WATCH: WatchItem[] = [];
const NO_VERSIONS: ArticleVersion[] = [];
/** At most this many name chips above the article. */
const MAX_CHIPS = 60;

/** A saved article in clean typography: metadata line, link to the original, the sanitized body. */
export function ReaderView({
  article,
  onClose,
  onPick,
  watch = NO_WATCH,
  allTags = [],
  onUpdate = () => {},
  onDelete,
  versions = NO_VERSIONS,
  cards,
  onOpen,
  query,
}: ReaderViewProps) {
  // A draft carried by "Open in tab" opens the bar again (utils/reader/highlight-draft.ts).
  const [pending, setPending] = useState<Selected | null>(highlightDraft);
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const body = useRef<HTMLDivElement>(null);
  // The article's neighbours in the list (none when the list no longer holds it, e.g. a filter left it out).
  const at = cards?.findIndex((c) => c.id === article.id) ?? -1;
  const [prev, next] = at < 0 || !onOpen ? [] : [cards![at - 1], cards![at + 1]];
  useReaderKeys(root, heading, onClose, (by) => {
    const to = by < 0 ? prev : next;
    if (to) onOpen?.(to.id);
  });
  // A selection made in the body by keyboard, for "Highlight selection".
  const selection = useSelectionIn(body);
  // Told only when marks may stop short: more names than are looked for, or more mentions than the budget.
  const long = article.entities.length > MAX_NAMES || article.entities.reduce((n, e) => n + e.count, 0) > MAX_MARKS;
  // The most mentioned names as chips: an imported article may list 20,000, too many to draw or to read.
  const chips = useMemo(() => {
    const top = [...article.entities].sort((a, b) => b.count - a.count).slice(0, MAX_CHIPS);
    return (['person', 'program', 'organization'] as const).flatMap((k) => top.filter((e) => e.kind === k));
  }, [article.entities]);
  // The body's text for the highlight list: read only when there are highlights to place.
  const hasHighlights = article.highlights.length > 0;
  const text = useMemo(
    () => (hasHighlights ? bodyText(article.contentHtml, document) : ''),
    [hasHighlights, article.contentHtml],
  );
  const date = displayDate(article.publishedAt);
  const { excerpt, textContent } = article;
  const standfirst = useMemo(() => standfirstOf({ excerpt, textContent }), [excerpt, textContent]);
  const credits = article.byline.map((b) => (b.role ? `${b.role} ${b.name}` : b.name)).join(' · ');
  // The search's words in the headline and the meta line too: a match only in a credit (摄影 郭晓雯), the source or
  // the site is shown where it is, as the body's are.
  const marker = useMemo(() => searchMarker(query ?? ''), [query]);
  const site = article.site.university ?? article.site.name;
  // A match in a part of the site the line does not show (its address, or its name beside the university's) is
  // shown after it: search reads all three.
  const siteMatch =
    marker && !(site && marker(site).length)
      ? [article.site.name, article.site.host].find((s) => s && s !== site && marker(s).length)
      : null;
  // Only what search reads is marked (site, source, credits), never the date or the views label.
  const meta: [text: string | null | undefined, searched: boolean][] = [
    [site, true],
    [siteMatch, true],
    [date, false],
    [article.source, true],
    [credits, true],
    [article.views !== null ? tn('views', article.views) : null, false],
  ];
  return (
    <article ref={root} class="reader" data-testid="reader" lang={article.lang} aria-labelledby="reader-title">
      <div class="reader-actions">
        <button type="button" class="back" onClick={onClose}>
          ← {t('backToList')}
        </button>
        {onOpen && <ReaderSteps prev={prev} next={next} onOpen={onOpen} />}
        {onDelete && (
          <button type="button" data-testid="delete" onClick={onDelete}>
            {t('delete')}
          </button>
        )}
      </div>
      <h2 id="reader-title" ref={heading} tabIndex={-1}>
        <Marked text={article.title} ranges={marker?.(article.title) ?? []} />
      </h2>
      {standfirst && (
        // Bold, as pages print a standfirst: no style of its own (the first frame's stylesheet is at its budget).
        <p data-testid="reader-standfirst">
          <strong>
            <Marked text={standfirst} ranges={marker?.(standfirst) ?? []} />
          </strong>
        </p>
      )}
      <p class="reader-meta">
        {meta
          .filter((part): part is [string, boolean] => !!part[0])
          .map(([text, searched], i) => (
            <Fragment key={i}>
              {i > 0 && ' · '}
              {searched ? <Marked text={text} ranges={marker?.(text) ?? []} /> : text}
            </Fragment>
          ))}
      </p>
      <p>
        <a href={article.url} target="_blank" rel="noopener noreferrer">
          {t('openOriginal')}
        </a>
      </p>
      <ReaderCopy key={article.id} article={article} />
      {versions.length > 0 && <ReaderVersions article={article} versions={versions} />}
      {article.entities.length > 0 && (
        <div class="chips" aria-label={t('keyNames')}>
          {chips.map((e) => (
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
            {marker && (
              <>
                {' '}
                <mark data-kind="search">{t('legendSearch')}</mark>
              </>
            )}
          </span>
        </div>
      )}
      <TagEditor tags={article.tags} allTags={allTags} onChange={(tags) => onUpdate({ tags })} marker={marker} />
      {long && (
        <p class="hint" data-testid="reader-long">
          {t('readerLongArticle')}
        </p>
      )}
      <ReaderBody article={article} watch={watch} onSelect={setPending} bodyRef={body} marker={marker} />
      <UserHighlights
        highlights={article.highlights}
        text={text}
        pending={pending}
        onChange={(highlights) => onUpdate({ highlights })}
        onDone={() => setPending(null)}
        selected={() => selection.current}
        onStart={setPending}
        marker={marker}
      />
    </article>
  );
}
