import { useEffect } from 'preact/hooks';
import type { Card } from '../utils/collection/card';
import { t } from '../utils/platform/i18n';
import { ArticleItem } from './ArticleItem';
import { VirtualList } from './VirtualList';
import { ROW_HEIGHT, rowStyle } from './article-row';

export type ArticleListProps = {
  /** The articles to show, already filtered and sorted; null while the collection is still being read. */
  cards: Card[] | null;
  /** Whether a search or filter is active (changes the empty-state text). */
  filtered: boolean;
  /** Ids ticked for a bulk action. */
  selected: Set<string>;
  /** Tick or untick one article. */
  onToggle: (id: string) => void;
  /** Open an article in the reader view. */
  onOpen: (id: string) => void;
  /** The article open in the reader, marked in the list. */
  activeId?: string | null;
};

export { ROW_HEIGHT };
let painted = false;

/** The saved articles, newest first, rendering only the rows in view; or a hint when there are none. */
export function ArticleList({ cards, filtered, selected, onToggle, onOpen, activeId }: ArticleListProps) {
  useEffect(() => {
    // Read by `npm run bench`: popup first paint is measured up to this mark.
    if (cards?.length && !painted) {
      painted = true;
      performance.mark('first-article');
    }
  }, [cards]);
  if (!cards) return null;
  if (!cards.length) return <p class="empty">{filtered ? t('noMatch') : t('empty')}</p>;
  return (
    <VirtualList count={cards.length} rowHeight={ROW_HEIGHT} label={t('listLabel')}>
      {(start, end) =>
        cards
          .slice(start, end)
          .map((c, k) => (
            <ArticleItem
              key={c.id}
              card={c}
              style={rowStyle(start + k, ROW_HEIGHT)}
              position={start + k + 1}
              total={cards.length}
              selected={selected.has(c.id)}
              active={c.id === activeId}
              onToggle={onToggle}
              onOpen={onOpen}
            />
          ))
      }
    </VirtualList>
  );
}
