import { afterEach, expect, test, vi } from 'vitest';
import { render } from 'preact';
import { flush, mountPopup, unmount } from '../components/popup-mount';
import { logEntry, prefs, today } from '../../components/popup/store';
import { DismissedClaims, startDismissedClaims } from '../../components/DismissedClaims';
import { DEFAULT_PREFS, savePrefs } from '../../lib/store/prefs';
import { saveDismissals, withDismissal } from '../../lib/store/dismissals';

afterEach(() => vi.useRealTimers());

/** The file names the buttons named `label` download, with the clock at `local` (the machine's zone). */
async function namesAt(root: HTMLElement, label: RegExp, local: Date): Promise<string[]> {
  const names: string[] = [];
  const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(local);
  for (const b of root.querySelectorAll('button')) if (label.test(b.textContent ?? '')) b.click();
  vi.useRealTimers();
  click.mockRestore();
  return names;
}

// Local clock times (any machine zone): 02:00 before a 04:00 day start is still the evening before, and
// 00:30 / 23:30 with a midnight day start are that day, whichever side of UTC the machine is.
const cases = [
  { local: new Date(2026, 11, 8, 2, 0), dayStartHour: 4, day: '2026-12-07' },
  { local: new Date(2026, 11, 8, 0, 30), dayStartHour: 0, day: '2026-12-08' },
  { local: new Date(2026, 11, 7, 23, 30), dayStartHour: 0, day: '2026-12-07' },
];

test('export file names carry the user\'s day (time zone and day start, as the streak counts), not the UTC date', async () => {
  const root = await mountPopup('streak');
  await logEntry('walk', 30, 'min', today.value);
  await flush();
  for (const { local, dayStartHour, day } of cases) {
    prefs.value = { ...DEFAULT_PREFS, dayStartHour };
    await flush();
    expect(await namesAt(root, /^Export/, local), `${local.toString()} start ${dayStartHour}`).toEqual([`reality-check-${day}.json`, `reality-check-${day}.csv`]);
  }
  unmount(root);
});

test('the options page names its dismissed-claims export by the user\'s day too', async () => {
  for (const { local, dayStartHour, day } of cases) {
    await savePrefs({ ...DEFAULT_PREFS, dayStartHour });
    await saveDismissals(withDismissal([], 'https://blog.example/post', { myth: 'spot-reduction', sentence: 'These moves melt back fat.' }, Date.UTC(2026, 10, 20)));
    const root = document.createElement('div');
    document.body.append(root);
    const stop = await startDismissedClaims();
    render(<DismissedClaims />, root);
    await flush();
    expect(await namesAt(root, /^Export/, local), `${local.toString()} start ${dayStartHour}`).toEqual([`reality-check-dismissed-${day}.json`]);
    stop();
    render(null, root);
    root.remove();
  }
});
