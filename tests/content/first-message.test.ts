import { afterEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '../../entrypoints/content/index';
import { ContentScriptContext } from '../../entrypoints/content/context';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import type { Message } from '../../lib/messages';

let ctx: ContentScriptContext | null = null;

afterEach(() => {
  ctx?.notifyInvalidated();
  document.body.innerHTML = '';
});

/** Runs the content script on a page of `html`, the background answering 'page-setup' with `active`; returns what it sent. */
async function sentOn(html: string, active: boolean): Promise<Message['type'][]> {
  document.body.innerHTML = html;
  const sent: Message['type'][] = [];
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw) => {
    const m = raw as Message;
    sent.push(m.type);
    return m.type === 'page-setup' ? { active } : undefined;
  });
  ctx = new ContentScriptContext('content');
  // wxt.config.ts aliases WXT's context to ours in the build; type-checking still sees WXT's.
  await contentScript.main(ctx as unknown as WxtContext);
  // Long enough for the first scan's turns (setTimeout 0 each in happy-dom) and the reply.
  await new Promise((ok) => setTimeout(ok, 200));
  return sent;
}

test('a page without a fitness word sends the background no message at all', async () => {
  expect(await sentOn('<p>Preheat the oven and fold the butter into the flour.</p>', true)).toEqual([]);
});

test('a page with fitness words on a site turned off asks once and sends none of its text', async () => {
  expect(await sentOn('<p>These five moves melt back fat and smooth your bra-line fast!</p>', false)).toEqual(['page-setup']);
});

test('a page with fitness words where flagging is on asks, then has its text judged', async () => {
  expect((await sentOn('<p>These five moves melt back fat and smooth your bra-line fast!</p>', true)).slice(0, 2)).toEqual(['page-setup', 'judge']);
});
