import { EARLIEST, parseEntry, type EntryKind, type LogEntry } from './entry';

/**
 * Compact text encoding for storage.sync, whose quota is 100 kB in all: one string per calendar month
 * ("2026-11" -> "…;…"), each entry about 20 characters instead of about 110 as JSON.
 * Kinds added later take a new letter (fit: 'f'); existing letters never change, so older text still decodes.
 *   id(6) day(2) kind(1) detail(1) updated(5, base 36 minutes since 2024) value(base 36, tenths)
 * A value finer than tenths (a weight typed in lb, kept to 0.001 kg) is "." then base 36 thousandths: values
 * in tenths, and all text written before, encode and decode as they always did.
 * A tombstone is the same with kind written in upper case and no value.
 */
const KIND_CODE: Record<EntryKind, string> = { strength: 's', walk: 'w', sleep: 'p', weight: 'k', waist: 'c', fit: 'f' };
const CODE_KIND = Object.fromEntries(Object.entries(KIND_CODE).map(([k, c]) => [c, k])) as Record<string, EntryKind>;
const DETAIL_CODE: Record<string, string> = { full: 'f', upper: 'u', lower: 'l', back: 'b', min: 'm', steps: 't', '': '-' };
const CODE_DETAIL = Object.fromEntries(Object.entries(DETAIL_CODE).map(([k, c]) => [c, k]));
const MINUTE = 60_000;

export const monthOf = (date: string) => date.slice(0, 7);

function encodeEntry(e: LogEntry): string {
  // Entries here passed parseEntry or came from stamp(): ids are 6 characters, `updated` is in range.
  const minutes = Math.round((e.updated - EARLIEST) / MINUTE);
  const head = `${e.id}${e.date.slice(8, 10)}`;
  const kind = e.deleted ? KIND_CODE[e.kind].toUpperCase() : KIND_CODE[e.kind];
  const tail = `${DETAIL_CODE[e.detail ?? '']}${minutes.toString(36).padStart(5, '0')}`;
  return `${head}${kind}${tail}${e.deleted ? '' : encodeValue(e.value)}`;
}

function encodeValue(v: number): string {
  const tenths = Math.round(v * 10);
  return tenths / 10 === v ? tenths.toString(36) : `.${Math.round(v * 1000).toString(36)}`;
}
const decodeValue = (s: string) => (s.startsWith('.') ? parseInt(s.slice(1), 36) / 1000 : parseInt(s, 36) / 10);

function decodeEntry(month: string, s: string): LogEntry | null {
  if (s.length < 15) return null;
  const code = s[8]!;
  const kind = CODE_KIND[code.toLowerCase()];
  const detail = CODE_DETAIL[s[9]!];
  if (!kind || detail === undefined) return null;
  const raw = {
    id: s.slice(0, 6),
    date: `${month}-${s.slice(6, 8)}`,
    kind,
    updated: EARLIEST + parseInt(s.slice(10, 15), 36) * MINUTE,
    ...(code === code.toUpperCase() ? { deleted: true } : { value: decodeValue(s.slice(15)) }),
    ...(detail ? { detail } : {}),
  };
  return parseEntry(raw);
}

/** Groups entries by month and encodes each month. Ids must be 6 characters (newId makes them so). */
export function encodeMonths(entries: readonly LogEntry[]): Map<string, string> {
  const months = new Map<string, string[]>();
  for (const e of entries) {
    const m = monthOf(e.date);
    (months.get(m) ?? months.set(m, []).get(m)!).push(encodeEntry(e));
  }
  return new Map([...months].map(([m, parts]) => [m, parts.join(';')]));
}

/**
 * Sync items: one per month, keyed by the month; a month whose text is longer than `maxChars` goes on in
 * items keyed "YYYY-MM+1", "+2", …, split between entries, so no item outgrows the per-item quota.
 */
export function encodeSyncItems(entries: readonly LogEntry[], maxChars: number): Map<string, string> {
  const items = new Map<string, string>();
  for (const [month, text] of encodeMonths(entries)) {
    let part = 0;
    let current = '';
    for (const piece of text.split(';')) {
      if (current && current.length + 1 + piece.length > maxChars) {
        items.set(part ? `${month}+${part}` : month, current);
        part++;
        current = '';
      }
      current = current ? `${current};${piece}` : piece;
    }
    items.set(part ? `${month}+${part}` : month, current);
  }
  return items;
}

/** The month a sync item key holds ("2026-11" or "2026-11+2"), or null for a key that is neither. */
export const monthOfItem = (key: string): string | null => (/^\d{4}-\d{2}(\+\d{1,3})?$/.test(key) ? key.slice(0, 7) : null);

/** Decodes one month; entries that do not parse are counted, not thrown. */
export function decodeMonth(month: string, text: unknown): { entries: LogEntry[]; bad: number } {
  if (typeof text !== 'string' || !/^\d{4}-\d{2}$/.test(month)) return { entries: [], bad: 1 };
  const entries: LogEntry[] = [];
  let bad = 0;
  for (const part of text.split(';')) {
    if (!part) continue;
    const e = decodeEntry(month, part);
    if (e) entries.push(e);
    else bad++;
  }
  return { entries, bad };
}
