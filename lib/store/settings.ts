import { fallbackProblem } from './fallback';
import { safeItem } from './safe-item';

/** Flagging preferences, synced so "not on this site" follows the user to their other browsers. */
export interface Settings {
  enabled: boolean;
  /** Hostnames where flagging is off, lower-case, without "www.". */
  disabledSites: string[];
}

export const DEFAULT_SETTINGS: Settings = { enabled: true, disabledSites: [] };

/** Chrome's sync quota is 8 kB per item; a few hundred hostnames fit with room to spare. */
const MAX_SITES = 300;

/** Normalises a hostname so www.example.com and EXAMPLE.com count as one site. */
export function siteKey(hostname: string): string {
  return hostname.trim().toLowerCase().replace(/^www\./, '');
}

/** Reads any stored value as Settings: garbage falls back to defaults field by field, never throws. */
export function parseSettings(raw: unknown): Settings {
  if (typeof raw !== 'object' || raw === null) return { ...DEFAULT_SETTINGS, disabledSites: [] };
  const r = raw as Record<string, unknown>;
  const sites = Array.isArray(r.disabledSites)
    ? r.disabledSites.filter((s): s is string => typeof s === 'string' && s.length > 0 && s.length < 256).map(siteKey)
    : [];
  return {
    enabled: typeof r.enabled === 'boolean' ? r.enabled : DEFAULT_SETTINGS.enabled,
    disabledSites: [...new Set(sites)].slice(0, MAX_SITES),
  };
}

export function isActiveOn(settings: Settings, hostname: string): boolean {
  return settings.enabled && !settings.disabledSites.includes(siteKey(hostname));
}

export function withSite(settings: Settings, hostname: string, disabled: boolean): Settings {
  const key = siteKey(hostname);
  const rest = settings.disabledSites.filter((s) => s !== key);
  return { ...settings, disabledSites: disabled ? [...rest, key].slice(-MAX_SITES) : rest };
}

export const settingsProblem = (raw: unknown) =>
  fallbackProblem(
    raw,
    parseSettings(raw),
    { all: 'store.settings.all', some: 'store.settings.some' },
    { enabled: 'store.settings.enabled', disabledSites: 'store.settings.disabledSites' },
  );

const item = safeItem('sync:settings', parseSettings, DEFAULT_SETTINGS, settingsProblem);
export const settingsLoadProblem = item.problem;
export const loadSettings = item.load;
export const saveSettings = item.save;
export const watchSettings = item.watch;
