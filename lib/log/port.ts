import { parseEntry, type LogEntry } from './entry';

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

export type ImportResult = { ok: true; entries: LogEntry[]; skipped: number } | { ok: false; error: string };

export function parseImport(text: string): ImportResult {
  if (text.length > MAX_IMPORT_BYTES) return { ok: false, error: 'This file is larger than 5 MB: not a Reality Check export.' };
  const trimmed = text.replace(/^\uFEFF/, '').trim();
  if (!trimmed) return { ok: false, error: 'The file is empty.' };
  let rows: unknown[];
  if (trimmed.startsWith('{')) {
    const parsed = jsonRows(trimmed);
    if (!parsed) return { ok: false, error: 'Not a Reality Check JSON export (format field missing, or the file is damaged).' };
    rows = parsed;
  } else if (trimmed.startsWith(CSV_HEADER)) {
    rows = csvRows(trimmed);
  } else {
    return { ok: false, error: `Not a Reality Check export: use a JSON export, or a CSV starting with "${CSV_HEADER}".` };
  }
  const entries: LogEntry[] = [];
  for (const r of rows) {
    const e = parseEntry(r);
    if (e) entries.push(e);
  }
  if (rows.length > 0 && entries.length === 0) return { ok: false, error: 'None of the rows in this file could be read; nothing was imported.' };
  return { ok: true, entries, skipped: rows.length - entries.length };
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
