import type { Card } from '../utils/collection/card';
import { Component } from 'preact';
import { t } from '../utils/platform/i18n';
import { ROW_HEIGHT, rowStyle, rowText } from './article-row';

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
};

/**
 * One saved article in the list: headline, site, date, views, tags and its first names. Redrawn only when one of
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

function Row({ card, position, total, selected, active, onToggle, onOpen }: ArticleItemProps) {
  const row = rowText(card);
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
        <button type="button" class="article-title" aria-label={t('openReader', card.title)}>
          {row.title}
        </button>
        <div class="article-meta">
          <span>{row.place}</span>
          {row.date && <time dateTime={card.publishedAt ?? undefined}>{row.date}</time>}
          {row.views !== null && <span>{row.views}</span>}
        </div>
        {(card.tags.length > 0 || card.chips.length > 0) && (
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
