/**
 * Whether the popup asks the user to pin the extension: Chromium keeps a new extension's button in its Extensions
 * menu, where the badge (NEWS on a university article, ✓, the New count) is never seen. Asked only in the toolbar
 * popup itself (opened from that menu), not in a tab, and until the button is pinned or the hint closed. Firefox's
 * button is placed on the toolbar by the manifest (browser_action.default_area) and has no such setting to read.
 */
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { pinHintDismissed } from '../utils/platform/settings';

type UserSettings = { getUserSettings?: () => Promise<{ isOnToolbar?: boolean }> };

export function usePinHint(): { show: boolean; dismiss: () => void } {
  const [show, setShow] = useState(false);
  useEffect(() => {
    const action = (browser as unknown as { action?: UserSettings }).action;
    if (!action?.getUserSettings) return;
    let live = true;
    // tabs.getCurrent() is undefined in a popup view, a tab in "Open in tab" or a popup page opened as a tab.
    void Promise.all([action.getUserSettings(), browser.tabs.getCurrent(), pinHintDismissed.getValue()])
      .then(([settings, tab, dismissed]) => live && setShow(settings.isOnToolbar === false && !tab && !dismissed))
      .catch(() => {});
    return () => {
      live = false;
    };
  }, []);
  const dismiss = () => {
    setShow(false);
    void pinHintDismissed.setValue(true);
  };
  return { show, dismiss };
}
