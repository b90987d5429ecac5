/** Tags offered at clip time: the site's column, the university, the article's main programs. */
import type { Article } from '../model/article';

export function suggestTags(article: Pick<Article, 'tags' | 'entities' | 'site'>, column: string | null): string[] {
  const programs = article.entities
    .filter((e) => e.kind === 'program' && e.count >= 2)
    .slice(0, 3)
    .map((e) => e.text);
  const out = [column, article.site.university ?? article.site.name, ...programs].filter(
    (t): t is string => !!t?.trim(),
  );
  return [...new Set(out)].filter((t) => !article.tags.includes(t));
}
