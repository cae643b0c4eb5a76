import { expect, test } from 'vitest';
import { parseMessage, parseTabStatus } from '../../lib/messages';
import { pageState, pageStateText } from '../../lib/page-status';
import { uiFor } from '../i18n/catalog';

const on = { enabled: true, disabledSites: [] };

test('the popup asks for a tab status in one exact shape, and a malformed answer reads as unknown', () => {
  expect(parseMessage({ type: 'tab-status', tabId: 7 })).toEqual({ type: 'tab-status', tabId: 7 });
  for (const bad of [{ type: 'tab-status' }, { type: 'tab-status', tabId: -1 }, { type: 'tab-status', tabId: '7' }, { type: 'tab-status', tabId: 1.5 }]) {
    expect(parseMessage(bad)).toBeNull();
  }
  expect(parseTabStatus({ host: 'blog.example', claims: 3 })).toEqual({ host: 'blog.example', claims: 3 });
  expect(parseTabStatus({ host: '<b>x</b>', claims: -2 })).toEqual({ host: null, claims: null });
  expect(parseTabStatus(undefined)).toEqual({ host: null, claims: null });
});

test('what the popup says about the page', () => {
  const say = (...a: Parameters<typeof pageState>) => pageStateText(pageState(...a), uiFor('en'));
  expect(say({ host: 'blog.example', claims: 3 }, on, null)).toBe('3 claims flagged on this page.');
  expect(say({ host: 'blog.example', claims: 1 }, on, 'blog.example')).toBe('1 claim flagged on this page.');
  expect(say({ host: 'blog.example', claims: 0 }, on, null)).toBe('No myth claims found on this page.');
  // The browser says the tab shows another site now: the old count is not this page's.
  expect(say({ host: 'blog.example', claims: 4 }, on, 'news.example')).toBe('No myth claims found on this page.');
  expect(say({ host: 'blog.example', claims: 3 }, { enabled: true, disabledSites: ['blog.example'] }, null)).toBe('Flagging is off on this site.');
  expect(say({ host: 'www.blog.example', claims: 3 }, { enabled: true, disabledSites: ['blog.example'] }, null)).toBe('Flagging is off on this site.');
  expect(say({ host: 'blog.example', claims: 3 }, { enabled: false, disabledSites: [] }, null)).toBe('Flagging is off everywhere.');
  expect(pageState({ host: null, claims: null }, on, null).kind).toBe('unknown');
  expect(say({ host: null, claims: null }, on, null)).toBe('No myth claims found on this page.');
});

test('what the popup says about the page, in Spanish: one claim, several claims', () => {
  const es = uiFor('es');
  expect(pageStateText({ kind: 'claims', host: 'blog.example', count: 1 }, es)).toBe('1 afirmación señalada en esta página.');
  expect(pageStateText({ kind: 'claims', host: 'blog.example', count: 3 }, es)).toBe('3 afirmaciones señaladas en esta página.');
  expect(pageStateText({ kind: 'off-site', host: 'blog.example' }, es)).toBe('La detección está desactivada en este sitio.');
});
