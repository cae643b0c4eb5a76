import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayActions } from '../../components/overlay/FlagOverlay';
import type { Claim } from '../../lib/detect/types';
import { parseJudgeReply, type Message } from '../../lib/messages';
import { claimKey } from '../../lib/page-claims';
import { isActiveOn, loadSettings, saveSettings, watchSettings, withSite } from '../../lib/store/settings';
import { isDismissed, loadDismissals, pageKey, saveDismissals, withDismissal, withoutDismissal, type Dismissal } from '../../lib/store/dismissals';
import { paint, unpaint } from './marks';
import { overlayMounter, type Overlay } from './overlay-bridge';
import { scan, type PageClaim } from './scanner';

/** Rescans of changed text run at most this often, however fast the page mutates. */
const MIN_GAP_MS = 500;
/** Past this many changed roots in one batch, one full rescan is cheaper than many small ones. */
const MAX_ROOTS = 500;
/** How long the background gets to answer before the text is sent again (it may have been stopped). */
const JUDGE_TIMEOUT_MS = 10_000;
const JUDGE_TRIES = 3;

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'], // = host_permissions in wxt.config.ts
  runAt: 'document_idle',
  async main(ctx) {
    const settings = await loadSettings();
    if (!isActiveOn(settings, location.hostname)) return;
    new PageFlagger(ctx, await loadDismissals()).start();
  },
});

const send = (m: Message) => browser.runtime.sendMessage(m).catch(() => undefined);
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/**
 * Has the background judge `text`. A Manifest V3 service worker can be stopped at any moment, dropping the
 * reply: a failed or silent attempt is sent again (the message wakes a stopped worker).
 */
async function judge(text: string): Promise<Claim[]> {
  for (let i = 0; i < JUDGE_TRIES; i++) {
    let timer = 0;
    const timeout = new Promise<undefined>((ok) => (timer = window.setTimeout(ok, JUDGE_TIMEOUT_MS)));
    const reply = await Promise.race([send({ type: 'judge', text }), timeout]);
    clearTimeout(timer);
    const parsed = parseJudgeReply(reply, text.length);
    if (parsed) return parsed.claims;
  }
  return [];
}

/** Owns one page's claims, marks, overlay and observer. */
class PageFlagger {
  private found: PageClaim[] = [];
  private ui: Overlay | null = null;
  private loading: Promise<void> | null = null;
  private observer: MutationObserver | null = null;
  /** Changed roots waiting for a rescan; a root carries where to resume when its last batch ran out of budget. */
  private pending = new Map<Node, Text | undefined>();
  private busy = false;
  private timer = 0;
  private lastRun = 0;
  private href = '';
  private stopWatching: (() => void) | null = null;

  constructor(
    private ctx: ContentScriptContext,
    /** Claims the user said are not myths ("This isn't a myth"); never marked again. */
    private dismissed: Dismissal[],
  ) {}

  start(): void {
    // Pages load content late and single-page apps navigate without reloading: watch text changes, but do
    // the work in idle time, batched, and only on what changed.
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(document.body, { childList: true, subtree: true, characterData: true });
    this.ctx.onInvalidated(() => this.stop());
    this.pending.set(document.body, undefined);
    this.rescan();
  }

  private collect(records: MutationRecord[]): void {
    const host = this.ui?.host;
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
    const host = this.ui?.host ?? null;
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

  private replace(all: PageClaim[]): void {
    const page = pageKey(location.href);
    const found = all.filter((f) => !isDismissed(this.dismissed, page, f.claim));
    this.found = found;
    // Where marks must wrap text (no Highlight API), painting mutates the page: keep the page's own
    // queued changes, drop ours, so marking never triggers a rescan.
    const queued = this.observer?.takeRecords() ?? [];
    unpaint();
    if (found.length) paint(found.map((f) => f.range));
    this.observer?.takeRecords();
    if (queued.length) this.collect(queued);
    void send({ type: 'claims', count: found.length });
    // A mounted overlay stays: with no claims it shows only the last confirmation and its Undo, if any.
    if (found.length || this.ui) void this.showOverlay();
    else this.hideOverlay();
  }

  /** Asks the background for the card UI the first time this page has claims, then shows them. */
  private async showOverlay(): Promise<void> {
    this.loading ??= this.loadOverlay();
    await this.loading;
    this.ui?.show(this.found);
  }

  private async loadOverlay(): Promise<void> {
    if (!overlayMounter()) await send({ type: 'load-ui' });
    const mount = overlayMounter();
    if (!mount || !this.observer) return;
    this.ui = await mount(this.ctx, this.actions);
    addEventListener('resize', this.place, { passive: true });
    this.stopWatching = watchSettings((s) => {
      if (!isActiveOn(s, location.hostname) && this.observer) this.stop();
    });
  }

  private place = (): void => this.ui?.place();

  private hideOverlay(): void {
    removeEventListener('resize', this.place);
    this.stopWatching?.();
    this.stopWatching = null;
    this.ui?.remove();
    this.ui = null;
    this.loading = null;
  }

  /** Stops flagging; `keepUndo` leaves the overlay up for the confirmation the user can undo. */
  private stop(keepUndo = false): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.found = [];
    unpaint();
    if (keepUndo) this.ui?.show([]);
    else this.hideOverlay();
    void send({ type: 'claims', count: 0 });
  }

  /** Saves the dismissed list and repaints the page with it. */
  private async remember(next: Dismissal[], restored: boolean): Promise<void> {
    this.dismissed = next;
    await saveDismissals(next);
    if (!restored) return this.replace(this.found);
    // A restored claim had left `found`: a full scan finds it again.
    this.pending.set(document.body, undefined);
    this.href = '';
    if (!this.busy) this.rescan();
  }

  /**
   * What the card's buttons do. Anything that changes settings or opens a tab runs only for the user's own
   * click or key press: the page can script clicks on our buttons, but it cannot make them trusted.
   */
  private actions: OverlayActions = {
    reveal: (index: number) => {
      const f = this.found[index];
      f?.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      this.place();
    },
    openPlanner: () => {
      if (this.ui?.userActing()) void send({ type: 'open-planner' });
    },
    disableSite: async () => {
      if (!this.ui?.userActing()) return;
      // Stopped first, so the settings watcher (which would remove the overlay and its Undo) finds nothing to stop.
      this.stop(true);
      await saveSettings(withSite(await loadSettings(), location.hostname, true));
    },
    enableSite: async () => {
      if (!this.ui?.userActing()) return;
      await saveSettings(withSite(await loadSettings(), location.hostname, false));
      this.start();
    },
    dismiss: (claim: Claim) => {
      if (this.ui?.userActing()) void this.remember(withDismissal(this.dismissed, pageKey(location.href), claim, Date.now()), false);
    },
    restore: (claim: Claim) => {
      if (this.ui?.userActing()) void this.remember(withoutDismissal(this.dismissed, pageKey(location.href), claim), true);
    },
    disableEverywhere: async () => {
      if (!this.ui?.userActing()) return;
      await saveSettings({ ...(await loadSettings()), enabled: false });
      this.stop();
    },
  };
}
