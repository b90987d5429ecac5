import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { BackupPanel } from '../../components/BackupPanel';
import type { StatusLineProps } from '../../components/StatusLine';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import { lastExportAt } from '../../utils/platform/settings';
import { draft } from './factories';
import { byTestId, click, mount, unmount, until } from './render-helpers';

describe('BackupPanel', () => {
  let db: ClipsDb;
  let root: HTMLElement;
  let said: StatusLineProps[];
  beforeEach(async () => {
    db = openDb(`backup-${Math.random()}`);
    for (let i = 1; i <= 2; i++) await saveDraft(db, draft(i), new Date(Date.UTC(2026, 0, i)));
    await lastExportAt.setValue(null);
    said = [];
    vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(true);
    root = mount(<BackupPanel db={db} onStatus={(s) => said.push(s)} />);
    await until(() => expect(byTestId(root, 'collection-size')?.textContent).toContain('2 articles'));
  });

  it('counts the unlimitedStorage permission as protection from cleanup, and says what that means', async () => {
    await until(() =>
      expect(byTestId(root, 'durable')?.textContent).toBe('yes: the browser will not delete it to free disk space'),
    );
  });
  afterEach(async () => {
    vi.mocked(URL.createObjectURL).mockRestore?.();
    unmount(root);
    await db.delete();
  });

  it('reports the export in the status line, with its count', async () => {
    vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:x');
    click(byTestId(root, 'options-export'));
    await until(() => expect(said).toEqual([{ text: 'Exported 2 articles.', error: false }]));
    expect(await lastExportAt.getValue()).not.toBeNull();
  });

  it('reports a failed export in plain words, without an unhandled rejection, and stamps no export', async () => {
    vi.spyOn(URL, 'createObjectURL').mockImplementation(() => {
      throw new Error('out of memory');
    });
    click(byTestId(root, 'options-export'));
    await until(() =>
      expect(said).toEqual([
        {
          text: 'Nothing was exported: the collection could not be read (out of memory). Your articles are unchanged; close other windows of the extension and try again.',
          error: true,
        },
      ]),
    );
    expect(await lastExportAt.getValue()).toBeNull();
  });
});
