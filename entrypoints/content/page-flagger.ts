import { browser } from 'wxt/browser';
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import type { OverlayActions } from '../../components/overlay/FlagOverlay';
import type { Claim } from '../../lib/detect/types';
import { claimKey } from '../../lib/claim-key';
import { isSettingsChanged, parseJudgeReply, parsePageSetup, type Message } from '../../lib/messages';
import { ask } from './ask';
import { MAX_ROOTS, scopeOf, TextChanges, type Roots } from './changes';
import { forget, isNear, markCurrent, onComingNear, paint, unpaint, type MarkedClaim } from './marks';
import { overlayMounter, type Overlay } from './overlay-bridge';
import { scan } from './scanner';
import { yieldToPage } from './yield';

const send = (m: Message) => browser.runtime.sendMessage(m).catch(() => undefined);

/**
 * Whether flagging is on for this page, asked of the background: one message instead of storage reads, so
 * the flagger carries no storage code. Asked when settings change and when the user turns the site back on
 * from the card, not before the first scan: the background starts the flagger only where flagging is on.
 */
const flaggingOn = async () => parsePageSetup(await send({ type: 'page-setup', url: location.href })).active;
const reducedMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

/** Has the background judge `text`, sent again if a stopped service worker dropped the reply. */
const judge = async (text: string): Promise<Claim[]> =>
  (await ask(send, { type: 'judge', text, url: location.href }, (reply) => parseJudgeReply(reply, text))) ?? [];

/** Owns one page's claims, marks, overlay and observer. */
export class PageFlagger {
  private found: MarkedClaim[] = [];
  private ui: Overlay | null = null;
  private loading: Promise<void> | null = null;
  private readonly changes = new TextChanges(
    (roots) => this.rescan(roots),
    (node) => !!this.ui && (node === this.ui.host || this.ui.host.contains(node)),
  );
  private href = '';
  /** Set until the first full scan: the first script's read passed the gate, so that scan need not read again. */
  private gated = false;
  private stopWatching: (() => void) | null = null;
  /** Whether flagging is on here (known when the background started us, else asked once text passes the gate), and the answer once it came. */
  private active: Promise<boolean> | null = null;
  private on: boolean | null = null;
  /** The count the background last heard; null until then. */
  private reported: number | null = null;

  /** Claims the user said are not myths ("This isn't a myth") are left out by the background's judge. */
  constructor(private ctx: ContentScriptContext) {
    ctx.onInvalidated(() => this.stop());
  }

  /**
   * Scans the page and keeps watching its text. `started`: the background started us because the page's
   * text passed the gate and flagging is on here, so neither is asked again.
   */
  start(started = false): void {
    this.changes.watch(document.body);
    this.active = started ? Promise.resolve(true) : null;
    this.gated = started;
    this.on = null;
    this.href = '';
    this.changes.add(document.body, { now: true });
  }

  /** One batch at a time: changes that arrive while the background judges wait for the next batch. */
  private async rescan(roots: Roots): Promise<void> {
    const host = this.ui?.host ?? null;
    if (location.href !== this.href || roots.size > MAX_ROOTS) {
      this.href = location.href;
      const gated = this.gated;
      this.gated = false;
      const { found, resumeAfter } = await scan(document.body, host, judge, { gated, mayRead: this.mayRead });
      if (resumeAfter) this.changes.add(document.body, { after: resumeAfter });
      if (this.changes.watching) this.replace(found);
      return;
    }
    const found: MarkedClaim[] = [];
    for (const [root, after] of roots) {
      const scope = scopeOf(root);
      if (!scope?.isConnected) continue;
      const batch = await scan(scope, host, judge, { after, mayRead: this.mayRead });
      if (!this.changes.watching) return;
      if (batch.resumeAfter) this.changes.add(scope, { after: batch.resumeAfter });
      found.push(...batch.found);
    }
    if (this.changes.watching) this.add(found, new Set(roots.keys()));
  }

  /** Asks whether flagging is on here the first time text passes the gate; stops for good when it is off. */
  private mayRead = async (): Promise<boolean> => {
    this.active ??= flaggingOn();
    this.on = await this.active;
    if (!this.on && this.changes.watching) this.stop();
    return this.on;
  };

  /**
   * Tells the background this page's claim count (the badge, the popup) when it changed. A page that never
   * passed the gate, or where flagging is off, tells nothing: for the popup an unknown count reads as none.
   */
  private report(count: number): void {
    if (!this.on || count === this.reported) return;
    void send({ type: 'claims', count });
    this.reported = count;
  }

  /**
   * Adds a rescan's claims to the page's: only the new ones are painted and only the ones whose text left the
   * page are taken out, so a batch costs what changed, not every claim again. A claim whose text the page
   * rendered again in new nodes is new: its old range is among the gone. `changed`: the batch's changed roots.
   */
  private add(found: readonly MarkedClaim[], changed: ReadonlySet<Node>): void {
    const kept: MarkedClaim[] = [];
    const gone: MarkedClaim[] = [];
    for (const f of this.found) (f.onPage(changed) ? kept : gone).push(f);
    const known = new Set(kept.map((f) => claimKey(f.claim)));
    const added: MarkedClaim[] = [];
    for (const f of found) {
      if (known.has(claimKey(f.claim))) continue;
      known.add(claimKey(f.claim));
      added.push(f);
    }
    if (!added.length && !gone.length) return;
    this.setClaims([...kept, ...added], () => {
      forget(gone);
      void paint(added);
    });
  }

  private replace(found: MarkedClaim[]): void {
    this.setClaims(found, () => {
      unpaint();
      if (found.length) void paint(found);
    });
  }

  /** Makes `found` the page's claims, `mark` bringing the marks in line, then the badge and the overlay. */
  private setClaims(found: MarkedClaim[], mark: () => void): void {
    this.found = found;
    // Where marks must wrap text (no Highlight API), painting mutates the page: marking never triggers a
    // rescan. All marks at once: Chromium prepares every range of a highlight again in each frame that
    // changes it, so a batch per frame cost more.
    this.changes.quietly(mark);
    this.report(found.length);
    // A mounted overlay stays: with no claims it shows only the last confirmation and its Undo, if any.
    if (found.length || this.ui) void this.showOverlay();
    else this.hideOverlay();
  }

  /** Asks the background for the card UI the first time this page has claims, then shows them. */
  private async showOverlay(): Promise<void> {
    this.loading ??= this.loadOverlay();
    await this.loading;
    // Its own task: on a claim-dense page painting the marks and rendering the cards (the first
    // Intl.NumberFormat of a tab alone costs 20 ms) made one 57 ms task together.
    await yieldToPage();
    this.ui?.show(this.found, isNear);
  }

  private async loadOverlay(): Promise<void> {
    if (!overlayMounter()) await send({ type: 'load-ui' });
    const mount = overlayMounter();
    if (!mount || !this.changes.watching) return;
    this.ui = await mount(this.ctx, this.actions);
    addEventListener('resize', this.place, { passive: true });
    onComingNear(() => this.ui?.measureNear());
    // The background says when settings change (the popup or options turned this site off, say).
    const onChange = (raw: unknown, sender: { id?: string; tab?: unknown }) => {
      if (sender.id === browser.runtime.id && !sender.tab && isSettingsChanged(raw)) void this.recheck();
    };
    browser.runtime.onMessage.addListener(onChange);
    this.stopWatching = () => browser.runtime.onMessage.removeListener(onChange);
  }

  private place = (): void => this.ui?.place();

  private async recheck(): Promise<void> {
    if (!(await flaggingOn()) && this.changes.watching) this.stop();
  }

  private hideOverlay(): void {
    removeEventListener('resize', this.place);
    onComingNear(null);
    this.stopWatching?.();
    this.stopWatching = null;
    this.ui?.remove();
    this.ui = null;
    this.loading = null;
    markCurrent(null);
  }

  /** Stops flagging; `keepUndo` leaves the overlay up for the confirmation the user can undo. */
  private stop(keepUndo = false): void {
    this.changes.stop();
    this.found = [];
    unpaint();
    if (keepUndo) this.ui?.show([], isNear);
    else this.hideOverlay();
    this.report(0);
  }

  /** Has the background save a dismissal (or its undoing), then repaints the page without (or with) the claim. */
  private async remember(claim: Claim, dismissed: boolean): Promise<void> {
    const { myth, sentence } = claim;
    await send({ type: 'dismissal', url: location.href, claim: { myth, sentence }, dismissed });
    if (dismissed) return this.replace(this.found.filter((f) => claimKey(f.claim) !== claimKey(claim)));
    // A restored claim had left `found`: a full scan finds it again.
    this.href = '';
    this.changes.add(document.body, { now: true });
  }

  /**
   * What the card's buttons do. Anything that changes settings or opens a tab runs only for the user's own
   * click or key press: the page can script clicks on our buttons, but it cannot make them trusted.
   */
  private actions: OverlayActions = {
    reveal: (index: number) => {
      const f = this.found[index];
      f?.range.startContainer.parentElement?.scrollIntoView({ block: 'center', behavior: reducedMotion() ? 'auto' : 'smooth' });
      this.ui?.place(index);
    },
    openPlanner: () => {
      if (this.ui?.userActing()) void send({ type: 'open-planner' });
    },
    disableSite: async () => {
      if (!this.ui?.userActing()) return;
      // Stopped first, so the settings watcher (which would remove the overlay and its Undo) finds nothing to stop.
      this.stop(true);
      await send({ type: 'site', url: location.href, off: true });
    },
    enableSite: async () => {
      if (!this.ui?.userActing()) return;
      await send({ type: 'site', url: location.href, off: false });
      this.start();
    },
    dismiss: (claim: Claim) => {
      if (this.ui?.userActing()) void this.remember(claim, true);
    },
    restore: (claim: Claim) => {
      if (this.ui?.userActing()) void this.remember(claim, false);
    },
    userActing: () => !!this.ui?.userActing(),
    current: (index: number | null) => markCurrent(index === null ? null : (this.found[index]?.range ?? null)),
    disableEverywhere: async () => {
      if (!this.ui?.userActing()) return;
      await send({ type: 'flagging-off' });
      this.stop();
    },
  };
}
