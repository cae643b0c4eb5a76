/** A new user starts in the locale's units (lb in the US); once anything is saved, the saved choice wins. */
import { expect, test } from 'vitest';
import { defaultUnits } from '../../lib/i18n/format';
import { DEFAULT_PREFS, loadPrefs, savePrefs } from '../../lib/store/prefs';

test('first run in en-US: imperial, the planner example converted; es-ES: metric', async () => {
  const us = await loadPrefs(defaultUnits('en-US'));
  expect(us.units).toBe('imperial');
  expect(us.raw.weight).toBe('158.73');
  expect(us.raw.height).toBe("5'4.96");
  expect(await loadPrefs(defaultUnits('es-ES'))).toEqual(DEFAULT_PREFS);
});

test('after a save, the saved units stay whatever the locale says', async () => {
  await savePrefs({ ...DEFAULT_PREFS, units: 'metric' });
  expect((await loadPrefs('imperial')).units).toBe('metric');
});
