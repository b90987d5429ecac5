/**
 * A named moment in the performance timeline, for traces (`npm run bench`'s BENCH_COLLECTION_QUERY_TRACE prints where
 * a search's time goes). Only the last of each name is kept, so a long session's keystrokes do not pile up.
 */
export function traceMark(name: string): void {
  performance.clearMarks(name);
  performance.mark(name);
}
