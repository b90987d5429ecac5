import { useAllUniversities } from '../hooks/use-all-universities';
import { t } from '../utils/platform/i18n';

type Props = {
  /** The page the popup was opened on; the opt-in is offered only on a listed university outside the suffixes. */
  url: string | null;
};

/** Opt in, once, to news detection on universities outside the academic suffixes (.de, .ch, .ca …). */
export function AllUniversitiesButton({ url }: Props) {
  const { offered, request } = useAllUniversities(url);
  if (!offered) return null;
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
