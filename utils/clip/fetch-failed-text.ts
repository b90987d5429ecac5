/** Why a page clipped by its address could not be fetched, in plain words (not "cannot be clipped"). */
import type { ClipOutcome } from './clip-tab';
import { t } from '../platform/i18n';

export function fetchFailedText({
  httpStatus,
  timedOut,
  noAccess,
  detail,
}: Extract<ClipOutcome, { ok: false }>): string {
  // The browser would have blocked the answer: the site was not "unreachable", the extension may not read it.
  if (noAccess) return t('fetchNoAccess', detail ?? '');
  if (httpStatus === 404 || httpStatus === 410) return t('fetchNotFound', String(httpStatus));
  if (httpStatus) return t('fetchHttpError', String(httpStatus));
  return t(timedOut ? 'fetchTimedOut' : 'fetchUnreachable');
}
