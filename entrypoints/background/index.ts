import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { t } from '../../utils/platform/i18n';
import { badgeFor } from './badge';
import { watchDetectorRegistration } from '../../utils/platform/detector-registration';

export default defineBackground(() => {
  // Firefox builds are MV2, where the toolbar button is browserAction.
  const action = browser.action ?? (browser as unknown as { browserAction: typeof browser.action }).browserAction;
  browser.runtime.onMessage.addListener((message, sender) => {
    const badge = badgeFor(message, sender, browser.runtime.id, t('badgeText'));
    if (badge) void action.setBadgeText(badge).catch(() => {});
  });
  watchDetectorRegistration();
});
