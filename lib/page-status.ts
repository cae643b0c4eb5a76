/** What the toolbar popup says about the page the user is on, decided from the background's count and the site settings. */
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

export function pageStateText(s: PageState): string {
  switch (s.kind) {
    case 'unknown':
      // Nothing reported: a page without fitness text, or one extensions cannot read.
      return 'No myth claims found on this page.';
    case 'off-everywhere':
      return 'Flagging is off everywhere.';
    case 'off-site':
      return 'Flagging is off on this site.';
    case 'claims':
      return `${s.count} ${s.count === 1 ? 'claim' : 'claims'} flagged on this page.`;
    case 'none':
      return 'No myth claims found on this page.';
  }
}
