import { t } from '../utils/platform/i18n';

export type PinHintProps = {
  /** Close the hint for good. */
  onDismiss: () => void;
};

/** Asks the user to pin the extension's button, so its NEWS mark is seen on university news pages. */
export function PinHint({ onDismiss }: PinHintProps) {
  return (
    <p class="pin-hint" data-testid="pin-hint">
      {t('pinHint')}{' '}
      <button type="button" class="link-button" data-testid="pin-hint-dismiss" onClick={onDismiss}>
        {t('pinHintDismiss')}
      </button>
    </p>
  );
}
