/**
 * Clipping while browsing: the keyboard shortcut and the context menu ("Clip this article", "Clip selection",
 * "Clip linked article"). Pure dispatch over injected clip functions, so it is tested without a browser; the
 * background wires it to the browser's menus and commands.
 */

import type { CorrectedField } from '../model/article';

/** What a clip from the menu or shortcut tells the user. */
export type ClipSummary =
  | {
      ok: true;
      id: string;
      title: string;
      created: boolean;
      changed?: boolean;
      /** Corrected fields the page now prints otherwise (the user's value was kept). */
      pageChanged?: CorrectedField[];
      /** What the re-clip replaced was kept as an earlier version. */
      versioned?: boolean;
    }
  | { ok: false; reason: string };

export interface BrowseDeps {
  /** Clip the tab's page; with `selection`, the selected part is the body and the page gives the rest. */
  clipTab: (tabId: number, selection: boolean) => Promise<ClipSummary>;
  /** Clip an address without opening it. */
  clipUrl: (url: string) => Promise<ClipSummary>;
  /** Tell the user on the page (or by a notification where the page cannot show one). */
  tell: (tabId: number | null, summary: ClipSummary) => Promise<void>;
}

export const MENU = {
  page: 'cnc-clip-page',
  selection: 'cnc-clip-selection',
  link: 'cnc-clip-link',
} as const;

/** The shortcut's command name in the manifest (changeable on the browser's shortcuts page). */
export const CLIP_COMMAND = 'clip-page';

export interface MenuItem {
  id: string;
  title: string;
  contexts: ('page' | 'selection' | 'link')[];
  documentUrlPatterns?: string[];
}

/** The context-menu entries, titled in the user's language. */
export function menuItems(t: (key: 'menuClipPage' | 'menuClipSelection' | 'menuClipLink') => string): MenuItem[] {
  const web = ['http://*/*', 'https://*/*'];
  return [
    { id: MENU.page, title: t('menuClipPage'), contexts: ['page'], documentUrlPatterns: web },
    { id: MENU.selection, title: t('menuClipSelection'), contexts: ['selection'], documentUrlPatterns: web },
    { id: MENU.link, title: t('menuClipLink'), contexts: ['link'], documentUrlPatterns: web },
  ];
}

interface MenuInfo {
  menuItemId: string | number;
  linkUrl?: string;
}

export async function onMenuClick(info: MenuInfo, tabId: number | null, deps: BrowseDeps): Promise<ClipSummary | null> {
  let summary: ClipSummary;
  if (info.menuItemId === MENU.link && info.linkUrl && /^https?:/i.test(info.linkUrl))
    summary = await deps.clipUrl(info.linkUrl);
  else if ((info.menuItemId === MENU.page || info.menuItemId === MENU.selection) && tabId !== null)
    summary = await deps.clipTab(tabId, info.menuItemId === MENU.selection);
  else return null;
  await deps.tell(tabId, summary);
  return summary;
}

export async function onCommand(command: string, tabId: number | null, deps: BrowseDeps): Promise<ClipSummary | null> {
  if (command !== CLIP_COMMAND || tabId === null) return null;
  const summary = await deps.clipTab(tabId, false);
  await deps.tell(tabId, summary);
  return summary;
}
