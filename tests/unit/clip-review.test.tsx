import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ClipReview } from '../../components/ClipReview';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { saveDraft } from '../../utils/collection/save-draft';
import type { Article } from '../../utils/model/article';
import { draft } from './factories';
import { byTestId, click, mount, type, unmount, until } from './render-helpers';

describe('ClipReview: Done', () => {
  let db: ClipsDb;
  let article: Article;
  let root: HTMLElement | null = null;
  const calls = { onSave: vi.fn(async () => {}), onClose: vi.fn(), onInvalid: vi.fn() };
  beforeEach(async () => {
    db = openDb(`review-${Math.random()}`);
    article = (await saveDraft(db, draft(1), new Date(Date.UTC(2026, 0, 1)))).article;
    Object.values(calls).forEach((f) => f.mockClear());
    root = mount(
      <ClipReview
        article={article}
        provenance={{}}
        tags={[]}
        allTags={[]}
        suggestions={[]}
        onTags={() => {}}
        {...calls}
      />,
    );
  });
  afterEach(async () => {
    if (root) unmount(root);
    await db.delete();
  });

  it('closes at once when nothing was changed', () => {
    expect(byTestId(root!, 'review-done')?.textContent).toBe('Done');
    click(byTestId(root!, 'review-done'));
    expect(calls.onSave).not.toHaveBeenCalled();
    expect(calls.onClose).toHaveBeenCalledTimes(1);
  });

  it('saves a typed correction before it closes, and says so on the button', async () => {
    type(byTestId(root!, 'field-source'), 'Office of Communications');
    expect(byTestId(root!, 'review-done')?.textContent).toBe('Save and close');
    click(byTestId(root!, 'review-done'));
    await until(() => expect(calls.onClose).toHaveBeenCalledTimes(1));
    expect(calls.onSave).toHaveBeenCalledWith(expect.objectContaining({ source: 'Office of Communications' }));
  });

  it('keeps the review open with what was typed when a field is refused, and shows an example date', async () => {
    type(byTestId(root!, 'field-publishedAt'), 'the eighth of April');
    click(byTestId(root!, 'review-done'));
    await until(() => expect(calls.onInvalid).toHaveBeenCalledWith('Published (date, e.g. April 8, 2021)'));
    expect(calls.onSave).not.toHaveBeenCalled();
    expect(calls.onClose).not.toHaveBeenCalled();
    const input = byTestId(root!, 'field-publishedAt') as HTMLInputElement;
    expect(input.value).toBe('the eighth of April');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(input);
    expect(byTestId(root!, 'published-hint')?.textContent).toContain('April 8, 2021, 2021-04-08');
  });

  it('saves a date typed as people write it', async () => {
    type(byTestId(root!, 'field-publishedAt'), 'April 8, 2021');
    click(byTestId(root!, 'save-corrections'));
    await until(() =>
      expect(calls.onSave).toHaveBeenCalledWith(expect.objectContaining({ publishedAt: '2021-04-08' })),
    );
  });
});

describe('ClipReview: the page’s value of a corrected field', () => {
  let root: HTMLElement | null = null;
  afterEach(() => {
    if (root) unmount(root);
    root = null;
  });
  const show = (article: Article, onSave = vi.fn(async () => {})) => {
    root = mount(
      <ClipReview
        article={article}
        provenance={{}}
        tags={[]}
        allTags={[]}
        suggestions={[]}
        onTags={() => {}}
        onSave={onSave}
        onClose={() => {}}
        onInvalid={() => {}}
      />,
    );
    return onSave;
  };

  it('is shown under a corrected field only, and "Use the page’s" fills it in for saving', async () => {
    const mine = draft(1);
    const article = {
      ...mine,
      id: 'a',
      source: 'My office',
      corrected: { source: 'Office of Communications' },
    } as unknown as Article;
    const onSave = show(article);
    expect(byTestId(root!, 'page-source')?.textContent).toContain('On the page: Office of Communications');
    expect(byTestId(root!, 'page-title')).toBeNull();
    click(byTestId(root!, 'use-page-source'));
    expect((byTestId(root!, 'field-source') as HTMLInputElement).value).toBe('Office of Communications');
    // Review 29 (R5 #4): focus fell out of the review with the removed button.
    expect(document.activeElement).toBe(byTestId(root!, 'field-source'));
    // Once the field holds the page's value, there is nothing to offer.
    expect(byTestId(root!, 'page-source')).toBeNull();
    click(byTestId(root!, 'save-corrections'));
    await until(() =>
      expect(onSave).toHaveBeenCalledWith(
        expect.objectContaining({ source: 'Office of Communications', corrected: {} }),
      ),
    );
  });

  it('names an empty page value', () => {
    show({ ...draft(2), id: 'b', source: 'Typed', corrected: { source: null } } as unknown as Article);
    expect(byTestId(root!, 'page-source')?.textContent).toContain('On the page: (nothing)');
  });
});
