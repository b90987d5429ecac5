/**
 * The reader's keyboard behaviour (review finding 5): focus moves to its heading when it opens, so a keyboard or
 * screen-reader user starts at the article rather than on the page's body; Escape closes it from anywhere in it,
 * including when focus is on the body (the control that had it was removed), and a control that uses Escape itself
 * (the highlight bar) says so with preventDefault. `[` and `]` open the list's previous and next article (review 30
 * R7 #5): not letters, which caret browsing and screen readers' quick keys take, and never while typing in a field.
 */
import type { RefObject } from 'preact';
import { useLayoutEffect } from 'preact/hooks';
import { useLatest } from './use-latest';

/** A text field the user is typing in: Escape there may be meant for its suggestions, not for the reader. */
const typing = (el: EventTarget | null) => {
  const field = el as HTMLInputElement | null;
  return (field?.tagName === 'INPUT' || field?.tagName === 'TEXTAREA') && field.value !== '';
};

/** The keys that step through the list, and which way. */
export const STEP_KEYS: Record<string, -1 | 1> = { '[': -1, ']': 1 };

/** Where a typed character is text: a field, a menu, or an editable region. */
const takesText = (el: EventTarget | null) =>
  el instanceof HTMLElement && (/^(?:INPUT|TEXTAREA|SELECT)$/.test(el.tagName) || el.isContentEditable);

export function useReaderKeys(
  reader: RefObject<HTMLElement | null>,
  heading: RefObject<HTMLElement | null>,
  onClose: () => void,
  onStep?: (by: -1 | 1) => void,
): void {
  const close = useLatest(onClose);
  const step = useLatest(onStep);
  // Both in the commit that draws the reader, not after the next paint: a control focused in between (Tab, a screen
  // reader, a test's focus()) kept losing focus to the heading; and a key pressed once the heading had focus (] twice
  // in a row) went nowhere while the keys waited for the paint.
  useLayoutEffect(() => heading.current?.focus(), [heading]);
  useLayoutEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const from = e.target as Node | null;
      if (e.defaultPrevented) return;
      if (!(from === document.body || from === document.documentElement || reader.current?.contains(from))) return;
      const by = STEP_KEYS[e.key];
      if (by && step.current && !e.ctrlKey && !e.metaKey && !e.altKey && !e.isComposing && !takesText(from)) {
        e.preventDefault();
        step.current(by);
      } else if (e.key === 'Escape' && !typing(e.target)) close.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [reader, heading, close, step]);
}
