import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';

export type VirtualListProps = {
  /** How many rows there are in all. */
  count: number;
  /** The fixed height of one row, in pixels. */
  rowHeight: number;
  /** Label of the list for screen readers. */
  label: string;
  /** Renders the rows in view (plus a few either side), end exclusive: each an <li> with `style` from rowStyle(). */
  children: (start: number, end: number) => ComponentChildren;
};

const OVERSCAN = 4;
/** Height used before layout is known (and in tests without layout). */
const DEFAULT_VIEW = 600;

export { rowStyle } from './article-row';

/** A scrolling list that renders only the rows in view, so 10,000 articles cost a screenful of elements. */
export function VirtualList({ count, rowHeight, label, children }: VirtualListProps) {
  const box = useRef<HTMLDivElement>(null);
  const [view, setView] = useState({ top: 0, height: DEFAULT_VIEW });
  useEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => setView({ top: el.scrollTop, height: el.clientHeight || DEFAULT_VIEW });
    measure();
    const ro = typeof ResizeObserver === 'function' ? new ResizeObserver(measure) : null;
    ro?.observe(el);
    return () => ro?.disconnect();
  }, []);
  const start = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  const end = Math.min(count, Math.ceil((view.top + view.height) / rowHeight) + OVERSCAN);
  return (
    <div
      class="list-viewport"
      ref={box}
      onScroll={(e) =>
        setView({ top: e.currentTarget.scrollTop, height: e.currentTarget.clientHeight || DEFAULT_VIEW })
      }
    >
      <ul class="article-list" aria-label={label} style={{ height: `${count * rowHeight}px` }}>
        {children(start, end)}
      </ul>
    </div>
  );
}
