// An export file of generated articles (the bench's generator, scripts/bench-collection-data.mjs), for tests that
// need an import long enough to cut off: about 10 KB an article, written in pieces.
import { closeSync, openSync, writeSync } from 'node:fs';
import { articleStream } from '../../scripts/bench-collection-data.mjs';

/** Write `n` generated articles (from `seed`) to `path` as an export file; returns `path`. */
export function writeExportFile(path, n, seed = 12) {
  const fd = openSync(path, 'w');
  writeSync(fd, `{"format":"campus-news-clips","version":1,"exportedAt":"2026-01-01T00:00:00.000Z","articles":[`);
  let first = true;
  for (const a of articleStream(n, seed, '')) {
    writeSync(fd, (first ? '' : ',') + JSON.stringify(a));
    first = false;
  }
  writeSync(fd, ']}');
  closeSync(fd);
  return path;
}
