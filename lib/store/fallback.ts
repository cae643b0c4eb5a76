import type { MessageKey, Words } from '../i18n/translate';

/**
 * Tells the user when a stored value fell back to defaults. `names` gives each field in plain words; a field
 * the stored value lacks (saved by an older version) is not a problem, only one that was there and unusable.
 */
export function fallbackProblem(
  raw: unknown,
  parsed: object,
  say: { all: MessageKey; some: MessageKey },
  names: Record<string, MessageKey>,
): Words | null {
  if (raw === undefined || raw === null) return null;
  if (typeof raw !== 'object' || Array.isArray(raw)) return ({ t }) => t(say.all);
  const fields = replaced(raw as Record<string, unknown>, parsed as Record<string, unknown>);
  return fields.length ? ({ t }) => t(say.some, { fields: fields.map((f) => (names[f] ? t(names[f]) : f)).join(', ') }) : null;
}

function replaced(raw: Record<string, unknown>, parsed: Record<string, unknown>, prefix = ''): string[] {
  return Object.keys(parsed).flatMap((f) => {
    if (!(f in raw)) return [];
    const [r, p] = [raw[f], parsed[f]];
    const nested = typeof r === 'object' && r !== null && !Array.isArray(r) && typeof p === 'object' && p !== null && !Array.isArray(p);
    if (nested) return replaced(r as Record<string, unknown>, p as Record<string, unknown>, `${prefix}${f}.`);
    return JSON.stringify(r) === JSON.stringify(p) ? [] : [`${prefix}${f}`];
  });
}
