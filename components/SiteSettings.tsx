import { signal } from '@preact/signals';
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
    status.value = `Could not save: ${(e as Error).message}. Your choice applies until the browser restarts.`;
  }
}

/** The global on/off switch and the list of sites where flagging is off. */
export function SiteSettings() {
  const s = settings.value;
  if (!s) return <p>Loading settings…</p>;
  return (
    <section aria-labelledby="flagging-h">
      <h2 id="flagging-h">Flagging on pages</h2>
      <label class="row">
        <input
          type="checkbox"
          checked={s.enabled}
          onChange={(e) =>
            void update({ ...s, enabled: e.currentTarget.checked }, e.currentTarget.checked ? 'Flagging is on.' : 'Flagging is off everywhere.')
          }
        />
        Mark myth claims on the pages I read
      </label>
      <h3>Sites where flagging is off</h3>
      {s.disabledSites.length === 0 ? (
        <p class="empty">None yet. Choose “Not on this site” on a card to add one.</p>
      ) : (
        <ul class="sites">
          {s.disabledSites.map((site) => (
            <li key={site}>
              <span>{site}</span>
              <button type="button" onClick={() => void update(withSite(s, site, false), `Flagging is back on for ${site}.`)}>
                Turn back on
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
