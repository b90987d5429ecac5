/** A failed write or a page that could not be reached, in plain words (a full disk says so). */
import { isQuotaError } from '../collection/storage-errors';
import { t } from './i18n';

const detail = (e: unknown) => (e instanceof Error ? e.message || e.name : String(e));

/** A write to the collection or the extension's storage that failed: nothing was changed. */
export const writeFailedText = (e: unknown): string => (isQuotaError(e) ? t('quotaFull') : t('saveFailed', detail(e)));

/** An export that could not read the collection. */
export const readFailedText = (e: unknown): string => t('readFailed', detail(e));

/** The background did not answer a request (a column check): nothing was started. */
export const unansweredText = (e: unknown): string => t('jobsUnavailable', detail(e));

/** An import whose file could not be handed to the background (a full disk, most likely): nothing imported. */
export const importNotStartedText = (e: unknown): string =>
  isQuotaError(e) ? t('importQuota') : t('importFailed', detail(e));
