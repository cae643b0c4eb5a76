import { signal } from '@preact/signals';
import { ui } from './i18n/ui';
import { loadSettings, saveSettings, watchSettings, withSite, type Settings } from '../lib/store/settings';

/** Settings as the options page shows them; null until loaded. */
const settings = signal<Settings | null>(null);
const status = signal('');

/** Loads settings and follows changes made elsewhere (a card's "Not on this site", another browser). */
export async function startSiteSettings(): Promise<() => void> {
  settings.value = await loadSettings();
  return watchSettings((s) => (settings.value = s));
}

async function update(next: Settings, message: string) {
  settings.value = next;
  try {
    await saveSettings(next);
    status.value = message;
  } catch (e) {
    status.value = ui.t('options.save_failed_session', { error: (e as Error).message });
  }
}

/** The global on/off switch and the list of sites where flagging is off. */
export function SiteSettings() {
  const s = settings.value;
  if (!s) return <p>{ui.t('options.loading_settings')}</p>;
  return (
    <section aria-labelledby="flagging-h">
      <h2 id="flagging-h">{ui.t('options.flagging')}</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={s.enabled}
          onChange={(e) =>
            void update({ ...s, enabled: e.currentTarget.checked }, ui.t(e.currentTarget.checked ? 'options.on' : 'options.off_everywhere'))
          }
        />
        {ui.t('options.enabled')}
      </label>
      <h3>{ui.t('options.sites_off')}</h3>
      {s.disabledSites.length === 0 ? (
        <p class="empty">{ui.t('options.sites_empty')}</p>
      ) : (
        <ul class="sites">
          {s.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void update(withSite(s, site, false), ui.t('options.site_back_on', { site }))}>
                {ui.t('options.turn_back_on')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <p role="status" aria-live="polite" class="status">
        {status}
      </p>
    </section>
  );
}
