import { browser } from 'wxt/browser';
import { badgeText, parseMessage } from '../lib/messages';

/** Claim counts per tab; the badge shows them, and falls back to the streak once the popup provides it. */
const claimsByTab = new Map<number, number>();

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts and pages may talk to us, and only in the shapes lib/messages knows.
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (!message) return;
    if (message.type === 'claims' && sender.tab?.id !== undefined) {
      const tabId = sender.tab.id;
      claimsByTab.set(tabId, message.count);
      void browser.action.setBadgeText({ tabId, text: badgeText(message.count, undefined) });
      void browser.action.setBadgeBackgroundColor({ tabId, color: '#0b6e4f' });
    } else if (message.type === 'open-planner') {
      void openPlanner();
    }
  });
  browser.tabs.onRemoved.addListener((tabId) => claimsByTab.delete(tabId));
});

async function openPlanner(): Promise<void> {
  try {
    await browser.action.openPopup();
  } catch {
    // openPopup needs a focused window and a recent Chrome; a tab with the popup page always works.
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#plan') });
  }
}
