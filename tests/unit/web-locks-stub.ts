/**
 * A stand-in for the Web Locks API (`navigator.locks`), which Node 20 and jsdom lack: named locks, exclusive or
 * shared, granted in the order asked (a waiting request holds back later ones that conflict), `ifAvailable` answered
 * with null at once when the lock cannot be had. Enough for the jobs' lock (utils/clip/job-store.ts); a fresh one is a
 * browser just started, where no one holds anything.
 */
type Mode = 'exclusive' | 'shared';
type Callback = (lock: { name: string; mode: Mode } | null) => unknown;
interface Request {
  name: string;
  mode: Mode;
  grant: () => void;
}

export class FakeLocks {
  private held = new Map<string, Mode[]>();
  private queue: Request[] = [];

  request(name: string, a: { mode?: Mode; ifAvailable?: boolean } | Callback, b?: Callback): Promise<unknown> {
    const options = typeof a === 'function' ? {} : a;
    const fn = (typeof a === 'function' ? a : b)!;
    const mode = options.mode ?? 'exclusive';
    return new Promise((resolve, reject) => {
      const grant = () => {
        this.held.set(name, [...(this.held.get(name) ?? []), mode]);
        void Promise.resolve()
          .then(() => fn({ name, mode }))
          .then(resolve, reject)
          .finally(() => this.release(name, mode));
      };
      if (this.grantable(name, mode)) return grant();
      if (options.ifAvailable) return void Promise.resolve(fn(null)).then(resolve, reject);
      this.queue.push({ name, mode, grant });
    });
  }

  /** Whether anyone holds `name` now. */
  isHeld(name: string): boolean {
    return !!this.held.get(name)?.length;
  }

  private grantable(name: string, mode: Mode, before = this.queue.length): boolean {
    const conflicts = (m: Mode) => mode === 'exclusive' || m === 'exclusive';
    if ((this.held.get(name) ?? []).some(conflicts)) return false;
    return !this.queue.slice(0, before).some((q) => q.name === name && conflicts(q.mode));
  }

  private release(name: string, mode: Mode) {
    const modes = this.held.get(name) ?? [];
    modes.splice(modes.indexOf(mode), 1);
    for (let i = 0; i < this.queue.length; i++) {
      const q = this.queue[i]!;
      if (q.name !== name || !this.grantable(name, q.mode, i)) continue;
      this.queue.splice(i--, 1);
      q.grant();
    }
  }
}
