import { afterEach, expect, test } from 'vitest';
import { render } from 'preact';
import { LineChart } from '../../components/charts/LineChart';

afterEach(() => {
  document.documentElement.style.fontSize = '';
  document.body.replaceChildren();
});

/** The weigh-in dots' radius, in viewBox units, with the root text at `px`. */
function dotRadius(px: number): number {
  document.documentElement.style.fontSize = `${px}px`;
  const root = document.createElement('div');
  document.body.append(root);
  const points = [0, 1, 2].map((x) => ({ x, y: 70 - x / 10 }));
  render(
    <LineChart title="Weight" series={[{ label: 'Weigh-ins', points, dots: true }]} formatX={String} formatY={String} summary="" xLabel="Day" />,
    root,
  );
  return Number(root.querySelector('circle')!.getAttribute('r'));
}

test('weigh-in dots grow with the text as the labels do: twice the radius at 200 %', () => {
  // The viewBox is measured in root ems, so a fixed r = 2 drew the same 2 px dot under labels twice the size.
  expect(dotRadius(32) / dotRadius(16)).toBeCloseTo(2);
});
