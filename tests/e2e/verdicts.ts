/// <reference types="chrome" />
/**
 * Page verdicts of the built extension in Chromium: each labelled page is served on 127.0.0.1 as plain
 * paragraphs (one per line of its text), opened in a tab, and read back as the user sees it: how many
 * claims the content script reported to the background and which sentences the page has marked. The
 * "reported" signal is the popup's own tab-status question, asked from an extension page, so a page the
 * detector leaves alone is known to be done (its count is 0, not yet unknown); a page without a fitness word
 * tells nothing and is read once it has been idle.
 */
import type { Page } from 'playwright-core';
import { hasFitnessVocabulary } from '../../lib/detect/gate';
import { launch, serve } from './harness';

export interface LabelledPage {
  id: string;
  label: 'myth' | 'sound';
  text: string;
}

export interface BrowserVerdict {
  id: string;
  flagged: boolean;
  /** The marked text, one entry per highlighted range. */
  marked: string[];
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A page as a blog would carry it: each non-empty line of the excerpt its own paragraph. */
export function pageHtml(text: string): string {
  const body = text
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => `<p>${escape(line)}</p>`)
    .join('\n');
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>page</title></head><body>\n${body}\n</body></html>`;
}

/** How long one page may take before it counts as a failure of the extension (not of the page). */
const PAGE_TIMEOUT_MS = 20_000;

/**
 * Verdicts for `pages` in one Chromium with the built extension, `tabs` pages at a time; `progress` is
 * called after each page. Throws when a page never reports, which would be a bug in the content script.
 */
export async function browserVerdicts(
  pages: readonly LabelledPage[],
  { tabs = 4, progress }: { tabs?: number; progress?: (done: number) => void } = {},
): Promise<BrowserVerdict[]> {
  const routes = Object.fromEntries(pages.map((p, i) => [`/p/${i}.html`, pageHtml(p.text)]));
  const server = await serve(routes);
  const browser = await launch();
  try {
    const status = await browser.context.newPage();
    await status.goto(`chrome-extension://${browser.extensionId}/popup.html`);
    const out: BrowserVerdict[] = new Array(pages.length);
    let next = 0;
    let done = 0;
    const worker = async () => {
      for (let i = next++; i < pages.length; i = next++) {
        const tab = await browser.context.newPage();
        const url = `${server.url}/p/${i}.html`;
        await tab.goto(url);
        // A page without a fitness word tells the background nothing (no message at all, by design).
        const count = hasFitnessVocabulary(pages[i]!.text) ? await reportedCount(status, url) : await quietCount(status, tab, url);
        const marked = count > 0 ? await markedText(tab) : [];
        out[i] = { id: pages[i]!.id, flagged: count > 0, marked };
        await tab.close();
        progress?.(++done);
      }
    };
    await Promise.all(Array.from({ length: Math.max(1, tabs) }, worker));
    return out;
  } finally {
    await browser.close();
    await server.close();
  }
}

/** What the background knows of the claim count of the tab at `url`, asked the way the popup asks; null for nothing. */
const tabClaims = (status: Page, url: string) =>
  status.evaluate(async (u) => {
    const [tab] = await chrome.tabs.query({ url: u });
    if (tab?.id === undefined) return null;
    const reply = (await chrome.runtime.sendMessage({ type: 'tab-status', tabId: tab.id })) as { claims: number | null } | undefined;
    return reply?.claims ?? null;
  }, url);

/** The claim count the page's content script reported, waiting for it. */
async function reportedCount(status: Page, url: string): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < PAGE_TIMEOUT_MS) {
    const claims = await tabClaims(status, url);
    if (claims !== null) return claims;
    await new Promise((ok) => setTimeout(ok, 50));
  }
  throw new Error(`${url} reported no claim count within ${PAGE_TIMEOUT_MS} ms`);
}

/**
 * The count of a page the vocabulary gate refuses: none, unless it reported one after all. The gate runs in
 * the content script's first task at document_idle, so once the page has been idle it has run.
 */
async function quietCount(status: Page, tab: Page, url: string): Promise<number> {
  await tab.evaluate(() => new Promise((ok) => requestIdleCallback(() => requestAnimationFrame(ok))));
  return (await tabClaims(status, url)) ?? 0;
}

/**
 * The text of every highlighted range once painting has settled (the highlight holds the marks near the
 * viewport, so a long page may show fewer than it reported).
 */
async function markedText(tab: Page): Promise<string[]> {
  const read = () => tab.evaluate(() => [...CSS.highlights.values()].flatMap((h) => [...h].map((r) => r.toString())));
  let last = await read();
  for (let stable = 0, waited = 0; stable < 3 && waited < PAGE_TIMEOUT_MS; waited += 100) {
    await new Promise((ok) => setTimeout(ok, 100));
    const now = await read();
    stable = now.length > 0 && now.length === last.length ? stable + 1 : 0;
    last = now;
  }
  return last;
}
