export { hasFitnessVocabulary } from './gate';
export { findClaims } from './claims';
export { judgePage } from './verdict';
export type { Claim, PageVerdict } from './types';
