import { expect, test } from 'vitest';
import { judgePage } from '../../lib/detect';
import { HOLDOUT } from '../fixtures/holdout-sentences';

// Generalisation guard: phrasing never used while tuning. The figure is printed so regressions show.
test('held-out sentences are classified well above chance', () => {
  const wrong = HOLDOUT.filter((h) => judgePage(h.text).flagged !== (h.label === 'myth'));
  const accuracy = 1 - wrong.length / HOLDOUT.length;
  console.log(`held-out accuracy ${accuracy.toFixed(2)}; wrong: ${wrong.map((w) => w.text).join(' | ') || 'none'}`);
  expect(accuracy).toBeGreaterThanOrEqual(0.8);
  // A false flag costs trust more than a miss: no sound sentence may be flagged.
  expect(wrong.filter((w) => w.label === 'sound')).toEqual([]);
});
