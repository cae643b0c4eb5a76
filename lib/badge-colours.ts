/** The toolbar badge: white on the brand's dark green (6.3:1, checked in tests/brand). */
export const BADGE_COLOURS = { background: '#0b6e4f', text: '#ffffff' } as const;
