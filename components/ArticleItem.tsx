import type { Card } from '../utils/collection/card';
import { t } from '../utils/platform/i18n';
import { rowText } from './article-row';

export type ArticleItemProps = {
  /** The saved article to show (its card: no body needed). */
  card: Card;
  /** Where the row sits (from the virtual list). */
  style: Record<string, string | number>;
  /** 1-based position in the whole list, for screen readers (only some rows exist at a time). */
  position: number;
  /** How many articles the list has in all. */
  total: number;
  /** Whether it is ticked for a bulk action. */
  selected: boolean;
  /** Whether it is the one open in the reader. */
  active: boolean;
  /** Tick or untick it. */
  onToggle: (id: string) => void;
  /** Open it in the reader view. */
  onOpen: (id: string) => void;
};

/** One saved article in the list: headline, site, date, views, tags and its first names. */
export function ArticleItem({ card, style, position, total, selected, active, onToggle, onOpen }: ArticleItemProps) {
  const row = rowText(card);
  return (
    <li
      class={active ? 'article-item active' : 'article-item'}
      data-testid="article-item"
      lang={card.lang}
      style={style}
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
