import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_CSS, OVERLAY_CSS } from '../../components/card/styles';
import { FlagOverlay } from '../../components/overlay/FlagOverlay';
import { loadNumbersReader } from '../../components/numbers/store';
import { announcement, flagged, openCard, panelOpen } from '../../components/overlay/store';
import { parseJudgeReply, type Message } from '../../lib/messages';
import { claimKey } from '../../lib/page-claims';
import { isActiveOn, loadSettings, saveSettings, watchSettings, withSite } from '../../lib/store/settings';
import { paint, unpaint } from './marks';
import { scan, spotsFor, type PageClaim } from './scanner';

/**
 * The overlay host is a zero-size box at the document's origin, so claim positions are plain offsets from it.
 * Important :host rules inside the shadow root win over any page rule, `* { all: unset !important }` included,
 * and come after WXT's own `all: initial` reset.
 */
const HOST_CSS =
  ':host{position:absolute!important;top:0!important;left:0!important;width:0!important;height:0!important;' +
  'overflow:visible!important;z-index:2147483647!important;display:block!important;margin:0!important;padding:0!important}';

/** Rescans of changed text run at most this often, however fast the page mutates. */
const MIN_GAP_MS = 500;
/** Past this many changed roots in one batch, one full rescan is cheaper than many small ones. */
const MAX_ROOTS = 500;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadSettings();
    if (!isActiveOn(settings, location.hostname)) return;
    new PageFlagger(ctx).start();
  },
});

const send = (m: Message) => browser.runtime.sendMessage(m).catch(() => undefined);

/** How long the background gets to answer before the text is sent again (it may have been stopped). */
const JUDGE_TIMEOUT_MS = 10_000;
const JUDGE_TRIES = 3;

/**
 * Has the background judge `text`. A Manifest V3 service worker can be stopped at any moment, dropping the
 * reply: a failed or silent attempt is sent again (the message wakes a stopped worker).
 */
async function judge(text: string): Promise<import('../../lib/detect/types').Claim[]> {
  for (let i = 0; i < JUDGE_TRIES; i++) {
    let timer = 0;
    const timeout = new Promise<undefined>((ok) => (timer = window.setTimeout(ok, JUDGE_TIMEOUT_MS)));
    const reply = await Promise.race([browser.runtime.sendMessage({ type: 'judge', text } satisfies Message).catch(() => undefined), timeout]);
    clearTimeout(timer);
    const parsed = parseJudgeReply(reply, text.length);
    if (parsed) return parsed.claims;
  }
  return [];
}
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Owns one page's claims, marks, overlay and observer. */
class PageFlagger {
  private found: PageClaim[] = [];
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private observer: MutationObserver | null = null;
  /** Changed roots waiting for a rescan; a root carries where to resume when its last batch ran out of budget. */
  private pending = new Map<Node, Text | undefined>();
  private busy = false;
  private timer = 0;
  private lastRun = 0;
  private href = location.href;
  private stopWatching: (() => void) | null = null;

  constructor(private ctx: ContentScriptContext) {}

  start(): void {
    this.pending.set(document.body, undefined);
    this.href = '';
    this.rescan();
    // Pages load content late and single-page apps navigate without reloading: watch text changes, but do
    // the work in idle time, batched, and only on what changed.
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => this.stop());
  }

  private collect(records: MutationRecord[]): void {
    const host = this.ui?.shadowHost;
    for (const r of records) {
      if (host && (r.target === host || host.contains(r.target))) continue;
      if (r.type === 'characterData') this.pending.set(r.target, undefined);
      else for (const n of r.addedNodes) if (n !== host) this.pending.set(n, undefined);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.pending.size && !this.timer && !this.busy && this.observer) {
      const wait = Math.max(0, MIN_GAP_MS - (performance.now() - this.lastRun));
      this.timer = window.setTimeout(() => requestIdleCallback(() => this.rescan(), { timeout: 1000 }), wait);
    }
  }

  /** One batch at a time: changes that arrive while the background judges wait for the next batch. */
  private rescan(): void {
    this.timer = 0;
    this.lastRun = performance.now();
    this.busy = true;
    void this.rescanBatch().finally(() => {
      this.busy = false;
      this.schedule();
    });
  }

  private async rescanBatch(): Promise<void> {
    const roots = [...this.pending];
    this.pending.clear();
    const host = this.ui?.shadowHost ?? null;
    if (location.href !== this.href || roots.length > MAX_ROOTS) {
      this.href = location.href;
      const { found, resumeAfter } = await scan(document.body, host, judge);
      if (resumeAfter) this.pending.set(document.body, resumeAfter);
      if (this.observer) this.replace(found);
      return;
    }
    const found: PageClaim[] = [];
    for (const [root, after] of roots) {
      // A changed text node is judged with its paragraph, so the sentence around it is whole.
      const scope = root.nodeType === Node.TEXT_NODE ? root.parentElement : root;
      if (!scope?.isConnected) continue;
      const batch = await scan(scope, host, judge, after);
      if (batch.resumeAfter) this.pending.set(scope, batch.resumeAfter);
      found.push(...batch.found);
    }
    if (this.observer) this.add(found);
  }

  private add(found: readonly PageClaim[]): void {
    const known = new Set(this.found.map((f) => claimKey(f.claim)));
    const added: PageClaim[] = [];
    for (const f of found) {
      if (known.has(claimKey(f.claim))) continue;
      known.add(claimKey(f.claim));
      added.push(f);
    }
    if (added.length) this.replace([...this.found.filter((f) => f.range.startContainer.isConnected), ...added]);
  }

  private replace(found: PageClaim[]): void {
    this.found = found;
    // Where marks must wrap text (no Highlight API), painting mutates the page: keep the page's own
    // queued changes, drop ours, so marking never triggers a rescan.
    const queued = this.observer?.takeRecords() ?? [];
    unpaint();
    if (found.length) paint(found.map((f) => f.range));
    this.observer?.takeRecords();
    if (queued.length) this.collect(queued);
    void send({ type: 'claims', count: found.length });
    if (found.length) void this.showOverlay();
    else this.hideOverlay();
  }

  private async showOverlay(): Promise<void> {
    if (!this.ui) {
      this.ui = await createShadowRootUi(this.ctx, {
        name: 'reality-check-overlay',
        position: 'inline',
        anchor: 'body',
        append: 'last',
        css: CARD_CSS + OVERLAY_CSS + HOST_CSS,
        isolateEvents: ['keydown', 'keyup', 'keypress'],
        onMount: (container) => {
          container.classList.add('rc-root');
          void loadNumbersReader();
          render(<FlagOverlay actions={this.actions} />, container);
        },
        onRemove: () => {
          if (this.ui) render(null, this.ui.uiContainer);
        },
      });
      this.ui.mount();
      addEventListener('resize', this.place, { passive: true });
      this.stopWatching = watchSettings((s) => {
        if (!isActiveOn(s, location.hostname)) this.stop();
      });
    }
    this.place();
    const n = this.found.length;
    announcement.value = `Reality Check flagged ${n} ${n === 1 ? 'claim' : 'claims'} on this page. The list is at the bottom right.`;
  }

  private place = (): void => {
    if (this.ui) flagged.value = spotsFor(this.found, this.ui.shadowHost);
  };

  private hideOverlay(): void {
    flagged.value = [];
    openCard.value = null;
    panelOpen.value = false;
    removeEventListener('resize', this.place);
    this.stopWatching?.();
    this.stopWatching = null;
    this.ui?.remove();
    this.ui = null;
  }

  private stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.found = [];
    unpaint();
    this.hideOverlay();
    void send({ type: 'claims', count: 0 });
  }

  private actions = {
    reveal: (index: number) => {
      const f = this.found[index];
      f?.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      this.place();
    },
    openPlanner: () => void send({ type: 'open-planner' }),
    disableSite: async () => {
      await saveSettings(withSite(await loadSettings(), location.hostname, true));
      this.stop();
    },
    disableEverywhere: async () => {
      await saveSettings({ ...(await loadSettings()), enabled: false });
      this.stop();
    },
  };
}
