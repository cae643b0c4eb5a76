export { hasFitnessVocabulary } from './gate';
export { findClaims } from './claims';
export { judgePage } from './shipped';
export { judgeByRules } from './verdict';
export type { Claim, PageVerdict } from './types';
