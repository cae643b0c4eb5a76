import { afterEach, beforeEach, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import contentScript from '../../entrypoints/content/index';
import flaggerScript from '../../entrypoints/flagger/index';
import { ContentScriptContext } from '../../entrypoints/content/context';
import type { ContentScriptContext as WxtContext } from 'wxt/utils/content-script-context';
import type { Message } from '../../lib/messages';
import { SAMPLE, SAMPLE_ELEMENTS } from '../../entrypoints/content/page-gate';

const FITNESS = '<p>These five moves melt back fat and smooth your bra-line fast!</p>';
const OFF_TOPIC = '<p>Preheat the oven and fold the butter into the flour.</p>';

// happy-dom has no requestIdleCallback; the batches of changed text wait for it. (vi.stubGlobal would be
// undone with WXT's own stubs of `browser` and `chrome`.)
globalThis.requestIdleCallback ??= (run: IdleRequestCallback) => setTimeout(run, 0);
globalThis.cancelIdleCallback ??= (id: number) => clearTimeout(id);

let ctx: ContentScriptContext | null = null;
let sent: Message[] = [];
/** What the background answers, by message type (a function of the message's index among its kind). */
let answers: Partial<Record<Message['type'], (n: number) => unknown>> = {};

beforeEach(() => {
  sent = [];
  answers = {};
  vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockImplementation(async (raw) => {
    const m = raw as Message;
    sent.push(m);
    return answers[m.type]?.(sent.filter((s) => s.type === m.type).length - 1);
  });
});

afterEach(() => {
  ctx?.notifyInvalidated();
  document.body.innerHTML = '';
  delete (globalThis as { __realityCheckFlagger?: true }).__realityCheckFlagger;
});

const settle = (ms = 200) => new Promise((ok) => setTimeout(ok, ms));
/** Waits for what the scripts are to send: the batches' 500 ms gap, then idle time, take longer on a busy machine. */
const sends = (want: Message['type'][]) => vi.waitFor(() => expect(types()).toEqual(want), { timeout: 10_000 });
const types = () => sent.map((m) => m.type);

/** Runs the first script on a page of `html`, the background answering 'flag-page' with `active`. */
async function firstScript(html: string, active = true): Promise<void> {
  document.body.innerHTML = html;
  answers['flag-page'] ??= () => ({ active });
  ctx = new ContentScriptContext('content');
  // wxt.config.ts aliases WXT's context to ours in the build; type-checking still sees WXT's.
  await contentScript.main(ctx as unknown as WxtContext);
  await settle();
}

test('a page without a fitness word sends the background no message at all, and changes to it none either', async () => {
  await firstScript(OFF_TOPIC);
  document.body.insertAdjacentHTML('beforeend', '<p>Then bake it for forty minutes.</p>');
  await settle(700);
  expect(sent).toEqual([]);
});

test('a page with fitness words asks the background to start the flagger once, with none of its text', async () => {
  await firstScript(FITNESS);
  await sends(['flag-page']);
  expect(sent).toEqual([{ type: 'flag-page', url: location.href }]);
});

test('an off-topic page whose article arrives later asks for the flagger once the new text passes the gate, then stops watching', async () => {
  await firstScript(OFF_TOPIC);
  const article = document.createElement('article');
  document.body.append(article);
  article.innerHTML = FITNESS;
  await sends(['flag-page']);
  document.body.insertAdjacentHTML('beforeend', FITNESS);
  await settle(700);
  expect(types()).toEqual(['flag-page']);
});

test('a reply lost to a stopped service worker is asked again; a site turned off gets no flagger and is watched no more', async () => {
  answers['flag-page'] = (n) => (n === 0 ? undefined : { active: false });
  await firstScript(OFF_TOPIC);
  document.body.insertAdjacentHTML('beforeend', FITNESS);
  await sends(['flag-page', 'flag-page']);
  document.body.insertAdjacentHTML('beforeend', FITNESS);
  await settle(700);
  expect(types()).toEqual(['flag-page', 'flag-page']);
});

/** Paragraphs of off-topic text, `size` characters in all. */
const offTopic = (size: number) => `<p>${OFF_TOPIC.slice(3, -4)}</p>`.repeat(Math.ceil(size / 56));

/**
 * Runs `fn` counting the characters of the page's text it reads: each text node's `data` once however often
 * it is asked, and every innerText or textContent read whole.
 */
async function charactersReadDuring(fn: () => Promise<unknown>): Promise<number> {
  const seen = new Set<Node>();
  let whole = 0;
  const spied: [object, string, PropertyDescriptor][] = [];
  const spy = (proto: object, name: string, count: (node: Node, value: string) => void) => {
    let owner = proto;
    while (!Object.getOwnPropertyDescriptor(owner, name)) owner = Object.getPrototypeOf(owner);
    const original = Object.getOwnPropertyDescriptor(owner, name)!;
    spied.push([owner, name, original]);
    Object.defineProperty(owner, name, {
      ...original,
      get(this: Node) {
        const value = original.get!.call(this) as string;
        count(this, value);
        return value;
      },
    });
  };
  spy(Text.prototype, 'data', (node, value) => void (seen.has(node) || (seen.add(node), (whole += value.length))));
  spy(HTMLElement.prototype, 'innerText', (_, value) => void (whole += value.length));
  spy(HTMLElement.prototype, 'textContent', (_, value) => void (whole += value.length));
  try {
    await fn();
  } finally {
    for (const [owner, name, original] of spied) Object.defineProperty(owner, name, original);
  }
  return whole;
}

test('a 1 MB off-topic page has at most SAMPLE characters of its text read at load (and the node the walk stops at), none of it as one read', async () => {
  const html = offTopic(1_000_000);
  const read = await charactersReadDuring(() => firstScript(html));
  expect(sent).toEqual([]);
  expect(read).toBeGreaterThan(SAMPLE / 2);
  expect(read).toBeLessThanOrEqual(SAMPLE + 60);
});

test("a page without a fitness stem never touches the extension's API (its first touch builds the bindings); a reloaded extension's old script sends nothing", async () => {
  const names = ['browser', 'chrome'] as const;
  const kept = names.map((name) => Object.getOwnPropertyDescriptor(globalThis, name)!);
  let touched = 0;
  names.forEach((name, i) => {
    const value = kept[i]!.get ? kept[i]!.get.call(globalThis) : kept[i]!.value;
    Object.defineProperty(globalThis, name, { configurable: true, get: () => (touched++, value) });
  });
  try {
    await firstScript(offTopic(SAMPLE * 2));
    expect(touched).toBe(0);
  } finally {
    names.forEach((name, i) => Object.defineProperty(globalThis, name, kept[i]!));
  }
  const id = Object.getOwnPropertyDescriptor(fakeBrowser.runtime, 'id');
  Object.defineProperty(fakeBrowser.runtime, 'id', { configurable: true, value: undefined });
  try {
    await firstScript(FITNESS);
    await settle(700);
    expect(sent).toEqual([]);
  } finally {
    if (id) Object.defineProperty(fakeBrowser.runtime, 'id', id);
    else delete (fakeBrowser.runtime as { id?: string }).id;
  }
});

/** An IntersectionObserver the test drives: `near(box)` reports the watched element near (or, with a box, not). */
function fakeObserver() {
  const original = globalThis.IntersectionObserver;
  const watched: { callback: IntersectionObserverCallback; target: Element }[] = [];
  globalThis.IntersectionObserver = class {
    constructor(private readonly callback: IntersectionObserverCallback) {}
    observe(target: Element) {
      watched.push({ callback: this.callback, target });
    }
    disconnect() {
      watched.splice(0, watched.length, ...watched.filter((w) => w.callback !== this.callback));
    }
  } as unknown as typeof IntersectionObserver;
  return {
    watched,
    report(isIntersecting: boolean, size = 10) {
      for (const { callback, target } of [...watched]) {
        const boundingClientRect = { width: size, height: size } as DOMRectReadOnly;
        callback([{ target, isIntersecting, boundingClientRect } as IntersectionObserverEntry], null as unknown as IntersectionObserver);
      }
    },
    restore: () => void (globalThis.IntersectionObserver = original),
  };
}

test("a long page whose fitness text is far down asks for the flagger only once the reader nears where the first sample stopped", async () => {
  const io = fakeObserver();
  try {
    await firstScript(`${offTopic(SAMPLE * 2.5)}${FITNESS}`);
    expect(sent).toEqual([]);
    // The element the sample stopped in is watched, from the page's first screens.
    expect(io.watched).toHaveLength(1);
    expect(io.watched[0]!.target.isConnected).toBe(true);
    io.report(false);
    await settle();
    expect(sent).toEqual([]);
    // Near: the next sample, which still has no stem, is watched where it stops.
    io.report(true);
    await settle();
    expect(sent).toEqual([]);
    expect(io.watched).toHaveLength(1);
    // A part with no box (display:none) is never near: the sample after it is gated at once.
    io.report(false, 0);
    await sends(['flag-page']);
    expect(io.watched).toEqual([]);
  } finally {
    io.restore();
  }
});

test.each<[string, (watched: Element) => void, (watched: Element) => Element]>([
  ['the watched paragraph and the one after it', (p) => (p.nextElementSibling!.remove(), p.remove()), (p) => p.previousElementSibling!],
  [
    'its section, taken out of the page in three steps',
    (p) => [p, p.parentElement!, p.closest('section')!].forEach((el) => el.remove()),
    () => document.getElementById('before')!.lastElementChild!,
  ],
])('a long page that removes where its sample stopped (%s) is watched again where that was, and its far claim still passes', async (_, remove, where) => {
  const io = fakeObserver();
  // Just under SAMPLE characters: the first sample stops inside the section.
  const most = offTopic(SAMPLE * 0.95);
  try {
    await firstScript(`<div id="before">${most}</div><section><div>${most}</div></section><div>${offTopic(SAMPLE * 1.5)}${FITNESS}</div>`);
    const { target } = io.watched[0]!;
    expect(target.closest('section')).not.toBeNull();
    const before = where(target);
    // A single-page app re-rendering, a list recycling its rows: nothing takes the removed nodes' place.
    remove(target);
    await vi.waitFor(() => expect(io.watched.length === 1 && io.watched[0]!.target === before).toBe(true), { timeout: 5000 });
    // Near, and near again: the samples from there on are gated, until one with the claim.
    for (let i = 0; i < 4 && !sent.length; i++) {
      io.report(true);
      await settle();
    }
    await sends(['flag-page']);
  } finally {
    io.restore();
  }
});

test('a textless tree hidden by CSS at the top is walked SAMPLE_ELEMENTS elements at a time, each in its own idle task, and the text after it still passes', async () => {
  const io = fakeObserver();
  try {
    await firstScript(`<div style="display:none">${'<div></div>'.repeat(SAMPLE_ELEMENTS * 1.5)}</div>${FITNESS}`);
    expect(sent).toEqual([]);
    expect(io.watched.map((w) => w.target.parentElement?.style.display)).toEqual(['none']);
    // The element it stopped in has no box: the next sample is gated at once.
    io.report(false, 0);
    await sends(['flag-page']);
  } finally {
    io.restore();
  }
});

test.each<[string, string, Message['type'][]]>([
  ['style and script text', '<style>p{font-weight:bold}</style><script>var weight = 1;</script>' + OFF_TOPIC, []],
  ['a stem only a hidden tab shows', `<div style="display:none">${FITNESS}</div>${OFF_TOPIC}`, []],
  // The element is shown, what it holds is skipped: checkVisibility answers for the element's own box.
  ['a stem right inside a content-visibility: hidden element', `<div style="content-visibility:hidden">${FITNESS.slice(3, -4)}</div>${OFF_TOPIC}`, []],
  ['a stem that starts a block after another', '<h2>Week</h2><p>Workouts for busy people.</p>', ['flag-page']],
  ['a stem shown after a hidden one', `<div style="display:none">${FITNESS}</div>${FITNESS}`, ['flag-page']],
])('the first look gates the shown text: %s', async (_, html, asked) => {
  await firstScript(html);
  if (asked.length) await sends(asked);
  expect(types()).toEqual(asked);
});

test('a page whose title has a fitness stem asks for the flagger whatever its text', async () => {
  const title = document.title;
  document.title = 'Ten moves for toned arms';
  try {
    await firstScript(OFF_TOPIC);
  } finally {
    document.title = title;
  }
  await sends(['flag-page']);
});

// The flagger this starts keeps watching the page: the tests after it hear its judge messages.
test('the injected flagger has the text judged at once (the background started it where flagging is on), and starts once', async () => {
  answers.judge = () => ({ myths: [], claims: [] });
  document.body.innerHTML = FITNESS;
  flaggerScript.main();
  flaggerScript.main();
  await vi.waitFor(() => expect(types()).toContain('judge'), { timeout: 10_000 });
  expect(types().filter((t) => t === 'judge' || t === 'page-setup')).toEqual(['judge']);
  expect(sent[0]).toMatchObject({ type: 'judge', text: expect.stringContaining('melt back fat') });
});

test('the first script reads the page only in idle time, after the page had its turn, not while it may not be laid out yet', async () => {
  const idle: IdleRequestCallback[] = [];
  const rIC = globalThis.requestIdleCallback;
  globalThis.requestIdleCallback = (run: IdleRequestCallback) => idle.push(run);
  try {
    document.body.innerHTML = FITNESS;
    answers['flag-page'] = () => ({ active: true });
    ctx = new ContentScriptContext('content');
    await contentScript.main(ctx as unknown as WxtContext);
    await settle();
    // (The last test's flagger still watches the page and has its new text judged.)
    const asked = () => types().filter((t) => t === 'flag-page');
    expect(asked()).toEqual([]);
    for (const run of idle.splice(0)) run({} as IdleDeadline);
    await vi.waitFor(() => expect(asked()).toEqual(['flag-page']), { timeout: 10_000 });
  } finally {
    globalThis.requestIdleCallback = rIC;
  }
});

