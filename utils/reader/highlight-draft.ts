/**
 * The highlight being written in the reader (its passage and the note typed so far), held while the bar is open so
 * "Open in tab" can carry it to the tab instead of dropping it (review 28, R3 #5). One reader is open per page.
 */
import type { Selected } from '../../hooks/use-selection-in';

/** A passage chosen in the reader and the note typed for it, not yet saved. */
export type HighlightDraft = Selected & { note: string };

let draft: HighlightDraft | null = null;

/** The open bar's passage and note, or null when no bar is open. */
export const highlightDraft = (): HighlightDraft | null => draft;

/** Kept by the highlight bar as it opens, changes and closes; set on load from a carried one. */
export function setHighlightDraft(next: HighlightDraft | null): void {
  draft = next;
}
