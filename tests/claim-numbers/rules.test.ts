import { describe, expect, test } from 'vitest';
import { READING_RULES, readQuantities } from '../../lib/claim-numbers';

describe.each(READING_RULES.map((r) => [r.id, r] as const))('%s', (id, rule) => {
  test('has a message and examples both ways', () => {
    expect(rule.message.length).toBeGreaterThan(10);
    expect(rule.positive.length).toBeGreaterThan(1);
    expect(rule.negative.length).toBeGreaterThan(1);
  });
  test.each(rule.positive.map(([s, v]) => [s, v]))('reads "%s" as %s', (sentence, value) => {
    expect(readQuantities(sentence).find((r) => r.rule === id)?.low).toBe(value);
  });
  test.each(rule.negative.map((s) => [s]))('leaves "%s" alone', (sentence) => {
    expect(readQuantities(sentence).map((r) => r.rule)).not.toContain(id);
  });
});
