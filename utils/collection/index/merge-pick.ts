/**
 * When a level of the index is full, and which segments merge: apart from merge.ts, so that a page that only asks
 * for merges (a popup hands them on: search-index.ts mergeElsewhere) does not carry the merge itself.
 */
import type { SegmentRecord } from './segment';

export const MERGE_AT = 8;

/** Segments to merge next: the lowest level with MERGE_AT or more, or none. */
export function pickMerge(segs: readonly SegmentRecord[]): SegmentRecord[] {
  const byLevel = new Map<number, SegmentRecord[]>();
  for (const s of segs) byLevel.set(s.level, [...(byLevel.get(s.level) ?? []), s]);
  for (const level of [...byLevel.keys()].sort((a, b) => a - b)) {
    const group = byLevel.get(level)!;
    if (group.length >= MERGE_AT) return group;
  }
  return [];
}
