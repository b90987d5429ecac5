import { useEffect, useMemo, useRef } from 'preact/hooks';
import type { Card } from '../utils/collection/card';
import { t } from '../utils/platform/i18n';
import { ArticleItem } from './ArticleItem';
import type { ArticleFields } from './article-row-match';
import { searchMarker } from '../utils/collection/search-marks';
import { VirtualList } from './VirtualList';
import { ROW_HEIGHT } from './article-row';

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
  /** The search typed, whose words the rows mark ('' for none). */
  query?: string;
  /** Reads an article, for a row to say where it matched when its card cannot (the same function each render). */
  read?: (id: string) => Promise<ArticleFields | undefined>;
};

export { ROW_HEIGHT };
let painted = false;

/** The saved articles, newest first, rendering only the rows in view; or a hint when there are none. */
export function ArticleList({
  cards,
  filtered,
  selected,
  onToggle,
  onOpen,
  activeId,
  query = '',
  read,
}: ArticleListProps) {
  // The rows get functions that stay the same (calling the latest given), so an unchanged row is not redrawn.
  const given = useRef({ onToggle, onOpen });
  given.current = { onToggle, onOpen };
  const on = useMemo(
    () => ({ toggle: (id: string) => given.current.onToggle(id), open: (id: string) => given.current.onOpen(id) }),
    [],
  );
  const marker = useMemo(() => searchMarker(query), [query]);
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
        cards.slice(start, end).map((c, k) => (
          <ArticleItem
            // Keyed by place, not article: a search's answer redraws the rows' text in the elements already
            // there instead of removing them and building new ones. Scrolling keeps each article at its place.
            key={start + k}
            card={c}
            position={start + k + 1}
            total={cards.length}
            selected={selected.has(c.id)}
            active={c.id === activeId}
            onToggle={on.toggle}
            onOpen={on.open}
            marker={marker}
            read={read}
          />
        ))
      }
    </VirtualList>
  );
}
