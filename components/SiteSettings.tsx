import { signal } from '@preact/signals';
import { ui } from './i18n/ui';
import { UndoStatus, type Done } from './UndoStatus';
import { loadSettings, saveSettings, watchSettings, withSite, type Settings } from '../lib/store/settings';

/** Settings as the options page shows them; null until loaded. */
const settings = signal<Settings | null>(null);
const status = signal<Done | null>(null);

/** Loads settings and follows changes made elsewhere (a card's "Not on this site", another browser). */
export async function startSiteSettings(): Promise<() => void> {
  settings.value = await loadSettings();
  return watchSettings((s) => (settings.value = s));
}

async function update(next: Settings, message: string, undo?: () => Promise<void>) {
  settings.value = next;
  try {
    await saveSettings(next);
    status.value = { message, undo };
  } catch (e) {
    status.value = { message: ui.t('options.save_failed_session', { error: (e as Error).message }) };
  }
}

/** Flagging back on for `site`, with an Undo that turns it off there again. */
const backOn = (s: Settings, site: string) =>
  update(withSite(s, site, false), ui.t('options.site_back_on', { site }), () => update(s, ui.t('options.site_off_again', { site })));

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
              <button type="button" onClick={() => void backOn(s, site)}>
                {ui.t('options.turn_back_on')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <UndoStatus done={status} />
    </section>
  );
}
