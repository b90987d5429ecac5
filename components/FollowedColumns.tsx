import { useFollowedColumns } from '../hooks/use-followed-columns';
import { checkErrorText } from '../utils/columns/check-error-text';
import { editFollow, removeFollow, setColumnSettings } from '../utils/columns/follow-store';
import { followsToOpml } from '../utils/columns/opml';
import { downloadBlob } from '../utils/platform/download';
import { t, tn } from '../utils/platform/i18n';

const HOURS = [1, 3, 6, 12, 24];

/** Options page: the followed columns (rename, pause, stop following, last check and error), schedule, OPML. */
export function FollowedColumns() {
  const { follows, settings } = useFollowedColumns();
  const exportOpml = () =>
    downloadBlob(new Blob([followsToOpml(follows)], { type: 'text/x-opml' }), 'campus-news-columns.opml', document);
  return (
    <section class="options followed-columns" aria-labelledby="columns-title">
      <h2 id="columns-title">{t('columnsTitle')}</h2>
      {!follows.length && <p class="hint">{t('noColumns')}</p>}
      <ul class="column-list">
        {follows.map((f) => (
          <li key={f.url} data-testid="followed-column" data-url={f.url}>
            <input
              aria-label={t('columnName', f.url)}
              value={f.name}
              onChange={(e) => void editFollow(f.url, { name: e.currentTarget.value.trim() || f.name })}
            />
            <a href={f.url} target="_blank" rel="noopener noreferrer" class="hint">
              {f.url}
            </a>
            <span class="hint">{f.lastCheckAt && t('lastCheck', new Date(f.lastCheckAt).toLocaleString())}</span>
            {f.lastError && (
              <span class="error" role="status">
                {checkErrorText(f.lastError)} {f.pausedByErrors && t('pausedByErrors')}
              </span>
            )}
            <button type="button" onClick={() => void editFollow(f.url, { paused: !f.paused })}>
              {f.paused ? t('resumeColumn') : t('pauseColumn')}
            </button>
            <button type="button" onClick={() => void removeFollow(f.url)}>
              {t('removeColumn')}
            </button>
          </li>
        ))}
      </ul>
      <label>
        {t('checkEvery')}{' '}
        <select
          value={settings.intervalHours}
          onChange={(e) => void setColumnSettings({ intervalHours: Number(e.currentTarget.value) })}
        >
          {HOURS.map((h) => (
            <option key={h} value={h}>
              {tn('everyHours', h)}
            </option>
          ))}
        </select>
      </label>
      <label>
        <input
          type="checkbox"
          checked={settings.badge}
          onChange={(e) => void setColumnSettings({ badge: e.currentTarget.checked })}
        />{' '}
        {t('badgeCount')}
      </label>
      {follows.length > 0 && (
        <button type="button" data-testid="export-opml" onClick={exportOpml}>
          {t('exportOpml')}
        </button>
      )}
    </section>
  );
}
