import { useEffect, useState } from 'preact/hooks';
import type { Article } from '../utils/article';
import { t } from '../utils/i18n';
import { useLiveQuery } from '../utils/use-live-query';
import { ArticleItem } from './ArticleItem';
import { VirtualList, rowStyle } from './VirtualList';

export type ArticleListProps = {
  /** Ids of the articles to show, already filtered and sorted. */
  ids: string[];
  /** Loads the articles of some ids (inside a live query, so edits show at once). */
  load: (ids: string[]) => Promise<Article[]>;
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

export const ROW_HEIGHT = 96;
let painted = false;

/** The saved articles, newest first, rendering only the rows in view; or a hint when there are none. */
export function ArticleList({ ids, load, filtered, selected, onToggle, onOpen, activeId }: ArticleListProps) {
  const [range, setRange] = useState<[number, number]>([0, 0]);
  const rows = useLiveQuery(() => load(ids.slice(range[0], range[1])), [ids, range[0], range[1]], [] as Article[]);
  useEffect(() => {
    // Read by `npm run bench`: popup first paint is measured up to this mark.
    if (rows.length && !painted) { painted = true; performance.mark('first-article'); }
  }, [rows]);
  if (!ids.length) return <p class="empty">{filtered ? t('noMatch') : t('empty')}</p>;
  return (
    <VirtualList count={ids.length} rowHeight={ROW_HEIGHT} label={t('listLabel')} onRange={(a, b) => setRange([a, b])}>
      {rows.map((a, k) => {
        const i = range[0] + k;
        return (
          <ArticleItem
            key={a.id} article={a} style={rowStyle(i, ROW_HEIGHT)} position={i + 1} total={ids.length}
            selected={selected.has(a.id)} active={a.id === activeId} onToggle={onToggle} onOpen={onOpen}
          />
        );
      })}
    </VirtualList>
  );
}
