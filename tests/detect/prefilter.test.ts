/**
 * The prefilter may only skip a regex that cannot match: checked on every example sentence we have (each
 * rule's own matches included) and on generated text built from the patterns' own words, for every regex
 * the detector guards. A prefilter that skipped one sentence a pattern matches fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { EXAMPLES, MYTHS } from '../../lib/myths';
import { DETECT_EXAMPLES } from '../../lib/detect/examples';
import { everyGuard, prefilter, TESTED } from '../../lib/detect/claims';
import { alternatives, AnyGuard, Guard, GuardList, Prefilter, requiredLiterals, requiredParts } from '../../lib/detect/prefilter';
import { OWN_SENTENCES } from '../fixtures/own-sentences';
import { FITNESS, ORDINARY } from '../tools/bench-text';
import { literalsFile } from '../tools/literals';

/** A fresh copy: test() on a global regex would move its lastIndex. */
const matches = (g: Guard, s: string) => new RegExp(g.re.source, g.re.flags.replace(/[gy]/g, '')).test(s);

/** Guards whose regex matches s but that the prefilter ruled out, by source. */
function skipped(s: string): string[] {
  prefilter().scan(s);
  return everyGuard().filter((g) => matches(g, s) && !prefilter().allows(g)).map((g) => g.re.source.slice(0, 80));
}

const examples = [
  ...Object.values(EXAMPLES).flatMap((e) => [...e.promise, ...e.refute, ...e.neutral, ...Object.values(e.rules).flatMap((r) => [...r.match, ...r.miss])]),
  ...Object.values(DETECT_EXAMPLES).flatMap((r) => [...r.match, ...r.miss]),
  ...OWN_SENTENCES.map((s) => s.text),
  ...FITNESS,
  ...ORDINARY,
];

describe('prefilter', () => {
  // Words of every example and every literal the prefilter derived, joined by the characters the
  // patterns read around them.
  const words = [...new Set([...examples.flatMap((s) => s.toLowerCase().split(/\s+/)), ...everyGuard().flatMap((g) => requiredLiterals(g.re).flat())])];
  const piece = fc.oneof(fc.constantFrom(...words), fc.constantFrom(' ', ' ', ' ', ', ', '. ', '? ', '!', ': ', '"', '’', '-', '—', '\n', '1', '600 '));
  const text = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(''));

  /** Tests that `check` reports nothing on each example and on `numRuns` texts of the patterns' own words; `name(on)` names them. */
  const reportsNothing = (name: (on: string) => string, check: (s: string) => string[], numRuns: number) => {
    test.each(examples.map((s) => [s.toLowerCase()]))(name('%s'), (s) => {
      expect(check(s)).toEqual([]);
    });
    test(name('text made of the patterns’ own words'), () => {
      fc.assert(
        fc.property(text, (s) => {
          expect(check(s)).toEqual([]);
        }),
        { numRuns },
      );
    });
  };

  reportsNothing((on) => `never skips a regex that matches ${on}`, skipped, 400);

  /**
   * The tested regexes whose alternatives, run one by one, disagree with the whole on s, or where the
   * prefilter's test (which runs only the alternatives whose literals it found) disagrees with it.
   */
  const split = (s: string) => {
    prefilter().scan(s);
    return TESTED.filter((g) => g.re.test(s) !== g.parts.some((p) => p.re.test(s)) || g.re.test(s) !== prefilter().test(g, s)).map((g) => g.re.source.slice(0, 80));
  };

  reportsNothing((on) => `a tested regex matches ${on} where one of its alternatives does`, split, 400);

  test('spreads a regex over its alternatives', () => {
    expect(alternatives('a|b(?:c|d)|\\b(?:e|(?:f|g))\\b')).toEqual(['a', 'b(?:c|d)', '\\be\\b', '\\bf\\b', '\\bg\\b']);
    // A group that is quantified or followed by more than assertions stays whole; classes and escapes are atoms.
    expect(alternatives('(?:a|b)?c')).toEqual(['(?:a|b)?c']);
    expect(alternatives('(?:a|b)c|[|(]\\|')).toEqual(['(?:a|b)c', '[|(]\\|']);
    // A back-reference ties alternatives together: the regex runs whole.
    expect(new AnyGuard(/(a)|\1b/).parts.map((p) => p.re.source)).toEqual(['(a)|\\1b']);
  });

  test('rules out what a sentence cannot match', () => {
    // Guards a plain sentence lets through: a prefilter that let everything through would fail this.
    prefilter().scan('the council met on tuesday to discuss the new bus timetable.');
    expect(everyGuard().filter((g) => prefilter().allows(g)).length).toBeLessThan(everyGuard().length / 4);
  });

  test('finds exactly the literal groups a sentence holds', () => {
    // allows(g) is true just where the sentence holds a literal of each of g's groups: read here by includes().
    const needs = everyGuard().map((g) => [g, requiredLiterals(g.re)] as const);
    const wrong: string[] = [];
    for (const s of examples.map((e) => e.toLowerCase())) {
      prefilter().scan(s);
      for (const [g, groups] of needs) if (prefilter().allows(g) !== groups.every((lits) => lits.some((l) => s.includes(l)))) wrong.push(`${g.re.source.slice(0, 40)} on ${s}`);
    }
    expect(wrong).toEqual([]);
  });

  test('a list of guards may match exactly where the first literal group of one of its guards is found', () => {
    const all = everyGuard();
    const lists = Array.from({ length: Math.ceil(all.length / 8) }, (_, k) => new GuardList(all.slice(k * 8, k * 8 + 8)));
    const first = new Map(all.map((g) => [g, requiredLiterals(g.re)[0]]));
    const wrong: string[] = [];
    let ruledOut = 0;
    for (const s of examples.map((e) => e.toLowerCase())) {
      prefilter().scan(s);
      lists.forEach((list, k) => {
        const may = prefilter().mayAny(list);
        if (may !== list.guards.some((g) => first.get(g)?.some((l) => s.includes(l)) ?? true)) wrong.push(`list ${k} on ${s}`);
        // So never where one of its guards may.
        if (!may && list.guards.some((g) => prefilter().allows(g))) wrong.push(`list ${k} skipped on ${s}`);
        if (!may) ruledOut++;
      });
    }
    expect(wrong).toEqual([]);
    expect(ruledOut).toBeGreaterThan(0);
    // A guard the prefilter does not know may always match, and so may its list.
    prefilter().scan('nothing here');
    expect(prefilter().mayAny(new GuardList([all[0]!, new Guard(/belly/)]))).toBe(true);
  });

  test('reads literals off the syntax', () => {
    expect(requiredLiterals(/\bspot[- ]?reduc\w* is/)).toEqual([['spotredu', 'spot-red', 'spot red'], [' is']]);
    // An optional or repeated-from-zero piece requires nothing; a lookaround consumes nothing.
    expect(requiredLiterals(/(?:fat)?(?=burn)x*/)).toEqual([]);
    expect(requiredLiterals(/(?:lose|shed)s? (?:\w+ ){0,3}fat/)).toEqual([['lose ', 'shed ', 'loses ', 'sheds '], ['fat']]);
    // Under the i flag letters are read lower-cased; a back-reference or unknown syntax gives up.
    expect(requiredLiterals(/Belly/i)).toEqual([['belly']]);
    expect(requiredLiterals(/(a)\1/)).toEqual([]);
  });

  test('reads the groups every match holds off the syntax', () => {
    // Common to both alternatives; an optional group, a lookaround and a class holding "(" are not parts.
    expect(requiredParts('a(?:x|y)b|(?:x|y)c')).toEqual(['(?:x|y)']);
    expect(requiredParts('(?:a)?(?:b)+(?=c)(?:d){0,2}(e)*(?:f){2}')).toEqual(['(?:b)', '(?:f)']);
    expect(requiredParts('[(](?:x)\\((?:y)')).toEqual(['(?:x)', '(?:y)']);
    expect(requiredParts('(?:whole)')).toEqual([]);
  });

  // A rule runs only where each of its parts, and its needs, may match: each must match wherever the rule does.
  const rules = MYTHS.flatMap((m) => [...(m.patterns.strong ?? []), ...m.patterns.claim]);
  const partsMissed = (s: string) =>
    rules.flatMap((r) =>
      r.re.test(s) ? [...requiredParts(r.re.source).map((p) => new RegExp(p, r.re.flags)), ...(r.needs ? [r.needs] : [])].filter((p) => !p.test(s)).map((p) => `${r.id}: ${p.source.slice(0, 40)}`) : [],
    );

  reportsNothing((on) => `each part and the needs of a pattern that matches ${on} match it too`, partsMissed, 200);

  test('a remembered guard answers once a scan, and anew on a part of the string', () => {
    const g = new Guard(/belly fat/);
    g.remembered = true;
    const own = new Prefilter([g]);
    const s = 'melt belly fat';
    own.scan(s);
    expect(own.test(g, s)).toBe(true);
    expect(own.test(g, s.slice(0, 8))).toBe(false);
    own.scan('belly fat');
    expect(own.test(g, 'belly fat')).toBe(true);
    own.scan('belly and fat');
    expect(own.test(g, 'belly and fat')).toBe(false);
  });

  test('the literals read ahead of time are the patterns’ own (else run npm run literals)', () => {
    expect(readFileSync(join(import.meta.dirname, '../../lib/detect/prefilter-literals.json'), 'utf8')).toBe(literalsFile());
  });

  test('a regex the prefilter does not know always runs', () => {
    const own = new Prefilter([new Guard(/belly/)]);
    own.scan('nothing here');
    expect(own.allows(new Guard(/belly/))).toBe(true);
  });
});
