/**
 * Whether the browser may delete the collection to free disk space. The manifest asks for `unlimitedStorage`, which
 * exempts an extension's storage from eviction in Chrome (its docs: "exempts extensions from both quota restrictions
 * and eviction") and in Firefox grants the `persistent-storage` permission with it. Persistence is asked for once
 * where it is still missing (`navigator.storage.persist()`: Chrome decides without a prompt; Firefox grants it to an
 * extension holding `unlimitedStorage`), so either answer protects the collection.
 */
export type Durability = 'persisted' | 'unlimited' | 'at-risk';

export interface DurabilityDeps {
  storage: Pick<StorageManager, 'persisted' | 'persist'> | undefined;
  /** Whether the extension holds the `unlimitedStorage` permission. */
  hasUnlimited: () => Promise<boolean>;
}

export async function ensureDurable({ storage, hasUnlimited }: DurabilityDeps): Promise<Durability> {
  const persisted = await storage
    ?.persisted()
    .then((p) => p || storage.persist())
    .catch(() => false);
  if (persisted) return 'persisted';
  // A browser without the permissions API may throw at once rather than reject.
  const unlimited = await Promise.resolve()
    .then(hasUnlimited)
    .catch(() => false);
  return unlimited ? 'unlimited' : 'at-risk';
}
