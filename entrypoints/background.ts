import { browser } from 'wxt/browser';
import { BADGE_COLOURS } from '../lib/badge-colours';
import { toDays } from '../lib/log';
import { badgeText, OPEN_TAB_KEY, parseMessage, type JudgeReply, type TabStatus } from '../lib/messages';
import { claimsToMark } from '../lib/page-claims';
import { validatePlanInput, weeklyTargets } from '../lib/plan';
import { LogStore } from '../lib/store/logs';
import { loadPrefs } from '../lib/store/prefs';
import { wireReminders } from '../lib/reminders/wire';
import { dayOf, goodWeeksInARow } from '../lib/streak';
import { weekStartDay } from '../lib/i18n/format';
import { formatLocale } from '../lib/i18n/lang';

/** Claim counts per tab: a tab with claims shows its count, every other tab the weekly streak. */
const claimsByTab = new Map<number, number>();
/** The host each count belongs to, so the popup can say "on this page" and offer the site switch. */
const hostByTab = new Map<number, string>();
let streakWeeks = 0;
/** Firefox's Manifest V2 build names the toolbar button browserAction. */
const action = browser.action ?? browser.browserAction;

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) => {
    // Only our own content scripts and pages may talk to us, and only in the shapes lib/messages knows.
    if (sender.id !== browser.runtime.id) return;
    const message = parseMessage(raw);
    if (!message) return;
    // Detection runs here, off the page's main thread; the content script only reads text and paints.
    if (message.type === 'judge') return Promise.resolve<JudgeReply>({ claims: claimsToMark(message.text) });
    if (message.type === 'load-ui' && sender.tab?.id !== undefined) return injectOverlay(sender.tab.id, sender.frameId ?? 0);
    if (message.type === 'claims' && sender.tab?.id !== undefined) {
      claimsByTab.set(sender.tab.id, message.count);
      if (sender.frameId === 0 && sender.url) hostByTab.set(sender.tab.id, new URL(sender.url).hostname);
      void paintTab(sender.tab.id);
    } else if (message.type === 'open-planner') {
      void openPlanner();
    } else if (message.type === 'tab-status' && sender.url?.startsWith(browser.runtime.getURL('/'))) {
      // Only our own pages (the popup) ask, never a content script; the answer is a Promise, as the polyfill expects.
      const status: TabStatus = { host: hostByTab.get(message.tabId) ?? null, claims: claimsByTab.get(message.tabId) ?? null };
      return Promise.resolve(status);
    }
  });
  const forget = (tabId: number) => {
    claimsByTab.delete(tabId);
    hostByTab.delete(tabId);
  };
  browser.tabs.onRemoved.addListener(forget);
  // A new page in the tab: the old page's count is not its count (its own script reports again).
  browser.tabs.onUpdated.addListener((tabId, info) => info.status === 'loading' && forget(tabId));
  void action.setBadgeBackgroundColor({ color: BADGE_COLOURS.background });
  // Set, not left to the browser: Chrome picks black or white by its own rule, older Firefox always white.
  void action.setBadgeTextColor?.({ color: BADGE_COLOURS.text });

  // The background keeps a replica of the log too, so sync merges and write-backs happen even while the
  // popup is closed, and the streak on the badge stays current.
  const store = new LogStore();
  store.subscribe(() => void refreshStreak(store));
  void store.load();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'prefs' in changes) void refreshStreak(store);
  });
  wireReminders(browser, () => store.entries.findLast((e) => !e.deleted)?.date ?? null, async () => (await loadPrefs()).dayStartHour);
});

async function refreshStreak(store: LogStore): Promise<void> {
  const prefs = await loadPrefs();
  const input = validatePlanInput(prefs.raw, prefs.units);
  const targets = weeklyTargets(input.ok ? input.value : { sessions: 3 });
  const today = dayOf(new Date(), Intl.DateTimeFormat().resolvedOptions().timeZone, prefs.dayStartHour);
  // Weeks start on the UI language's first day, as the popup counts them (lib/i18n/format).
  streakWeeks = goodWeeksInARow(toDays(store.entries), targets, today, weekStartDay(formatLocale(browser.i18n.getUILanguage())));
  await action.setBadgeText({ text: badgeText(0, streakWeeks) });
  for (const tabId of claimsByTab.keys()) await paintTab(tabId);
}

function paintTab(tabId: number): Promise<void> {
  return action.setBadgeText({ tabId, text: badgeText(claimsByTab.get(tabId), streakWeeks) }).catch(() => undefined);
}

/**
 * Injects the card UI into the content script's isolated world of the frame that asked, so the UI loads
 * only on pages with claims and no web-accessible resource exists for a page to probe.
 */
async function injectOverlay(tabId: number, frameId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files: ['/overlay.js'] }).catch(() => undefined);
}

async function openPlanner(): Promise<void> {
  await browser.storage.local.set({ [OPEN_TAB_KEY]: 'plan' });
  try {
    await action.openPopup();
  } catch {
    // openPopup needs a focused window and a recent browser; a tab with the popup page always works.
    await browser.tabs.create({ url: browser.runtime.getURL('/popup.html#plan') });
  }
}
