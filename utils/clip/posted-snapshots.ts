/**
 * Chrome's offscreen document's side of a posted snapshot (utils/clip/page-snapshot.ts): the tab sends its
 * serialised page straight here over SNAPSHOT_PORT, and the job's work message (job-work.ts) takes it by job id.
 */
import { isSnapshotPost, SNAPSHOT_PORT } from '../platform/protocol';
import type { PageSnapshot } from './page-snapshot';
import { EXTRACT_TIMEOUT_MS } from './clip-tab';

/** The few names of a runtime port this module uses (Chrome's and the tests' stand-in alike). */
export interface SnapshotPort {
  name: string;
  sender?: { id?: string; tab?: { id?: number }; frameId?: number };
  onMessage: { addListener(f: (m: unknown) => void): void };
  postMessage(m: unknown): void;
  disconnect(): void;
}

/** Posted snapshots waiting for their job's work message: job id → the tab it came from and the snapshot. */
const held = new Map<string, { tabId: number; snapshot: PageSnapshot }>();

/**
 * Take in a port's snapshot. Only a top frame's post from our own injection counts (the page's scripts cannot reach
 * our isolated world's runtime). A kept one is answered `{ taken: jobId }` before the port is closed; any other post
 * is only closed, and the page then returns its snapshot with the injection instead (page-snapshot.ts), so the clip
 * still ends saved rather than failing later with "the page's snapshot did not arrive". A snapshot whose job never
 * asks for it (the worker gave up) is dropped after the clip's time limit.
 */
export function holdPostedSnapshot(port: SnapshotPort, extensionId: string): void {
  if (port.name !== SNAPSHOT_PORT) return;
  port.onMessage.addListener((m) => {
    const tabId = port.sender?.tab?.id;
    if (isSnapshotPost(m) && port.sender?.id === extensionId && port.sender.frameId === 0 && tabId !== undefined) {
      held.set(m.jobId, { tabId, snapshot: m.snapshot });
      setTimeout(() => held.delete(m.jobId), EXTRACT_TIMEOUT_MS);
      port.postMessage({ taken: m.jobId });
    }
    port.disconnect();
  });
}

/** The snapshot the tab `tabId` posted for `jobId`, once: null if none came (or from another tab). */
export function takePostedSnapshot(jobId: string, tabId: number): PageSnapshot | null {
  const h = held.get(jobId);
  held.delete(jobId);
  return h && h.tabId === tabId ? h.snapshot : null;
}
