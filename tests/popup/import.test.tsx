import { afterEach, beforeEach, expect, test } from 'vitest';
import { flush, mountPopup, unmount } from '../components/popup-mount';
import { entries, logEntry, today, visible } from '../../components/popup/store';
import { exportJson } from '../../lib/log';

let root: HTMLElement;
beforeEach(async () => {
  root = await mountPopup('streak');
});
afterEach(() => unmount(root));

/** Chooses `text` as a file in the Import… input, as the file chooser would. */
async function chooseFile(text: string, name: string) {
  const input = root.querySelector<HTMLInputElement>('.data input[type=file]')!;
  Object.defineProperty(input, 'files', { value: [new File([text], name)], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
  await flush();
}

test('a failed import reads as an error (an alert in the error style) and keeps everything logged', async () => {
  await logEntry('walk', 30, 'min', today.value);
  await logEntry('sleep', 7.5, undefined, today.value);
  await flush();
  const kept = visible.value.map((e) => e.id);
  expect(kept).toHaveLength(2);
  const good = exportJson(entries.value);
  for (const [text, name, said] of [
    [good.slice(0, good.length / 2), 'truncated.json', /Not a Reality Check JSON export/],
    ['\u0000\u0001PNG garbage', 'photo.json', /Not a Reality Check export/],
    ['', 'empty.csv', /The file is empty/],
  ] as const) {
    await chooseFile(text, name);
    const alert = root.querySelector('.data [role=alert]');
    expect(alert?.textContent, name).toMatch(said);
    expect(alert?.textContent, name).toMatch(/Nothing was imported, and your log is just as it was\.$/);
    expect(alert?.classList.contains('error'), name).toBe(true);
    // The error is not also in the polite status, so it is heard once.
    expect(root.querySelector('.data .import-status')?.textContent, name).toBe('');
    expect(visible.value.map((e) => e.id), name).toEqual(kept);
  }
  // A good file afterwards clears the error and reports in the polite status.
  await chooseFile(good, 'backup.json');
  expect(root.querySelector('.data [role=alert]')).toBeNull();
  expect(root.querySelector('.data .import-status')?.textContent).toMatch(/^Imported: 2 entries already there, 0 new/);
  expect(visible.value.map((e) => e.id)).toEqual(kept);
});
