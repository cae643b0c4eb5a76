import { expect, test, vi } from 'vitest';
import { render } from 'preact';
import { RealityCard } from '../../components/RealityCard';
import { MYTHS } from '../../lib/myths';

const mount = (node: preact.ComponentChild) => {
  const root = document.createElement('div');
  document.body.append(root);
  render(node, root);
  return root;
};

test.each(MYTHS.map((m) => [m.id, m] as const))('%s card shows every field', (_id, myth) => {
  const root = mount(<RealityCard card={myth.card} myth={myth.id} quote="Melt it in 3 days <b>now</b>" />);
  const text = root.textContent ?? '';
  for (const s of [myth.card.title, myth.card.claim, myth.card.honest, myth.card.nextStep, ...myth.card.instead]) {
    expect(text).toContain(s);
  }
  for (const m of myth.card.timeline) expect(text).toContain(m.what);
  // The quote is text, never markup.
  expect(root.querySelector('q')?.textContent).toBe('Melt it in 3 days <b>now</b>');
  expect(root.querySelector('b')).toBeNull();
  expect(root.querySelector('section')?.getAttribute('aria-labelledby')).toBe(root.querySelector('h2')?.id);
});

test('Escape and the close button call onClose; the next step calls onNextStep', () => {
  const onClose = vi.fn();
  const onNextStep = vi.fn();
  const myth = MYTHS[0]!;
  const root = mount(<RealityCard card={myth.card} myth={myth.id} headingLevel={3} onClose={onClose} onNextStep={onNextStep} />);
  expect(root.querySelector('h3.rc-title')).not.toBeNull();
  root.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
  root.querySelector<HTMLButtonElement>('[aria-label="Close reality check"]')!.click();
  expect(onClose).toHaveBeenCalledTimes(2);
  root.querySelector<HTMLButtonElement>('.rc-btn-primary')!.click();
  expect(onNextStep).toHaveBeenCalledOnce();
});

test('without handlers the card has no buttons (the embed shows it read-only)', () => {
  const myth = MYTHS[1]!;
  const root = mount(<RealityCard card={myth.card} myth={myth.id} />);
  expect(root.querySelectorAll('button').length).toBe(0);
});
