/**
 * Sentence -> tokens with their offsets, in one pass of one global regex (linear time). Numbers keep
 * their thousands commas and decimals ("1,000", "2.5"); hyphens and currency signs are tokens of their
 * own, so "20-minute" reads as 20, -, minute and "$29" as $, 29.
 */
export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Claims are sentences; a longer text is cut so every reading stays cheap and bounded. */
export const MAX_SENTENCE = 600;

// A number in scientific notation ("1e308", "1e-300") is one token, which parseDigits refuses, and digits
// right after letters stay in their word ("b12"): read apart, "1e308 pounds" was 308 lb.
const TOKEN = /\d+(?:[.,]\d+)*(?:e[+-]?\d+)?|[a-z][a-z\d]*|[$£€"”″%-]|[–—]/g;

export function tokenize(sentence: string): Token[] {
  const text = sentence.slice(0, MAX_SENTENCE).toLowerCase();
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    const t = m[0] === '–' || m[0] === '—' ? '-' : m[0] === '”' || m[0] === '″' ? '"' : m[0];
    out.push({ text: t, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** "1,000" -> 1000, "2.5" and "2,5" -> 2.5; NaN-free: anything else is undefined. */
export function parseDigits(s: string): number | undefined {
  if (!/^\d+(?:[.,]\d+)*$/.test(s)) return undefined;
  const n = /^\d{1,3}(?:,\d{3})+$/.test(s) ? Number(s.replace(/,/g, '')) : Number(s.replace(',', '.'));
  return Number.isFinite(n) ? n : undefined;
}
