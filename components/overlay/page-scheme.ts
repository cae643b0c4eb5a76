import { relativeLuminance } from '../../lib/contrast';

/** Below this luminance a background reads as dark (mid grey, #767676, is about 0.18). */
const DARK_BELOW = 0.18;

/**
 * Whether the page the card sits on looks light or dark, so the card matches it rather than the OS (a dark
 * card on a white page, or the reverse, glares). The page's own background says most (body, then root);
 * without one the canvas shows, which is light unless the page's color-scheme offers dark and the OS
 * picks it. Two style reads, done once when the card UI mounts.
 */
export function pageScheme(doc: Document): 'light' | 'dark' {
  for (const el of [doc.body, doc.documentElement]) {
    const m = el && /rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)/.exec(getComputedStyle(el).backgroundColor);
    if (m && Number(m[4] ?? 1) > 0.5) return relativeLuminance(Number(m[1]), Number(m[2]), Number(m[3])) < DARK_BELOW ? 'dark' : 'light';
  }
  const offered = getComputedStyle(doc.documentElement).colorScheme;
  const dark = /dark/.test(offered) && (!/light/.test(offered) || matchMedia('(prefers-color-scheme: dark)').matches);
  return dark ? 'dark' : 'light';
}
