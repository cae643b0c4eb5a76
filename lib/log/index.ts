export * from './entry';
export { merge, newer, live } from './merge';
export { encodeMonths, decodeMonth, monthOf } from './codec';
export { exportJson, exportCsv, parseImport, type ImportResult } from './port';
export { toDays } from './activity';
export { weightTrend } from './trend';
