import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '../../entrypoints/content/index';
import flaggerScript from '../../entrypoints/flagger/index';
import { ContentScriptContext } from '../../entrypoints/content/context';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import type { Message } from '../../lib/messages';

const FITNESS = '<p>These five moves melt back fat and smooth your bra-line fast!</p>';
const OFF_TOPIC = '<p>Preheat the oven and fold the butter into the flour.</p>';

// happy-dom has no requestIdleCallback; the batches of changed text wait for it. (vi.stubGlobal would be
// undone with WXT's own stubs of `browser` and `chrome`.)
globalThis.requestIdleCallback ??= (run: IdleRequestCallback) => setTimeout(run, 0);

let ctx: ContentScriptContext | null = null;
let sent: Message[] = [];
/** What the background answers, by message type (a function of the message's index among its kind). */
let answers: Partial<Record<Message['type'], (n: number) => unknown>> = {};

beforeEach(() => {
  sent = [];
  answers = {};
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw) => {
    const m = raw as Message;
    sent.push(m);
    return answers[m.type]?.(sent.filter((s) => s.type === m.type).length - 1);
  });
});

afterEach(() => {
  ctx?.notifyInvalidated();
  document.body.innerHTML = '';
  delete (globalThis as { __realityCheckFlagger?: true }).__realityCheckFlagger;
});

const settle = (ms = 200) => new Promise((ok) => setTimeout(ok, ms));
/** Waits for what the scripts are to send: the batches' 500 ms gap, then idle time, take longer on a busy machine. */
const sends = (want: Message['type'][]) => vi.waitFor(() => expect(types()).toEqual(want), { timeout: 10_000 });
const types = () => sent.map((m) => m.type);

/** Runs the first script on a page of `html`, the background answering 'flag-page' with `active`. */
async function firstScript(html: string, active = true): Promise<void> {
  document.body.innerHTML = html;
  answers['flag-page'] ??= () => ({ active });
  ctx = new ContentScriptContext('content');
  // wxt.config.ts aliases WXT's context to ours in the build; type-checking still sees WXT's.
  await contentScript.main(ctx as unknown as WxtContext);
  await settle();
}

test('a page without a fitness word sends the background no message at all, and changes to it none either', async () => {
  await firstScript(OFF_TOPIC);
  document.body.insertAdjacentHTML('beforeend', '<p>Then bake it for forty minutes.</p>');
  await settle(700);
  expect(sent).toEqual([]);
});

test('a page with fitness words asks the background to start the flagger once, with none of its text', async () => {
  await firstScript(FITNESS);
  await sends(['flag-page']);
  expect(sent).toEqual([{ type: 'flag-page', url: location.href }]);
});

test('an off-topic page whose article arrives later asks for the flagger once the new text passes the gate, then stops watching', async () => {
  await firstScript(OFF_TOPIC);
  const article = document.createElement('article');
  document.body.append(article);
  article.innerHTML = FITNESS;
  await sends(['flag-page']);
  document.body.insertAdjacentHTML('beforeend', FITNESS);
  await settle(700);
  expect(types()).toEqual(['flag-page']);
});

test('a reply lost to a stopped service worker is asked again; a site turned off gets no flagger and is watched no more', async () => {
  answers['flag-page'] = (n) => (n === 0 ? undefined : { active: false });
  await firstScript(OFF_TOPIC);
  document.body.insertAdjacentHTML('beforeend', FITNESS);
  await sends(['flag-page', 'flag-page']);
  document.body.insertAdjacentHTML('beforeend', FITNESS);
  await settle(700);
  expect(types()).toEqual(['flag-page', 'flag-page']);
});

test('the injected flagger has the text judged at once (the background started it where flagging is on), and starts once', async () => {
  answers.judge = () => ({ myths: [], claims: [] });
  document.body.innerHTML = FITNESS;
  flaggerScript.main();
  flaggerScript.main();
  await vi.waitFor(() => expect(types()).toContain('judge'), { timeout: 10_000 });
  expect(types().filter((t) => t === 'judge' || t === 'page-setup')).toEqual(['judge']);
  expect(sent[0]).toMatchObject({ type: 'judge', text: expect.stringContaining('melt back fat') });
});

test('the first script reads the page only in idle time, after the page had its turn, not while it may not be laid out yet', async () => {
  const idle: IdleRequestCallback[] = [];
  const rIC = globalThis.requestIdleCallback;
  globalThis.requestIdleCallback = (run: IdleRequestCallback) => idle.push(run);
  try {
    document.body.innerHTML = FITNESS;
    answers['flag-page'] = () => ({ active: true });
    ctx = new ContentScriptContext('content');
    await contentScript.main(ctx as unknown as WxtContext);
    await settle();
    // (The last test's flagger still watches the page and has its new text judged.)
    const asked = () => types().filter((t) => t === 'flag-page');
    expect(asked()).toEqual([]);
    for (const run of idle.splice(0)) run({} as IdleDeadline);
    await vi.waitFor(() => expect(asked()).toEqual(['flag-page']), { timeout: 10_000 });
  } finally {
    globalThis.requestIdleCallback = rIC;
  }
});
