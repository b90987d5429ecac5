import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { useTagManager, type TagRow } from '../hooks/use-tag-manager';
import type { ClipsDb } from '../utils/collection/db';
import { t, tn } from '../utils/platform/i18n';

export type TagManagerProps = {
  /** The collection. */
  db: ClipsDb;
};

/** From this many tags on, a box to find one. */
const FILTER_FROM = 12;

/**
 * Options page: every tag with its article count; rename one (onto an existing tag: merge) or remove it from every
 * article, with Undo. Focus stays on the list: after an edit, on the Rename button of the tag's row (its new name's).
 */
export function TagManager({ db }: TagManagerProps) {
  const { rows, status, rename, remove, undo } = useTagManager(db);
  const [editing, setEditing] = useState<string | null>(null);
  const [filter, setFilter] = useState('');
  // The row whose Rename button takes focus once it is shown (a renamed tag's row appears as the live list updates);
  // meanwhile, if focus was dropped, the edited row's (still shown), else the filter box or the heading: never <body>.
  const [focusOn, setFocusOn] = useState<{ tag: string; meanwhile: string } | null>(null);
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const undoButton = useRef<HTMLButtonElement>(null);
  const filterBox = useRef<HTMLInputElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [focusUndo, setFocusUndo] = useState(false);
  const words = filter.trim().toLowerCase();
  const shown = rows && words ? rows.filter((r) => r.tag.toLowerCase().includes(words)) : rows;
  useLayoutEffect(() => {
    if (!focusOn) return;
    const b = buttons.current.get(focusOn.tag);
    if (b) {
      b.focus();
      return setFocusOn(null);
    }
    const now = document.activeElement;
    if (now && now !== document.body && now.isConnected) return;
    (buttons.current.get(focusOn.meanwhile) ?? filterBox.current ?? heading.current)?.focus();
  }, [focusOn, shown, editing]);
  useLayoutEffect(() => {
    if (focusUndo && undoButton.current) {
      undoButton.current.focus();
      setFocusUndo(false);
    }
  }, [focusUndo, status]);

  const save = async (from: string, to: string) => {
    const change = await rename(from, to);
    setEditing(null);
    setFocusOn({ tag: change?.to ?? from, meanwhile: from });
  };
  const cancel = (tag: string) => {
    setEditing(null);
    setFocusOn({ tag, meanwhile: tag });
  };
  const removeEverywhere = async (tag: string) => {
    // The row goes: focus moves to the Undo that brings it back.
    if (await remove(tag)) setFocusUndo(true);
  };
  const undoLast = async () => {
    const change = status?.undo;
    if (change && (await undo(change))) setFocusOn({ tag: change.from, meanwhile: change.to ?? change.from });
  };

  return (
    <section class="options tag-manager" aria-labelledby="tags-title">
      <h2 id="tags-title" ref={heading} tabIndex={-1}>
        {t('tagsHeading')}
      </h2>
      <p class="hint">{t('tagsHint')}</p>
      {rows && rows.length >= FILTER_FROM && (
        <input
          type="search"
          ref={filterBox}
          data-testid="tags-filter"
          aria-label={t('tagsFilter')}
          placeholder={t('tagsFilter')}
          value={filter}
          onInput={(e) => setFilter(e.currentTarget.value)}
        />
      )}
      {rows && !rows.length && <p class="hint">{t('tagsNone')}</p>}
      {shown && rows?.length && !shown.length ? <p class="hint">{t('tagsNoMatch', filter.trim())}</p> : null}
      {shown && shown.length > 0 && (
        <ul data-testid="tag-list" style={{ listStyle: 'none', padding: 0 }}>
          {shown.map((row) => (
            <TagItem
              key={row.tag}
              row={row}
              editing={editing === row.tag}
              buttonRef={(b) => (b ? buttons.current.set(row.tag, b) : buttons.current.delete(row.tag))}
              onEdit={() => setEditing(row.tag)}
              onSave={(to) => void save(row.tag, to)}
              onCancel={() => cancel(row.tag)}
              onRemove={() => void removeEverywhere(row.tag)}
            />
          ))}
        </ul>
      )}
      {status && (
        <p
          class={status.error ? 'status error' : 'status'}
          data-testid="tags-status"
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
          {status.undo && (
            <button
              type="button"
              class="link-button"
              data-testid="tags-undo"
              ref={undoButton}
              onClick={() => void undoLast()}
            >
              {t('undo')}
            </button>
          )}
        </p>
      )}
    </section>
  );
}

type TagItemProps = {
  /** The tag and its count. */
  row: TagRow;
  /** Whether its name is being edited. */
  editing: boolean;
  /** Receives its Rename button (null when it goes), for focus to return to. */
  buttonRef: (b: HTMLButtonElement | null) => void;
  /** Rename was pressed. */
  onEdit: () => void;
  /** Enter in the name box, with its text. */
  onSave: (to: string) => void;
  /** Escape in the name box. */
  onCancel: () => void;
  /** Remove was pressed. */
  onRemove: () => void;
};

/** One tag: its name and count, Rename (an inline box: Enter saves, Escape cancels) and Remove. */
function TagItem({ row, editing, buttonRef, onEdit, onSave, onCancel, onRemove }: TagItemProps) {
  const { tag, count } = row;
  const input = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => {
    if (!editing) return;
    input.current?.focus();
    input.current?.select();
  }, [editing]);
  return (
    <li data-testid="tag-row" data-tag={tag}>
      {editing ? (
        <input
          ref={input}
          data-testid="tag-rename-input"
          aria-label={t('renameTagLabel', tag)}
          defaultValue={tag}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              onSave(e.currentTarget.value);
            } else if (e.key === 'Escape') {
              e.preventDefault();
              onCancel();
            }
          }}
        />
      ) : (
        <span data-testid="tag-name">{tag}</span>
      )}{' '}
      <span class="hint" data-testid="tag-count">
        {tn('tagCount', count)}
      </span>{' '}
      {!editing && (
        <button
          type="button"
          class="link-button"
          ref={buttonRef}
          data-testid="tag-rename"
          aria-label={t('renameTagAria', tag)}
          onClick={onEdit}
        >
          {t('renameTagButton')}
        </button>
      )}
      {!editing && (
        <button
          type="button"
          class="link-button"
          data-testid="tag-remove"
          aria-label={t('removeTagEverywhereAria', tag)}
          onClick={onRemove}
        >
          {t('removeTagEverywhere')}
        </button>
      )}
    </li>
  );
}
