// useLiveQuery under a stream of writes (a large import in another page): with everyRead, a read that a write
// overtook is still shown; without it, Dexie drops every such read and shows nothing until the writes stop.
import './dom-globals';
import 'fake-indexeddb/auto';
import { Dexie } from 'dexie';
import { useCallback } from 'preact/hooks';
import { afterEach, describe, expect, it } from 'vitest';
import { useLiveQuery } from '../../hooks/use-live-query';
import { byTestId, mount, unmount, until } from './render-helpers';

const WRITES = 15;

function openCounter(name: string) {
  const db = new Dexie(name);
  db.version(1).stores({ rows: '++n' });
  return db;
}

/** Shows the row count; every read is overtaken by a write (until WRITES rows exist), as during an import. */
function Counter({ db, everyRead }: { db: Dexie; everyRead: boolean }) {
  const count = useLiveQuery(
    useCallback(async () => {
      const n = await db.table('rows').count();
      // Written from outside this read (a timer), and waited for: the read ends only after the write has landed,
      // however slow the machine (a fixed sleep here let a loaded machine finish the read first).
      if (n < WRITES) await new Promise((r) => setTimeout(() => void db.table('rows').add({}).then(r), 0));
      return n;
    }, [db]),
    null as number | null,
    undefined,
    { everyRead },
  );
  return <p data-testid="count">{count === null ? 'none' : String(count)}</p>;
}

let root: HTMLElement | null = null;
let db: Dexie | null = null;
afterEach(async () => {
  if (root) unmount(root);
  await db?.delete();
});

describe('useLiveQuery', () => {
  it('with everyRead, shows reads while writes keep overtaking them', async () => {
    db = openCounter('live-every');
    root = mount(<Counter db={db} everyRead />);
    await until(() => expect(byTestId(root!, 'count')?.textContent).not.toBe('none'));
    expect(Number(byTestId(root, 'count')!.textContent)).toBeLessThan(WRITES);
    await until(() => expect(byTestId(root!, 'count')?.textContent).toBe(String(WRITES)));
  });

  it('without it, shows nothing until the writes stop (why the list and search use everyRead)', async () => {
    db = openCounter('live-default');
    root = mount(<Counter db={db} everyRead={false} />);
    await until(() => expect(byTestId(root!, 'count')?.textContent).not.toBe('none'));
    expect(byTestId(root, 'count')!.textContent).toBe(String(WRITES));
  });
});
