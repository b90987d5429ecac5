/** Why a page clipped by its address could not be fetched, in plain words (not "cannot be clipped"). */
import type { ClipOutcome } from './clip-tab';
import { t } from '../platform/i18n';

export function fetchFailedText({ httpStatus, timedOut }: Extract<ClipOutcome, { ok: false }>): string {
  if (httpStatus === 404 || httpStatus === 410) return t('fetchNotFound', String(httpStatus));
  if (httpStatus) return t('fetchHttpError', String(httpStatus));
  return t(timedOut ? 'fetchTimedOut' : 'fetchUnreachable');
}
