import { useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../utils/model/article';
import { t } from '../utils/platform/i18n';
import { placeHighlights, type Placed } from '../utils/reader/highlight-places';
import { NoteEditor } from './NoteEditor';
import { Marked } from './Marked';
import type { SearchMarker } from '../utils/collection/search-marks';

export type HighlightListProps = {
  /** The article's highlights. */
  highlights: Highlight[];
  /** The article's text (bodyText): where each highlight is, for reading order and context. */
  text: string;
  /** Store the new list of highlights (saved at once). */
  onChange: (highlights: Highlight[]) => void;
  /** The list's search, marked in the notes (display only); absent or null, none. */
  marker?: SearchMarker | null;
};

/** A highlight's identity across saves (the list is read again from the collection after each). */
const keyOf = (h: Highlight) => h.createdAt + h.text;
const short = (text: string) => text.slice(0, 30);
const UNDO = 'undo';

/**
 * Which passage a highlight is, for its buttons' names: its text and, when the article has it, the text around it,
 * which tells apart the highlights of a phrase the article repeats.
 */
function passageName({ highlight: { text }, at, before, after }: Placed): string {
  if (at === Infinity || (!before && !after)) return t('passage', short(text));
  const around = text.length > 30 ? `${before}${short(text)}…` : `${before}${text}${after}`;
  return t('passageIn', [short(text), around]);
}

/**
 * The article's highlights in reading order, each with a few characters around it, and their notes: a note is
 * edited in place, and Remove offers Undo (the highlight and its note come back where they were) until another is
 * removed or the reader closes, which the message says, so a slip loses no note.
 */
export function HighlightList({ highlights, text, onChange, marker }: HighlightListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ highlight: Highlight; at: number; name: string } | null>(null);
  const placed = useMemo(() => placeHighlights(text, highlights), [text, highlights]);
  const root = useRef<HTMLDivElement>(null);
  // The control to focus once drawn (its data-focus), set by the one pressed: the pressed one may be gone. In the
  // commit, as in UserHighlights, so focus does not pass by the reader's heading on the way.
  const focusNext = useRef<string | null>(null);
  useLayoutEffect(() => {
    const want = focusNext.current;
    const el =
      want &&
      [...(root.current?.querySelectorAll<HTMLElement>('[data-focus]') ?? [])].find((e) => e.dataset.focus === want);
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });
  const remove = (h: Highlight, name: string) => {
    setRemoved({ highlight: h, at: highlights.indexOf(h), name });
    focusNext.current = UNDO;
    onChange(highlights.filter((x) => x !== h));
  };
  const undo = () => {
    if (!removed) return;
    const next = [...highlights];
    next.splice(Math.min(removed.at, next.length), 0, removed.highlight);
    focusNext.current = keyOf(removed.highlight);
    setRemoved(null);
    onChange(next);
  };
  const closeEditor = (h: Highlight) => {
    focusNext.current = keyOf(h);
    setEditing(null);
  };
  const saveNote = (h: Highlight, note: string) => {
    closeEditor(h);
    onChange(highlights.map((x) => (x === h ? { ...x, note: note.trim() || null } : x)));
  };
  return (
    <div ref={root}>
      {removed && (
        <p class="hint" role="status" data-testid="highlight-removed">
          {t('highlightRemoved', removed.name)}{' '}
          <button type="button" class="link-button" data-focus={UNDO} data-testid="undo-highlight" onClick={undo}>
            {t('undo')}
          </button>
        </p>
      )}
      {placed.length > 0 && (
        <ol class="highlight-list">
          {placed.map((p) => {
            const h = p.highlight;
            const name = passageName(p);
            return (
              <li key={keyOf(h)} data-testid="highlight-item">
                <span data-testid="highlight-context">
                  {p.before}
                  <mark data-kind="user">{h.text}</mark>
                  {p.after}
                </span>
                {editing === keyOf(h) ? (
                  <NoteEditor
                    note={h.note}
                    label={t('noteOf', name)}
                    onSave={(note) => saveNote(h, note)}
                    onCancel={() => closeEditor(h)}
                  />
                ) : (
                  <>
                    {h.note && (
                      <p class="note">
                        <Marked text={h.note} ranges={marker?.(h.note) ?? []} />
                      </p>
                    )}
                    <button
                      type="button"
                      class="link-button"
                      data-focus={keyOf(h)}
                      data-testid="edit-note"
                      aria-label={t(h.note ? 'editNoteOf' : 'addNoteTo', name)}
                      onClick={() => setEditing(keyOf(h))}
                    >
                      {t(h.note ? 'editNote' : 'addNote')}
                    </button>{' '}
                    <button
                      type="button"
                      class="link-button"
                      data-testid="remove-highlight"
                      aria-label={t('removeHighlight', name)}
                      onClick={() => remove(h, name)}
                    >
                      {t('remove')}
                    </button>
                  </>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </div>
  );
}
