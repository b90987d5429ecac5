// The list's rows (components/ArticleList.tsx, ArticleItem.tsx): a re-render that changes nothing a row shows
// leaves the rows alone, and a new answer is drawn into the row elements already there, with each row's actions
// still reaching the latest handlers.
import './dom-globals';
import './i18n-stub';
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ArticleList } from '../../components/ArticleList';
import type { Card } from '../../utils/collection/card';
import { allByTestId, mount, unmount } from './render-helpers';
import { listCard } from './factories';

const card = (i: number): Card =>
  listCard(i, { views: i, chips: [{ text: `名字${i}`, kind: 'person' }], names: [`名字${i}`] });
const cards = (from: number, n: number) => Array.from({ length: n }, (_, i) => card(from + i));

let root: HTMLElement | null = null;
afterEach(() => {
  if (root) unmount(root);
  root = null;
});

describe('the list rows', () => {
  it('leave the DOM untouched on a re-render with the same cards and new handlers; a new answer reuses the rows', () => {
    const list = cards(0, 30);
    const ui = (shown: Card[], onToggle: (id: string) => void) => (
      <ArticleList cards={shown} filtered={false} selected={new Set()} onToggle={onToggle} onOpen={() => {}} />
    );
    root = mount(ui(list, vi.fn()));
    const rows = allByTestId(root, 'article-item');
    expect(rows.length).toBeGreaterThan(0);
    // A keystroke re-renders the list before its answer: same cards, handlers made anew (as Library makes them).
    const changes: MutationRecord[] = [];
    const Observer = (window as unknown as { MutationObserver: typeof MutationObserver }).MutationObserver;
    const watch = new Observer((m) => changes.push(...m));
    watch.observe(root, { subtree: true, childList: true, characterData: true, attributes: true });
    const latest = vi.fn();
    act(() => render(ui(list, latest), root!));
    expect(watch.takeRecords().concat(changes)).toEqual([]);
    // The answer: other cards, drawn into the same row elements, in the answer's order.
    act(() => render(ui(cards(100, 3), latest), root!));
    const after = allByTestId(root, 'article-item');
    expect(after.map((r) => r.querySelector('.article-title')!.textContent)).toEqual([
      '标题 100',
      '标题 101',
      '标题 102',
    ]);
    expect(after).toEqual(rows.slice(0, 3));
    expect(after[1]!.getAttribute('aria-setsize')).toBe('3');
    // A row's checkbox calls the handler given last, for the article now in that row.
    act(() => after[1]!.querySelector<HTMLInputElement>('input[type=checkbox]')!.click());
    expect(latest).toHaveBeenCalledWith('id101');
  });
});
