import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { render } from 'preact';
import { isActiveOn, loadSettings, parseSettings, saveSettings, siteKey, withSite } from '../../lib/store/settings';
import { badgeText, parseMessage } from '../../lib/messages';
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
  await startSiteSettings();
  const root = document.createElement('div');
  document.body.append(root);
  render(<SiteSettings />, root);
  expect(root.textContent).toContain('blog.example');
  root.querySelector<HTMLButtonElement>('.sites button')!.click();
  await new Promise((r) => setTimeout(r, 0));
  expect(root.textContent).toContain('None yet');
  expect((await loadSettings()).disabledSites).toEqual([]);
});
