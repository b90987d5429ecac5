import { useState } from 'preact/hooks';
import { useExtraSites } from '../hooks/use-extra-sites';
import { t } from '../utils/platform/i18n';
import { UNIVERSITY_SUFFIXES } from '../utils/detection/university-hosts';

export type SitesPanelProps = Record<string, never>;

/** Options page: where news is detected. The academic domains are built in; the user adds and removes others. */
export function SitesPanel(_: SitesPanelProps) {
  const { sites, status, academicListOn, add, remove, grant, enableAcademicList } = useExtraSites();
  const [input, setInput] = useState('');
  const submit = async (e: Event) => {
    e.preventDefault();
    if (await add(input)) setInput('');
  };
  return (
    <section class="options sites" aria-labelledby="sites-title">
      <h2 id="sites-title">{t('sitesHeading')}</h2>
      <p class="hint" data-testid="sites-built-in">
        {t('sitesBuiltIn', UNIVERSITY_SUFFIXES.map((s) => `.${s}`).join(' '))}
      </p>
      <p class="hint" data-testid="academic-list">
        {academicListOn ? t('sitesAcademicListOn') : t('sitesAcademicListOff')}{' '}
        {!academicListOn && (
          <button
            type="button"
            data-testid="all-universities"
            title={t('detectAllUniversitiesHint')}
            onClick={() => void enableAcademicList()}
          >
            {t('detectAllUniversities')}
          </button>
        )}
      </p>
      {!sites.length && <p class="hint">{t('sitesNone')}</p>}
      <ul class="site-list">
        {sites.map((s) => (
          <li key={s.host} data-testid="extra-site" data-host={s.host}>
            <span>{s.host}</span>
            {!s.granted && (
              <>
                <span class="error">{t('sitesNoPermission')}</span>
                <button type="button" onClick={() => void grant(s.host)}>
                  {t('sitesGrant')}
                </button>
              </>
            )}
            <button
              type="button"
              data-testid="remove-site"
              aria-label={t('sitesRemoveLabel', s.host)}
              onClick={() => void remove(s.host)}
            >
              {t('sitesRemove')}
            </button>
          </li>
        ))}
      </ul>
      <form onSubmit={submit}>
        <label for="add-site">{t('sitesInputLabel')}</label>{' '}
        <input
          id="add-site"
          data-testid="site-input"
          value={input}
          placeholder="news.example.org"
          onInput={(e) => setInput(e.currentTarget.value)}
        />{' '}
        <button type="submit" data-testid="add-site">
          {t('sitesAdd')}
        </button>
      </form>
      {status && (
        <p
          class={status.error ? 'status error' : 'status'}
          data-testid="sites-status"
          role={status.error ? 'alert' : 'status'}
        >
          {status.text}
        </p>
      )}
    </section>
  );
}
