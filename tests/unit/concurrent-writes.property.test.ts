// Two windows (the popup and a tab) editing one article at once: every write applies to the current stored value
// in one transaction, so neither loses the other's change, however their steps interleave.
import 'fake-indexeddb/auto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Article, Highlight } from '../../utils/model/article';
import {
  addHighlight,
  addTags,
  applyReaderEdit,
  removeHighlight,
  removeTags,
  updateHighlight,
} from '../../utils/collection/store';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { toArticle } from '../../utils/collection/stored-article';

type Op =
  | { kind: 'add-tag' | 'remove-tag'; tag: number }
  | { kind: 'add-hl' | 'remove-hl' | 'note-hl'; hl: number; note: string }
  | { kind: 'reader-tag'; tag: number; add: boolean };

const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constantFrom('add-tag' as const, 'remove-tag' as const), tag: fc.nat(3) }),
  fc.record({
    kind: fc.constantFrom('add-hl' as const, 'remove-hl' as const, 'note-hl' as const),
    hl: fc.nat(2),
    note: fc.constantFrom('a', 'b'),
  }),
  fc.record({ kind: fc.constant('reader-tag' as const), tag: fc.nat(3), add: fc.boolean() }),
);

/** Each writer owns its tags and highlights, so its own result can be computed alone. */
const tagOf = (w: string, i: number) => `${w}-${i}`;
const hlOf = (w: string, i: number): Highlight => ({
  text: `${w} text ${i}`,
  note: null,
  createdAt: `2026-01-0${i + 1}`,
});

async function run(db: ClipsDb, id: string, w: string, o: Op): Promise<void> {
  switch (o.kind) {
    case 'add-tag':
      return void (await addTags(db, id, [tagOf(w, o.tag)]));
    case 'remove-tag':
      return void (await removeTags(db, id, [tagOf(w, o.tag)]));
    case 'add-hl':
      return void (await addHighlight(db, id, hlOf(w, o.hl)));
    case 'remove-hl':
      return void (await removeHighlight(db, id, hlOf(w, o.hl)));
    case 'note-hl':
      return void (await updateHighlight(db, id, hlOf(w, o.hl), o.note));
    case 'reader-tag': {
      // The reader: reads what it shows, the user edits, it saves whole values (stale by then, maybe).
      const shown = toArticle((await db.articles.get(id))!);
      const tags = o.add ? [...shown.tags, tagOf(w, o.tag)] : shown.tags.filter((t) => t !== tagOf(w, o.tag));
      return void (await applyReaderEdit(db, id, shown, { tags }));
    }
  }
}

/** What one writer's ops do to its own tags and highlights, applied alone. */
function alone(w: string, ops: Op[]): { tags: string[]; highlights: Highlight[] } {
  const tags = new Set<string>();
  let hls: Highlight[] = [];
  for (const o of ops) {
    if (o.kind === 'add-tag' || o.kind === 'remove-tag' || o.kind === 'reader-tag') {
      const add = o.kind === 'add-tag' || (o.kind === 'reader-tag' && o.add);
      if (add) tags.add(tagOf(w, o.tag));
      else tags.delete(tagOf(w, o.tag));
    } else {
      const x = o as Extract<Op, { hl: number }>;
      const h = hlOf(w, x.hl);
      const same = (x: Highlight) => x.text === h.text && x.createdAt === h.createdAt;
      if (x.kind === 'add-hl' && !hls.some(same)) hls.push(h);
      if (x.kind === 'remove-hl') hls = hls.filter((y) => !same(y));
      if (x.kind === 'note-hl') hls = hls.map((y) => (same(y) ? { ...y, note: x.note } : y));
    }
  }
  return { tags: [...tags].sort(), highlights: hls.sort((a, b) => (a.text < b.text ? -1 : 1)) };
}

const mine = (a: Article, w: string) => ({
  tags: a.tags.filter((t) => t.startsWith(`${w}-`)).sort(),
  // Without noteAt: the time a note was edited is the writer's clock, not part of what it wrote.
  highlights: a.highlights
    .filter((h) => h.text.startsWith(`${w} `))
    .map(({ noteAt: _t, ...h }) => h)
    .sort((x, y) => (x.text < y.text ? -1 : 1)),
});

describe('concurrent edits of one article', () => {
  it('two writers interleaving: each one’s tags and highlights end as if it had written alone', async () => {
    let n = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(op, { maxLength: 8 }),
        fc.array(op, { maxLength: 8 }),
        fc.scheduler(),
        async (popupOps, tabOps, s) => {
          const db = openDb(`concurrent-${n++}`);
          try {
            const { article } = await saveDraft(db, {
              url: 'http://news.xjtu.edu.cn/1.htm',
              canonicalUrl: null,
              site: { host: 'news.xjtu.edu.cn', name: null, university: null },
              title: 't',
              publishedAt: null,
              byline: [],
              source: null,
              views: null,
              lang: 'zh',
              excerpt: '',
              contentHtml: '',
              textContent: '',
              attachments: [],
            });
            // The scheduler decides which writer's next step starts when: every interleaving of starts is tried.
            const writer = async (w: string, ops: Op[]) => {
              for (const o of ops) {
                await s.schedule(Promise.resolve(), `${w} ${o.kind}`);
                await run(db, article.id, w, o);
              }
            };
            const done = Promise.all([writer('popup', popupOps), writer('tab', tabOps)]);
            await s.waitFor(done);
            const final = toArticle((await db.articles.get(article.id))!);
            expect(mine(final, 'popup')).toEqual(alone('popup', popupOps));
            expect(mine(final, 'tab')).toEqual(alone('tab', tabOps));
          } finally {
            await db.delete();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
