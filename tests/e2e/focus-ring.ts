import { expect } from 'vitest';
import type { Locator } from 'playwright-core';
import { contrastRatio } from '../../lib/contrast';

/**
 * Expects the focused, ticked control's ring to stand out 3:1 from both its fill (accent-color) and the
 * page, so focus never hides against the green it surrounds. `label` names the case in a failure.
 */
export async function expectRingStandsOut(control: Locator, label: string): Promise<void> {
  const c = await control.evaluate((el) => {
    // Computed colours as #rrggbb; a transparent root shows the canvas, which the colour scheme sets.
    const hex = (rgb: string) => `#${rgb.match(/\d+/g)!.slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('')}`;
    const root = getComputedStyle(document.documentElement).backgroundColor;
    const dark = matchMedia('(prefers-color-scheme: dark)').matches;
    const s = getComputedStyle(el);
    return {
      ring: hex(s.outlineColor),
      fill: hex(s.accentColor),
      page: /rgba\(.*, 0\)$/.test(root) ? (dark ? '#121212' : '#ffffff') : hex(root),
      visible: el.matches(':focus-visible'),
    };
  });
  expect(c.visible, label).toBe(true);
  expect(contrastRatio(c.ring, c.fill), `${label}: ring ${c.ring} on fill ${c.fill}`).toBeGreaterThanOrEqual(3);
  expect(contrastRatio(c.ring, c.page), `${label}: ring ${c.ring} on page ${c.page}`).toBeGreaterThanOrEqual(3);
}
