import { describe, expect, test } from 'vitest';
import { CARDS, EXAMPLES, MYTHS, isMythId, mythById } from '../../lib/myths';

describe('myth catalog', () => {
  test('ids are unique and resolve', () => {
    const ids = MYTHS.map((m) => m.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(mythById(id).id).toBe(id);
    expect(isMythId('spot-reduction')).toBe(true);
    expect(isMythId('<script>')).toBe(false);
    expect(isMythId(undefined)).toBe(false);
    expect(isMythId('toString')).toBe(false);
    // The embed's card table and the catalog list the same myths with the same cards.
    expect(Object.keys(CARDS).sort()).toEqual([...ids].sort());
    for (const m of MYTHS) expect(CARDS[m.id]).toBe(m.card);
  });

  test.each(MYTHS.map((m) => [m.id, m] as const))('%s has a complete card, patterns and examples', (_id, myth) => {
    const { card } = myth;
    for (const text of [myth.label, card.title, card.claim, card.honest, card.nextStep, ...card.instead]) {
      expect(text.trim().length).toBeGreaterThan(3);
    }
    expect(card.instead.length).toBeGreaterThanOrEqual(3);
    expect(card.timeline.length).toBeGreaterThanOrEqual(2);
    for (const m of card.timeline) expect(m.when && m.what).toBeTruthy();
    // One short line that completes "Flagged because it …": a lower-case verb, no full stop, no line break.
    expect(myth.why).toMatch(/^[a-z][^\n.]{10,60}$/);
    expect(myth.patterns.claim.length).toBeGreaterThan(0);
    expect(EXAMPLES[myth.id].promise.length).toBeGreaterThan(0);
    expect(EXAMPLES[myth.id].refute.length).toBeGreaterThan(0);
    // The examples run through the detector in tests/detect/rules.test.ts.
  });
});
