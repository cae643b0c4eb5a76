import type { Message } from '../../lib/messages';

interface Runtime {
  id?: string;
  sendMessage(message: unknown): Promise<unknown>;
}
type ApiGlobals = { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };

/**
 * The browser's own runtime API (Firefox's `browser`, else Chromium's `chrome`, whose Manifest V3 calls return
 * promises too), the way WXT picks it without webextension-polyfill: the first script, which every page
 * evaluates, leaves the polyfill out (9.8 of its 11.8 kB) and only sends messages. Looked up per call, so a
 * reloaded extension's dead API reads as absent.
 */
export function runtime(): Runtime | undefined {
  const g = globalThis as ApiGlobals;
  return (g.browser?.runtime?.id ? g.browser : g.chrome)?.runtime;
}

/** Sends `message` to the background; undefined when it could not be sent or nobody answered. */
export const sendNative = async (message: Message): Promise<unknown> => runtime()?.sendMessage(message);
