/**
 * A new task, so that long work (an import's parsing, an index merge) lets the page's own work run between its
 * steps. Not a timer: the offscreen document is hidden, and hidden pages' timers are slowed.
 */
export const nextTask = () =>
  new Promise<void>((done) => {
    const c = new MessageChannel();
    c.port1.onmessage = () => {
      c.port1.close();
      done();
    };
    c.port2.postMessage(null);
  });
