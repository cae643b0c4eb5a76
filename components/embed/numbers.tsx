import { CARD_CSS } from '../card/styles';
import { exampleNumbers, NumbersSection } from '../numbers/ClaimNumbers';
import { readClaim, readHeadingLevel, warnNoNumbers } from './attributes';
import { defineElement, Root, type Props } from './define';
import { ui } from '../i18n/ui';

/** Nested in a card it takes the card's spacing without drawing a second box; alone, its heading is the box's first line. */
const NUMBERS_CSS = `:host{display:block}:host([hidden]){display:none}:host(:not([nested])){margin:16px 0}
.rc-nested{border:0;padding:0;background:none;animation:none}:host(:not([nested])) .rc-section-title:first-child{margin-top:0}`;

/** The claim's numbers alone, or inside a <reality-check-card claim> (which passes `nested`). */
function NumbersElement(props: Props) {
  const tag = 'reality-check-numbers';
  const level = readHeadingLevel(tag, props.headingLevel);
  const claim = readClaim(props.claim);
  const text = exampleNumbers(claim);
  const alone = props.nested === undefined;
  // Nothing to show draws no empty box; in a card, a claim without quantities is just quoted.
  if (!text) {
    if (alone) warnNoNumbers(tag, claim);
    return null;
  }
  // Inside a card the section sits under the card's title; alone, it is the element's own heading.
  const numbers = <NumbersSection text={text} fromPlan={false} headingLevel={alone ? level : ((level + 1) as 3 | 4 | 5)} />;
  return (
    <Root tag={tag} theme={props.theme}>
      {alone ? (
        <section class="rc-card rc-flat" aria-label={ui.t('embed.numbers_label')}>
          {numbers}
        </section>
      ) : (
        <div class="rc-card rc-flat rc-nested">{numbers}</div>
      )}
    </Root>
  );
}

/** Defines <reality-check-numbers>; safe to call twice. */
export function defineNumbersElement(): void {
  if (customElements.get('reality-check-numbers')) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS + NUMBERS_CSS);
  defineElement('reality-check-numbers', NumbersElement, ['claim', 'theme', 'heading-level', 'nested'], sheet);
}
