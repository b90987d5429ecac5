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
    // Only this spy: the i18n stub's spies stay.
    vi.mocked(URL.createObjectURL).mockRestore?.();
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

  it('says the collection is empty only while it is: an import afterwards takes the note away (R8 #4)', async () => {
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'delete-without-export'));
    await until(() => expect(root.textContent).toContain('The collection is empty.'));
    // The file imported back (or a clip) in another view: the live count changes.
    await saveDraft(db, draft(1), new Date(Date.UTC(2026, 0, 1)));
    await until(() => expect(byTestId(root, 'delete-all')?.hasAttribute('disabled')).toBe(false));
    expect(root.textContent).not.toContain('The collection is empty.');
    expect(root.querySelector('[role="status"]')).toBeNull();
  });

  it('exports first and deletes nothing until the user says the file is saved', async () => {
    const blobs: Blob[] = [];
    vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'export-then-delete'));
    await until(() =>
      expect(byTestId(root, 'confirm-delete-all')?.textContent).toBe('The file is saved: delete all 3 articles'),
    );
    const file = JSON.parse(await blobs[0]!.text());
    expect(file.articles).toHaveLength(3);
    // The download may have been cancelled: nothing is gone yet.
    expect(await db.articles.count()).toBe(3);
    click(byTestId(root, 'confirm-delete-all'));
    await until(() => expect(root.textContent).toContain('The collection is empty.'));
    expect(await db.articles.count()).toBe(0);
  });

  it('keeps everything when the user cancels after the export (the file was not saved)', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'export-then-delete'));
    await until(() => expect(byTestId(root, 'confirm-delete-all')).not.toBeNull());
    click(byTestId(root, 'cancel-delete-all'));
    expect(byTestId(root, 'delete-all')).not.toBeNull();
    expect(await db.articles.count()).toBe(3);
  });

  it('does not delete an article clipped after the export (it is not in the file)', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'export-then-delete'));
    await until(() => expect(byTestId(root, 'confirm-delete-all')).not.toBeNull());
    await saveDraft(db, draft(4), new Date(Date.UTC(2026, 0, 4)));
    await until(() => expect(root.textContent).toContain('The collection changed after the export'));
    expect(byTestId(root, 'confirm-delete-all')).toBeNull();
    click(byTestId(root, 'export-again'));
    await until(() => expect(byTestId(root, 'confirm-delete-all')?.textContent).toContain('delete all 4 articles'));
    click(byTestId(root, 'confirm-delete-all'));
    await until(() => expect(root.textContent).toContain('The collection is empty.'));
  });

  it('says in plain words when the export fails, and deletes nothing', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('disk error');
    });
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'export-then-delete'));
    await until(() =>
      expect(root.textContent).toContain('Nothing was exported: the collection could not be read (disk error).'),
    );
    expect(byTestId(root, 'confirm-delete-all')).toBeNull();
    expect(await db.articles.count()).toBe(3);
  });

  it('moves focus with each step, never dropping it to the page', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    const focused = () => document.activeElement;
    byTestId(root, 'delete-all')!.focus();
    click(byTestId(root, 'delete-all'));
    await until(() => expect(focused()?.getAttribute('aria-labelledby')).toBe('delete-all-question'));
    click(byTestId(root, 'export-then-delete'));
    await until(() => expect(focused()?.getAttribute('aria-labelledby')).toBe('delete-all-saved'));
    click(byTestId(root, 'cancel-delete-all'));
    await until(() => expect(focused()).toBe(byTestId(root, 'delete-all')));
    click(byTestId(root, 'delete-all'));
    click(byTestId(root, 'delete-without-export'));
    await until(() => expect(focused()?.id).toBe('delete-all-title'));
  });
});
