import type { Card } from '../utils/collection/card';
import { Component } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useWidth } from '../hooks/use-width';
import { t } from '../utils/platform/i18n';
import { ROW_HEIGHT, rowStyle, rowText } from './article-row';
import { RowMatch, type ArticleFields } from './article-row-match';
import { Marked } from './Marked';
import type { SearchMarker } from '../utils/collection/search-marks';

export type ArticleItemProps = {
  /** The saved article to show (its card: no body needed). */
  card: Card;
  /** 1-based position in the whole list, for screen readers (only some rows exist at a time); places the row. */
  position: number;
  /** How many articles the list has in all. */
  total: number;
  /** Whether it is ticked for a bulk action. */
  selected: boolean;
  /** Whether it is the one open in the reader. */
  active: boolean;
  /** Tick or untick it (the same function from render to render, or the row is redrawn each time). */
  onToggle: (id: string) => void;
  /** Open it in the reader view (likewise). */
  onOpen: (id: string) => void;
  /** The search's marker (the same from render to render for one query), or null when no search is typed. */
  marker?: SearchMarker | null;
  /** Reads an article, for the line saying where it matched when its card cannot (likewise the same function). */
  read?: (id: string) => Promise<ArticleFields | undefined>;
};

/**
 * One saved article in the list: headline (with a search's words marked, or a line under it saying where it
 * matched), site, date, views, tags and its first names. Redrawn only when one of
 * its props changed: a keystroke re-renders the list before its answer is in, and the rows then stay as they are.
 */
export class ArticleItem extends Component<ArticleItemProps> {
  shouldComponentUpdate(next: ArticleItemProps): boolean {
    const now = this.props;
    return (Object.keys(next) as (keyof ArticleItemProps)[]).some((k) => next[k] !== now[k]);
  }
  render(p: ArticleItemProps) {
    return <Row {...p} />;
  }
}

function Row({ card, position, total, selected, active, onToggle, onOpen, marker, read }: ArticleItemProps) {
  const row = rowText(card);
  const ranges = marker ? marker(row.title) : [];
  const title = useRef<HTMLButtonElement>(null);
  // Whether the title's marks are all past its two shown lines (it is clamped): measured once drawn, for the rows
  // drawn only and only when the title holds a match. Measured rather than bounded by a count of characters, which
  // cannot know the width of the popup or the tab, nor a Han character's from a Latin one's.
  const [clipped, setClipped] = useState(false);
  const matched = ranges.length > 0;
  // Measured again when the title's width changes (the window resized, the tab's list column narrowed).
  const width = useWidth(title, matched);
  useLayoutEffect(() => {
    setClipped(matched && !!title.current && marksPast(title.current));
  }, [marker, row.title, matched, width]);
  // The title shows no match: a line under it says where the article matched, in place of the tags (the row's
  // height is fixed).
  const why = !!marker && (!ranges.length || clipped);
  return (
    <li
      class={active ? 'article-item active' : 'article-item'}
      data-testid="article-item"
      lang={card.lang}
      style={rowStyle(position - 1, ROW_HEIGHT)}
      aria-setsize={total}
      aria-posinset={position}
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest('input')) onOpen(card.id);
      }}
    >
      <input
        type="checkbox"
        data-testid="select-item"
        checked={selected}
        aria-label={t('selectArticle', card.title)}
        onChange={() => onToggle(card.id)}
      />
      <div class="article-main">
        <button type="button" class="article-title" ref={title} aria-label={t('openReader', card.title)}>
          <Marked text={row.title} ranges={ranges} />
        </button>
        {why && <RowMatch card={card} marker={marker} read={read} title={clipped} />}
        <div class="article-meta">
          <span>{row.place}</span>
          {row.date && <time dateTime={card.publishedAt ?? undefined}>{row.date}</time>}
          {row.views !== null && <span>{row.views}</span>}
        </div>
        {!why && (card.tags.length > 0 || card.chips.length > 0) && (
          <ul class="tags" aria-label={t('tagsLabel')}>
            {card.tags.map((tag) => (
              <li key={`t:${tag}`}>{tag}</li>
            ))}
            {card.chips.map((e) => (
              <li key={`n:${e.text}`} class="name" data-kind={e.kind}>
                {e.text}
              </li>
            ))}
          </ul>
        )}
      </div>
    </li>
  );
}

/**
 * Whether no search mark of a clamped title shows whole (not laid out: all do). Past the box, or on its last line
 * where the clamp's "…" is drawn over the text's end (a Han word that begins there is cut to "…" or "钒…": review
 * 32, R13), a mark is not shown.
 */
function marksPast(box: HTMLElement): boolean {
  const { bottom, right, height } = box.getBoundingClientRect();
  if (!height) return false;
  const clamped = box.scrollHeight > box.clientHeight + 1;
  const em = parseFloat(box.ownerDocument.defaultView?.getComputedStyle(box).fontSize ?? '') || 14;
  return [...box.querySelectorAll('mark')].every((m) => {
    const rects = m.getClientRects();
    const last = rects.length ? rects[rects.length - 1]! : m.getBoundingClientRect();
    return last.bottom > bottom + 1 || (clamped && last.bottom > bottom - em && last.right > right - 1.5 * em);
  });
}
