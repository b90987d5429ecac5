/**
 * The status line's "Checked: N new items" is cleared once New is emptied by clipping or dismissing (R4 #6): by then it
 * describes nothing on screen. Any other message (a clip's, an error, an Undo) is left alone.
 */
import type { StateUpdater, Dispatch } from 'preact/hooks';
import { useEffect, useRef } from 'preact/hooks';
import type { StatusLineProps } from '../components/StatusLine';

/** `count`: the items in New now; `check`: Check now, which sets the report. Returns Check now, noting its report. */
export function useCheckReport(
  setStatus: Dispatch<StateUpdater<StatusLineProps>>,
  count: number,
  check: () => Promise<void>,
): () => void {
  // The very status object the last check set: compared by identity, never by its words.
  const report = useRef<StatusLineProps | null>(null);
  const had = useRef(count > 0);
  useEffect(() => {
    if (!count && had.current) setStatus((s) => (s === report.current ? { text: '', error: false } : s));
    had.current = count > 0;
  }, [count, setStatus]);
  return () =>
    void check().then(() =>
      setStatus((s) => {
        report.current = s;
        return s;
      }),
    );
}
