/**
 * The reader's code (ReaderView with its highlighter, versions and diff), loaded the first time an article is
 * opened, so the popup's first paint does not download and parse it.
 */
import { useEffect, useState } from 'preact/hooks';

type ReaderModule = typeof import('../components/ReaderView');
let loaded: ReaderModule | null = null;

export function useReaderModule(wanted: boolean): ReaderModule | null {
  const [mod, setMod] = useState<ReaderModule | null>(loaded);
  useEffect(() => {
    if (!wanted || mod) return;
    void import('../components/ReaderView').then((m) => setMod((loaded = m)));
  }, [wanted, mod]);
  return mod;
}
