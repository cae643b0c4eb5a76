/** Batches of changed text run at most this often, however fast the page mutates. */
const MIN_GAP_MS = 500;
/** Past this many changed roots in one batch, one look at the whole page is cheaper than many small ones. */
export const MAX_ROOTS = 500;

/** Changed roots waiting for a batch; a root carries where to resume when its last batch ran out of budget. */
export type Roots = Map<Node, Text | undefined>;

/** What a changed root is read as: a text node with its paragraph, so the sentence around it is whole. */
export const scopeOf = (root: Node): Node | null => (root.nodeType === Node.TEXT_NODE ? root.parentElement : root);

/**
 * Watches a page's text: pages load content late and single-page apps navigate without reloading. The work
 * is done in idle time, batched, and only on what changed: `batch` gets the changed roots at most every
 * MIN_GAP_MS, one batch at a time (changes that arrive meanwhile wait for the next).
 */
export class TextChanges {
  private observer: MutationObserver | null = null;
  private pending: Roots = new Map();
  private busy = false;
  private timer = 0;
  private lastRun = 0;

  /**
   * `ignored` says which nodes are our own (the card UI's host and what is under it); `removed` hears, at
   * once, the records of each change that removed nodes.
   */
  constructor(
    private readonly batch: (roots: Roots) => Promise<void>,
    private readonly ignored: (node: Node) => boolean = () => false,
    private readonly removed?: (records: readonly MutationRecord[]) => void,
  ) {}

  get watching(): boolean {
    return this.observer !== null;
  }

  watch(root: Node): void {
    this.observer = new MutationObserver((records) => this.collect(records));
    this.observer.observe(root, { childList: true, subtree: true, characterData: true });
  }

  stop(): void {
    this.observer?.disconnect();
    this.observer = null;
    clearTimeout(this.timer);
    this.timer = 0;
    this.pending.clear();
  }

  /** Queues `root` for a batch: the next one due, or at once with `now` (unless one is in flight). */
  add(root: Node, { after, now = false }: { after?: Text; now?: boolean } = {}): void {
    this.pending.set(root, after);
    if (now) this.run();
    else this.schedule();
  }

  /**
   * Runs `change` without queueing the mutations it makes (where marks must wrap text, painting mutates the
   * page), keeping the page's own queued changes.
   */
  quietly(change: () => void): void {
    const queued = this.observer?.takeRecords() ?? [];
    change();
    this.observer?.takeRecords();
    if (queued.length) this.collect(queued);
  }

  private collect(records: MutationRecord[]): void {
    if (this.removed && records.some((r) => r.removedNodes.length)) this.removed(records);
    for (const r of records) {
      if (this.ignored(r.target)) continue;
      if (r.type === 'characterData') this.pending.set(r.target, undefined);
      else for (const n of r.addedNodes) if (!this.ignored(n)) this.pending.set(n, undefined);
    }
    this.schedule();
  }

  private schedule(): void {
    if (this.pending.size && !this.timer && !this.busy && this.observer) {
      const wait = Math.max(0, MIN_GAP_MS - (performance.now() - this.lastRun));
      this.timer = window.setTimeout(() => requestIdleCallback(() => this.run(), { timeout: 1000 }), wait);
    }
  }

  private run(): void {
    clearTimeout(this.timer);
    this.timer = 0;
    // A batch in flight schedules the next when it ends.
    if (this.busy || !this.observer) return;
    const roots = this.pending;
    this.pending = new Map();
    // Asked again: our own UI's host is appended before the flagger holds it, so its record came in unknown.
    for (const root of roots.keys()) if (this.ignored(root)) roots.delete(root);
    if (!roots.size) return;
    this.lastRun = performance.now();
    this.busy = true;
    void this.batch(roots).finally(() => {
      this.busy = false;
      this.schedule();
    });
  }
}
