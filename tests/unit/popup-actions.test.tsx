// The popup's actions (hooks/use-popup-actions.ts): a failed write, export or check is told in plain words (a full
// disk says so), never left as an unhandled rejection, and corrections that could not be saved keep their review.
import './dom-globals';
import './i18n-stub';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { StatusLineProps } from '../../components/StatusLine';
import type { Clipped } from '../../hooks/use-jobs';
import { usePopupActions } from '../../hooks/use-popup-actions';
import type { ClipsDb } from '../../utils/collection/db';
import { updateArticle } from '../../utils/collection/store';
import { exportCollection } from '../../utils/collection/export-collection';
import { mount, unmount, until } from './render-helpers';

vi.mock('../../utils/collection/store', () => ({ updateArticle: vi.fn() }));
vi.mock('../../utils/collection/export-collection', () => ({ exportCollection: vi.fn() }));

const quota = () => Object.assign(new Error('The quota has been exceeded.'), { name: 'QuotaExceededError' });
const clipped = { article: { id: 'a1', title: 'T' }, provenance: {}, column: null } as unknown as Clipped;

type Actions = ReturnType<typeof usePopupActions>;
let roots: HTMLElement[] = [];
function popup() {
  const said: StatusLineProps[] = [];
  const api: { current?: Actions } = {};
  function Page() {
    api.current = usePopupActions({} as ClipsDb, (s) => said.push(s));
    return null;
  }
  roots.push(mount(<Page />));
  return { said, api: () => api.current!, last: () => said.at(-1) };
}
afterEach(() => {
  roots.forEach(unmount);
  roots = [];
  vi.mocked(updateArticle).mockReset();
  vi.mocked(exportCollection).mockReset();
});

const DISK_FULL = {
  text: 'The disk is full, so nothing was saved. Free some space or export and delete old clips. Your collection is unchanged.',
  error: true,
};

describe('usePopupActions', () => {
  it('corrections the disk has no room for: said so, and the review stays open with them until saved', async () => {
    const p = popup();
    p.api().openReview(clipped);
    await until(() => expect(p.api().review).toBe(clipped));
    vi.mocked(updateArticle).mockRejectedValue(quota());
    await expect(p.api().saveCorrections({ source: '党委宣传部' })).resolves.toBeUndefined();
    expect(p.last()).toEqual(DISK_FULL);
    p.api().closeReview();
    await new Promise((r) => setTimeout(r, 20));
    expect(p.api().review).toBe(clipped);
    // Saved on a later try: told, and the review may close.
    vi.mocked(updateArticle).mockResolvedValue({ ...clipped.article, source: '党委宣传部' });
    await p.api().saveCorrections({ source: '党委宣传部' });
    expect(p.last()).toEqual({ text: 'Corrections saved.', error: false });
    p.api().closeReview();
    await until(() => expect(p.api().review).toBeNull());
  });

  it('tags that could not be written are told, not lost in an unhandled rejection', async () => {
    const p = popup();
    p.api().openReview(clipped);
    await until(() => expect(p.api().review).toBe(clipped));
    vi.mocked(updateArticle).mockRejectedValue(quota());
    await expect(p.api().saveTags(['要闻'])).resolves.toBeUndefined();
    expect(p.last()).toEqual(DISK_FULL);
  });

  it('an export that fails, and a check the background does not answer, are told in words', async () => {
    const p = popup();
    vi.mocked(exportCollection).mockRejectedValue(new Error('Database closed'));
    await expect(p.api().exportAll()).resolves.toBeUndefined();
    expect(p.last()).toEqual({
      text: 'Nothing was exported: the collection could not be read (Database closed). Your articles are unchanged; close other windows of the extension and try again.',
      error: true,
    });
    vi.mocked(exportCollection).mockResolvedValue(1);
    await p.api().exportAll();
    expect(p.last()).toEqual({ text: 'Exported 1 article.', error: false });
    const unanswered = () => Promise.reject(new Error('Receiving end does not exist.'));
    await expect(p.api().checkNow(unanswered)).resolves.toBeUndefined();
    expect(p.last()?.text).toMatch(/^The background worker did not answer/);
    await p.api().checkNow(() => Promise.resolve(2));
    expect(p.last()).toEqual({ text: 'Checked: 2 new items.', error: false });
  });

  it('a follow or dismiss that cannot be stored is told', async () => {
    const p = popup();
    await expect(p.api().write(() => Promise.reject(quota()))).resolves.toBeUndefined();
    expect(p.last()).toEqual(DISK_FULL);
  });
});
