import type { MythId } from '../../lib/myths/types';
import { primaryOf } from '../../lib/i18n/lang';

/** What an embed element reads from its attributes, after cleaning. */
export type Theme = 'light' | 'dark' | 'auto';
export type HeadingLevel = 2 | 3 | 4;

export const DEFAULT_MYTH: MythId = 'spot-reduction';

const warned = new Set<string>();
/** One console warning per element, attribute and bad value: a blog's console stays readable. */
function warnOnce(tag: string, attr: string, value: string, message: string) {
  const shown = value.length > 40 ? `${value.slice(0, 40)}…` : value;
  const key = `${tag}|${attr}|${shown}`;
  if (warned.has(key)) return;
  warned.add(key);
  console.warn(`Reality Check: <${tag}> ${attr}="${shown}" ${message}.`);
}

/**
 * Each embed file carries one language. An element asking for another (its own `lang`, else the closest
 * ancestor's or `<html lang>`) is shown in the file's language, with one warning naming the way out.
 */
export function checkLang(tag: string, asked: string | null | undefined, carried: string): void {
  const primary = primaryOf(asked);
  if (primary === '' || primary === carried) return;
  warnOnce(tag, 'lang', primary, `asks for a language this file does not carry (each embed file bundles one; load the one for that language, see the README's "Embed on your blog"); showing "${carried}"`);
}

function pick<T extends string | number>(tag: string, attr: string, raw: unknown, allowed: readonly T[], fallback: T): T {
  if (raw === undefined || raw === null || raw === '') return fallback;
  const value = String(raw).trim().toLowerCase();
  const hit = allowed.find((a) => String(a) === value);
  if (hit !== undefined) return hit;
  warnOnce(tag, attr, String(raw), `is not valid (use ${allowed.join(', ')}); showing "${fallback}"`);
  return fallback;
}

export function readTheme(tag: string, raw: unknown): Theme {
  return pick<Theme>(tag, 'theme', raw, ['light', 'dark', 'auto'], 'auto');
}

export function readHeadingLevel(tag: string, raw: unknown): HeadingLevel {
  return pick<HeadingLevel>(tag, 'heading-level', raw, [2, 3, 4], 2);
}

/** One of the file's myths (the keys of its card table: the cards are the file's language, so no other table is bundled). */
export function readMyth(tag: string, raw: unknown, cards: Record<MythId, unknown>): MythId {
  return pick(tag, 'myth', raw, Object.keys(cards) as MythId[], DEFAULT_MYTH);
}

/** Longest claim text read: a sentence, not an article. */
const MAX_CLAIM = 300;

/** The claim a blogger quotes: whitespace folded, cut to a sentence's length; empty is no claim. Shown as text only. */
export function readClaim(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined;
  // The cut counts UTF-16 units: a lone high surrogate left at the end (half an emoji) shows as a box, so it goes.
  const text = raw.replace(/\s+/g, ' ').trim().slice(0, MAX_CLAIM).replace(/[\uD800-\uDBFF]$/, '');
  return text || undefined;
}

/** A <reality-check-numbers> alone whose claim has no quantities shows nothing, and says why once. */
export function warnNoNumbers(tag: string, claim: string | undefined): void {
  warnOnce(tag, 'claim', claim ?? '', 'has no quantities to work out (an amount lost, days, calories or minutes); showing nothing');
}
