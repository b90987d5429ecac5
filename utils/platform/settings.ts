/** Small settings kept in extension storage (not in the collection). */
import { storage } from 'wxt/utils/storage';
import { syncedText } from './synced-text';

/** When the collection was last exported (ISO), for the backup reminder; null if never. */
export const lastExportAt = storage.defineItem<string | null>('local:lastExportAt', { fallback: null });

/** Days after which the options page reminds the user to export a backup. */
export const BACKUP_REMINDER_DAYS = 30;

/** Whether to remind: there is something to lose and no export for a while. */
export function needsBackup(articleCount: number, lastExport: string | null, now = new Date()): boolean {
  if (articleCount === 0) return false;
  if (!lastExport) return true;
  return now.getTime() - Date.parse(lastExport) > BACKUP_REMINDER_DAYS * 86400e3;
}

/**
 * The watch list as the user typed it (one "name = alias" per line); follows the user across browsers, split
 * across synced items when long, kept on this device when too long to sync (setValue says where it went).
 */
export const watchListText = syncedText('watchList');

/**
 * The extra sites where the user turned detection on, one host a line (utils/sites/extra-sites.ts); synced like the
 * watch list. Each also needs its host permission, asked for when it is added.
 */
export const extraSitesText = syncedText('extraSites');

/** Tags put on every new clip, as the user typed them (utils/clip/default-tags.ts reads them); synced. */
export const defaultTagsText = syncedText('defaultTags');

/** The user closed the popup's hint to pin the extension to the toolbar (hooks/use-pin-hint.ts). */
export const pinHintDismissed = storage.defineItem<boolean>('local:pinHintDismissed', { fallback: false });
