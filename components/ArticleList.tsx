import type { Article } from '../utils/article';
import { t } from '../utils/i18n';
import { ArticleItem } from './ArticleItem';

export type ArticleListProps = {
  /** Articles to show, already filtered and sorted. */
  articles: Article[];
  /** Whether a search or filter is active (changes the empty-state text). */
  filtered: boolean;
  /** Open an article in the reader view. */
  onOpen: (article: Article) => void;
};

/** The saved articles, newest first, or a hint when there are none. */
export function ArticleList({ articles, filtered, onOpen }: ArticleListProps) {
  if (!articles.length) return <p class="empty">{filtered ? t('noMatch') : t('empty')}</p>;
  return (
    <ul class="article-list">
      {articles.map((a) => <ArticleItem key={a.id} article={a} onOpen={onOpen} />)}
    </ul>
  );
}
