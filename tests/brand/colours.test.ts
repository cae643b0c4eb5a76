import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BADGE_COLOURS } from '../../lib/badge-colours';
import { contrastRatio } from '../../lib/contrast';

/** Toolbar colours (where the button sits) of the default light and dark themes of Chrome and Firefox. */
const TOOLBARS = {
  'Chrome light': '#ffffff',
  'Firefox light': '#f9f9fb',
  'Chrome dark': '#35363a',
  'Chrome dark (older)': '#3c3c3c',
  'Firefox dark': '#2b2a33',
};

const svg = readFileSync(join(import.meta.dirname, '../../assets/icon.svg'), 'utf8');
const tile = /<rect[^>]*fill="(#[0-9a-f]{6})"/i.exec(svg)?.[1] ?? '';
const strokes = [...svg.matchAll(/stroke="(#[0-9a-f]{6})"/gi)].map((m) => m[1]!);

describe('toolbar icon (assets/icon.svg)', () => {
  test('has one tile colour and white strokes', () => {
    expect(tile).toMatch(/^#/);
    expect(strokes.length).toBeGreaterThan(0);
  });
  test.each(Object.entries(TOOLBARS))('the tile stands out on the %s toolbar (3:1 for graphics)', (_, toolbar) => {
    expect(contrastRatio(tile, toolbar)).toBeGreaterThanOrEqual(3);
  });
  test('the lens stands out on the tile (3:1)', () => {
    for (const s of strokes) expect(contrastRatio(s, tile)).toBeGreaterThanOrEqual(3);
  });
});

describe('toolbar badge', () => {
  test('its text is readable on its background (4.5:1)', () => {
    expect(contrastRatio(BADGE_COLOURS.text, BADGE_COLOURS.background)).toBeGreaterThanOrEqual(4.5);
  });
});

test('contrastRatio: black on white is 21, a colour on itself 1, bad input a clear error', () => {
  expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21);
  expect(contrastRatio('#1f9a70', '#1f9a70')).toBe(1);
  expect(() => contrastRatio('green', '#fff')).toThrow(/#rrggbb/);
});
