/**
 * The reader body's selection for keyboard users (review finding 15). The mouse path (mouseup in the body) sees a
 * selection at once; a selection made by keyboard (caret browsing, a screen reader's commands) is followed here
 * through `selectionchange`, and kept when focus then moves out of the body to "Highlight selection": moving focus
 * may collapse the selection onto the button, which must not forget what was selected.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { compact } from '../utils/model/passage';
import { passagesBefore } from '../utils/reader/mark-user-highlights';

/** Longer selections are not highlighted (a highlight is a passage, not the article): the user is told so. */
export const MAX_HIGHLIGHT = 2000;

/** Whether `text` is too long to be a highlight. */
export const tooLongToHighlight = (text: string) => text.length > MAX_HIGHLIGHT;

/** A selection in the reader body: its text, and which of the body's equal passages it is (Highlight.occurrence). */
export type Selected = { text: string; occurrence: number };

/** The selection if it lies inside `within`, else null; of any length (the highlight bar tells one too long). */
export function selectionIn(within: Element): Selected | null {
  const sel = within.ownerDocument.getSelection();
  const range = sel?.rangeCount ? sel.getRangeAt(0) : null;
  if (!sel || !range || sel.isCollapsed || !within.contains(range.commonAncestorContainer)) return null;
  const text = sel.toString().trim();
  if (!text) return null;
  // The body's text up to the selection's start, and up to its end: where the passage was selected.
  const upTo = (node: Node, offset: number) => {
    const r = within.ownerDocument.createRange();
    r.setStart(within, 0);
    r.setEnd(node, offset);
    return compact(r.toString());
  };
  const before = upTo(range.startContainer, range.startOffset).length;
  return { text, occurrence: passagesBefore(upTo(range.endContainer, range.endOffset), text, before) };
}

/**
 * The text last selected inside `within` (a ref read when asked, so following the selection re-renders nothing):
 * replaced by each selection made there, cleared when the caret collapses inside it (a click, an arrow key), and
 * kept when the selection leaves it (focus moved on to a control).
 */
export function useSelectionIn(within: RefObject<HTMLElement | null>): RefObject<Selected | null> {
  const last = useRef<Selected | null>(null);
  useEffect(() => {
    const onChange = () => {
      const el = within.current;
      const sel = document.getSelection();
      if (!el || !sel?.rangeCount || !el.contains(sel.getRangeAt(0).commonAncestorContainer)) return;
      last.current = selectionIn(el);
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [within]);
  return last;
}
