/** Dexie wraps QuotaExceededError (AbortError with .inner, or OpenFailedError): look through the wrappers. */
export function isQuotaError(e: unknown): boolean {
  for (
    let x = e as { name?: string; message?: string; inner?: unknown } | undefined, i = 0;
    x && i < 4;
    x = x.inner as typeof x, i++
  ) {
    if (x.name === 'QuotaExceededError' || /QuotaExceeded/i.test(x.message ?? '')) return true;
  }
  return false;
}

/** The database cannot be used right now: closed, blocked by another tab's upgrade, or failed to open. */
export function isUnavailableError(e: unknown): boolean {
  const names = ['DatabaseClosedError', 'OpenFailedError', 'InvalidStateError', 'VersionChangeError', 'BlockedError'];
  for (let x = e as { name?: string; inner?: unknown } | undefined, i = 0; x && i < 4; x = x.inner as typeof x, i++) {
    if (names.includes(x.name ?? '')) return true;
  }
  return false;
}
