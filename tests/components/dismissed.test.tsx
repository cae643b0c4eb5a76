import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { DismissedClaims, startDismissedClaims } from '../../components/DismissedClaims';
import { loadDismissals, saveDismissals, withDismissal } from '../../lib/store/dismissals';

const page = 'https://blog.example/post';
const at = Date.UTC(2026, 10, 20);
const flush = () => new Promise((r) => setTimeout(r, 0));

async function mount() {
  const root = document.createElement('div');
  document.body.append(root);
  const stop = await startDismissedClaims();
  render(<DismissedClaims />, root);
  await flush();
  return { root, stop };
}

test('with nothing dismissed, the options page says so plainly', async () => {
  const { root, stop } = await mount();
  expect(root.textContent).toContain('No claims dismissed yet.');
  expect(root.querySelector('button')).toBeNull();
  stop();
});

test('each dismissed claim is listed with its myth and page, and "Flag again" removes it from storage', async () => {
  let list = withDismissal([], page, { myth: 'spot-reduction', sentence: 'These moves melt back fat.' }, at);
  list = withDismissal(list, page, { myth: 'rapid-fix', sentence: 'Abs in 7 days.' }, at + 1);
  await saveDismissals(list);
  const { root, stop } = await mount();
  expect(root.querySelectorAll('li')).toHaveLength(2);
  expect(root.textContent).toContain('These moves melt back fat.');
  expect(root.textContent).toContain(page);
  const again = [...root.querySelectorAll('button')].filter((b) => b.textContent === 'Flag again');
  again[0]!.click();
  await flush();
  expect((await loadDismissals()).map((d) => d.sentence)).toEqual(['Abs in 7 days.']);
  expect(root.querySelectorAll('li')).toHaveLength(1);
  expect(root.querySelector('[role=status]')?.textContent).toContain('flagged again');
  stop();
});

test('"Flag again" takes its button with its row, so focus goes to an Undo, which dismisses the claim again', async () => {
  // Another page than the test before's: its confirmation, the same words, is still showing.
  const thread = 'https://forum.example/thread';
  let list = withDismissal([], thread, { myth: 'spot-reduction', sentence: 'These moves melt back fat.' }, at);
  list = withDismissal(list, thread, { myth: 'rapid-fix', sentence: 'Abs in 7 days.' }, at + 1);
  await saveDismissals(list);
  const { root, stop } = await mount();
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Flag again')!.click();
  const status = root.querySelector('[role=status]')!;
  await vi.waitFor(() => expect(status.textContent).toBe(`That claim is flagged again on ${thread} from its next load. Undo`));
  expect(await loadDismissals()).toHaveLength(1);
  expect(document.activeElement?.textContent).toBe('Undo');
  (document.activeElement as HTMLButtonElement).click();
  await vi.waitFor(() => expect(status.textContent).toBe('That claim is marked as not a myth again.'));
  expect((await loadDismissals()).map((d) => d.sentence).sort()).toEqual(['Abs in 7 days.', 'These moves melt back fat.']);
  expect(root.querySelectorAll('li')).toHaveLength(2);
  expect(document.activeElement).toBe(status);
  stop();
  root.remove();
});

test('the export is the stored list as JSON with readable dates', async () => {
  await saveDismissals(withDismissal([], page, { myth: 'magic-product', sentence: 'This tea melts fat.' }, at));
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
  const { root, stop } = await mount();
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Export'))!.click();
  expect(JSON.parse(await blobs[0]!.text())).toEqual({
    dismissed: [{ page, myth: 'magic-product', sentence: 'This tea melts fat.', at: new Date(at).toISOString() }],
  });
  stop();
  vi.restoreAllMocks();
});

test('garbage in storage shows the valid entries and never throws', async () => {
  await fakeBrowser.storage.local.set({ dismissals: { v: 1, items: [null, { page: 3 }, { page, myth: 'rapid-fix', sentence: 'Abs in 7 days.', at }] } });
  const { root, stop } = await mount();
  expect(root.querySelectorAll('li')).toHaveLength(1);
  stop();
});

test('a stored time no date can hold (a damaged value) is skipped like any unreadable entry: the page and its export still work', async () => {
  const good = { page, myth: 'rapid-fix', sentence: 'Abs in 7 days.', at };
  await fakeBrowser.storage.local.set({ dismissals: { v: 1, items: [{ ...good, sentence: 'Far future.', at: 1e20 }, good] } });
  const blobs: Blob[] = [];
  vi.spyOn(URL, 'createObjectURL').mockImplementation((b) => (blobs.push(b as Blob), 'blob:x'));
  const { root, stop } = await mount();
  expect(root.querySelectorAll('li')).toHaveLength(1);
  expect(root.textContent).not.toContain('Invalid Date');
  [...root.querySelectorAll('button')].find((b) => b.textContent?.startsWith('Export'))!.click();
  expect(JSON.parse(await blobs[0]!.text()).dismissed).toHaveLength(1);
  stop();
  vi.restoreAllMocks();
  root.remove();
});

test('entries that could not be read are not dropped in silence: the page says how many, and stops once the list is saved again', async () => {
  const good = { page, myth: 'rapid-fix', sentence: 'Abs in 7 days.', at };
  const other = { ...good, sentence: 'Flat belly by Friday.' };
  await fakeBrowser.storage.local.set({ dismissals: { v: 1, items: [{ page: 3 }, good, other] } });
  const { root, stop } = await mount();
  expect(root.querySelector('.warning')?.textContent).toBe('1 of the claims you marked as not myths could not be read and is flagged again.');
  [...root.querySelectorAll('button')].find((b) => b.textContent === 'Flag again')!.click();
  await vi.waitFor(() => expect(root.querySelector('.warning')).toBeNull());
  stop();
  root.remove();
});
