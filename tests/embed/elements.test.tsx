import { afterEach, beforeAll, expect, test, vi } from 'vitest';
import { defineElements } from '../../components/embed/elements';
import { definePlannerElement } from '../../components/embed/planner';
import { CARDS, CARDS_ES } from '../../lib/myths/cards';
import { uiFor } from '../i18n/catalog';
import { catalogUi, setUi } from '../../components/i18n/ui';
import { BUNDLES, readCatalog } from '../../scripts/catalog';
import { plain } from '../claim-numbers/plain';

beforeAll(() => {
  defineElements(CARDS);
  definePlannerElement();
  // A second copy of a script on the same page must not throw.
  expect(() => defineElements(CARDS)).not.toThrow();
  expect(() => definePlannerElement()).not.toThrow();
});
afterEach(() => {
  document.body.innerHTML = '';
  vi.restoreAllMocks();
});

function place(html: string): HTMLElement {
  document.body.innerHTML = html;
  return document.body.firstElementChild as HTMLElement;
}

test('a card renders its myth in an open shadow root', () => {
  const el = place('<reality-check-card myth="rapid-fix" theme="dark" heading-level="3"></reality-check-card>');
  const root = el.shadowRoot!;
  expect(root.querySelector('h3')?.textContent).toBe(CARDS['rapid-fix'].title);
  expect(root.querySelector('.rc-root')?.getAttribute('data-theme')).toBe('dark');
  expect(root.querySelector('details summary')).not.toBeNull();
});

test('garbage attributes give the default card and one clear warning each, never markup', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const hostile = '"><img src=x onerror=alert(1)>';
  const el = place(`<reality-check-card myth='${hostile}' theme="neon" heading-level="9"></reality-check-card>`);
  const root = el.shadowRoot!;
  expect(root.querySelector('h2')?.textContent).toBe(CARDS['spot-reduction'].title);
  expect(root.querySelector('img')).toBeNull();
  expect(root.querySelector('.rc-root')?.hasAttribute('data-theme')).toBe(false);
  expect(warn).toHaveBeenCalledTimes(3);
  const messages = warn.mock.calls.map((c) => String(c[0]));
  expect(messages).toContain('Reality Check: <reality-check-card> theme="neon" is not valid (use light, dark, auto); showing "auto".');
  expect(messages.some((m) => m.startsWith('Reality Check: <reality-check-card> myth="\"><img'))).toBe(true);
  // The same mistake again does not flood the console.
  place(`<reality-check-card myth='${hostile}'></reality-check-card>`);
  expect(warn).toHaveBeenCalledTimes(3);
});

test('a megabyte attribute is handled and the warning stays short', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const el = document.createElement('reality-check-card');
  el.setAttribute('myth', 'x'.repeat(1_000_000));
  document.body.append(el);
  expect(el.shadowRoot!.querySelector('h2')?.textContent).toBe(CARDS['spot-reduction'].title);
  expect(String(warn.mock.calls[0]![0]).length).toBeLessThan(300);
});

test('an element asking for a language this file does not carry shows the file\'s language, with one warning', () => {
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  const own = place('<reality-check-card lang="es-MX"></reality-check-card>');
  expect(own.shadowRoot!.querySelector('h2')?.textContent).toBe(CARDS['spot-reduction'].title);
  expect(own.shadowRoot!.querySelector('.rc-root')?.getAttribute('lang')).toBe('en');
  place('<section lang="es"><reality-check-card></reality-check-card></section>');
  expect(warn).toHaveBeenCalledTimes(1);
  expect(String(warn.mock.calls[0]![0])).toMatch(/^Reality Check: <reality-check-card> lang="es" asks for a language this file does not carry.*showing "en"\.$/);
  place('<section lang="en-GB"><reality-check-card></reality-check-card></section>');
  expect(warn).toHaveBeenCalledTimes(1);
});

test('changing an attribute re-renders', () => {
  const el = place('<reality-check-card myth="rapid-fix"></reality-check-card>');
  el.setAttribute('myth', 'magic-product');
  expect(el.shadowRoot!.querySelector('h2')?.textContent).toBe(CARDS['magic-product'].title);
});

test('timeline and planner render; planner shows numbers and a message for bad input, never NaN', () => {
  const tl = place('<reality-check-timeline></reality-check-timeline>');
  expect(tl.shadowRoot!.querySelectorAll('.rc-timeline li').length).toBe(4);
  const planner = place('<reality-check-planner></reality-check-planner>');
  const root = planner.shadowRoot!;
  expect(plain(root.querySelector('.rc-result')?.textContent)).toMatch(/Maintenance is about [\d,]+ kcal/);
  const weight = root.querySelectorAll('input')[2]!;
  weight.value = '9999';
  weight.dispatchEvent(new Event('input', { bubbles: true }));
  return new Promise<void>((done) =>
    setTimeout(() => {
      expect(root.querySelector('.rc-error')?.textContent).toMatch(/Weight must be between/);
      expect(root.textContent).not.toContain('NaN');
      done();
    }, 0),
  );
});

test('the planner names each field by its label alone; a message about it is its description, not part of its name', async () => {
  const root = place('<reality-check-planner></reality-check-planner>').shadowRoot!;
  const age = root.querySelectorAll('input')[0]!;
  age.value = '200';
  age.dispatchEvent(new Event('input', { bubbles: true }));
  await new Promise((r) => setTimeout(r, 0));
  const error = root.querySelector('.rc-error')!;
  expect(error.textContent).toMatch(/adults aged 18 to 90/);
  expect(age.getAttribute('aria-describedby')).toBe(error.id);
  // A label around the message made the field's name "Age (years) This planner is for adults…", read twice.
  expect(error.closest('label')).toBeNull();
  expect(plain(root.querySelector(`label[for="${age.id}"]`)?.textContent)).toBe('Age (years)');
});

test('claim: the card quotes it as text and hands it to <reality-check-numbers>, which shows the numbers', async () => {
  const { defineNumbersElement } = await import('../../components/embed/numbers');
  defineNumbersElement();
  expect(() => defineNumbersElement()).not.toThrow();
  const el = place('<reality-check-card myth="rapid-fix" claim="  Lose 10 pounds\n in 7 days <b>now</b> " theme="dark" heading-level="3"></reality-check-card>');
  const root = el.shadowRoot!;
  expect(root.querySelector('q')?.textContent).toBe('Lose 10 pounds in 7 days <b>now</b>');
  expect(root.querySelector('b')).toBeNull();
  const numbers = root.querySelector('reality-check-numbers')!;
  expect(numbers.getAttribute('theme')).toBe('dark');
  const inner = numbers.shadowRoot!;
  expect(inner.querySelector('h4')?.textContent).toBe('The numbers');
  expect(inner.querySelector('section')).toBeNull();
  expect(plain(inner.textContent)).toContain('10 lb takes about 5-9 weeks');

  // Alone, it is a card of its own with its own heading; a claim without numbers shows nothing.
  const alone = place('<reality-check-numbers claim="Burn 1,000 calories in a 20-minute workout"></reality-check-numbers>').shadowRoot!;
  expect(alone.querySelector('section.rc-card h2')?.textContent).toBe('The numbers');
  expect(plain(alone.textContent)).toContain('For someone of 70 kg, 20 minutes burns about 100 kcal');
});

test('a <reality-check-numbers> whose claim has nothing to work out draws no empty box and says why once; garbage figures never show NaN', async () => {
  const { defineNumbersElement } = await import('../../components/embed/numbers');
  defineNumbersElement();
  const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
  for (const claim of ['Melt fat fast', 'Lose NaN pounds in Infinity days', '<img src=x onerror=alert(1)>', '']) {
    const root = place(`<reality-check-numbers claim="${claim}"></reality-check-numbers>`).shadowRoot!;
    expect(root.childNodes, claim).toHaveLength(0);
  }
  expect(warn.mock.calls.map((c) => String(c[0]))).toEqual([
    'Reality Check: <reality-check-numbers> claim="Melt fat fast" has no quantities to work out (an amount lost, days, calories or minutes); showing nothing.',
    expect.stringContaining('claim="Lose NaN pounds in Infinity days" has no quantities'),
    expect.stringContaining('claim="<img src=x onerror=alert(1)>" has no quantities'),
    expect.stringContaining('claim="" has no quantities'),
  ]);
  // In a card, a claim without quantities is only quoted: no box, no warning.
  const card = place('<reality-check-card claim="Melt fat fast"></reality-check-card>').shadowRoot!;
  expect(card.querySelector('reality-check-numbers')!.shadowRoot!.childNodes).toHaveLength(0);
  expect(warn).toHaveBeenCalledTimes(4);
  for (const claim of ['Lose 99999999999999999999999 pounds in 1 day', 'Lose 5 pounds in 0.0000001 days', 'Burn 99999999999 calories in 1 minute']) {
    const text = place(`<reality-check-numbers claim="${claim}"></reality-check-numbers>`).shadowRoot!.textContent ?? '';
    expect(text, claim).toContain('The honest version');
    expect(text, claim).not.toMatch(/NaN|Infinity|undefined/);
  }
});

test('a claim cut at its 300-character limit never ends in half an emoji (a lone surrogate)', () => {
  const long = `${'a'.repeat(299)}\u{1F600} and more`;
  const q = place(`<reality-check-card claim="${long}"></reality-check-card>`).shadowRoot!.querySelector('q')!.textContent!;
  expect(q).toBe('a'.repeat(299));
  // An emoji that fits whole is kept whole.
  const fits = place(`<reality-check-card claim="${'a'.repeat(298)}\u{1F600} and more"></reality-check-card>`).shadowRoot!.querySelector('q')!.textContent!;
  expect(fits).toBe(`${'a'.repeat(298)}\u{1F600}`);
});

test('a card without claim has no numbers element and no quote', () => {
  const root = place('<reality-check-card myth="rapid-fix"></reality-check-card>').shadowRoot!;
  expect(root.querySelector('reality-check-numbers')).toBeNull();
  expect(root.querySelector('q')).toBeNull();
});

test('the Spanish files (their catalogs and cards) render the card, timeline and planner in Spanish, lang="es"', () => {
  setUi(uiFor('es'));
  defineElements(CARDS_ES);
  try {
    const card = place('<reality-check-card myth="spot-reduction"></reality-check-card>').shadowRoot!;
    expect(card.querySelector('.rc-root')?.getAttribute('lang')).toBe('es');
    expect(card.querySelector('h2')?.textContent).toBe(CARDS_ES['spot-reduction'].title);
    expect(card.querySelector('details summary')?.textContent).toBe('Lo que sí funciona, un calendario realista y un próximo paso');
    const timeline = place('<reality-check-timeline></reality-check-timeline>').shadowRoot!;
    expect(timeline.querySelector('h2')?.textContent).toBe('Cómo es un calendario realista');
    const planner = place('<reality-check-planner></reality-check-planner>').shadowRoot!;
    expect(plain(planner.querySelector('.rc-result')?.textContent)).toMatch(/^Tu mantenimiento ronda las [\d.]+ kcal al día\. .* cerca de 0,\d kg por semana/);
  } finally {
    setUi(uiFor('en-GB'));
    defineElements(CARDS);
  }
});

test('with only the keys the planner file bundles, the planner still says what is wrong with a field', async () => {
  setUi(catalogUi(await readCatalog('en', BUNDLES.plan!), 'en'));
  try {
    const planner = place('<reality-check-planner></reality-check-planner>').shadowRoot!;
    const weight = planner.querySelectorAll('input')[2]!;
    weight.value = '9x';
    weight.dispatchEvent(new Event('input', { bubbles: true }));
    await new Promise((r) => setTimeout(r, 0));
    expect(planner.querySelector('.rc-error')?.textContent).toMatch(/^Enter your weight/);
    expect(planner.querySelector('.rc-result')?.textContent).toBe('Fill in the fields above to see your numbers.');
    expect(planner.querySelector('.rc-kicker')?.textContent).toBe('Reality check');
  } finally {
    setUi(uiFor('en-GB'));
  }
});

test('each file\'s bundled keys are all its elements show: the same text as with every message', async () => {
  const text = (html: string) => place(html).shadowRoot!.textContent;
  const files = [
    ['embed', ['<reality-check-card myth="magic-product" claim="Melt fat fast"></reality-check-card>', '<reality-check-timeline></reality-check-timeline>']],
    ['plan', ['<reality-check-planner></reality-check-planner>']],
  ] as const;
  for (const lang of ['en', 'es'] as const) {
    for (const [bundle, elements] of files) {
      for (const html of elements) {
        setUi(uiFor(lang));
        const full = text(html);
        setUi(catalogUi(await readCatalog(lang, BUNDLES[bundle]), lang));
        expect(text(html), `${lang} ${bundle}: ${html}`).toBe(full);
      }
    }
  }
  setUi(uiFor('en-GB'));
});
