import { h, type FunctionComponent } from 'preact';
import type { Card, MythId } from '../../lib/myths/types';
import { realisticTimeline, timelineCaveat } from '../../lib/timeline';
import { ui } from '../i18n/ui';
import { CARD_CSS } from '../card/styles';
import { RealityCard } from '../RealityCard';
import { readClaim, readHeadingLevel, readMyth } from './attributes';
import { defineElement, HOST_CSS, Root, type Props } from './define';

/** The card's expander. */
const CARD_EMBED_CSS = `details summary{cursor:pointer;min-height:24px;font-weight:600;margin-top:12px}`;

/** The file's cards, in its language (set by defineElements), so one embed file carries one language's copy. */
let cards: Record<MythId, Card>;

function CardElement(props: Props) {
  const tag = 'reality-check-card';
  const id = readMyth(tag, props.myth, cards);
  const level = readHeadingLevel(tag, props.headingLevel);
  const claim = readClaim(props.claim);
  // The numbers live in their own script (reality-check-numbers.js): without it this element stays empty.
  const numbers = claim && h('reality-check-numbers', { claim, theme: props.theme, 'heading-level': String(level), nested: '' });
  return (
    <Root tag={tag} theme={props.theme}>
      <RealityCard card={cards[id]} myth={id} headingLevel={level} quote={claim} numbers={numbers} flat collapsible />
    </Root>
  );
}

function TimelineElement(props: Props) {
  const tag = 'reality-check-timeline';
  const Heading = `h${readHeadingLevel(tag, props.headingLevel)}` as 'h2';
  return (
    <Root tag={tag} theme={props.theme}>
      <section class="rc-card rc-flat" aria-label={ui.t('card.timeline')}>
        <p class="rc-kicker">{ui.t('card.kicker')}</p>
        <Heading class="rc-title">{ui.t('embed.timeline_title')}</Heading>
        <ol class="rc-timeline" style={{ marginTop: '10px' }}>
          {realisticTimeline(ui).map((m) => (
            <li key={m.when}>
              <span class="rc-when">{m.when}</span>
              <span>{m.what}</span>
            </li>
          ))}
        </ol>
        <p class="rc-fineprint">{timelineCaveat(ui)}</p>
      </section>
    </Root>
  );
}

/**
 * Defines the card and timeline elements (the planner is reality-check-plan.js, components/embed/planner.tsx,
 * so this file carries no planner code or messages). Safe to call twice (the script pasted twice, or two
 * blogs' widgets on one page): an element already defined is left alone.
 */
export function defineElements(copy: Record<MythId, Card>): void {
  cards = copy;
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS + HOST_CSS + CARD_EMBED_CSS);
  const elements: [string, FunctionComponent<Props>, string[]][] = [
    ['reality-check-card', CardElement, ['myth', 'claim', 'theme', 'heading-level']],
    ['reality-check-timeline', TimelineElement, ['theme', 'heading-level']],
  ];
  for (const [tag, component, attrs] of elements) {
    if (!customElements.get(tag)) defineElement(tag, component, attrs, sheet);
  }
}
