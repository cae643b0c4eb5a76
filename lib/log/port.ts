import { formatNumber } from '../i18n/format';
import type { I18n, Words } from '../i18n/translate';
import { isId, parseEntry, stamp, type LogEntry } from './entry';

/**
 * Export and import. JSON carries everything, tombstones included, so restoring a backup in another
 * browser also carries deletes; CSV carries the visible entries for spreadsheets. Importing always merges.
 */
const FORMAT = 'reality-check-log';
const CSV_HEADER = 'id,date,kind,value,detail,updated';
export const MAX_IMPORT_BYTES = 5_000_000;

export function exportJson(entries: readonly LogEntry[], now = new Date()): string {
  return JSON.stringify({ format: FORMAT, version: 1, exported: now.toISOString(), entries }, null, 1);
}

export function exportCsv(entries: readonly LogEntry[]): string {
  const rows = entries
    .filter((e) => !e.deleted)
    .map((e) => [e.id, e.date, e.kind, e.value, e.detail ?? '', new Date(e.updated).toISOString()].join(','));
  return [CSV_HEADER, ...rows].join('\n') + '\n';
}

/** `skipped` rows could not be read; `badIds` rows carried ids Reality Check never makes (see isId). */
export type ImportResult = { ok: true; entries: LogEntry[]; skipped: number; badIds: number } | { ok: false; error: Words };
/** An edit time in a file may be at most this far ahead of this clock, so it cannot win every later edit. */
const FUTURE_SLACK_MS = 86_400_000;

export function parseImport(text: string, now = Date.now()): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: ({ t, locale }) => t('log.import.tooBig', { mb: formatNumber(locale, MAX_IMPORT_BYTES / 1e6) }) };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, error: ({ t }) => t('log.import.empty') };
  let rows: unknown[];
  if (trimmed.startsWith('{')) {
    const parsed = jsonRows(trimmed);
    if (!parsed) return { ok: false, error: ({ t }) => t('log.import.notJson') };
    rows = parsed;
  } else if (trimmed.startsWith(CSV_HEADER)) {
    rows = csvRows(trimmed);
  } else {
    return { ok: false, error: ({ t }) => t('log.import.notExport', { header: CSV_HEADER }) };
  }
  const entries: LogEntry[] = [];
  let badIds = 0;
  const latest = stamp(now + FUTURE_SLACK_MS);
  for (const r of rows) {
    const e = parseEntry(r);
    if (e) entries.push(e.updated > latest ? { ...e, updated: latest } : e);
    // A row that reads but for its id is told apart from an unreadable one.
    else if (typeof r === 'object' && r !== null && !isId((r as { id?: unknown }).id) && parseEntry({ ...r, id: '000000' })) badIds++;
  }
  if (rows.length > 0 && entries.length === 0) {
    return { ok: false, error: ({ t }) => (badIds ? t('log.import.badIdsOnly') : t('log.import.unreadable')) };
  }
  return { ok: true, entries, skipped: rows.length - entries.length - badIds, badIds };
}

/** What an import did, in words: rows already in the log (`have` holds its ids), new ones, repeats, skips. */
export function describeImport(r: Extract<ImportResult, { ok: true }>, have: ReadonlySet<string>, { t, locale }: I18n): string {
  const seen = new Set<string>();
  let already = 0;
  let repeats = 0;
  for (const e of r.entries) {
    if (have.has(e.id)) already++;
    else if (seen.has(e.id)) repeats++;
    seen.add(e.id);
  }
  const fresh = seen.size - [...seen].filter((id) => have.has(id)).length;
  const n = (x: number) => ({ n: formatNumber(locale, x, 0), fresh: formatNumber(locale, fresh, 0) });
  const parts = [
    already ? t('log.import.already', n(already), already) : t('log.import.fresh', n(fresh)),
    repeats ? t('log.import.repeats', n(repeats), repeats) : '',
    r.skipped ? t('log.import.skipped', n(r.skipped), r.skipped) : '',
    r.badIds ? t('log.import.badIds', n(r.badIds), r.badIds) : '',
  ].filter(Boolean);
  return t('log.import.done', { parts: parts.join('; ') });
}

function jsonRows(text: string): unknown[] | null {
  try {
    const o = JSON.parse(text) as { format?: unknown; entries?: unknown };
    return o.format === FORMAT && Array.isArray(o.entries) ? o.entries : null;
  } catch {
    return null;
  }
}

function csvRows(text: string): unknown[] {
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((l) => l.trim())
    .map((line) => {
      const [id, date, kind, value, detail, updated] = line.split(',');
      return { id, date, kind, value: Number(value), ...(detail ? { detail } : {}), updated: Date.parse(updated ?? '') || 0 };
    });
}
