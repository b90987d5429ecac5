import { useState } from 'preact/hooks';
import type { Highlight } from '../utils/model/article';
import { t } from '../utils/platform/i18n';

export type UserHighlightsProps = {
  /** The article's highlights so far. */
  highlights: Highlight[];
  /** Text selected in the reader body and not yet highlighted, or null. */
  pending: string | null;
  /** Store the new list of highlights. */
  onChange: (highlights: Highlight[]) => void;
  /** Forget the pending selection (after saving or cancelling). */
  onDone: () => void;
};

/** The "highlight this, with a note" bar for a selection, and the list of the article's highlights. */
export function UserHighlights({ highlights, pending, onChange, onDone }: UserHighlightsProps) {
  const [note, setNote] = useState('');
  const save = () => {
    if (!pending) return;
    onChange([...highlights, { text: pending, note: note.trim() || null, createdAt: new Date().toISOString() }]);
    setNote('');
    onDone();
  };
  return (
    <section class="user-highlights" aria-label={t('highlightsLabel')}>
      {pending ? (
        <form
          class="highlight-bar"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <q class="pending">{pending.length > 80 ? `${pending.slice(0, 80)}…` : pending}</q>
          <input
            data-testid="highlight-note"
            value={note}
            aria-label={t('noteLabel')}
            placeholder={t('noteLabel')}
            onInput={(e) => setNote(e.currentTarget.value)}
          />
          <button type="submit" class="primary" data-testid="add-highlight">
            {t('addHighlight')}
          </button>
          <button type="button" onClick={onDone}>
            {t('cancel')}
          </button>
        </form>
      ) : (
        <p class="hint">{t('highlightHint')}</p>
      )}
      {highlights.length > 0 && (
        <ol class="highlight-list">
          {highlights.map((h) => (
            <li key={h.createdAt + h.text} data-testid="highlight-item">
              <mark data-kind="user">{h.text}</mark>
              {h.note && <p class="note">{h.note}</p>}
              <button
                type="button"
                class="link-button"
                aria-label={t('removeHighlight', h.text.slice(0, 30))}
                onClick={() => onChange(highlights.filter((x) => x !== h))}
              >
                {t('remove')}
              </button>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
