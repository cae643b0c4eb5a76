import { useLayoutEffect, useRef } from 'preact/hooks';

/**
 * Keeps a sticky bar's height in `--NAME-height` on the root, for popup.css's scroll padding: a control
 * reached with Tab scrolls into view clear of the tabs above (two rows in a phone's window at 200 % text)
 * and of the notice below (155 px there). Measured again whenever `when` changes and the bar resizes.
 */
export function useStickyHeight<T extends HTMLElement>(name: string, when?: unknown) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    const bar = ref.current;
    if (!bar || typeof ResizeObserver === 'undefined') return;
    const watch = new ResizeObserver(() => document.documentElement.style.setProperty(`--${name}-height`, `${bar.offsetHeight}px`));
    watch.observe(bar);
    return () => watch.disconnect();
  }, [when]);
  return ref;
}
