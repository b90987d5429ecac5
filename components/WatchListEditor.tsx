import { useEffect, useState } from 'preact/hooks';
import { t, tn } from '../utils/platform/i18n';
import { watchListText } from '../utils/platform/settings';
import { parseWatchList } from '../utils/entities/watch-list';

export type WatchListEditorProps = Record<string, never>;

/** The names and programs the user follows, one per line with aliases; saved to synced storage. */
export function WatchListEditor(_: WatchListEditorProps) {
  const [text, setText] = useState('');
  const [saved, setSaved] = useState('');
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
    await watchListText.setValue(text);
    setSaved(text);
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
        placeholder={'王树国 = 王校长\n“6352”工程 = 6352工程\nClimate Project'}
      />
      <p class="hint">{tn('watchListCount', parseWatchList(text).length)}</p>
      <button type="submit" class="primary" data-testid="save-watch-list" disabled={text === saved}>
        {text === saved ? t('savedShort') : t('save')}
      </button>
    </form>
  );
}
