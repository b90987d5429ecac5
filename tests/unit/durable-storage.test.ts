import { describe, expect, it, vi } from 'vitest';
import { ensureDurable } from '../../utils/platform/durable-storage';

const storage = (persisted: boolean, granted: boolean) => ({
  persisted: vi.fn(async () => persisted),
  persist: vi.fn(async () => granted),
});

describe('ensureDurable', () => {
  it('asks for persistent storage once when it is missing, and reports what the browser granted', async () => {
    const s = storage(false, true);
    expect(await ensureDurable({ storage: s, hasUnlimited: async () => false })).toBe('persisted');
    expect(s.persist).toHaveBeenCalledTimes(1);
  });

  it('does not ask again when the storage is already persistent', async () => {
    const s = storage(true, true);
    expect(await ensureDurable({ storage: s, hasUnlimited: async () => false })).toBe('persisted');
    expect(s.persist).not.toHaveBeenCalled();
  });

  it('counts the unlimitedStorage permission as protection when persistence is refused (Chrome: no eviction)', async () => {
    expect(await ensureDurable({ storage: storage(false, false), hasUnlimited: async () => true })).toBe('unlimited');
  });

  it('says the collection is at risk with neither, or when the storage API fails', async () => {
    expect(await ensureDurable({ storage: storage(false, false), hasUnlimited: async () => false })).toBe('at-risk');
    const broken = { persisted: () => Promise.reject(new TypeError('no shelf')), persist: vi.fn() };
    expect(await ensureDurable({ storage: broken, hasUnlimited: async () => false })).toBe('at-risk');
    const throws = () => {
      throw new Error('not implemented');
    };
    expect(await ensureDurable({ storage: undefined, hasUnlimited: throws })).toBe('at-risk');
  });
});
