import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../utils/model/article';
import { t, tn } from '../utils/platform/i18n';
import { MAX_HIGHLIGHT, tooLongToHighlight, type Selected } from '../hooks/use-selection-in';
import { samePassage } from '../utils/model/passage';
import { HighlightList } from './HighlightList';
import type { SearchMarker } from '../utils/collection/search-marks';
import { highlightDraft, setHighlightDraft } from '../utils/reader/highlight-draft';

export type UserHighlightsProps = {
  /** The article's highlights so far. */
  highlights: Highlight[];
  /** The article's text (bodyText), for the list's reading order and context ("": stored order). */
  text?: string;
  /** What was selected in the reader body and not yet highlighted, or null. */
  pending: Selected | null;
  /** Store the new list of highlights. */
  onChange: (highlights: Highlight[]) => void;
  /** Forget the pending selection (after saving or cancelling). */
  onDone: () => void;
  /** What was last selected in the body, read when "Highlight selection" is pressed (null when none). */
  selected?: () => Selected | null;
  /** Start highlighting that selection: it becomes the pending one. */
  onStart?: (selected: Selected) => void;
  /** The list's search, marked in the notes (display only); absent or null, none. */
  marker?: SearchMarker | null;
};

/**
 * The "highlight this, with a note" bar for a selection, and the list of the article's highlights. The bar opens on
 * a mouse selection, or by "Highlight selection" for one made by keyboard; focus then moves into it (from that
 * button), and back to the button when it closes, never to the page's body.
 */
export function UserHighlights({
  highlights,
  text = '',
  pending,
  onChange,
  onDone,
  selected = () => null,
  onStart = () => {},
  marker,
}: UserHighlightsProps) {
  const [note, setNote] = useState(() =>
    pending && highlightDraft()?.text === pending.text ? highlightDraft()!.note : '',
  );
  const [asked, setAsked] = useState(false);
  const start = useRef<HTMLButtonElement>(null);
  const noteField = useRef<HTMLInputElement>(null);
  const form = useRef<HTMLFormElement>(null);
  // Where focus goes once the bar has opened or closed: set by the control that was pressed. Moved in the commit
  // (a layout effect), before the library's rescue of a removed control's focus sends it to the heading first.
  const focusNext = useRef<'note' | 'start' | null>(null);
  // A selection too long to highlight, or a passage highlighted already, opens no bar: the hint says why. A second
  // highlight of a passage would mark it twice; its note is edited in the list (notes are not merged unasked).
  const refusal = (s: Selected | null) =>
    !s
      ? null
      : tooLongToHighlight(s.text)
        ? tn('highlightTooLong', MAX_HIGHLIGHT)
        : highlights.some((h) => samePassage(h, s))
          ? t('highlightAlready', s.text.length > 30 ? `${s.text.slice(0, 30)}…` : s.text)
          : null;
  const refused = refusal(pending);
  // Kept while the bar is open, for "Open in tab" to carry (utils/reader/highlight-draft.ts).
  useEffect(() => {
    setHighlightDraft(pending && !refused ? { ...pending, note } : null);
    return () => setHighlightDraft(null);
  }, [pending, refused, note]);
  useLayoutEffect(() => {
    const to = focusNext.current === 'note' ? noteField.current : focusNext.current === 'start' ? start.current : null;
    if (!to) return;
    focusNext.current = null;
    to.focus();
  }, [pending, highlights]);
  const close = () => {
    // Only when focus was in the bar: a mouse user's focus elsewhere stays where it is.
    if (form.current?.contains(document.activeElement)) focusNext.current = 'start';
    setNote('');
    onDone();
  };
  const save = () => {
    if (!pending || refused) return;
    const { text, occurrence } = pending;
    const h = { text, note: note.trim() || null, createdAt: new Date().toISOString() };
    // The first of equal passages needs no number: a highlight without one marks the first.
    onChange([...highlights, occurrence ? { ...h, occurrence } : h]);
    close();
  };
  const startFromSelection = () => {
    const chosen = selected();
    setAsked(!chosen);
    if (!chosen) return;
    if (!refusal(chosen)) focusNext.current = 'note';
    onStart(chosen);
  };
  return (
    <section class="user-highlights" aria-label={t('highlightsLabel')}>
      {pending && !refused ? (
        <form
          ref={form}
          class="highlight-bar"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
          onKeyDown={(e) => {
            // Escape leaves the bar, not the reader.
            if (e.key !== 'Escape') return;
            e.preventDefault();
            close();
          }}
        >
          <q class="pending">{pending.text.length > 80 ? `${pending.text.slice(0, 80)}…` : pending.text}</q>
          <input
            ref={noteField}
            data-testid="highlight-note"
            value={note}
            aria-label={t('noteLabel')}
            placeholder={t('noteLabel')}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" class="primary" data-testid="add-highlight">
            {t('addHighlight')}
          </button>
          <button type="button" onClick={close}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <p class="hint">
          <span role="status">{refused ?? (asked ? t('highlightNoSelection') : t('highlightHint'))}</span>{' '}
          <button type="button" ref={start} data-testid="highlight-selection" onClick={startFromSelection}>
            {t('highlightSelection')}
          </button>
        </p>
      )}
      <HighlightList highlights={highlights} text={text} onChange={onChange} marker={marker} />
    </section>
  );
}
