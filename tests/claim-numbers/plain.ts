/** Card text with its non-breaking joins (lib/claim-numbers/explain.ts) as plain hyphens and spaces, as typed in tests. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');

/**
 * A join a line may break inside a figure: a digit, then a plain space or hyphen, then a digit or a unit symbol
 * ("0.5-1 %", "1,500 kcal", "2-3 kg"). Copy writes them as U+2011 and U+00A0, which plain() undoes.
 */
export const BREAKABLE_FIGURE = /\d[ -](?:\d|kcal|kg|lb|%|cm|in\b)/;

/**
 * The same joins around a placeholder a caller fills with a number: "{low}-{high} kcal", "{kcal} kcal",
 * "{min}-{max} {unit}" in locales/*.yml (a placeholder followed by a word, "{mass} in {days}", is no figure).
 */
export const BREAKABLE_TEMPLATE = /\}[ -]\{|\}-\d|\d-\{|\} (?:kcal|kg|lb|g|h|min|cm|%)(?!\w)/;
