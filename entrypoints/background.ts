import { browser } from 'wxt/browser';
import { BADGE_COLOURS } from '../lib/badge-colours';
import { toDays } from '../lib/log';
import { badgeText, MAX_CLAIMS, OPEN_TAB_KEY, parseMessage, SETTINGS_CHANGED, toReply, type JudgeReply, type Message, type PageSetup, type TabStatus } from '../lib/messages';
import { isMythId } from '../lib/myths/cards';
import { claimsToMark } from '../lib/page-claims';
import { validatePlanInput, weeklyTargets } from '../lib/plan';
import { isDismissed, loadDismissals, pageKey, saveDismissals, withDismissal, withoutDismissal } from '../lib/store/dismissals';
import { LogStore } from '../lib/store/logs';
import { loadPrefs } from '../lib/store/prefs';
import { wireReminders } from '../lib/reminders/wire';
import { isActiveOn, loadSettings, saveSettings, watchSettings, withSite } from '../lib/store/settings';
import { browserUi } from '../components/i18n/browser';
import { goodWeeksInARow, localDay } from '../lib/streak';
import { weekStartDay } from '../lib/i18n/format';

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
    // Detection and the page's settings live here, off the page's main thread: the content script only
    // reads text and paints, and carries no detector and no storage code.
    if (message.type === 'judge') return judge(message.text, message.url);
    if (sender.tab && isPageMessage(message)) return forPage(message);
    if (message.type === 'flag-page' && sender.tab?.id !== undefined) return startFlagger(sender.tab.id, sender.frameId ?? 0, message.url);
    if ((message.type === 'load-ui' || message.type === 'load-panel') && sender.tab?.id !== undefined) {
      const files = message.type === 'load-ui' ? (['/overlay.js'] as const) : (['/card.js', '/panel.js'] as const);
      return inject(sender.tab.id, sender.frameId ?? 0, ...files);
    }
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
  // Open pages with the card up stop at once when their site (or flagging) is turned off elsewhere.
  watchSettings(() => void tellPages());
  void action.setBadgeBackgroundColor({ color: BADGE_COLOURS.background });
  // Set, not left to the browser: Chrome picks black or white by its own rule, older Firefox always white.
  void action.setBadgeTextColor?.({ color: BADGE_COLOURS.text });

  // The background keeps a replica of the log too, so sync merges and write-backs happen even while the
  // popup is closed, and the streak on the badge stays current.
  const ui = browserUi();
  // Weeks start on the UI language's first day, as the popup counts them (lib/i18n/format).
  const firstDay = weekStartDay(ui.locale);
  const store = new LogStore();
  store.subscribe(() => void refreshStreak(store, firstDay));
  void store.load();
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'sync' && 'prefs' in changes) void refreshStreak(store, firstDay);
  });
  wireReminders(browser, () => store.entries.findLast((e) => !e.deleted)?.date ?? null, async () => (await loadPrefs()).dayStartHour, ui);
});

/** The claims to mark in a page's text, minus those the user said are not myths on that page. */
async function judge(text: string, url: string): Promise<JudgeReply> {
  const claims = claimsToMark(text);
  if (!claims.length) return toReply([]);
  const dismissed = await loadDismissals();
  const page = pageKey(url);
  // The content script refuses a reply over MAX_CLAIMS: a page with more got no marks at all.
  return toReply(claims.filter((c) => !isDismissed(dismissed, page, c)).slice(0, MAX_CLAIMS));
}

type PageMessage = Extract<Message, { type: 'page-setup' | 'dismissal' | 'site' | 'flagging-off' }>;
const isPageMessage = (m: Message): m is PageMessage => m.type === 'page-setup' || m.type === 'dismissal' || m.type === 'site' || m.type === 'flagging-off';

/** A content script's settings question or change; answered once stored, so the page can act on it. */
async function forPage(m: PageMessage): Promise<PageSetup | null> {
  if (m.type === 'page-setup') return { active: isActiveOn(await loadSettings(), new URL(m.url).hostname) };
  if (m.type === 'site') await saveSettings(withSite(await loadSettings(), new URL(m.url).hostname, m.off));
  else if (m.type === 'flagging-off') await saveSettings({ ...(await loadSettings()), enabled: false });
  else if (isMythId(m.claim.myth)) {
    const list = await loadDismissals();
    const page = pageKey(m.url);
    await saveDismissals(m.dismissed ? withDismissal(list, page, m.claim, Date.now()) : withoutDismissal(list, page, m.claim));
  }
  return null;
}

/** Tells every tab's content scripts that settings changed (a tab without ours just does not answer). */
async function tellPages(): Promise<void> {
  for (const tab of await browser.tabs.query({})) {
    if (tab.id !== undefined) void browser.tabs.sendMessage(tab.id, SETTINGS_CHANGED).catch(() => undefined);
  }
}

async function refreshStreak(store: LogStore, firstDay: number): Promise<void> {
  const prefs = await loadPrefs();
  const input = validatePlanInput(prefs.raw, prefs.units);
  const targets = weeklyTargets(input.ok ? input.value : { sessions: 3 });
  const today = localDay(prefs.dayStartHour);
  streakWeeks = goodWeeksInARow(toDays(store.entries), targets, today, firstDay);
  await action.setBadgeText({ text: badgeText(0, streakWeeks) });
  for (const tabId of claimsByTab.keys()) await paintTab(tabId);
}

function paintTab(tabId: number): Promise<void> {
  return action.setBadgeText({ tabId, text: badgeText(claimsByTab.get(tabId), streakWeeks) }).catch(() => undefined);
}

/**
 * Injects our scripts into the content script's isolated world of the frame that asked, in one call: the
 * flagger only on pages with fitness words, the plain overlay only on pages with claims, the panel and the
 * card's own parts only once the user reaches for that overlay. No web-accessible resource exists for a page
 * to probe.
 */
async function inject(tabId: number, frameId: number, ...files: ('/flagger.js' | '/overlay.js' | '/card.js' | '/panel.js')[]): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId, frameIds: [frameId] }, files }).catch(() => undefined);
}

/** Starts the flagger in a page whose text passed the gate, where flagging is on (a site turned off is never walked). */
async function startFlagger(tabId: number, frameId: number, url: string): Promise<PageSetup> {
  const active = isActiveOn(await loadSettings(), new URL(url).hostname);
  if (active) await inject(tabId, frameId, '/flagger.js');
  return { active };
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
