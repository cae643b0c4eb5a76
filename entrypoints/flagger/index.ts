// wxt.config.ts aliases WXT's context to ours (../content/context.ts), as in the first script's own wrapper.
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import { PageFlagger } from '../content/page-flagger';

const STARTED = '__realityCheckFlagger';
type Shared = { [STARTED]?: true };

/**
 * The page's flagger (the walk, the judge messages, the marks, the card UI's loader), injected by the
 * background (scripting.executeScript) into the first script's isolated world once the page's text passed
 * the vocabulary gate and flagging is on there: an off-topic page never evaluates it. Its global lives in
 * that world, which the page cannot see.
 */
export default defineUnlistedScript(() => {
  const shared = globalThis as Shared;
  if (shared[STARTED]) return;
  shared[STARTED] = true;
  new PageFlagger(new ContentScriptContext('flagger')).start(true);
});
