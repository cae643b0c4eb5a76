import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { isPageSetup } from '../../lib/messages';
import { ask } from './ask';
import { MAX_ROOTS, scopeOf, TextChanges, type Roots } from './changes';
import { hasFitnessVocabulary } from '../../lib/detect/gate';
import { gateAhead } from './gate-ahead';
import { passesGate, sampleGate } from './page-gate';
import { sendNative } from './runtime';

/**
 * The first script, which every page evaluates: it tests the page's title and the start of its text with the
 * vocabulary gate (the rest of a long page as the reader nears it), and only a page that passes asks the
 * background for the flagger (./page-flagger.ts, the walk, the marks and the overlay bridge), which is
 * injected into this isolated world. A page without a fitness stem evaluates this, reads at most SAMPLE
 * characters at load and sends nothing; without the polyfill or the flagger it is 2 kB gzip.
 */
export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'], // = host_permissions in wxt.config.ts
  runAt: 'document_idle',
  main(ctx) {
    // Read when the page had its turn: at document_idle a long page may not be laid out yet, and a read that
    // needs layout (innerText did) then did the page's first layout inside our task (the 1 MB bench page:
    // 150-600 ms as one span of ours in some loads, the page's first paint waiting for it); checkVisibility
    // needs style. Idle time comes after the
    // page's pending frame; a callback in idle time is a task of its own, not part of the page's frame.
    requestIdleCallback(() => read(ctx), { timeout: 200 });
  },
});

/**
 * Gates the page's first SAMPLE characters (a whole page's text read at once cost more than all else the
 * first script does: 1 MB, 5 ms of innerText and 4 ms of gate); a page without a fitness stem there is
 * watched for text that has one.
 */
function read(ctx: ContentScriptContext): void {
  const first = hasFitnessVocabulary(document.title) ? { passes: true } : sampleGate(document.body);
  if (first.passes) return flag(ctx);
  const stop = () => {
    ahead?.stop();
    changes.stop();
  };
  const start = () => (stop(), flag(ctx));
  // A long page's rest is gated before the reader gets to it.
  const ahead = first.resumeAfter ? gateAhead(first.resumeAfter, start) : null;
  // Single-page apps often load the article after an empty first page: changed text is gated as it comes
  // (only what changed, in idle time), until some passes.
  const changes = new TextChanges(
    async (roots) => {
      if (anyPasses(roots)) start();
    },
    undefined,
    ahead?.removed,
  );
  changes.watch(document.body);
  ctx.onInvalidated(stop);
}

const anyPasses = (roots: Roots): boolean => {
  if (roots.size > MAX_ROOTS) return passesGate(document.body);
  for (const root of roots.keys()) {
    const scope = scopeOf(root);
    if (scope?.isConnected && passesGate(scope)) return true;
  }
  return false;
};

/**
 * Asks for the flagger unless the extension was reloaded since this script was injected (its runtime is
 * gone: isValid). Asked only here, where text passed: the isolated world's first touch of
 * the runtime API builds its bindings (2-5 ms of the idle task in a Chromium 156 profile), which a page
 * without a fitness stem never needs.
 */
const flag = (ctx: ContentScriptContext): void => void (ctx.isValid && startFlagger());

/**
 * Asks the background to start the flagger here: it injects it where flagging is on for the page (a site
 * turned off is never walked) and answers whether it did. Sent again while no answer comes (a stopped
 * service worker); a flagger injected twice starts once.
 */
const startFlagger = () => ask(sendNative, { type: 'flag-page', url: location.href }, (reply) => (isPageSetup(reply) ? reply : null));
