/**
 * Every card of the collection in memory, kept current by reading only what changed. The first read goes a page
 * at a time (a search can ask in between, see `hold`); after that, Dexie's change notice (`storagemutated`, sent
 * to every page of the extension) names the cards each write touched (cards-mirror.ts), and only those are read
 * again: an import batch of 2,000 costs an open list 2,000 cards, not the whole collection. A notice that names a
 * range or no cards (a clear, a write this code cannot see into) reads everything again.
 */
import Dexie, { type IntervalTree, type ObservabilitySet } from 'dexie';
import type { Card } from './card';
import { changedCardsPart } from './cards-mirror';
import type { ClipsDb } from './db';

/** What changed, each time the set does. */
export interface CardsChange {
  /** Every card, by id (the same map each time, updated in place). */
  all: ReadonlyMap<string, Card>;
  /** The cards written and the ids removed since the last change; null when everything was read. */
  delta: { written: Card[]; removed: string[] } | null;
}

export interface CardWatch {
  /** Hold the first read between pages (true) or let it go on (false): a search typed meanwhile answers first. */
  hold(on: boolean): void;
  stop(): void;
}

/** A node of Dexie's interval tree (its RangeSet), as sent (possibly structured-cloned, without its prototype). */
interface RangeNode {
  from?: unknown;
  to?: unknown;
  l?: RangeNode | null;
  r?: RangeNode | null;
  /** The cards mirror's notice: the ids written or deleted, exactly (its range only spans them). */
  ids?: string[];
}

/** The single keys a RangeSet holds, in order; null when it holds a range of keys. */
export function keysOf(tree: IntervalTree | RangeNode | null | undefined, out: string[] = []): string[] | null {
  const node = tree as RangeNode | null | undefined;
  if (Array.isArray(node?.ids)) return [...out, ...node.ids];
  if (!node || !('from' in node)) return out;
  if (!keysOf(node.l, out)) return null;
  if (node.from !== node.to || typeof node.from !== 'string') return null;
  out.push(node.from);
  return keysOf(node.r, out);
}

/** A hold lasts at most this long: a search that never answers must not keep the list from loading. */
const MAX_HOLD_MS = 2000;

/** Watch every card of `db`: `onChange` hears the first read whole, then each change. */
export function watchCards(
  db: ClipsDb,
  onChange: (c: CardsChange) => void,
  onError: (e: unknown) => void,
  page = 2000,
): CardWatch {
  let all = new Map<string, Card>();
  let loaded = false;
  let running = false;
  let stopped = false;
  // Ids to read again, or 'all'.
  let dirty: Set<string> | 'all' | null = null;
  let held: { until: Promise<void>; release: () => void } | null = null;
  const tablePart = `idb://${db.name}/cards/`;
  const idsPart = changedCardsPart(db.name);

  const onMutated = (changed: ObservabilitySet) => {
    const parts = changed as Record<string, RangeNode>;
    if (!(tablePart in parts) && !(idsPart in parts)) return;
    const keys = keysOf(parts[idsPart]);
    if (!(idsPart in parts) || !keys || dirty === 'all') dirty = 'all';
    else {
      const more: Set<string> = dirty ?? new Set();
      for (const k of keys) more.add(k);
      dirty = more;
    }
    void run();
  };
  Dexie.on('storagemutated', onMutated);

  const gate = () => held?.until;

  async function readAll(): Promise<void> {
    const fresh = new Map<string, Card>();
    let last: string | undefined;
    for (;;) {
      // Between pages, not inside a transaction: each page is its own, and changes meanwhile are read after.
      if (!loaded) await gate();
      const rows = last === undefined ? db.cards.toCollection() : db.cards.where('id').above(last);
      const got = await rows.limit(page).toArray();
      for (const c of got) fresh.set(c.id, c);
      if (got.length < page || stopped) break;
      last = got[got.length - 1]!.id;
    }
    all = fresh;
  }

  async function run(): Promise<void> {
    if (running || stopped) return;
    running = true;
    try {
      if (!loaded) {
        await readAll();
        loaded = true;
        if (!stopped) onChange({ all, delta: null });
      }
      while (dirty && !stopped) {
        const now = dirty;
        dirty = null;
        if (now === 'all') {
          await readAll();
          if (!stopped) onChange({ all, delta: null });
          continue;
        }
        const ids = [...now];
        const got = await db.cards.bulkGet(ids);
        const written: Card[] = [];
        const removed: string[] = [];
        got.forEach((c, i) => {
          if (c) {
            written.push(c);
            all.set(c.id, c);
          } else if (all.delete(ids[i]!)) removed.push(ids[i]!);
        });
        if (!stopped && (written.length || removed.length)) onChange({ all, delta: { written, removed } });
      }
    } catch (e) {
      if (!stopped) onError(e);
    } finally {
      running = false;
    }
  }
  void run();

  function hold(on: boolean): void {
    if (on && !held) {
      let release = () => {};
      const until = new Promise<void>((ok) => (release = ok));
      const mine = { until, release };
      held = mine;
      setTimeout(() => held === mine && hold(false), MAX_HOLD_MS);
    } else if (!on && held) {
      held.release();
      held = null;
    }
  }

  return {
    hold,
    stop() {
      stopped = true;
      held?.release();
      Dexie.on('storagemutated').unsubscribe(onMutated);
    },
  };
}
