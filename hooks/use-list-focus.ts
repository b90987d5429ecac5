/**
 * Where keyboard focus goes in the library when what held it goes away (review finding 5), so it never falls to the
 * page's body, from where a keyboard user must Tab from the top again:
 * - the reader closes (Back, Escape, a name's timeline, Delete): to the article's row, or after a delete the row now
 *   in its place (the list keys rows by place, so that row's button stays focused as the list catches up);
 * - anything else that had focus is removed (Done under a review, Undo in the status line, a bulk action's bar):
 *   to the open reader's heading, else the first row in view, else the search field.
 * And how it moves between rows: the arrow keys, Home and End.
 */
import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Card } from '../utils/collection/card';
import { ROW_HEIGHT } from '../components/article-row';
import { useLatest } from './use-latest';

/** Frames to wait for the virtual list to draw a row scrolled to (it draws on its scroll event). */
const FRAMES = 10;

const focusLost = () => !document.activeElement || document.activeElement === document.body;
const rowButton = (root: Element, index: number) =>
  root.querySelector<HTMLElement>(`.article-list > li[aria-posinset="${index + 1}"] button.article-title`);

/** The reader's heading, the first row in view, or the search field. Never scrolls: it only picks up focus. */
function focusNearby(root: Element | null): void {
  if (!root) return;
  const top = root.querySelector('.list-viewport')?.getBoundingClientRect().top ?? 0;
  const rows = [...root.querySelectorAll<HTMLElement>('.article-list > li')];
  const row = rows.find((li) => li.getBoundingClientRect().top >= top - 1);
  const to =
    root.querySelector<HTMLElement>('#reader-title') ??
    row?.querySelector<HTMLElement>('button.article-title') ??
    root.querySelector<HTMLElement>('[data-testid="search"]');
  to?.focus({ preventScroll: true });
}

/** Focus the row at `index`, scrolling the list to it first when it is not drawn. */
function focusRow(root: Element, index: number): void {
  const now = rowButton(root, index);
  if (now) return now.focus();
  const viewport = root.querySelector<HTMLElement>('.list-viewport');
  if (!viewport || index < 0) return focusNearby(root);
  viewport.scrollTop = index * ROW_HEIGHT;
  let frames = FRAMES;
  const again = () => {
    const row = rowButton(root, index);
    if (row) row.focus();
    else if (--frames > 0) requestAnimationFrame(again);
    else focusNearby(root);
  };
  requestAnimationFrame(again);
}

/** `readingId`: the article the reader shows (null when none); `shown`: the list's cards in order. */
export function useListFocus(root: RefObject<HTMLElement | null>, readingId: string | null, shown: Card[] | null) {
  const opened = useRef<{ id: string; index: number } | null>(null);
  const cards = useLatest(shown);
  // Where the open article sits in the list; kept when a delete takes it out of the list before the reader closes.
  useEffect(() => {
    if (!readingId) return;
    const index = shown?.findIndex((c) => c.id === readingId) ?? -1;
    if (opened.current?.id !== readingId || index >= 0) opened.current = { id: readingId, index };
  }, [readingId, shown]);
  // In the commit that removes the reader (before the rescue below), with the rows just drawn there.
  useLayoutEffect(() => {
    if (readingId || !opened.current || !root.current) return;
    const { id, index } = opened.current;
    opened.current = null;
    if (!focusLost()) return;
    const list = cards.current ?? [];
    const at = list.findIndex((c) => c.id === id);
    focusRow(root.current, at >= 0 ? at : Math.min(index, list.length - 1));
  }, [readingId, root, cards]);
  // Up and Down (Home, End) move between the rows' titles, as in a mail or feed list, scrolling the virtual list to
  // rows it has not drawn; Tab through each row's checkbox, title and tags was the only way before.
  useEffect(() => {
    const el = root.current;
    if (!el) return;
    const onKey = (e: KeyboardEvent) => {
      const on = e.target as Element;
      if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey || !on.matches('.article-list > li button.article-title'))
        return;
      const at = Number(on.closest('li')!.getAttribute('aria-posinset')) - 1;
      const last = (cards.current?.length ?? 0) - 1;
      const to = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: last }[e.key] ?? -1;
      if (to < 0 || to > last) return;
      e.preventDefault();
      focusRow(el, to);
    };
    el.addEventListener('keydown', onKey);
    return () => el.removeEventListener('keydown', onKey);
  }, [root, cards]);
  // The rescue. Chromium reports a focused element's removal as a focusout with nowhere to go; Firefox sends
  // nothing, so the element last focused is also checked whenever the page's elements change.
  useEffect(() => {
    let last: Element | null = null;
    const rescue = () => {
      if (!last || last.isConnected) return;
      last = null;
      if (focusLost()) focusNearby(root.current);
    };
    const onIn = (e: FocusEvent) => (last = e.target as Element);
    const onOut = (e: FocusEvent) => {
      if (e.relatedTarget) return;
      const from = e.target as Element;
      // Blurred by a click on nothing, not removed: nothing to rescue later either.
      setTimeout(() => (from.isConnected && last === from && focusLost() ? (last = null) : rescue()), 0);
    };
    const removed = new MutationObserver(rescue);
    removed.observe(document.body, { childList: true, subtree: true });
    document.addEventListener('focusin', onIn);
    document.addEventListener('focusout', onOut);
    return () => {
      removed.disconnect();
      document.removeEventListener('focusin', onIn);
      document.removeEventListener('focusout', onOut);
    };
  }, [root]);
}
