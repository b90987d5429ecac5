// Review 30 (R7 #5): the reader had no next or previous article; moving on took Escape, Tab, Tab, Enter. Now
// Previous and Next buttons named by the article they open, and the keys [ and ], in the list's order and filters.
import './dom-globals';
import './i18n-stub';
import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { act } from 'preact/test-utils';
import { useState } from 'preact/hooks';
import { Library } from '../../components/Library';
import { ReaderView } from '../../components/ReaderView';
import { saveDraft } from '../../utils/collection/save-draft';
import { openDb, type ClipsDb } from '../../utils/collection/db';
import { viewFromSearch } from '../../utils/platform/library-address';
import type { Article } from '../../utils/model/article';
import { draft } from './factories';
import { byTestId, click, mountEach, until } from './render-helpers';

const show = mountEach();

const press = (from: EventTarget, key: string, init: KeyboardEventInit = {}) =>
  act(() => {
    from.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true, ...init }));
  });

const article = (id: string, title: string): Article => ({
  ...draft(1),
  title,
  id,
  tags: [],
  clippedAt: '2026-11-01T00:00:00Z',
  updatedAt: '2026-11-01T00:00:00Z',
  entities: [],
  highlights: [],
});
const CARDS = [
  { id: 'a', title: 'Climate Project launched' },
  { id: 'b', title: 'New Robot Lab opens' },
  { id: 'c', title: '学校举行创新大会' },
];

describe('ReaderView: Previous and Next', () => {
  it('names each button by the article it opens, and opens it', () => {
    const onOpen = vi.fn();
    const root = show(
      <ReaderView
        article={article('b', 'New Robot Lab opens')}
        cards={CARDS}
        onOpen={onOpen}
        onClose={vi.fn()}
        onPick={vi.fn()}
      />,
    );
    const prev = byTestId(root, 'reader-prev')!;
    const next = byTestId(root, 'reader-next')!;
    // The visible word is part of the name (WCAG 2.5.3), and the name says which article.
    expect(prev.textContent).toBe('Previous');
    expect(prev.getAttribute('aria-label')).toBe('Previous article: Climate Project launched');
    expect(next.getAttribute('aria-label')).toBe('Next article: 学校举行创新大会');
    expect(next.getAttribute('aria-keyshortcuts')).toBe(']');
    click(next);
    expect(onOpen).toHaveBeenLastCalledWith('c');
    click(prev);
    expect(onOpen).toHaveBeenLastCalledWith('a');
  });

  it('steps with ] and [ from the heading or the text, not while typing in a field or with a modifier', () => {
    const onOpen = vi.fn();
    const root = show(
      <ReaderView
        article={article('b', 'New Robot Lab opens')}
        cards={CARDS}
        onOpen={onOpen}
        onClose={vi.fn()}
        onPick={vi.fn()}
      />,
    );
    press(document.activeElement!, ']');
    expect(onOpen).toHaveBeenLastCalledWith('c');
    press(root.querySelector('.reader-body p')!, '[');
    expect(onOpen).toHaveBeenLastCalledWith('a');
    onOpen.mockClear();
    press(root.querySelector('.reader input')!, ']');
    press(root.querySelector('#reader-title')!, ']', { ctrlKey: true });
    press(root.querySelector('#reader-title')!, 'n');
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('offers no Previous on the first article, no Next on the last, and neither when the list lost it', () => {
    const onOpen = vi.fn();
    const first = show(
      <ReaderView article={article('a', 'x')} cards={CARDS} onOpen={onOpen} onClose={vi.fn()} onPick={vi.fn()} />,
    );
    expect(byTestId(first, 'reader-prev')).toBeNull();
    expect(byTestId(first, 'reader-next')).not.toBeNull();
    press(document.activeElement!, '[');
    expect(onOpen).not.toHaveBeenCalled();
    const gone = show(
      <ReaderView article={article('z', 'x')} cards={CARDS} onOpen={onOpen} onClose={vi.fn()} onPick={vi.fn()} />,
    );
    expect(byTestId(gone, 'reader-prev')).toBeNull();
    expect(byTestId(gone, 'reader-next')).toBeNull();
  });
});

describe('Library: the reader steps through the list as it is shown', () => {
  let db: ClipsDb;
  const ids: string[] = [];
  beforeEach(async () => {
    localStorage.clear();
    db = openDb(`steps-${Math.random()}`);
    ids.length = 0;
    for (let i = 1; i <= 4; i++)
      ids.push((await saveDraft(db, draft(i), new Date(Date.UTC(2026, 0, 1, 0, 0, i)))).article.id);
  });
  afterEach(async () => {
    await db.delete();
  });

  /** The popup's Library, holding which article is read as the popup does. */
  function Popup({ start, q }: { start: string; q: string }) {
    const [reading, setReading] = useState<string | null>(start);
    return (
      <Library
        db={db}
        watch={[]}
        readingId={reading}
        onRead={setReading}
        onStatus={() => {}}
        layout="popup"
        initialView={viewFromSearch(q)}
      />
    );
  }
  const heading = (root: HTMLElement) => root.querySelector<HTMLElement>('#reader-title');

  it('newest clip first: ] opens the next older one with focus on its heading, [ comes back', async () => {
    // Newest first: 4, 3, 2, 1.
    const root = show(<Popup start={ids[3]!} q="" />);
    await until(() => expect(heading(root)?.textContent).toBe('第4篇 新闻 Article 4'));
    await until(() => expect(byTestId(root, 'reader-next')?.getAttribute('aria-label')).toContain('Article 3'));
    press(document.activeElement!, ']');
    await until(() => expect(heading(root)?.textContent).toBe('第3篇 新闻 Article 3'));
    expect(document.activeElement).toBe(heading(root));
    press(document.activeElement!, '[');
    await until(() => expect(heading(root)?.textContent).toBe('第4篇 新闻 Article 4'));
    expect(document.activeElement).toBe(heading(root));
  });

  it('follows the filters: with a site filter, Next skips the articles it leaves out', async () => {
    // news.xjtu.edu.cn holds the odd ones: 3, then 1.
    const root = show(<Popup start={ids[2]!} q="?site=news.xjtu.edu.cn" />);
    await until(() => expect(byTestId(root, 'reader-next')?.getAttribute('aria-label')).toContain('Article 1'));
    expect(byTestId(root, 'reader-prev')).toBeNull();
    click(byTestId(root, 'reader-next'));
    await until(() => expect(heading(root)?.textContent).toBe('第1篇 新闻 Article 1'));
    expect(document.activeElement).toBe(heading(root));
  });
});
