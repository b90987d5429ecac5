// Hooks that call back later (a live query's error, a job's progress, the undo offered on opening) reach the
// callback the caller passes now, not the one of the first render; a live query reads again only when what it
// reads changes, not on every render. And a search that closes a quote asks for the phrase (use-word-matches.ts).
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { render } from 'preact';
import { useCallback } from 'preact/hooks';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { StatusLine, type StatusLineProps } from '../../components/StatusLine';
import { useJobs } from '../../hooks/use-jobs';
import { useLiveQuery } from '../../hooks/use-live-query';
import { undoAction, useUndoDelete } from '../../hooks/use-undo-delete';
import { matchKey, useWordMatches } from '../../hooks/use-word-matches';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { openJobsDb } from '../../utils/clip/job-store';
import { trashArticles } from '../../utils/clip/trash';
import { draft } from './factories';
import { byTestId, mount, unmount, until } from './render-helpers';

type Status = (s: StatusLineProps) => void;

let roots: HTMLElement[] = [];
const dbs: Dexie[] = [];
const show = (ui: Parameters<typeof mount>[0]) => {
  const r = mount(ui);
  roots.push(r);
  return r;
};
/** The same component drawn again with new props, as a parent's render does. */
const redraw = (root: HTMLElement, ui: Parameters<typeof mount>[0]) => act(() => render(ui, root));
afterEach(async () => {
  roots.forEach(unmount);
  roots = [];
  for (const db of dbs.splice(0)) await db.delete();
});

function rowsDb(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ rows: '++n' });
  dbs.push(db);
  return db;
}

/** Counts the rows (and its reads); a read fails once there are `failAt` rows. */
function Rows({ db, id, failAt, onError, reads }: RowsProps) {
  const n = useLiveQuery(
    useCallback(async () => {
      reads();
      const count = await db.table('rows').count();
      if (count >= failAt) throw new Error(`read ${id} failed`);
      return count;
    }, [db, id, failAt, reads]),
    null as number | null,
    onError,
  );
  return <p data-testid="rows">{String(n)}</p>;
}
type RowsProps = { db: Dexie; id: string; failAt: number; onError: (e: unknown) => void; reads: () => void };

describe('useLiveQuery (the list, search, the reader and the popup read through it)', () => {
  it('reads again when what it reads changes, not when the caller only renders again', async () => {
    const db = rowsDb('hooks-reads');
    const reads = vi.fn();
    const onError = vi.fn();
    const root = show(<Rows db={db} id="a" failAt={99} onError={onError} reads={reads} />);
    await until(() => expect(byTestId(root, 'rows')!.textContent).toBe('0'));
    const first = reads.mock.calls.length;
    // A new onError each render (an inline arrow in the caller) starts no new read.
    for (let i = 0; i < 5; i++)
      redraw(root, <Rows db={db} id="a" failAt={99} onError={() => onError(i)} reads={reads} />);
    await new Promise((r) => setTimeout(r, 50));
    expect(reads.mock.calls.length).toBe(first);
    redraw(root, <Rows db={db} id="b" failAt={99} onError={onError} reads={reads} />);
    await until(() => expect(reads.mock.calls.length).toBe(first + 1));
  });

  it('tells a failed read to the onError passed now, not to the first one', async () => {
    const db = rowsDb('hooks-error');
    const reads = () => undefined;
    const first = vi.fn();
    const now = vi.fn();
    const root = show(<Rows db={db} id="a" failAt={1} onError={first} reads={reads} />);
    await until(() => expect(byTestId(root, 'rows')!.textContent).toBe('0'));
    redraw(root, <Rows db={db} id="a" failAt={1} onError={now} reads={reads} />);
    await db.table('rows').add({});
    await until(() => expect(now).toHaveBeenCalledTimes(1));
    expect(first).not.toHaveBeenCalled();
  });
});

function Jobs({ db, onStatus }: { db: ClipsDb; onStatus: Status }) {
  useJobs(db, onStatus, () => undefined);
  return null;
}

describe('useJobs (the popup and the options page)', () => {
  it("tells a job's progress once, to the onStatus passed now, and not again for a new onStatus alone", async () => {
    const db = openDb(`hooks-jobs-${Math.random()}`);
    dbs.push(db);
    const jobs = openJobsDb();
    await jobs.jobs.clear();
    const first = vi.fn<Status>();
    const now = vi.fn<Status>();
    const root = show(<Jobs db={db} onStatus={first} />);
    redraw(root, <Jobs db={db} onStatus={now} />);
    const job = { id: 'j1', kind: 'import', label: 'a.json', state: 'running', seen: false } as const;
    // Begun before this page opened (in a popup since closed): this page follows it.
    await jobs.jobs.put({ ...job, startedAt: new Date(Date.now() - 60e3).toISOString() });
    await until(() => expect(now).toHaveBeenCalledWith({ text: expect.stringContaining('a.json'), error: false }));
    // A new callback alone (the options page passes a new one each render) tells nothing again.
    const again = vi.fn<Status>();
    redraw(root, <Jobs db={db} onStatus={again} />);
    await new Promise((r) => setTimeout(r, 50));
    expect([first.mock.calls.length, now.mock.calls.length, again.mock.calls.length]).toEqual([0, 1, 0]);
    await jobs.jobs.clear();
  });
});

function Undo({ db, onStatus }: { db: ClipsDb; onStatus: Status }) {
  useUndoDelete(db, onStatus);
  return null;
}

describe('useUndoDelete (the popup on opening)', () => {
  it('offers a fresh delete to the onStatus passed now, and its Undo reports there too', async () => {
    const db = openDb(`hooks-undo-${Math.random()}`);
    dbs.push(db);
    const { id } = (await saveDraft(db, draft(1))).article;
    await trashArticles(db, [id]);
    const first = vi.fn<Status>();
    const now = vi.fn<Status>();
    const root = show(<Undo db={db} onStatus={first} />);
    redraw(root, <Undo db={db} onStatus={now} />);
    await until(() => expect(now).toHaveBeenCalledTimes(1));
    const offer = now.mock.calls[0]![0];
    expect(offer.action?.testId).toBe('undo');
    // One article: the singular, not "1 articles were deleted".
    expect(offer.text).toBe('1 article was deleted a moment ago.');
    const later = vi.fn<Status>();
    redraw(root, <Undo db={db} onStatus={later} />);
    act(() => offer.action!.run());
    await until(() => expect(later).toHaveBeenCalledWith({ text: 'Restored 1 article.', error: false }));
    expect(first).not.toHaveBeenCalled();
    expect(await db.articles.count()).toBe(1);
  });
});

describe('undoAction (the Undo button)', () => {
  it('says how many came back in the right plural form, also when a page was clipped again meanwhile', async () => {
    const db = openDb(`hooks-undo-merged-${Math.random()}`);
    dbs.push(db);
    const { id } = (await saveDraft(db, draft(1))).article;
    await trashArticles(db, [id]);
    await saveDraft(db, draft(1));
    const told = vi.fn<Status>();
    act(() => undoAction(db, told, 1)!.run());
    await until(() => expect(told).toHaveBeenCalledTimes(2));
    expect(told.mock.calls[1]![0].text).toMatch(/^Restored 1 article; a page clipped again/);
  });

  it('says it is restoring, its Undo shown but not pressable again, until the articles are back', async () => {
    const db = openDb(`hooks-undo-busy-${Math.random()}`);
    dbs.push(db);
    const ids = [(await saveDraft(db, draft(1))).article.id, (await saveDraft(db, draft(2))).article.id];
    await trashArticles(db, ids);
    const told = vi.fn<Status>();
    act(() => undoAction(db, told, 2)!.run());
    // At once, before the restore's transaction has begun.
    expect(told.mock.calls).toMatchObject([[{ text: 'Restoring 2 articles…', error: false, action: { busy: true } }]]);
    // Shown while busy (keyboard focus on it stays put), a press does nothing.
    const line = mount(<StatusLine {...told.mock.calls[0]![0]} />);
    const undo = byTestId(line, 'undo')!;
    expect(undo.getAttribute('aria-disabled')).toBe('true');
    act(() => undo.click());
    unmount(line);
    await until(() => expect(told).toHaveBeenCalledTimes(2));
    expect(told.mock.calls[1]![0]).toEqual({ text: 'Restored 2 articles.', error: false });
    expect(await db.articles.count()).toBe(2);
  });

  it('two windows offering the same Undo: both pressed, one restores and the other says nothing of re-clips', async () => {
    const db = openDb(`hooks-undo-twice-${Math.random()}`);
    dbs.push(db);
    const ids = [(await saveDraft(db, draft(1))).article.id, (await saveDraft(db, draft(2))).article.id];
    await trashArticles(db, ids);
    const [a, b] = [vi.fn<Status>(), vi.fn<Status>()];
    show(<Undo db={db} onStatus={a} />);
    show(<Undo db={db} onStatus={b} />);
    await until(() => expect([a.mock.calls.length, b.mock.calls.length]).toEqual([1, 1]));
    act(() => {
      a.mock.calls[0]![0].action!.run();
      b.mock.calls[0]![0].action!.run();
    });
    await until(() => expect([a.mock.calls.length, b.mock.calls.length]).toEqual([3, 3]));
    const said = [a.mock.calls[2]![0].text, b.mock.calls[2]![0].text].sort();
    expect(said).toEqual(['Nothing left to undo.', 'Restored 2 articles.']);
    expect(await db.articles.count()).toBe(2);
  });
});

function Matches({ db, query }: { db: ClipsDb; query: string }) {
  const { words, pending } = useWordMatches(db, query);
  return <p data-testid="matches">{pending ? 'pending' : [...(words ?? [])].sort().join(' ')}</p>;
}

describe('useWordMatches (search as you type)', () => {
  it('keys a search by its tokens and phrases: a space or case asks nothing new, a closed quote does', () => {
    expect(matchKey('Climate  project ')).toBe(matchKey('climate project'));
    expect(matchKey('"climate project"')).not.toBe(matchKey('climate project'));
    expect(matchKey('"climate project')).toBe(matchKey('climate project'));
    expect(matchKey('卢建军')).not.toBe(matchKey('卢建 建军'));
    expect(matchKey('  ')).toBe('');
  });

  it('closing a quote narrows the answer to the phrase (English news pages)', async () => {
    const db = openDb(`hooks-words-${Math.random()}`);
    dbs.push(db);
    const text = (t: string) => ({ textContent: t, contentHtml: `<p>${t}</p>`, lang: 'en' });
    const near = (await saveDraft(db, draft(1, { title: 'Climate project funded', ...text('A climate project.') })))
      .article;
    const apart = (await saveDraft(db, draft(2, { title: 'Project on the climate', ...text('A project.') }))).article;
    const root = show(<Matches db={db} query="climate project" />);
    const both = [near.id, apart.id].sort().join(' ');
    await until(() => expect(byTestId(root, 'matches')!.textContent).toBe(both));
    redraw(root, <Matches db={db} query={'"climate project'} />);
    redraw(root, <Matches db={db} query={'"climate project"'} />);
    await until(() => expect(byTestId(root, 'matches')!.textContent).toBe(near.id));
  });
});
