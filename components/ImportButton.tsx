import { t } from '../utils/platform/i18n';

export type ImportButtonProps = {
  /** Whether an import is running (the file input waits; Cancel shows). */
  importing: boolean;
  /** Start importing the chosen file (a background job: closing the page does not drop it). */
  onFile: (file: File) => void;
  /** Ask the running import to stop; it rolls back. */
  onCancel: () => void;
};

/** Import JSON: a file input styled as a button, with Cancel while an import runs. */
export function ImportButton({ importing, onFile, onCancel }: ImportButtonProps) {
  const chosen = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    // Cleared at once, so choosing the same file again starts another import.
    input.value = '';
    if (file) onFile(file);
  };
  return (
    <>
      <label class="file-button">
        {t('import')}
        <input
          type="file"
          accept="application/json,.json"
          data-testid="import"
          disabled={importing}
          onChange={(e) => chosen(e.currentTarget)}
        />
      </label>
      {importing && (
        <button type="button" data-testid="cancel-import" onClick={onCancel}>
          {t('cancelImport')}
        </button>
      )}
    </>
  );
}
