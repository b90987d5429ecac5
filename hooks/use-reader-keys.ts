/**
 * The reader's keyboard behaviour (review finding 5): focus moves to its heading when it opens, so a keyboard or
 * screen-reader user starts at the article rather than on the page's body; Escape closes it from anywhere in it,
 * including when focus is on the body (the control that had it was removed), and a control that uses Escape itself
 * (the highlight bar) says so with preventDefault.
 */
import type { RefObject } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLatest } from './use-latest';

/** A text field the user is typing in: Escape there may be meant for its suggestions, not for the reader. */
const typing = (el: EventTarget | null) => {
  const field = el as HTMLInputElement | null;
  return (field?.tagName === 'INPUT' || field?.tagName === 'TEXTAREA') && field.value !== '';
};

export function useReaderKeys(
  reader: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
  onClose: () => void,
): void {
  const close = useLatest(onClose);
  useEffect(() => {
    heading.current?.focus();
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented || typing(e.target)) return;
      const from = e.target as Node | null;
      if (from === document.body || from === document.documentElement || reader.current?.contains(from)) {
        close.current();
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reader, heading, close]);
}
