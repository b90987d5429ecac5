import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';

export type NoteEditorProps = {
  /** The note as saved (null: none yet). */
  note: string | null;
  /** The field's accessible name (which highlight the note is on). */
  label: string;
  /** Save the note as typed (an empty one removes it). */
  onSave: (note: string) => void;
  /** Leave the note as it was. */
  onCancel: () => void;
};

/** A highlight's note, edited in place: Enter or Save keeps it, Escape or Cancel leaves it as it was. */
export function NoteEditor({ note, label, onSave, onCancel }: NoteEditorProps) {
  const [value, setValue] = useState(note ?? '');
  const field = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => field.current?.focus(), []);
  return (
    <form
      class="note-editor"
      onSubmit={(e) => {
        e.preventDefault();
        onSave(value);
      }}
      onKeyDown={(e) => {
        // Escape leaves the editor, not the reader (hooks/use-reader-keys.ts).
        if (e.key !== 'Escape') return;
        e.preventDefault();
        onCancel();
      }}
    >
      <input
        ref={field}
        data-testid="note-edit"
        value={value}
        aria-label={label}
        onInput={(e) => setValue(e.currentTarget.value)}
      />
      <button type="submit" class="primary" data-testid="save-note">
        {t('save')}
      </button>
      <button type="button" onClick={onCancel}>
        {t('cancel')}
      </button>
    </form>
  );
}
