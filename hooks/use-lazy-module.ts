/**
 * Code the popup needs only on demand (the reader, the clip review, the inbox), loaded the first time it is
 * wanted, so the popup's first paint does not download and parse it.
 */
import { useEffect, useRef, useState } from 'preact/hooks';

export function useLazyModule<M>(load: () => Promise<M>, wanted: boolean): M | null {
  const [mod, setMod] = useState<M | null>(null);
  // The loader is an inline arrow, new each render; the first one is the one used.
  const loader = useRef(load);
  useEffect(() => {
    if (wanted && !mod) void loader.current().then((m) => setMod(() => m));
  }, [wanted, mod]);
  return mod;
}
