export * from './entry';
export { merge, newer, live } from './merge';
export { encodeMonths, encodeSyncItems, decodeMonth, monthOf, monthOfItem } from './codec';
export { exportJson, exportCsv, parseImport, describeImport, type ImportResult } from './port';
export { toDays } from './activity';
export { weightTrend } from './trend';
