import { defineBackground } from 'wxt/utils/define-background';
import { browser } from 'wxt/browser';
import { badgeFor } from './badge';

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((message, sender) => {
    const badge = badgeFor(message, sender, browser.runtime.id);
    if (badge) void browser.action.setBadgeText(badge).catch(() => {});
  });
});
