import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../utils/platform/i18n';
import { watchListText } from '../utils/platform/settings';
import { savedWhereText } from '../utils/platform/saved-where-text';
import { watchListLines } from '../utils/entities/watch-list-lines';

export type WatchListEditorProps = Record<string, never>;

const WATCH_KEYS = {
  synced: 'watchListSynced',
  tooBig: 'watchListLocalTooBig',
  syncFailed: 'watchListLocalSyncFailed',
} as const;

/** The names and programs the user follows, one per line with aliases; synced when it fits, else kept locally. */
export function WatchListEditor(_: WatchListEditorProps) {
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');
  const [saving, setSaving] = useState(false);
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(
    () =>
      void watchListText.getValue().then((v) => {
        setText(v);
        setSaved(v);
      }),
    [],
  );
  const save = async (e: Event) => {
    e.preventDefault();
    setSaving(true);
    try {
      const r = await watchListText.setValue(text);
      setSaved(text);
      setStatus(savedWhereText(r, text, WATCH_KEYS));
    } catch (err) {
      // The text stays in the box and the button stays "Save": nothing the user typed is lost.
      setStatus({ text: t('watchListSaveFailed', (err as Error)?.message ?? String(err)), error: true });
    }
    setSaving(false);
  };
  return (
    <form class="watch-list" onSubmit={save}>
      <h2>
        <label for="watch-list">{t('watchListHeading')}</label>
      </h2>
      <p class="hint">{t('watchListHint')}</p>
      <textarea
        id="watch-list"
        data-testid="watch-list"
        rows={6}
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        placeholder={t('watchListPlaceholder')}
      />
      <p class="hint">{tn('watchListCount', watchListLines(text).length)}</p>
      <button type="submit" class="primary" data-testid="save-watch-list" disabled={text === saved || saving}>
        {text === saved ? t('savedShort') : t('save')}
      </button>
      {status && (
        <p
          class={status.error ? 'status error' : 'status'}
          data-testid="watch-list-status"
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </form>
  );
}
