import { signal } from '@preact/signals';
import { browser } from 'wxt/browser';
import { parseTabStatus, type Message, type TabStatus } from '../../lib/messages';
import { pageState, pageStateText } from '../../lib/page-status';
import { ui } from '../i18n/ui';
import { DEFAULT_SETTINGS, loadSettings, saveSettings, watchSettings, withSite, type Settings } from '../../lib/store/settings';

/** The active tab's status and the site settings, as the popup's first line shows them. */
const status = signal<TabStatus>({ host: null, claims: null });
const tabHost = signal<string | null>(null);
const settings = signal<Settings>(DEFAULT_SETTINGS);
const changed = signal('');

const hostOf = (url: string | undefined) => {
  try {
    const u = new URL(url ?? '');
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.hostname : null;
  } catch {
    return null;
  }
};

/**
 * Asks the background about the page the popup was opened over (the active tab; `?tab=ID` names another,
 * which is how the popup is tested as a page of its own).
 */
export async function startPageStatus(): Promise<void> {
  settings.value = await loadSettings();
  watchSettings((s) => (settings.value = s));
  const asked = Number(new URLSearchParams(location.search).get('tab'));
  const tab = Number.isInteger(asked) && asked > 0 ? await browser.tabs.get(asked).catch(() => undefined) : (await browser.tabs.query({ active: true, currentWindow: true }))[0];
  if (tab?.id === undefined) return;
  tabHost.value = hostOf(tab.url);
  const ask: Message = { type: 'tab-status', tabId: tab.id };
  status.value = parseTabStatus(await browser.runtime.sendMessage(ask).catch(() => null));
}

async function setSite(host: string, on: boolean): Promise<void> {
  const s = settings.value;
  // Turning a site on when flagging is off everywhere turns flagging on, with this site included.
  const next = { ...withSite(s, host, !on), enabled: on || s.enabled };
  settings.value = next;
  await saveSettings(next);
  changed.value = on ? ui.t('popup.page.on', { host }) : ui.t('popup.page.off', { host });
}

/** "3 claims flagged on this page", "No myth claims found…", "Flagging is off on this site", with the switch. */
export function PageStatus() {
  const s = pageState(status.value, settings.value, tabHost.value);
  const host = s.kind === 'unknown' ? null : s.host;
  const on = s.kind === 'claims' || s.kind === 'none';
  return (
    <section class={`page-status ${s.kind}`} aria-label={ui.t('popup.page.label')}>
      <p>{pageStateText(s, ui)}</p>
      {host && (
        <label class="switch">
          <input type="checkbox" checked={on} onChange={(e) => void setSite(host, e.currentTarget.checked)} />
          {ui.t('popup.page.switch', { host })}
        </label>
      )}
      <p class="sr-only" role="status" aria-live="polite">
        {changed}
      </p>
    </section>
  );
}
