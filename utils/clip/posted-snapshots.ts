/**
 * Chrome's offscreen document's side of a posted snapshot (utils/clip/page-snapshot.ts): the tab sends its
 * serialised page straight here over SNAPSHOT_PORT, and the job's work message (job-work.ts) takes it by job id.
 */
import { isSnapshotPost, SNAPSHOT_PORT } from '../platform/protocol';
import type { ExtractResult } from '../extraction/extract-article';
import { EXTRACT_TIMEOUT_MS } from './clip-tab';
import { extractFromSnapshot } from './extract-snapshot';

/** The few names of a runtime port this module uses (Chrome's and the tests' stand-in alike). */
export interface SnapshotPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number }; frameId?: number };
  onMessage: { addListener(f: (m: unknown) => void): void };
  postMessage(m: unknown): void;
  disconnect(): void;
}

/** Posted snapshots waiting for their job's work message: job id → the tab it came from and its extraction. */
const held = new Map<string, { tabId: number; extracted: Promise<ExtractResult> }>();

/**
 * Take in a port's snapshot. Only a top frame's post from our own injection counts (the page's scripts cannot reach
 * our isolated world's runtime). A kept one is answered `{ taken: jobId }` before the port is closed; any other post
 * is only closed, and the page then returns its snapshot with the injection instead (page-snapshot.ts), so the clip
 * still ends saved rather than failing later with "the page's snapshot did not arrive". A snapshot whose job never
 * asks for it (the worker gave up) is dropped after the clip's time limit.
 *
 * A kept snapshot is parsed and extracted at once, a turn after the answer: the work message comes only after
 * "taken" has gone back through the page to the service worker, which on the 13 MB page took 0.1-7 s of the clip
 * (loaded machine, docs/benchmarks.md); extraction needs nothing the work message brings.
 */
export function holdPostedSnapshot(port: SnapshotPort, extensionId: string, win: Window): void {
  if (port.name !== SNAPSHOT_PORT) return;
  port.onMessage.addListener((m) => {
    const tabId = port.sender?.tab?.id;
    if (isSnapshotPost(m) && port.sender?.id === extensionId && port.sender.frameId === 0 && tabId !== undefined) {
      const extracted = new Promise((turn) => setTimeout(turn)).then(() => extractFromSnapshot(m.snapshot, win));
      // A failure is the job's to report (job-work.ts), not an unhandled rejection when no job asks.
      extracted.catch(() => {});
      held.set(m.jobId, { tabId, extracted });
      setTimeout(() => held.delete(m.jobId), EXTRACT_TIMEOUT_MS);
      port.postMessage({ taken: m.jobId });
    }
    port.disconnect();
  });
}

/** The extraction of the snapshot the tab `tabId` posted for `jobId`, once: null if none came (or from another tab). */
export function takePostedExtraction(jobId: string, tabId: number): Promise<ExtractResult> | null {
  const h = held.get(jobId);
  held.delete(jobId);
  return h && h.tabId === tabId ? h.extracted : null;
}
