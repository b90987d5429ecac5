/** A failed check in the user's language. */
import { t } from '../platform/i18n';
import type { CheckError } from './follow-model';

export function checkErrorText(e: CheckError): string {
  switch (e.kind) {
    case 'http':
      return t('errorHttp', String(e.status));
    case 'network':
      return t('errorNetwork', e.detail);
    case 'no-items':
      return t('errorNoItems');
    case 'no-permission':
      return t('errorNoPermission');
  }
}
