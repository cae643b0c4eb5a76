/** What the toolbar popup says about the page the user is on, decided from the background's count and the site settings. */
import { formatNumber } from './i18n/format';
import type { I18n } from './i18n/translate';
import type { TabStatus } from './messages';
import { isActiveOn, siteKey, type Settings } from './store/settings';

export type PageState =
  | { kind: 'unknown' }
  | { kind: 'off-everywhere'; host: string | null }
  | { kind: 'off-site'; host: string }
  | { kind: 'claims'; host: string; count: number }
  | { kind: 'none'; host: string };

/**
 * `tabHost` is the active tab's host when the browser tells the popup (it may not); a count recorded for
 * another host is an old page's and is not reported.
 */
export function pageState(status: TabStatus, settings: Settings, tabHost: string | null): PageState {
  const host = tabHost ?? status.host;
  if (!settings.enabled) return { kind: 'off-everywhere', host };
  if (!host) return { kind: 'unknown' };
  if (!isActiveOn(settings, host)) return { kind: 'off-site', host };
  const current = status.host === null || tabHost === null || siteKey(status.host) === siteKey(tabHost);
  const count = current ? (status.claims ?? 0) : 0;
  return count > 0 ? { kind: 'claims', host, count } : { kind: 'none', host };
}

export function pageStateText(s: PageState, { t, locale }: I18n): string {
  switch (s.kind) {
    case 'unknown':
      // Nothing reported: a page without fitness text, or one extensions cannot read.
      return t('status.none');
    case 'off-everywhere':
      return t('status.offEverywhere');
    case 'off-site':
      return t('status.offSite');
    case 'claims':
      return t('status.claims', { n: formatNumber(locale, s.count) }, s.count);
    case 'none':
      return t('status.none');
  }
}
