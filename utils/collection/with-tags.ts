/**
 * Changing an article's tag list, in a module of its own: the popup's writes (store.ts) and the options page's
 * collection-wide ones (tags-everywhere.ts) share it without the options page loading store.ts.
 */
import type { Article } from '../model/article';

/**
 * The one definition of changing an article's tags: `remove` taken off, `add` (trimmed) put on, each tag once. Added
 * tags go last, or, `inPlace` (a rename), where the first removed tag stood.
 */
export const withTags = (a: Article, add: string[], remove: string[], inPlace = false): Article => {
  const drop = new Set(remove);
  const clean = add.map((t) => t.trim()).filter(Boolean);
  const at = inPlace ? a.tags.findIndex((t) => drop.has(t)) : -1;
  const kept = (tags: string[]) => tags.filter((t) => !drop.has(t));
  const tags =
    at < 0 ? [...kept(a.tags), ...clean] : [...kept(a.tags.slice(0, at)), ...clean, ...kept(a.tags.slice(at))];
  return { ...a, tags: [...new Set(tags)] };
};
