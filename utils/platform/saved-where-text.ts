/** What the user is told after a synced setting is saved: where it went, or why it stayed on this device. */
import { t, type MessageKey } from './i18n';
import type { SavedWhere } from './synced-text';

/** The setting's own wording for each outcome ($1 of `tooBig`: the size in KB). */
export type SavedWhereKeys = { synced: MessageKey; tooBig: MessageKey; syncFailed: MessageKey };

export function savedWhereText(r: SavedWhere, text: string, keys: SavedWhereKeys): { text: string; error: boolean } {
  if (r.where === 'sync') return { text: t(keys.synced), error: false };
  if (r.reason === 'too-big')
    return { text: t(keys.tooBig, String(Math.ceil(new Blob([text]).size / 1024))), error: false };
  return { text: t(keys.syncFailed), error: true };
}
