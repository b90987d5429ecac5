/**
 * An element's width, followed while `watch` is true: what a layout measured once (a clamped title's hidden marks)
 * must be measured again when the window or the column holding it changes width. 0 until the first change; the
 * observer's first report, of the width the element was drawn at, changes nothing.
 */
import type { RefObject } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export function useWidth(el: RefObject<Element | null>, watch: boolean): number {
  const [width, setWidth] = useState(0);
  const first = useRef<number | null>(null);
  useEffect(() => {
    const target = el.current;
    if (!watch || !target || typeof ResizeObserver === 'undefined') return;
    first.current = null;
    const observer = new ResizeObserver(([entry]) => {
      const now = Math.round(entry!.contentRect.width);
      if (first.current === null) first.current = now;
      else setWidth(now);
    });
    observer.observe(target);
    return () => observer.disconnect();
  }, [el, watch]);
  return width;
}
