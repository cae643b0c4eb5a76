import { runtime } from './runtime';

/**
 * Stands in for WXT's ContentScriptContext (wxt.config.ts aliases it here). WXT 0.21's context announces
 * every start to the page, `postMessage({type: '<extension id>:content:wxt:content-script-started'})` plus a
 * document event, and stops itself when any such event arrives: a page could read the extension's id and
 * switch the content script off. This one has the same lifecycle API and says nothing to the page; a
 * reloaded extension's old script notices its dead runtime instead (isValid). It asks the browser's own API,
 * not the polyfill: the first script every page evaluates carries this class.
 */
export class ContentScriptContext {
  private readonly abortController = new AbortController();

  constructor(
    readonly contentScriptName: string,
    readonly options?: Record<string, unknown>,
  ) {}

  get signal(): AbortSignal {
    return this.abortController.signal;
  }

  get isInvalid(): boolean {
    if (runtime()?.id == null) this.notifyInvalidated();
    return this.signal.aborted;
  }

  get isValid(): boolean {
    return !this.isInvalid;
  }

  onInvalidated(cb: () => void): () => void {
    this.signal.addEventListener('abort', cb);
    return () => this.signal.removeEventListener('abort', cb);
  }

  notifyInvalidated(): void {
    this.abortController.abort('Content script context invalidated');
  }
}
