import type { browser as Polyfilled } from 'wxt/browser';

/**
 * The one extension API the content script uses, without webextension-polyfill: Firefox's own `browser`,
 * else Chrome's `chrome`, whose Manifest V3 runtime returns promises itself. The polyfill was half the
 * script every page evaluates (10.5 of 20.7 kB); the background and the card UI keep it.
 */
type Api = { runtime: Pick<typeof Polyfilled.runtime, 'id' | 'sendMessage' | 'onMessage'> };
const scope = globalThis as { browser?: Api; chrome?: Api };
export const runtime: Api['runtime'] = (scope.browser?.runtime?.id ? scope.browser : scope.chrome)!.runtime;
