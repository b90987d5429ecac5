import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DeleteAllPanel } from '../../components/DeleteAllPanel';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { draft } from './factories';
import { byTestId, click, mount, unmount, until } from './render-helpers';

describe('DeleteAllPanel', () => {
  let db: ClipsDb;
  let root: HTMLElement;
  beforeEach(async () => {
    db = openDb(`del-${Math.random()}`);
    for (let i = 1; i <= 3; i++) await saveDraft(db, draft(i), new Date(Date.UTC(2026, 0, i)));
    root = mount(<DeleteAllPanel db={db} />);
    await until(() => expect(byTestId(root, 'delete-all')?.hasAttribute('disabled')).toBe(false));
  });
  afterEach(async () => {
    unmount(root);
    await db.delete();
  });

  it('asks first; Cancel keeps everything', async () => {
    click(byTestId(root, 'delete-all'));
    expect(root.textContent).toContain('Delete all 3 articles for good?');
    click(byTestId(root, 'cancel-delete-all'));
    expect(await db.articles.count()).toBe(3);
  });

  it('deletes every article and its card', async () => {
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'delete-without-export'));
    await until(() => expect(root.textContent).toContain('The collection is empty.'));
    expect(await db.articles.count()).toBe(0);
    expect(await db.cards.count()).toBe(0);
  });

  it('exports before it deletes when asked', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'export-then-delete'));
    await until(() => expect(root.textContent).toContain('The collection is empty.'));
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.articles).toHaveLength(3);
    expect(await db.articles.count()).toBe(0);
  });
});
