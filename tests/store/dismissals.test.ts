import { expect, test } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { uiFor } from '../i18n/catalog';
import {
  DISMISSALS_KEY,
  dismissalsAsJson,
  dismissalsProblem,
  isDismissed,
  loadDismissals,
  pageKey,
  parseDismissals,
  saveDismissals,
  withDismissal,
  withoutDismissal,
  type Dismissal,
} from '../../lib/store/dismissals';

const claim = { myth: 'spot-reduction', sentence: 'These moves melt back fat.' } as const;
const page = 'https://example.com/post';
const at = Date.UTC(2026, 11, 1);

test('a page is its origin and path: query and fragment do not make it another page', () => {
  expect(pageKey('https://example.com/post?utm=1#top')).toBe(page);
  expect(pageKey('not a url')).toBe('not a url');
});

test('a dismissal hides that claim on that page only, and undo brings it back', () => {
  const list = withDismissal([], page, claim, at);
  expect(isDismissed(list, page, claim)).toBe(true);
  expect(isDismissed(list, 'https://example.com/other', claim)).toBe(false);
  expect(isDismissed(list, page, { ...claim, sentence: 'Another sentence.' })).toBe(false);
  // Dismissing twice counts once.
  expect(withDismissal(list, page, claim, at + 1)).toHaveLength(1);
  expect(withoutDismissal(list, page, claim)).toEqual([]);
});

test('garbage in storage reads as the valid entries it holds, never throws', () => {
  const good: Dismissal = { page, myth: 'rapid-fix', sentence: 'Abs in 7 days.', at };
  expect(parseDismissals(undefined)).toEqual([]);
  expect(parseDismissals('nonsense')).toEqual([]);
  const stored = { v: 1, items: [good, { page: 3 }, null, { ...good, myth: 'toString' }, { ...good, at: 'x' }] };
  expect(parseDismissals(stored)).toEqual([good]);
  // And the user is told, in words.
  expect(dismissalsProblem(stored)?.(uiFor('en'))).toBe('4 of the claims you marked as not myths could not be read and are flagged again.');
  expect(dismissalsProblem('nonsense')?.(uiFor('en'))).toMatch(/could not be read, so it starts empty/);
  expect(dismissalsProblem(undefined)).toBeNull();
  expect(dismissalsProblem({ v: 1, items: [good] })).toBeNull();
});

test('the list stays bounded, dropping the oldest first', () => {
  let list: Dismissal[] = [];
  for (let i = 0; i < 520; i++) list = withDismissal(list, page, { myth: 'rapid-fix', sentence: `s${i}` }, at + i);
  expect(list.length).toBe(500);
  expect(isDismissed(list, page, { myth: 'rapid-fix', sentence: 's519' })).toBe(true);
  expect(isDismissed(list, page, { myth: 'rapid-fix', sentence: 's0' })).toBe(false);
});

test('saved locally (never synced) and exported as readable JSON', async () => {
  await saveDismissals(withDismissal([], page, claim, at));
  expect(await loadDismissals()).toHaveLength(1);
  expect(Object.keys(await fakeBrowser.storage.sync.get(null))).toEqual([]);
  expect(DISMISSALS_KEY.startsWith('local:')).toBe(true);
  expect(JSON.parse(dismissalsAsJson(await loadDismissals()))).toEqual({
    dismissed: [{ page, myth: 'spot-reduction', sentence: claim.sentence, at: '2026-12-01T00:00:00.000Z' }],
  });
});
