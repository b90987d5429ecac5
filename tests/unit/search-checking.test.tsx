// Review 31, R10 #1, in the list: while a common word's candidates are confirmed, the count line says it is still
// checking (with the rows confirmed so far) and never shows the tokens' answer as a final count.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { Library } from '../../components/Library';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { CONFIRM_CHUNK } from '../../utils/collection/query';
import { importCollection } from '../../utils/collection/import-json';
import { allByTestId, byTestId, mountEach, type, until } from './render-helpers';
import { draft } from './factories';
import { win } from './import-window';

const show = mountEach();
let db: ClipsDb;
const ALL = 1100;
// Article numbers whose body (not title) holds 大学生; every other one holds 大学 (title) and 学生 (body) apart.
const HOLD = [2, 500, 1001];

beforeAll(async () => {
  db = openDb('search-checking');
  const articles = Array.from({ length: ALL }, (_, k) => {
    const text = HOLD.includes(k + 1) ? '各院系大学生代表发言。' : '学生代表发言。';
    return draft(k + 1, { title: `清华大学表彰大会 ${k + 1}`, textContent: text, contentHtml: `<p>${text}</p>` });
  });
  const file = JSON.stringify({ format: 'campus-news-clips', version: 1, articles });
  await importCollection(db, file, new Date('2026-11-30T00:00:00Z'), { win });
}, 60_000);
afterAll(() => db.delete());

describe('the count line while a search is confirmed', () => {
  it('says "Checking…" until the exact count, and offers no export of a partial answer', async () => {
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={() => {}} layout="popup" />,
    );
    const count = () => byTestId(root, 'count')!.textContent;
    await until(() => expect(count()).toBe('1,100 articles'), 10_000);
    const seen: string[] = [];
    const exportShown: boolean[] = [];
    const watch = new MutationObserver(() => {
      seen.push(count()!);
      exportShown.push(!!byTestId(root, 'export-view') && /Checking/.test(count()!));
    });
    watch.observe(byTestId(root, 'count')!, { childList: true, characterData: true, subtree: true });
    type(byTestId(root, 'search'), '大学生');
    await until(() => expect(count()).toBe('3 articles'), 10_000);
    watch.disconnect();
    expect(allByTestId(root, 'article-item')).toHaveLength(3);
    // Only "Checking… n so far" on the way: never 1,100 (the tokens' answer) as a final count.
    for (const text of seen) expect(text).toMatch(/^(Checking… \d+ so far|3 articles)$/);
    expect(seen.some((t) => t.startsWith('Checking…'))).toBe(true);
    expect(exportShown).not.toContain(true);
  }, 30_000);

  it('stops confirming a query when a newer one is typed', async () => {
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={() => {}} layout="popup" />,
    );
    const count = () => byTestId(root, 'count')!.textContent;
    await until(() => expect(count()).toBe('1,100 articles'), 10_000);
    // The confirmation's reads of bodies wait until the newer query is typed: on a loaded machine they could
    // otherwise all finish first, and the test would show nothing about stopping (seen once in a clean clone).
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const real = db.articles.bulkGet.bind(db.articles);
    const reads = vi.spyOn(db.articles, 'bulkGet').mockImplementation((async (ids: string[]) => {
      if (ids.length <= CONFIRM_CHUNK) await gate;
      return real(ids);
    }) as never);
    type(byTestId(root, 'search'), '大学生');
    const chunkAsked = () => reads.mock.calls.some(([ids]) => (ids as string[]).length <= CONFIRM_CHUNK);
    await until(() => expect(count()).toMatch(/^Checking/), 10_000);
    await until(() => expect(chunkAsked()).toBe(true), 10_000);
    // Every title holds 表彰大会: settled on the cards, no text read.
    type(byTestId(root, 'search'), '表彰大会');
    release();
    await until(() => expect(count()).toBe('1,100 articles'), 10_000);
    await new Promise((r) => setTimeout(r, 300));
    // 1,100 bodies are 4 chunks: the first one or two were read, the rest never.
    const chunks = reads.mock.calls.filter(([ids]) => (ids as string[]).length <= CONFIRM_CHUNK).length;
    reads.mockRestore();
    expect(chunks).toBeGreaterThan(0);
    expect(chunks).toBeLessThan(Math.ceil(ALL / CONFIRM_CHUNK));
  }, 30_000);

  it('typed as a fresh popup opens, lists the matches confirmed so far before every card is read (issue #12)', async () => {
    // A popup's first read of every card takes a while at 10,000 articles: here, until the search has answered.
    let cardsRead!: () => void;
    const cardsWait = new Promise<void>((r) => (cardsRead = r));
    const toCollection = db.cards.toCollection.bind(db.cards);
    const slowList = vi.spyOn(db.cards, 'toCollection').mockImplementation((() =>
      Object.assign(toCollection(), {
        limit: (n: number) => ({ toArray: () => cardsWait.then(() => toCollection().limit(n).toArray()) }),
      })) as never);
    // And each chunk of bodies a moment, so the rows confirmed so far can show before the last.
    const real = db.articles.bulkGet.bind(db.articles);
    const reads = vi.spyOn(db.articles, 'bulkGet').mockImplementation((async (ids: string[]) => {
      if (ids.length <= CONFIRM_CHUNK) await new Promise((r) => setTimeout(r, 100));
      return real(ids);
    }) as never);
    const root = show(
      <Library db={db} watch={[]} readingId={null} onRead={() => {}} onStatus={() => {}} layout="popup" />,
    );
    const count = () => byTestId(root, 'count')!.textContent;
    type(byTestId(root, 'search'), '大学生');
    // The rows confirmed so far, as many as the count says, while the list is still unread.
    await until(() => {
      expect(count()).toMatch(/^Checking… [1-3] so far$/);
      expect(allByTestId(root, 'article-item')).toHaveLength(Number(/\d/.exec(count()!)![0]));
    }, 10_000);
    expect(root.querySelector('.library-list')!.getAttribute('aria-busy')).toBe('true');
    await until(() => expect(count()).toBe('3 articles'), 10_000);
    cardsRead();
    slowList.mockRestore();
    reads.mockRestore();
  }, 30_000);
});
