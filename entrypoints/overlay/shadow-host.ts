/** The overlay's host on the page and what its closed shadow root holds. */
export interface ShadowHost {
  /** The element on the page: no attributes, no children (the page sees only its tag). */
  host: HTMLElement;
  /** Closed: a page script gets null from host.shadowRoot; this is the only reference, kept in the isolated world. */
  shadow: ShadowRoot;
  /** What the UI renders into. */
  container: HTMLElement;
}

/**
 * A `name` element with a closed shadow root holding `css` and one container whose `isolate` events stop at
 * the root, so the page's key handlers never see the reader's typing in the card. What WXT's
 * createShadowRootUi gave the overlay, without the rest of it (anchors, auto-mount, fetched CSS, the
 * html/head/body it built inside the root): 17 kB of overlay.js that every page with claims compiled.
 */
export function createShadowHost(name: string, css: string, isolate: readonly string[]): ShadowHost {
  const host = document.createElement(name);
  const shadow = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = css;
  const container = document.createElement('div');
  for (const type of isolate) container.addEventListener(type, (e) => e.stopPropagation());
  shadow.append(style, container);
  return { host, shadow, container };
}
