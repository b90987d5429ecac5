// A tab clip's work goes from the service worker to the offscreen document by postMessage (structured clone), not as
// a JSON runtime message: the 13 MB page's snapshot was the largest share of its clip (issue #12).
import { describe, expect, it } from 'vitest';
import { postWork, type ClientsApi } from '../../utils/clip/offscreen-post';
import { isWorkMessage, WORK_MESSAGE } from '../../utils/platform/protocol';
import type { Work } from '../../utils/clip/job-work';

const OFFSCREEN = 'chrome-extension://abc/offscreen.html';
const work: Work = {
  kind: 'clip-tab',
  jobId: 'j1',
  snapshot: { html: '<p>x</p>', url: 'http://news.a.edu.cn/1.htm', charset: 'UTF-8', bytes: null },
  selection: null,
  deadline: 0,
  watchList: '',
};

/** Clients as the service worker sees them: a popup and (from the `after`-th look on) the offscreen document. */
function clientsWith(received: unknown[], after = 0): ClientsApi {
  let looks = 0;
  const offscreen = {
    url: OFFSCREEN,
    postMessage(m: unknown, [port]: Transferable[]) {
      received.push(m);
      // The offscreen document answers on the port once the work is done (entrypoints/offscreen/main.ts).
      (port as MessagePort).postMessage({ done: true });
    },
  };
  const popup = { url: 'chrome-extension://abc/popup.html', postMessage: () => received.push('to the popup') };
  return { matchAll: async () => (looks++ >= after ? [popup, offscreen] : [popup]) };
}

describe('posting a tab clip to the offscreen document', () => {
  it('posts the work message to the offscreen document alone and waits for its answer', async () => {
    const received: unknown[] = [];
    expect(await postWork(work, OFFSCREEN, clientsWith(received))).toBe(true);
    expect(received).toEqual([{ type: WORK_MESSAGE, work }]);
    expect(isWorkMessage(received[0])).toBe(true);
  });

  it('waits for a just-created offscreen document to become a client', async () => {
    const received: unknown[] = [];
    expect(await postWork(work, OFFSCREEN, clientsWith(received, 2))).toBe(true);
    expect(received).toHaveLength(1);
  });

  it('says so when there is no offscreen client (the caller falls back to runtime messaging)', async () => {
    const received: unknown[] = [];
    expect(await postWork(work, OFFSCREEN, clientsWith(received, 1_000), 50)).toBe(false);
    expect(await postWork(work, OFFSCREEN, undefined)).toBe(false);
    expect(received).toEqual([]);
  });
});

describe('work message shape check', () => {
  it('refuses what is not a work message of ours', () => {
    expect(isWorkMessage({ type: WORK_MESSAGE, work })).toBe(true);
    for (const m of [
      null,
      'cnc:work',
      { type: 'other', work },
      { type: WORK_MESSAGE },
      { type: WORK_MESSAGE, work: { kind: 'clip-tab' } },
      { type: WORK_MESSAGE, work: { kind: 'delete-all', jobId: 'j1' } },
    ])
      expect(isWorkMessage(m)).toBe(false);
  });
});
