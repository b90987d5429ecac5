/**
 * Keyboard focus in the New view when an item is dismissed (R4 #6): it goes to the next item's Dismiss, else the
 * previous one's, else New's heading, instead of falling out of New to the search field or the library.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect, useRef } from 'preact/hooks';
import type { InboxItem } from '../utils/columns/follow-model';

/** `shown`: the items in the order the view draws them. Returns what to call as an item's Dismiss is pressed. */
export function useInboxFocus(box: RefObject<HTMLElement | null>, shown: InboxItem[]): (item: InboxItem) => void {
  // The item whose Dismiss was pressed and its neighbours then (addresses: groups may reorder as items leave); it
  // leaves the list when the store says so.
  const left = useRef<{ url: string; next: string[] } | null>(null);
  useLayoutEffect(() => {
    const root = box.current;
    const gone = left.current;
    if (!root || !gone || shown.some((i) => i.url === gone.url)) return;
    left.current = null;
    // The user has moved on elsewhere meanwhile: leave focus there.
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected && !root.contains(now)) return;
    const to = gone.next.find((url) => shown.some((i) => i.url === url));
    const rows = [...root.querySelectorAll<HTMLElement>('[data-testid="inbox-item"]')];
    const button = rows
      .find((li) => li.dataset.url === to)
      ?.querySelector<HTMLElement>('[data-testid="inbox-dismiss"]');
    (button ?? root.querySelector<HTMLElement>('#inbox-title'))?.focus();
  }, [box, shown]);
  return (item) => {
    const at = shown.indexOf(item);
    // The next item first, then the previous, each the nearer first.
    const next = [...shown.slice(at + 1), ...shown.slice(0, at).reverse()].map((i) => i.url);
    left.current = { url: item.url, next };
  };
}
