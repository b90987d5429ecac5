import type { Article } from '../utils/article';
import { t } from '../utils/i18n';

export type ArticleItemProps = {
  /** The saved article to show. */
  article: Article;
  /** Open it in the reader view. */
  onOpen: (article: Article) => void;
};

/** One saved article in the list: headline, site, date, view count and tags. */
export function ArticleItem({ article, onOpen }: ArticleItemProps) {
  const date = article.publishedAt ? article.publishedAt.replace('T', ' ').slice(0, 16) : '';
  return (
    <li class="article-item" data-testid="article-item" lang={article.lang} onClick={() => onOpen(article)}>
      <button type="button" class="article-title" aria-label={t('openReader', article.title)}>
        {article.title}
      </button>
      <div class="article-meta">
        <span>{article.site.university ?? article.site.name ?? article.site.host}</span>
        {date && <time dateTime={article.publishedAt ?? undefined}>{date}</time>}
        {article.views !== null && <span>{t('views', String(article.views))}</span>}
      </div>
      {article.tags.length > 0 && (
        <ul class="tags" aria-label="tags">
          {article.tags.map((tag) => <li key={tag}>{tag}</li>)}
        </ul>
      )}
    </li>
  );
}
