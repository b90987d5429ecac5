import { useState } from 'preact/hooks';
import { t, tn } from '../utils/platform/i18n';

export type BulkBarProps = {
  /** How many articles are ticked. */
  count: number;
  /** How many articles the list shows (for "select all"). */
  total: number;
  /** False while only the first screen of a large answer is known: "select all" waits for the whole list. */
  complete: boolean;
  /** Every tag in the collection (autocomplete). */
  allTags: string[];
  /** Tick every article the list shows. */
  onSelectAll: () => void;
  /** Untick all. */
  onClear: () => void;
  /** Add this tag to the ticked articles. */
  onTag: (tag: string) => void;
  /** Remove this tag from the ticked articles. */
  onUntag: (tag: string) => void;
  /** Delete the ticked articles (with undo). */
  onDelete: () => void;
  /** Export the ticked articles. */
  onExport: () => void;
};

/** Actions on the ticked articles: add or remove a tag, delete, export. */
export function BulkBar({
  count,
  total,
  complete,
  allTags,
  onSelectAll,
  onClear,
  onTag,
  onUntag,
  onDelete,
  onExport,
}: BulkBarProps) {
  const [tag, setTag] = useState('');
  const apply = (action: (tag: string) => void) => {
    const clean = tag.trim();
    if (clean) {
      action(clean);
      setTag('');
    }
  };
  return (
    <div class="bulk-bar" role="toolbar" aria-label={t('bulkLabel')} data-testid="bulk-bar">
      <span data-testid="selected-count">{t('selectedCount', String(count))}</span>
      {count < total && complete && (
        <button type="button" data-testid="select-all" onClick={onSelectAll}>
          {tn('selectAll', total)}
        </button>
      )}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          apply(onTag);
        }}
      >
        <input
          data-testid="bulk-tag-input"
          list="all-tags-bulk"
          value={tag}
          aria-label={t('bulkTag')}
          placeholder={t('bulkTag')}
          onInput={(e) => setTag(e.currentTarget.value)}
        />
        <datalist id="all-tags-bulk">
          {allTags.map((x) => (
            <option key={x} value={x} />
          ))}
        </datalist>
        <button type="submit" data-testid="bulk-tag">
          {t('add')}
        </button>
        <button type="button" data-testid="bulk-untag" onClick={() => apply(onUntag)}>
          {t('untag')}
        </button>
      </form>
      <button type="button" data-testid="bulk-export" onClick={onExport}>
        {t('export')}
      </button>
      <button type="button" data-testid="bulk-delete" onClick={onDelete}>
        {t('delete')}
      </button>
      <button type="button" onClick={onClear}>
        {t('cancel')}
      </button>
    </div>
  );
}
