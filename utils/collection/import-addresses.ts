/**
 * What an import matches its articles against (same-article.ts's rule: by address only), held in memory: every
 * address key of the collection with the ids of the articles it belongs to, and every id. Read once, with a plain
 * key cursor (the browser prefetches its steps), instead of each batch walking the address index to its keys one
 * round trip at a time (`anyOf`), which took longer with every batch: at 10,000 articles under load, 0.6 s for the
 * first batch and 8 s for the fourth. Kept equal to the collection by the index's generation (index-writer.ts
 * bumps it on every write of articles): when another page wrote meanwhile, it is read again.
 */
import type { Article } from '../model/article';
import type { ClipsDb, StoredArticle } from './db';
import { addressKeys, bestSame } from './same-article';
import { STATE_KEY, type IndexState } from './index/index-tables';

export class CollectionAddresses {
  /** Address key → ids of articles that had it: a superset (an article that changed address stays listed). */
  private byKey = new Map<string, string[]>();
  private ids = new Set<string>();
  /** The index generation these were read or last brought up to date at; −1: never read. */
  private gen = -1;

  private note(key: string, id: string): void {
    const list = this.byKey.get(key);
    if (!list) this.byKey.set(key, [id]);
    else if (!list.includes(id)) list.push(id);
  }

  private static async genOf(db: ClipsDb): Promise<number> {
    return ((await db.table('indexState').get(STATE_KEY)) as IndexState | undefined)?.gen ?? 0;
  }

  /** In a batch's transaction: read everything again unless no one wrote articles since the last batch. */
  private async sync(db: ClipsDb): Promise<void> {
    const gen = await CollectionAddresses.genOf(db);
    if (gen === this.gen) return;
    this.byKey.clear();
    this.ids = new Set(await db.articles.toCollection().primaryKeys());
    await db.articles.orderBy('keys').eachKey((key, cursor) => this.note(key as string, cursor.primaryKey as string));
    this.gen = gen;
  }

  /**
   * For a batch (in its transaction): the stored article that is the same as each, and which of their ids are
   * taken, as findSameMany answers; only the articles found are read.
   */
  async findSame(
    db: ClipsDb,
    items: readonly { id: string; url: string; canonicalUrl: string | null }[],
  ): Promise<{ same: (StoredArticle | undefined)[]; taken: Set<string> }> {
    await this.sync(db);
    const wanted = items.map((a) => addressKeys(a.url, a.canonicalUrl));
    const candidates = [...new Set(wanted.flat().flatMap((k) => this.byKey.get(k) ?? []))];
    const found = candidates.length
      ? (await db.articles.bulkGet(candidates)).filter((a): a is StoredArticle => !!a)
      : [];
    const atKey = new Map<string, StoredArticle[]>();
    for (const a of found) for (const k of a.keys ?? []) atKey.set(k, [...(atKey.get(k) ?? []), a]);
    const same = wanted.map((keys) => bestSame([...new Set(keys.flatMap((k) => atKey.get(k) ?? []))], keys));
    return { same, taken: new Set(items.map((a) => a.id).filter((id) => this.ids.has(id))) };
  }

  /** After the batch's own writes, in its transaction: its articles noted, and the generation they made. */
  async wrote(db: ClipsDb, articles: Iterable<Article>): Promise<void> {
    for (const a of articles) {
      this.ids.add(a.id);
      for (const k of addressKeys(a.url, a.canonicalUrl)) this.note(k, a.id);
    }
    this.gen = await CollectionAddresses.genOf(db);
  }
}
