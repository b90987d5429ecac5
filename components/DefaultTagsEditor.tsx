import { useEffect, useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';
import { defaultTagsText } from '../utils/platform/settings';
import { savedWhereText } from '../utils/platform/saved-where-text';
import { parseTags } from '../utils/clip/default-tags';

export type DefaultTagsEditorProps = Record<string, never>;

const KEYS = {
  synced: 'defaultTagsSynced',
  tooBig: 'defaultTagsLocalTooBig',
  syncFailed: 'defaultTagsLocalSyncFailed',
} as const;

/** Options page: the tags every new clip gets (popup, menu, shortcut, link alike); synced when it fits. */
export function DefaultTagsEditor(_: DefaultTagsEditorProps) {
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');
  const [status, setStatus] = useState<{ text: string; error: boolean } | null>(null);
  useEffect(
    () =>
      void defaultTagsText.getValue().then((v) => {
        setText(v);
        setSaved(v);
      }),
    [],
  );
  const save = async (e: Event) => {
    e.preventDefault();
    // Stored as the tags read back, so what the page shows is what clips get.
    const clean = parseTags(text).join(', ');
    try {
      const r = await defaultTagsText.setValue(clean);
      setText(clean);
      setSaved(clean);
      setStatus(savedWhereText(r, clean, KEYS));
    } catch (err) {
      setStatus({ text: t('defaultTagsSaveFailed', (err as Error)?.message ?? String(err)), error: true });
    }
  };
  return (
    <form class="options default-tags" onSubmit={save}>
      <h2>
        <label for="default-tags">{t('defaultTagsHeading')}</label>
      </h2>
      <p class="hint">{t('defaultTagsHint')}</p>
      <input
        id="default-tags"
        data-testid="default-tags"
        value={text}
        placeholder={t('defaultTagsPlaceholder')}
        onInput={(e) => setText(e.currentTarget.value)}
      />{' '}
      <button type="submit" class="primary" data-testid="save-default-tags" disabled={text === saved}>
        {text === saved ? t('savedShort') : t('save')}
      </button>
      {status && (
        <p
          class={status.error ? 'status error' : 'status'}
          data-testid="default-tags-status"
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </form>
  );
}
