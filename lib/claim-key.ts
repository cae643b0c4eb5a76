import type { Claim } from './detect/types';

/** Key that makes a claim found twice (full scan, then a rescan of the same paragraph) count once. */
export const claimKey = (c: Pick<Claim, 'myth' | 'sentence'>) => `${c.myth}|${c.sentence}`;
