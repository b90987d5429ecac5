/**
 * Service worker → Chrome's offscreen document without runtime messaging. `runtime.sendMessage` converts its message
 * to JSON and back (the 13 MB page's snapshot was the largest share of its clip); a service worker's own client
 * receives `postMessage` by structured clone, where a string is a plain copy. The offscreen document is such a client
 * (same origin), found with `clients.matchAll`; it answers on a MessageChannel port once the work is done.
 */
import { WORK_MESSAGE, type WorkMessage } from '../platform/protocol';
import type { Work } from './job-work';

/** The few ServiceWorkerGlobalScope names used here (the project's lib is the DOM's, not the worker's). */
type WindowClient = { url: string; postMessage(m: unknown, transfer: Transferable[]): void };
export type ClientsApi = { matchAll(o: { includeUncontrolled: boolean; type: 'window' }): Promise<WindowClient[]> };

/** How long to wait for the offscreen document to show up as a client right after it was created. */
const FIND_MS = 1_000;

/** The offscreen document (`url`) as a client of this service worker, or null when it is not one (yet). */
export async function findClient(clients: ClientsApi, url: string, waitMs = FIND_MS): Promise<WindowClient | null> {
  const until = Date.now() + waitMs;
  for (;;) {
    const found = (await clients.matchAll({ includeUncontrolled: true, type: 'window' })).find((c) => c.url === url);
    if (found || Date.now() > until) return found ?? null;
    await new Promise((ok) => setTimeout(ok, 25));
  }
}

/**
 * Post `work` to the offscreen document at `url`; resolves when it has done it. False when the document is not a
 * client of ours: the caller sends the same message by runtime messaging instead.
 */
export async function postWork(
  w: Work,
  url: string,
  clients: ClientsApi | undefined,
  waitMs = FIND_MS,
): Promise<boolean> {
  const client = clients && (await findClient(clients, url, waitMs));
  if (!client) return false;
  const channel = new MessageChannel();
  const done = new Promise<void>((ok) => (channel.port1.onmessage = () => ok()));
  const message: WorkMessage = { type: WORK_MESSAGE, work: w };
  client.postMessage(message, [channel.port2]);
  await done;
  channel.port1.close();
  return true;
}
