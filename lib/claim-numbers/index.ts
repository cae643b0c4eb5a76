export { readQuantities, readClaimNumbers, type Reading, type ClaimNumbers } from './read';
export { READING_RULES, type RuleId, type ReadingRule } from './rules';
export { explainClaim, type NumbersText, type ReaderNumbers } from './explain';
export { readerFromPlanner } from './reader';
