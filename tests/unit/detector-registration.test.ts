// An update from a version whose detector was a registered content script drops those registrations (they persist
// across updates and would keep running a detector that no longer reports), and leaves any other script alone.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { dropOldRegistrations } from '../../utils/platform/detector-registration';

type Script = { id: string };
let scripts: Script[];

beforeEach(() => {
  fakeBrowser.reset();
  scripts = [];
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async (f?: { ids?: string[] }) =>
    scripts.filter((s) => !f?.ids || f.ids.includes(s.id)),
  );
  // Like Chromium: naming an id that is not registered is an error.
  scripting.unregisterContentScripts = vi.fn(async (f: { ids: string[] }) => {
    if (f.ids.some((id) => !scripts.some((s) => s.id === id))) throw new Error('Nonexistent script ID');
    scripts = scripts.filter((s) => !f.ids.includes(s.id));
  });
});

describe('dropOldRegistrations', () => {
  it('removes the old detector registrations and nothing else', async () => {
    scripts = [{ id: 'detector-academic-list' }, { id: 'detector-extra-sites' }, { id: 'someone-else' }];
    await dropOldRegistrations();
    expect(scripts).toEqual([{ id: 'someone-else' }]);
  });
  it('does nothing, without an error, when only one or none is left', async () => {
    scripts = [{ id: 'detector-extra-sites' }];
    await dropOldRegistrations();
    expect(scripts).toEqual([]);
    await expect(dropOldRegistrations()).resolves.toBeUndefined();
  });
});
