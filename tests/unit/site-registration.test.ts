// The detector's registration on extra sites follows the list and the permissions: exactly the listed hosts that
// are granted, nothing registered when none is, and no churn when nothing changed.
import { fakeBrowser } from 'wxt/testing';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { syncSiteRegistration } from '../../utils/sites/site-registration';
import { extraSitesText } from '../../utils/platform/settings';

type Script = { id: string; matches?: string[]; js?: string[]; persistAcrossSessions?: boolean };
let scripts: Script[];
let granted: Set<string>;

beforeEach(() => {
  fakeBrowser.reset();
  scripts = [];
  granted = new Set();
  vi.spyOn(fakeBrowser.permissions, 'contains').mockImplementation((async (p: { origins?: string[] }) =>
    (p.origins ?? []).every((o) => granted.has(o))) as never);
  const scripting = fakeBrowser.scripting as unknown as Record<string, unknown>;
  scripting.getRegisteredContentScripts = vi.fn(async (f?: { ids?: string[] }) =>
    scripts.filter((s) => !f?.ids || f.ids.includes(s.id)),
  );
  scripting.registerContentScripts = vi.fn(async (list: Script[]) => {
    for (const s of list) {
      if (scripts.some((x) => x.id === s.id)) throw new Error(`Duplicate script ID '${s.id}'`);
      scripts.push(s);
    }
  });
  scripting.unregisterContentScripts = vi.fn(async (f: { ids: string[] }) => {
    scripts = scripts.filter((s) => !f.ids.includes(s.id));
  });
});

describe('syncSiteRegistration', () => {
  it('registers the detector on exactly the listed hosts that are granted', async () => {
    await extraSitesText.setValue('a.example.org\nb.example.org');
    granted.add('*://b.example.org/*');
    expect(await syncSiteRegistration()).toEqual(['*://b.example.org/*']);
    expect(scripts).toEqual([
      expect.objectContaining({ matches: ['*://b.example.org/*'], js: ['detector.js'], persistAcrossSessions: true }),
    ]);
  });

  it('follows a grant, leaves an unchanged registration alone, and unregisters when the last site goes', async () => {
    await extraSitesText.setValue('a.example.org');
    expect(await syncSiteRegistration()).toEqual([]);
    expect(scripts).toEqual([]);

    granted.add('*://a.example.org/*');
    await syncSiteRegistration();
    expect(scripts.map((s) => s.matches)).toEqual([['*://a.example.org/*']]);
    const register = fakeBrowser.scripting.registerContentScripts as unknown as ReturnType<typeof vi.fn>;
    const calls = register.mock.calls.length;
    await syncSiteRegistration();
    expect(register.mock.calls.length).toBe(calls);

    await extraSitesText.setValue('');
    await syncSiteRegistration();
    expect(scripts).toEqual([]);
  });

  it('calls made at once run one after another (no duplicate registration)', async () => {
    await extraSitesText.setValue('a.example.org\nb.example.org');
    granted.add('*://a.example.org/*').add('*://b.example.org/*');
    await Promise.all([syncSiteRegistration(), syncSiteRegistration(), syncSiteRegistration()]);
    expect(scripts).toHaveLength(1);
    expect(scripts[0]!.matches).toEqual(['*://a.example.org/*', '*://b.example.org/*']);
  });
});
