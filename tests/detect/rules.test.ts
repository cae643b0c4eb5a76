/**
 * Tests generated from every rule's own examples, each run through the whole pipeline (readSentences then
 * the page verdict): a rule that stops firing, or fires on its near misses, fails here by name.
 */
import { describe, expect, test } from 'vitest';
import { EXAMPLES, MYTHS } from '../../lib/myths';
import type { RuleExamples } from '../../lib/myths/types';
import { IDIOM, readSentences } from '../../lib/detect/claims';
import { judgeReading, VERDICT_RULES } from '../../lib/detect/verdict';
import { STANCE_RULES } from '../../lib/detect/stance';
import { DETECT_EXAMPLES } from '../../lib/detect/examples';

function run(text: string) {
  const reading = readSentences(text);
  const verdict = judgeReading(reading);
  return { fired: reading.fired, verdict, refuted: new Set(reading.refutations.flatMap((r) => r.myths)) };
}

const mythRules = MYTHS.flatMap((m) =>
  (['claim', 'strong', 'refute', 'carry'] as const).flatMap((kind) => (m.patterns[kind] ?? []).map((rule) => ({ myth: m.id, kind, rule, examples: EXAMPLES[m.id].rules[rule.id] }))),
);
const detectRules = [...STANCE_RULES, IDIOM, ...VERDICT_RULES];

describe('every rule has an id, a description and its own examples', () => {
  test('ids are unique and every examples entry names a rule', () => {
    const ids = [...mythRules.map((r) => r.rule.id), ...detectRules.map((r) => r.id)];
    expect(new Set(ids).size).toBe(ids.length);
    for (const m of MYTHS) for (const id of Object.keys(EXAMPLES[m.id].rules)) expect(mythRules.some((r) => r.rule.id === id && r.myth === m.id), id).toBe(true);
    for (const id of Object.keys(DETECT_EXAMPLES)) expect(detectRules.some((r) => r.id === id), id).toBe(true);
  });

  test.each([...mythRules.map((r) => [r.rule.id, r.rule.what, r.examples] as const), ...detectRules.map((r) => [r.id, r.what, DETECT_EXAMPLES[r.id]] as const)])(
    '%s: %s',
    (_id, what, examples: RuleExamples | undefined) => {
      expect(what.length).toBeGreaterThan(5);
      expect(examples?.match.length ?? 0).toBeGreaterThan(0);
      expect(examples?.miss.length ?? 0).toBeGreaterThan(0);
    },
  );
});

describe('myth rules fire on their examples through the whole pipeline', () => {
  const cases = mythRules.flatMap(({ myth, kind, rule, examples }) => [
    ...(examples?.match ?? []).map((text) => [rule.id, 'fires on', text, myth, kind, true] as const),
    ...(examples?.miss ?? []).map((text) => [rule.id, 'stays quiet on', text, myth, kind, false] as const),
  ]);
  test.each(cases)('%s %s: %s', (id, _verb, text, myth, kind, fires) => {
    const { fired, verdict, refuted } = run(text);
    expect(fired.includes(id)).toBe(fires);
    if (!fires) return;
    if (kind === 'refute') {
      expect(refuted.has(myth)).toBe(true);
      expect(verdict.flagged).toBe(false);
    } else {
      expect(verdict.claims.map((c) => c.myth)).toContain(myth);
    }
  });
});

describe('stance and page rules decide their examples through the whole pipeline', () => {
  const cases = detectRules.flatMap((rule) => {
    const ex = DETECT_EXAMPLES[rule.id];
    if (!ex) return [];
    return [...ex.match.map((text) => [rule.id, 'decides', text, ex.flags as boolean | null] as const), ...ex.miss.map((text) => [rule.id, 'stays out of', text, null] as const)];
  });
  test.each(cases)('%s %s: %s', (id, _verb, text, flags) => {
    const { fired, verdict } = run(text);
    expect(fired.includes(id)).toBe(flags !== null);
    if (flags !== null) expect(verdict.flagged).toBe(flags);
  });
});

describe('each myth’s own sentences', () => {
  const each = (list: 'promise' | 'refute' | 'neutral') => MYTHS.flatMap((m) => EXAMPLES[m.id][list].map((s) => [m.id, s] as const));
  test.each(each('promise'))('%s promise flags a page: %s', (myth, text) => {
    expect(run(text).verdict.claims.map((c) => c.myth)).toContain(myth);
  });
  // Each refutation must reach the stance code: it registers as arguing against its myth, not merely go unflagged.
  test.each(each('refute'))('%s refutation argues against it: %s', (myth, text) => {
    const { verdict, refuted } = run(text);
    expect(refuted.has(myth)).toBe(true);
    expect(verdict.flagged).toBe(false);
  });
  test.each(each('neutral'))('%s neutral sentence is not flagged: %s', (_myth, text) => {
    expect(run(text).verdict.flagged).toBe(false);
  });
});
