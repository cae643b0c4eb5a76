import { expect, test, vi } from 'vitest';
import { h, render, type VNode } from 'preact';
import { exampleNumbers, NumbersSection } from '../../components/numbers/ClaimNumbers';
import { Root } from '../../components/embed/define';
import { setUi } from '../../components/i18n/ui';
import { uiFor } from '../i18n/catalog';

/** The same components built by the numbers embed's runtime (as wxt.config.ts resolves preact in that build). */
async function withDomRuntime() {
  vi.resetModules();
  // Tests compile JSX in development mode, to jsxDEV (same first two arguments as the build's jsx).
  const runtime = async () => {
    const r = await import('../../components/embed/dom-jsx');
    return { ...r, jsxDEV: r.jsx };
  };
  vi.doMock('preact', runtime);
  vi.doMock('preact/jsx-runtime', runtime);
  vi.doMock('preact/jsx-dev-runtime', runtime);
  try {
    const [runtime, numbers, define, i18n] = await Promise.all([
      import('../../components/embed/dom-jsx'),
      import('../../components/numbers/ClaimNumbers'),
      import('../../components/embed/define'),
      import('../../components/i18n/ui'),
    ]);
    return { ...runtime, ...numbers, Root: define.Root, setUi: i18n.setUi };
  } finally {
    vi.doUnmock('preact');
    vi.doUnmock('preact/jsx-runtime');
    vi.doUnmock('preact/jsx-dev-runtime');
  }
}

/** Either runtime's `h`, loosely typed: the test hands both the same components and props. */
type H = (type: unknown, props: Record<string, unknown>) => unknown;

const CLAIMS = [
  'Lose 10 pounds in 7 days',
  'Burn 1,000 calories in a 20-minute workout',
  'Drop 2 dress sizes in 14 days on 800 calories a day',
  'Lose 4 inches off your waist in a week',
  'Melt fat fast',
];

test('the numbers embed\'s DOM runtime builds the same markup as preact for every kind of claim, in both languages', async () => {
  const dom = await withDomRuntime();
  // These components really were built by the DOM runtime (preact would give a vnode).
  expect(dom.NumbersSection({ text: dom.exampleNumbers(CLAIMS[0]), fromPlan: false })).toBeInstanceOf(HTMLElement);
  for (const lang of ['en', 'es'] as const) {
    setUi(uiFor(lang));
    dom.setUi(uiFor(lang));
    for (const sentence of CLAIMS) {
      for (const headingLevel of [2, 4] as const) {
        const tree = (make: H, c: { NumbersSection: unknown; exampleNumbers: typeof exampleNumbers; Root: unknown }) =>
          make(c.Root, { tag: 'reality-check-numbers', theme: 'dark', children: make(c.NumbersSection, { text: c.exampleNumbers(sentence), fromPlan: false, headingLevel }) });
        const withPreact = document.createElement('div');
        render(tree(h as H, { NumbersSection, exampleNumbers, Root }) as VNode, withPreact);
        const withDom = document.createElement('div');
        dom.render(tree(dom.h as H, dom) as Node, withDom);
        expect(withDom.innerHTML, `${lang}: ${sentence}`).toBe(withPreact.innerHTML);
        // Every claim but the last reaches the lists: equal empty sections would prove nothing.
        expect(withPreact.querySelectorAll('li').length > 0, sentence).toBe(sentence !== 'Melt fat fast');
      }
    }
  }
  setUi(uiFor('en-GB'));
});

test('render replaces what the root held, and null empties it', async () => {
  const dom = await withDomRuntime();
  const root = document.createElement('div');
  dom.render(dom.jsx('p', { class: 'a', children: ['one ', 2, false, null, [' three']] }), root);
  expect(root.innerHTML).toBe('<p class="a">one 2 three</p>');
  dom.render(dom.jsx(dom.Fragment, { children: [dom.jsx('b', { hidden: true }), 'x'] }), root);
  expect(root.innerHTML).toBe('<b hidden=""></b>x');
  dom.render(null, root);
  expect(root.innerHTML).toBe('');
});
