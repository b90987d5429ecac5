// A clip by the shortcut or the context menu tells on the page what the popup's Clip button would: a re-clip where
// the page changed a corrected field says so (R4 #3), not only "Updated".
import './i18n-stub';
import 'fake-indexeddb/auto';
import { describe, expect, it, vi } from 'vitest';
import type { Article } from '../../utils/model/article';
import type { ClipOutcome } from '../../utils/clip/clip-tab';
import { openJobsDb } from '../../utils/clip/job-store';
import { clipAndSummarize, toastText } from '../../utils/browse/browse-wiring';
import { clipStatus } from '../../utils/clip/status-text';
import { draft } from './factories';

// The job as the worker leaves it: finished, with its outcome.
let outcome: ClipOutcome;
vi.mock('../../utils/clip/job-runner', () => ({
  runJob: async (r: { id: string }) => {
    await openJobsDb().jobs.put({
      id: r.id,
      kind: 'clip',
      label: '',
      state: 'done',
      startedAt: new Date().toISOString(),
      clip: outcome,
      seen: false,
    });
  },
}));

const article = {
  ...draft(1, { title: '校对后标题' }),
  id: 'a',
  tags: [],
  entities: [],
  highlights: [],
  clippedAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-02T00:00:00.000Z',
} satisfies Article;
const clipped = (over: Partial<Extract<ClipOutcome, { ok: true }>>): ClipOutcome => ({
  ok: true,
  article,
  created: false,
  changed: true,
  provenance: {},
  column: null,
  ...over,
});
const summarize = (o: ClipOutcome) => {
  outcome = o;
  return clipAndSummarize({ id: crypto.randomUUID(), kind: 'clip', tabId: 1, selection: false });
};

describe('the toast of a clip by the shortcut or the menu', () => {
  it('says that the page changed a corrected field and that what the user typed is kept', async () => {
    const text = toastText(await summarize(clipped({ pageChanged: ['title', 'source'] })));
    expect(text).toBe(
      'Updated in Campus News Clipper: 校对后标题. The page has changed since your correction (the title and the source); what you typed is kept.',
    );
  });

  // Review 29 (R5 #3): a version kept as well went unsaid.
  it('says both when the page changed a corrected field and an earlier version was kept', async () => {
    expect(toastText(await summarize(clipped({ pageChanged: ['source'], versioned: true })))).toBe(
      'Updated in Campus News Clipper: 校对后标题. The page has changed since your correction (the source); what you typed is kept. What else the page replaced is kept as an earlier version.',
    );
    expect(clipStatus(clipped({ pageChanged: ['source'], versioned: true })).text).toMatch(
      /what you typed is kept, and the review below offers the page's\. What else the page replaced is kept as an earlier version\.$/,
    );
  });

  it('keeps the plain words otherwise', async () => {
    expect(toastText(await summarize(clipped({})))).toBe('Updated in Campus News Clipper: 校对后标题');
    expect(toastText(await summarize(clipped({ versioned: true })))).toBe(
      'Updated in Campus News Clipper: 校对后标题. What the page replaced is kept as an earlier version.',
    );
    expect(toastText(await summarize(clipped({ changed: false, pageChanged: [] })))).toBe(
      'Already up to date in Campus News Clipper: 校对后标题',
    );
    expect(toastText(await summarize(clipped({ created: true })))).toBe('Saved to Campus News Clipper: 校对后标题');
    expect(toastText({ ok: false, reason: 'x' })).toContain('x');
  });
});
