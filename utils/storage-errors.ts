/** Dexie wraps QuotaExceededError (AbortError with .inner, or OpenFailedError): look through the wrappers. */
export function isQuotaError(e: unknown): boolean {
  for (let x = e as { name?: string; message?: string; inner?: unknown } | undefined, i = 0; x && i < 4; x = x.inner as typeof x, i++) {
    if (x.name === 'QuotaExceededError' || /QuotaExceeded/i.test(x.message ?? '')) return true;
  }
  return false;
}
