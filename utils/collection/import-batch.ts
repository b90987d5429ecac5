/**
 * One batch of an import, written in one transaction with its journal row (import-json.ts streams the file into
 * these). An incoming article is the same as a stored one only by address (same-article.ts, looked up in
 * import-addresses.ts), never by id: it is
 * merged (newer updatedAt wins for scalar fields, each side's corrections are kept, tags and highlights are united, a passage both highlight once unless their notes differ);
 * its earlier versions are united with the stored ones, and the copy that lost the merge, when it differs as a
 * re-clip's would (keepsVersion), is kept as one.
 */
import type { Article, ArticleVersion } from '../model/article';
import { toArticle, toStored } from './stored-article';
import type { ClipsDb, StoredArticle } from './db';
import { addressKeys } from './same-article';
import type { CollectionAddresses } from './import-addresses';
import { JOURNAL, type JournalRow } from './import-journal';
import { markNew, sameTermsAs } from './index/index-writer';
import { batchVersions, keepsVersion, versionOf, versionsByArticle } from './versions';
import { mergeCorrections } from './keep-corrections';
import { uniteHighlights } from '../model/passage';

function unite<T>(a: T[], b: T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/** Merge an incoming article into the stored one with the same address. */
function merge(old: Article, inc: Article): Article {
  const newer = inc.updatedAt > old.updatedAt ? inc : old;
  return {
    ...mergeCorrections(newer, newer === inc ? old : inc),
    id: old.id,
    // The address as clipped first stays (same-article.ts).
    url: old.url,
    tags: unite(old.tags, inc.tags, (t) => t),
    highlights: uniteHighlights(newer.highlights, newer === inc ? old.highlights : inc.highlights),
    clippedAt: old.clippedAt < inc.clippedAt ? old.clippedAt : inc.clippedAt,
  };
}

/**
 * User Timing measures of each batch (`import: parse`, `import: read wait`, `import: write`, …), for
 * scripts/bench-collection-profile.mjs to read over DevTools: where an import's time goes, batch by batch.
 */
export const mark = (name: string, start: number, detail: number) =>
  (globalThis as { performance?: Performance }).performance?.measure?.(`import: ${name}`, {
    start,
    end: performance.now(),
    detail,
  });

export interface Counts {
  added: number;
  merged: number;
  unchanged: number;
}

/**
 * Write one batch in one transaction, with its journal row. Incoming articles are matched by address against the
 * collection and against earlier articles of this batch; an incoming id already used by another address is
 * replaced by a new one.
 */
export async function writeBatch(
  db: ClipsDb,
  batch: Article[],
  ready: StoredArticle[],
  touched: Set<string>,
  counts: Counts,
  incoming: WeakMap<Article, ArticleVersion[]>,
  addresses: CollectionAddresses,
): Promise<void> {
  const tables = [db.articles, db.versions, db.table(JOURNAL), db.table('indexState')];
  await db.transaction('rw', tables, async () => {
    const row: JournalRow = { added: [], replaced: [] };
    const t0 = performance.now();
    const { same, taken } = await addresses.findSame(db, batch);
    mark('write: find the same', t0, 0);
    // Earlier versions: the incoming ones and a merge's losing content, less those the article has.
    const versions = batchVersions(
      await versionsByArticle(
        db,
        same.filter((a): a is StoredArticle => !!a).map((a) => a.id),
      ),
    );
    const next = new Map<string, Article>();
    // What to write for each id: the row prepared (and tokenised) before the transaction, when it is unchanged.
    const rows = new Map<string, StoredArticle>();
    const byAddress = new Map<string, string>();
    batch.forEach((inc, i) => {
      const keys = addressKeys(inc.url, inc.canonicalUrl);
      const pendingId = keys.map((k) => byAddress.get(k)).find(Boolean);
      const stored = pendingId ? undefined : same[i];
      const old: Article | undefined = pendingId ? next.get(pendingId) : stored && toArticle(stored);
      let out: Article;
      if (old) {
        out = merge(old, inc);
        // The copy that lost the merge stays readable as an earlier version, when it differs.
        const lost = inc.updatedAt > old.updatedAt ? old : inc;
        const more = versions.take(out.id, [
          ...(incoming.get(inc) ?? []),
          ...(keepsVersion(lost, out) ? [versionOf(lost, out.updatedAt)] : []),
        ]);
        if (JSON.stringify(old) === JSON.stringify(out) && !more) {
          counts.unchanged++;
          return;
        }
        // The journal keeps each article as it was before the import began, once.
        if (stored && !touched.has(stored.id)) row.replaced.push(stored);
        counts.merged++;
      } else {
        const clash = next.has(inc.id) || taken.has(inc.id) || touched.has(inc.id);
        out = clash ? { ...inc, id: crypto.randomUUID() } : inc;
        versions.take(out.id, incoming.get(inc) ?? []);
        rows.set(out.id, clash ? sameTermsAs({ ...ready[i]!, id: out.id }, ready[i]!) : ready[i]!);
        row.added.push(out.id);
        counts.added++;
      }
      if (old) rows.delete(out.id);
      touched.add(out.id);
      next.set(out.id, out);
      for (const k of [...keys, ...addressKeys(out.url, out.canonicalUrl)]) byAddress.set(k, out.id);
    });
    const t1 = performance.now();
    const values = [...next.values()].map((a) => rows.get(a.id) ?? toStored(a));
    // Added ids are in neither the collection (`taken`, read in this transaction) nor this import's writes.
    const added = new Set(row.added);
    markNew(values.filter((v) => added.has(v.id)));
    if (values.length) await db.articles.bulkPut(values);
    await addresses.wrote(db, next.values());
    mark('write: put', t1, 0);
    row.versions = await versions.write(db);
    await db.table(JOURNAL).add(row);
  });
}
