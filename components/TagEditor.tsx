import { useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';
import type { SearchMarker } from '../utils/collection/search-marks';
import { Marked } from './Marked';

export type TagEditorProps = {
  /** The article's tags now. */
  tags: string[];
  /** Every tag in the collection, offered as the user types. */
  allTags: string[];
  /** Tags worth adding with one click (column, university, main programs). */
  suggestions?: string[];
  /** Store the new tag list. */
  onChange: (tags: string[]) => void;
  /** The list's search, marked in the tags (display only); absent or null, none. */
  marker?: SearchMarker | null;
};

/** Add and remove an article's tags, with autocomplete from the collection's tags and suggested ones. */
export function TagEditor({ tags, allTags, suggestions = [], onChange, marker }: TagEditorProps) {
  const [draft, setDraft] = useState('');
  const add = (tag: string) => {
    const clean = tag.trim();
    if (clean && !tags.includes(clean)) onChange([...tags, clean]);
    setDraft('');
  };
  const offered = suggestions.filter((s) => !tags.includes(s));
  return (
    <div class="tag-editor" data-testid="tag-editor">
      <ul class="tags" aria-label={t('tagsLabel')}>
        {tags.map((tag) => (
          <li key={tag}>
            <Marked text={tag} ranges={marker?.(tag) ?? []} />
            <button
              type="button"
              class="remove"
              data-testid="remove-tag"
              aria-label={t('removeTag', tag)}
              onClick={() => onChange(tags.filter((x) => x !== tag))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <form
        class="tag-form"
        onSubmit={(e) => {
          e.preventDefault();
          add(draft);
        }}
      >
        <input
          data-testid="tag-input"
          list="all-tags"
          value={draft}
          aria-label={t('addTag')}
          placeholder={t('addTag')}
          onInput={(e) => setDraft(e.currentTarget.value)}
        />
        <datalist id="all-tags">
          {allTags
            .filter((x) => !tags.includes(x))
            .map((x) => (
              <option key={x} value={x} />
            ))}
        </datalist>
        <button type="submit" data-testid="add-tag">
          {t('add')}
        </button>
      </form>
      {offered.length > 0 && (
        <div class="suggested" aria-label={t('suggestedTags')}>
          {t('suggestedTags')}:
          {offered.map((s) => (
            <button type="button" key={s} class="chip" data-testid="suggested-tag" onClick={() => add(s)}>
              + {s}
            </button>
          ))}
        </div>
      )}
    </div>
  );
}
