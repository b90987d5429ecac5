import { useEffect, useRef, useState } from 'preact/hooks';
import type { Highlight } from '../utils/model/article';
import { t } from '../utils/platform/i18n';
import { NoteEditor } from './NoteEditor';

export type HighlightListProps = {
  /** The article's highlights. */
  highlights: Highlight[];
  /** Store the new list of highlights (saved at once). */
  onChange: (highlights: Highlight[]) => void;
};

/** A highlight's identity across saves (the list is read again from the collection after each). */
const keyOf = (h: Highlight) => h.createdAt + h.text;
const short = (text: string) => text.slice(0, 30);
const UNDO = 'undo';

/**
 * The article's highlights with their notes: a note is edited in place, and Remove offers Undo (the highlight and
 * its note come back where they were) until another is removed or the reader closes, so a slip loses no note.
 */
export function HighlightList({ highlights, onChange }: HighlightListProps) {
  const [editing, setEditing] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ highlight: Highlight; at: number } | null>(null);
  const root = useRef<HTMLDivElement>(null);
  // The control to focus once drawn (its data-focus), set by the one pressed: the pressed one may be gone.
  const focusNext = useRef<string | null>(null);
  useEffect(() => {
    const want = focusNext.current;
    const el =
      want &&
      [...(root.current?.querySelectorAll<HTMLElement>('[data-focus]') ?? [])].find((e) => e.dataset.focus === want);
    if (!el) return;
    focusNext.current = null;
    el.focus();
  });
  const remove = (h: Highlight) => {
    setRemoved({ highlight: h, at: highlights.indexOf(h) });
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
          {t('highlightRemoved', short(removed.highlight.text))}{' '}
          <button type="button" class="link-button" data-focus={UNDO} data-testid="undo-highlight" onClick={undo}>
            {t('undo')}
          </button>
        </p>
      )}
      {highlights.length > 0 && (
        <ol class="highlight-list">
          {highlights.map((h) => (
            <li key={keyOf(h)} data-testid="highlight-item">
              <mark data-kind="user">{h.text}</mark>
              {editing === keyOf(h) ? (
                <NoteEditor
                  note={h.note}
                  label={t('noteOf', short(h.text))}
                  onSave={(note) => saveNote(h, note)}
                  onCancel={() => closeEditor(h)}
                />
              ) : (
                <>
                  {h.note && <p class="note">{h.note}</p>}
                  <button
                    type="button"
                    class="link-button"
                    data-focus={keyOf(h)}
                    data-testid="edit-note"
                    aria-label={t(h.note ? 'editNoteOf' : 'addNoteTo', short(h.text))}
                    onClick={() => setEditing(keyOf(h))}
                  >
                    {t(h.note ? 'editNote' : 'addNote')}
                  </button>{' '}
                  <button
                    type="button"
                    class="link-button"
                    data-testid="remove-highlight"
                    aria-label={t('removeHighlight', short(h.text))}
                    onClick={() => remove(h)}
                  >
                    {t('remove')}
                  </button>
                </>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
