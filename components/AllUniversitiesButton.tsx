import { useAllUniversities } from '../hooks/use-all-universities';
import { t } from '../utils/platform/i18n';

/** Opt in, once, to news detection on universities outside the academic suffixes (.de, .ch, .ca …). */
export function AllUniversitiesButton() {
  const { granted, request } = useAllUniversities();
  if (granted !== false) return null;
  return (
    <button
      type="button"
      data-testid="all-universities"
      title={t('detectAllUniversitiesHint')}
      onClick={() => void request()}
    >
      {t('detectAllUniversities')}
    </button>
  );
}
