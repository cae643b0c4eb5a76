/** Card text with its non-breaking joins (lib/claim-numbers/explain.ts) as plain hyphens and spaces, as typed in tests. */
export const plain = (text: string | null | undefined) => (text ?? '').replace(/\u2011/g, '-').replace(/\u00a0/g, ' ');
