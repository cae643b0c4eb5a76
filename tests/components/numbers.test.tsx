import { expect, test } from 'vitest';
import { render } from 'preact';
import { RealityCard } from '../../components/RealityCard';
import { CARD_PARTS } from '../../components/card/parts';
import { ui } from '../../components/i18n/ui';
import { exampleNumbers, NumbersSection } from '../../components/numbers/ClaimNumbers';
import { readerFromPlanner } from '../../lib/claim-numbers';
import { CARDS } from '../../lib/myths/cards';
import { plain } from '../claim-numbers/plain';
import { shownText } from './shown';

const mount = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
};

test('a claim with numbers gets "The numbers" under the honest answer, as lists', () => {
  const claim = 'Lose 10 pounds in 7 days';
  const root = mount(<RealityCard card={CARDS['rapid-fix']} myth="rapid-fix" quote={claim} numbers={<NumbersSection text={exampleNumbers(claim)} fromPlan={false} />} />);
  const heading = [...root.querySelectorAll('h3')].find((h) => h.textContent === 'The numbers');
  expect(heading).toBeDefined();
  expect(heading!.parentElement!.previousElementSibling?.textContent).toBe(CARDS['rapid-fix'].honest);
  const items = [...root.querySelectorAll('.rc-numbers li')].map((li) => plain(li.textContent));
  expect(items).toContain('At a sustainable 1-2 lb a week, 10 lb takes about 5-9 weeks.');
  expect(root.querySelector('.rc-numbers .rc-fineprint')?.textContent).toContain('bodies vary');
});

test('no numbers, no section; headings follow the level given', () => {
  expect(exampleNumbers('Melt belly fat with one trick')).toBeUndefined();
  expect(exampleNumbers(undefined)).toBeUndefined();
  expect(mount(<NumbersSection text={undefined} fromPlan={false} />).innerHTML).toBe('');
  expect(mount(<NumbersSection text={exampleNumbers('Eat 500 calories a day')} fromPlan={false} headingLevel={4} />).querySelector('h4')?.textContent).toBe('The numbers');
});

// Only the in-page card has the reader's plan: its numbers come from card.js (FlagOverlay's "More").
test("with the reader's plan, the in-page card's section says so and names their projection week", () => {
  const reader = readerFromPlanner({ sex: 'male', age: '40', height: '180', weight: '95', activity: 'moderate', sessions: '3', goal: '' }, 'metric');
  const root = mount(<NumbersSection text={CARD_PARTS.numbers('Drop 5 kg in 10 days', reader, ui)} fromPlan />);
  expect(plain(shownText(root))).toMatch(/With your plan from the popup, the projection is 5 kg down around week \d+\./);
  expect(shownText(root.querySelector('.rc-fineprint'))).toContain('and your plan');
  // Each line is generated content, which a page's window.find() does not search (e2e hostile).
  expect(root.querySelectorAll('.rc-said')).toHaveLength(root.querySelectorAll('li').length + 1);
  expect(plain(root.textContent)).not.toMatch(/your plan|\d/);
});
