/** What the status line says about a clip or import job, running or ended, in the user's language. */
import { t, tn } from '../platform/i18n';
import { isJobFailure, type JobRecord } from './job-store';
import { clipStatus, importStatus } from './status-text';

export function jobStatus(j: JobRecord): { text: string; error: boolean } {
  if (j.state === 'running')
    return {
      text:
        j.kind === 'clip'
          ? t('clipping')
          : j.progress
            ? tn('importProgress', j.progress.written, String(j.progress.percent))
            : t('importing', j.label),
      error: false,
    };
  // A job ended without an outcome was cut off before it could record one.
  if (j.kind === 'clip') {
    const o = j.clip ?? ({ ok: false, error: 'interrupted' } as const);
    // Told after a restart, when the user may not recall which page it was: named, where the job knows its page.
    if (!o.ok && o.error === 'interrupted' && j.label) return { text: t('clipInterruptedNamed', j.label), error: true };
    return clipStatus(o);
  }
  const r = j.imported ?? { ok: false, error: 'interrupted' };
  if (!isJobFailure(r)) return importStatus(r);
  return { text: t(r.error === 'interrupted' ? 'importInterrupted' : 'importFileMissing', j.label), error: true };
}
