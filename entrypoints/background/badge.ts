/** Which badge a detector report asks for; null for anything that is not one of ours. */
import { isPageDetected } from '../../utils/platform/protocol';

interface Sender {
  id?: string;
  tab?: { id?: number };
  frameId?: number;
}

/** `label` is the localized badge text shown on a news article. */
export function badgeFor(
  message: unknown,
  sender: Sender,
  ourId: string,
  label: string,
): { tabId: number; text: string } | null {
  // Only our own content script, in a tab's top frame, may set a tab's badge.
  if (sender.id !== ourId || sender.tab?.id === undefined || (sender.frameId ?? 0) !== 0 || !isPageDetected(message))
    return null;
  return { tabId: sender.tab.id, text: message.isArticle ? label : '' };
}
