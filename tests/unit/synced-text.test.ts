// The watch list's storage: long lists are split across synced items, too-long ones kept locally, nothing dropped.
import { describe, expect, it } from 'vitest';
import { ITEM_BYTES, splitForSync, syncedText, type Area } from '../../utils/platform/synced-text';

/** An in-memory storage area that refuses writes as Chrome's storage.sync does (per item, in all). */
class QuotaArea implements Area {
  items = new Map<string, unknown>();
  constructor(
    private perItem = Infinity,
    private total = Infinity,
  ) {}
  private size = (k: string, v: unknown) => new TextEncoder().encode(k + JSON.stringify(v)).length;
  async get(keys: string[]) {
    return Object.fromEntries(keys.filter((k) => this.items.has(k)).map((k) => [k, this.items.get(k)]));
  }
  async set(items: Record<string, unknown>) {
    const next = new Map([...this.items, ...Object.entries(items)]);
    for (const [k, v] of Object.entries(items))
      if (this.size(k, v) > this.perItem) throw new Error('QUOTA_BYTES_PER_ITEM quota exceeded');
    if ([...next].reduce((n, [k, v]) => n + this.size(k, v), 0) > this.total) throw new Error('QUOTA_BYTES exceeded');
    this.items = next;
  }
  async remove(keys: string[]) {
    for (const k of keys) this.items.delete(k);
  }
}

const chromeSync = () => new QuotaArea(8192, 102_400);
const lines = (n: number) =>
  Array.from({ length: n }, (_, i) => `王树国${i} = 王校长${i} = 西安交通大学校长${i}`).join('\n');

describe('syncedText', () => {
  it('a 400-line watch list is saved across synced items and read back whole', async () => {
    const sync = chromeSync();
    const local = new QuotaArea();
    const item = syncedText('watchList', () => ({ sync, local }));
    const text = lines(400);
    const r = await item.setValue(text);
    expect(r.where).toBe('sync');
    expect(r.where === 'sync' && r.parts).toBeGreaterThan(1);
    expect(await item.getValue()).toBe(text);
    expect(local.items.size).toBe(0);
  });

  it('a list too big for sync in all is kept locally, told as such, and read back whole', async () => {
    const sync = chromeSync();
    const local = new QuotaArea();
    const item = syncedText('watchList', () => ({ sync, local }));
    await item.setValue('旧列表');
    const text = lines(3000);
    expect(await item.setValue(text)).toEqual({ where: 'local', reason: 'too-big' });
    expect(await item.getValue()).toBe(text);
    // Shortened again, it goes back to sync and the local copy is dropped.
    expect(await item.setValue('短列表')).toEqual({ where: 'sync', parts: 1 });
    expect(await item.getValue()).toBe('短列表');
    expect(local.items.size).toBe(0);
  });

  it('when sync refuses the write, the text is kept locally instead', async () => {
    const sync = new QuotaArea(100, 200);
    const local = new QuotaArea();
    const item = syncedText('watchList', () => ({ sync, local }));
    expect(await item.setValue(lines(5))).toEqual({ where: 'local', reason: 'sync-failed' });
    expect(await item.getValue()).toBe(lines(5));
  });

  it('reads a list saved by the previous version (one sync item) and drops stale parts when it shrinks', async () => {
    const sync = chromeSync();
    const local = new QuotaArea();
    sync.items.set('watchList', '王树国 = 王校长');
    const item = syncedText('watchList', () => ({ sync, local }));
    expect(await item.getValue()).toBe('王树国 = 王校长');
    await item.setValue(lines(400));
    await item.setValue('强基计划');
    expect([...sync.items.keys()].sort()).toEqual(['watchList', 'watchList.parts']);
    expect(await item.getValue()).toBe('强基计划');
  });
});

describe('splitForSync', () => {
  it('cuts at code points, each piece under the item size, joined back exactly', () => {
    const text = '𠀀汉字 and text\n'.repeat(2000);
    const parts = splitForSync(text);
    expect(parts.join('')).toBe(text);
    for (const p of parts) expect(new TextEncoder().encode(JSON.stringify(p)).length).toBeLessThanOrEqual(ITEM_BYTES);
  });
});
