import { expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { isActiveOn, loadSettings, parseSettings, saveSettings, siteKey, withSite } from '../../lib/store/settings';
import { badgeText, isSettingsChanged, parseMessage, parsePageSetup, SETTINGS_CHANGED } from '../../lib/messages';
import { SiteSettings, startSiteSettings } from '../../components/SiteSettings';

test('garbage in storage reads as defaults, field by field, and the raw value stays', async () => {
  for (const raw of [null, 42, 'x', [], { enabled: 'yes', disabledSites: [1, null, 'WWW.Example.com', 'a'.repeat(300)] }]) {
    const s = parseSettings(raw);
    expect(typeof s.enabled).toBe('boolean');
    expect(s.disabledSites.every((x) => typeof x === 'string' && x.length < 256)).toBe(true);
  }
  expect(parseSettings({ enabled: false, disabledSites: ['WWW.Example.com'] })).toEqual({ enabled: false, disabledSites: ['example.com'] });

  await fakeBrowser.storage.sync.set({ settings: '{{corrupt' });
  expect(await loadSettings()).toEqual({ enabled: true, disabledSites: [] });
  expect((await fakeBrowser.storage.sync.get('settings')).settings).toBe('{{corrupt');
});

test('a site can be turned off and on again, and the global switch wins', async () => {
  const off = withSite(parseSettings({}), 'www.Blog.example', true);
  expect(isActiveOn(off, 'blog.example')).toBe(false);
  expect(isActiveOn(off, 'other.example')).toBe(true);
  expect(isActiveOn(withSite(off, 'blog.example', false), 'blog.example')).toBe(true);
  expect(isActiveOn({ ...off, enabled: false }, 'other.example')).toBe(false);
  expect(siteKey(' WWW.A.B ')).toBe('a.b');
  await saveSettings(off);
  expect((await fakeBrowser.storage.sync.get('settings')).settings).toEqual({ enabled: true, disabledSites: ['blog.example'] });
});

test('messages: only exact shapes pass', () => {
  expect(parseMessage({ type: 'claims', count: 3 })).toEqual({ type: 'claims', count: 3 });
  expect(parseMessage({ type: 'open-planner', extra: 1 })).toEqual({ type: 'open-planner' });
  for (const bad of [null, 'claims', { type: 'claims', count: -1 }, { type: 'claims', count: 1.5 }, { type: 'claims', count: '3' }, { type: 'eval' }]) {
    expect(parseMessage(bad)).toBeNull();
  }
  expect(badgeText(3, 5)).toBe('3');
  expect(badgeText(0, 5)).toBe('5w');
  expect(badgeText(250, 0)).toBe('99+');
  expect(badgeText(0, 0)).toBe('');
});

test('options: a disabled site is listed and can be turned back on', async () => {
  await saveSettings({ enabled: true, disabledSites: ['blog.example'] });
  const stop = await startSiteSettings();
  const root = document.createElement('div');
  document.body.append(root);
  render(<SiteSettings />, root);
  expect(root.textContent).toContain('blog.example');
  root.querySelector<HTMLButtonElement>('.sites button')!.click();
  await new Promise((r) => setTimeout(r, 0));
  expect(root.textContent).toContain('None yet');
  expect((await loadSettings()).disabledSites).toEqual([]);
  stop();
  render(null, root);
  root.remove();
});

test('options: "Turn back on" takes its button with its row, so focus goes to an Undo, which turns the site off again', async () => {
  // Another site than the test before's: its confirmation, the same words, is still showing.
  await saveSettings({ enabled: true, disabledSites: ['forum.example', 'shop.example'] });
  const stop = await startSiteSettings();
  const root = document.createElement('div');
  document.body.append(root);
  render(<SiteSettings />, root);
  root.querySelector<HTMLButtonElement>('.sites button')!.click();
  const status = root.querySelector('[role="status"]')!;
  await vi.waitFor(() => expect(status.textContent).toBe('Flagging is back on for forum.example. Undo'));
  expect((await loadSettings()).disabledSites).toEqual(['shop.example']);
  expect(document.activeElement?.textContent).toBe('Undo');
  (document.activeElement as HTMLButtonElement).click();
  await vi.waitFor(() => expect(status.textContent).toBe('Flagging is off again for forum.example.'));
  expect((await loadSettings()).disabledSites).toEqual(['forum.example', 'shop.example']);
  expect(root.querySelectorAll('.sites li')).toHaveLength(2);
  // Focus stays by the list, on the message, not back at the page's top.
  expect(document.activeElement).toBe(status);
  stop();
  render(null, root);
  root.remove();
});

test('page messages: settings and dismissals cross only with a page URL and a well-formed claim', () => {
  const url = 'https://blog.example/post?x=1';
  const claim = { myth: 'spot-reduction', sentence: 'Melt back fat in 10 days.' };
  expect(parseMessage({ type: 'page-setup', url })).toEqual({ type: 'page-setup', url });
  expect(parseMessage({ type: 'judge', text: 'a', url })).toEqual({ type: 'judge', text: 'a', url });
  expect(parseMessage({ type: 'dismissal', url, claim: { ...claim, extra: 1 }, dismissed: true })).toEqual({ type: 'dismissal', url, claim, dismissed: true });
  expect(parseMessage({ type: 'site', url, off: false })).toEqual({ type: 'site', url, off: false });
  expect(parseMessage({ type: 'flagging-off' })).toEqual({ type: 'flagging-off' });
  for (const bad of [
    { type: 'judge', text: 'a' },
    { type: 'page-setup', url: 'javascript:alert(1)' },
    { type: 'page-setup', url: `https://${'a'.repeat(9000)}` },
    { type: 'dismissal', url, claim, dismissed: 'yes' },
    { type: 'dismissal', url, claim: { myth: '<b>', sentence: 'x' }, dismissed: true },
    { type: 'dismissal', url, claim: { myth: 'rapid-fix', sentence: '' }, dismissed: true },
    { type: 'dismissal', url, claim: { myth: 'rapid-fix', sentence: 'x'.repeat(2001) }, dismissed: true },
    { type: 'site', url, off: 1 },
  ]) {
    expect(parseMessage(bad)).toBeNull();
  }
  // A background that could not answer leaves flagging on, as default settings do.
  expect(parsePageSetup(undefined)).toEqual({ active: true });
  expect(parsePageSetup({ active: false })).toEqual({ active: false });
  expect(isSettingsChanged(SETTINGS_CHANGED)).toBe(true);
  expect(isSettingsChanged({ type: 'claims' })).toBe(false);
});
