/**
 * Puts text on the clipboard on the user's click and says how it went. No permission is asked: an extension page
 * may write to the clipboard on a click (navigator.clipboard.writeText); when the browser refuses (the page is not
 * focused, no user gesture), the user is told in words and nothing is half-copied.
 */
import { useCallback, useState } from 'preact/hooks';
import { t } from '../utils/platform/i18n';

/** What the last copy said: its message, and whether it failed. */
export type CopyOutcome = { text: string; error: boolean };

export function useClipboardCopy() {
  const [outcome, setOutcome] = useState<CopyOutcome | null>(null);
  /** Copy what `make` gives (it may load code first); say `done` when the clipboard has it. */
  const copy = useCallback(async (make: () => string | Promise<string>, done: () => string) => {
    // Cleared first, so the same message said twice is announced twice.
    setOutcome(null);
    try {
      await navigator.clipboard.writeText(await make());
      setOutcome({ text: done(), error: false });
    } catch {
      setOutcome({ text: t('copyFailed'), error: true });
    }
  }, []);
  return { outcome, copy };
}
