import { render } from 'preact';
import { browser } from 'wxt/browser';
import { createShadowRootUi, type ShadowRootContentScriptUi } from 'wxt/utils/content-script-ui/shadow-root';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { CARD_CSS, OVERLAY_CSS } from '../../components/card/styles';
import { FlagOverlay } from '../../components/overlay/FlagOverlay';
import { announcement, flagged, openCard, panelOpen } from '../../components/overlay/store';
import type { Message } from '../../lib/messages';
import { isActiveOn, loadSettings, saveSettings, watchSettings, withSite } from '../../lib/store/settings';
import { paint, unpaint } from './marks';
import { claimKey, scan, spotsFor, type PageClaim } from './scanner';

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
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Owns one page's claims, marks, overlay and observer. */
class PageFlagger {
  private found: PageClaim[] = [];
  private ui: ShadowRootContentScriptUi<void> | null = null;
  private observer: MutationObserver | null = null;
  private pending = new Set<Node>();
  private timer = 0;
  private lastRun = 0;
  private href = location.href;
  private stopWatching: (() => void) | null = null;

  constructor(private ctx: ContentScriptContext) {}

  start(): void {
    const t0 = performance.now();
    this.replace(scan(document.body, null));
    // Timings are visible in DevTools and read by `npm run bench`; they cost microseconds.
    performance.measure('reality-check:scan', { start: t0 });
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
      if (r.type === 'characterData') this.pending.add(r.target);
      else for (const n of r.addedNodes) if (n !== host) this.pending.add(n);
    }
    if (this.pending.size && !this.timer) {
      const wait = Math.max(0, MIN_GAP_MS - (performance.now() - this.lastRun));
      this.timer = window.setTimeout(() => requestIdleCallback(() => this.rescan(), { timeout: 1000 }), wait);
    }
  }

  private rescan(): void {
    this.timer = 0;
    this.lastRun = performance.now();
    this.rescanBatch();
    performance.measure('reality-check:rescan', { start: this.lastRun });
  }

  private rescanBatch(): void {
    const roots = [...this.pending];
    this.pending.clear();
    if (location.href !== this.href || roots.length > MAX_ROOTS) {
      this.href = location.href;
      this.replace(scan(document.body, this.ui?.shadowHost ?? null));
      return;
    }
    const known = new Set(this.found.map((f) => claimKey(f.claim)));
    const added: PageClaim[] = [];
    for (const root of roots) {
      // A changed text node is judged with its paragraph, so the sentence around it is whole.
      const scope = root.nodeType === Node.TEXT_NODE ? root.parentElement : root;
      if (!scope?.isConnected) continue;
      for (const f of scan(scope, this.ui?.shadowHost ?? null)) {
        if (known.has(claimKey(f.claim))) continue;
        known.add(claimKey(f.claim));
        added.push(f);
      }
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
