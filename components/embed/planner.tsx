import { CARD_CSS } from '../card/styles';
import { PlanTeaser } from './PlanTeaser';
import { readHeadingLevel } from './attributes';
import { defineElement, HOST_CSS, Root, type Props } from './define';

/** The teaser's form. */
const PLAN_CSS = `.rc-form{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:10px;margin-top:10px}
.rc-field{display:flex;flex-direction:column;gap:4px;font-size:calc(1em*14/15)}
.rc-field input,.rc-field select{font:inherit;min-height:32px;padding:4px 8px;border:1px solid var(--rc-border);border-radius:6px;background:var(--rc-bg);color:var(--rc-fg)}
.rc-error{color:light-dark(#b42318,#ff9b8f);font-size:calc(1em*13/14)}
.rc-result{margin-top:12px!important}`;

function PlannerElement(props: Props) {
  const tag = 'reality-check-planner';
  return (
    <Root tag={tag} theme={props.theme}>
      <PlanTeaser headingLevel={readHeadingLevel(tag, props.headingLevel)} />
    </Root>
  );
}

/** Defines <reality-check-planner> (reality-check-plan.js, its own file so the card's stays small); safe to call twice. */
export function definePlannerElement(): void {
  if (customElements.get('reality-check-planner')) return;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS + HOST_CSS + PLAN_CSS);
  defineElement('reality-check-planner', PlannerElement, ['theme', 'heading-level'], sheet);
}
