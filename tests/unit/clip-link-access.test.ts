// A link (or New item) on a host the extension may not read: nothing is fetched, and the user is told why in plain
// words, not that the site "could not be reached" (review 28, R2 #3).
import { beforeEach, describe, expect, it, vi } from 'vitest';
import './i18n-stub';
import { fakeBrowser } from 'wxt/testing';
import { runJob } from '../../utils/clip/job-runner';
import { openJobsDb } from '../../utils/clip/job-store';
import { clipStatus } from '../../utils/clip/status-text';

const LINK = 'http://news.example.com/2021/04/08/story.html';

beforeEach(() => fakeBrowser.reset());

describe('clipping an address the extension may not read', () => {
  it('fetches nothing and says the extension has no access to that site, and how to allow it', async () => {
    const contains = vi.spyOn(fakeBrowser.permissions, 'contains').mockResolvedValue(false);
    const fetch = vi.fn();
    vi.stubGlobal('fetch', fetch);
    await runJob({ id: 'j1', kind: 'clip-url', url: LINK });
    vi.unstubAllGlobals();

    expect(contains).toHaveBeenCalledWith({ origins: ['http://news.example.com/*'] });
    expect(fetch).not.toHaveBeenCalled();
    const clip = (await openJobsDb().jobs.get('j1'))?.clip;
    expect(clip).toMatchObject({ ok: false, error: 'fetch-failed', noAccess: true, detail: 'news.example.com' });
    const { text, error } = clipStatus(clip!);
    expect(error).toBe(true);
    expect(text).toContain('no access to news.example.com');
    expect(text).toMatch(/Open the link and clip it there, or add the site in Options/);
    expect(text).not.toMatch(/could not be reached/);
  });
});
