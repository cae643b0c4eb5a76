import type { ComponentChildren, TargetedKeyboardEvent } from 'preact';
import type { Card, MythId } from '../lib/myths/types';
import { ui } from './i18n/ui';

export interface RealityCardProps {
  card: Card;
  myth: MythId;
  /** Heading level of the card title, so the card fits the host document's outline. */
  headingLevel?: 2 | 3 | 4;
  /** The sentence from the page that triggered the card, shown as quoted evidence. */
  quote?: string;
  onClose?: () => void;
  onNextStep?: () => void;
  /** Label of the next-step button; without onNextStep the step is plain text. */
  nextStepLabel?: string;
  /** The claim's numbers section (components/numbers), under the honest answer. */
  numbers?: ComponentChildren;
  /** Extra controls (e.g. the content script's site menu) under the next step. */
  actions?: ComponentChildren;
  /** Cut short, it scrolls inside: a Tab stop of its own, named by its title (browsers skip a scroll area with controls in it). */
  scrolls?: boolean;
  /** Without shadow and width cap: for embedding in an article column. */
  flat?: boolean;
  /** Keeps "what works", the timeline and the next step behind an expander (the embed's default). */
  collapsible?: boolean;
  /**
   * Lays out the body under the title differently (the in-page compact card, components/overlay): given the
   * card's parts, returns what to show. Kept out of this file so the embed never ships that layout.
   */
  layout?: (parts: CardParts) => ComponentChildren;
}

/** The pieces of a card's body, for a custom layout. */
export interface CardParts {
  claim: ComponentChildren;
  details: ComponentChildren;
  next: ComponentChildren;
}

/**
 * The reality-check card, shared by the content script, the embed and the popup. Non-modal: it never
 * takes focus by itself; Escape inside it calls onClose.
 */
export function RealityCard(props: RealityCardProps) {
  const { card, myth, headingLevel = 2, quote, onClose, onNextStep, nextStepLabel = ui.t('overlay.open_planner') } = props;
  // Same myth, same title: an id shared by two cards of one myth still names the right text.
  const titleId = `rc-${myth}-title`;
  const Heading = `h${headingLevel}` as 'h2';
  const Sub = `h${headingLevel + 1}` as 'h3';
  const onKeyDown = (e: TargetedKeyboardEvent<HTMLElement>) => {
    if (e.key === 'Escape' && onClose) {
      e.stopPropagation();
      onClose();
    }
  };
  const details = (
    <>
      <Sub class="rc-section-title">{ui.t('card.instead')}</Sub>
      <ul>
        {card.instead.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <Sub class="rc-section-title">{ui.t('card.timeline')}</Sub>
      <ol class="rc-timeline">
        {card.timeline.map((m) => (
          <li key={m.when}>
            <span class="rc-when">{m.when}</span>
            <span>{m.what}</span>
          </li>
        ))}
      </ol>
      <Sub class="rc-section-title">{ui.t('card.next_step')}</Sub>
      <p>{card.nextStep}</p>
    </>
  );
  const claim = (
    <p class="rc-claim">
      <strong>{ui.t('card.claim')} </strong>
      {card.claim}
      {quote && <q class="rc-quote">{quote}</q>}
    </p>
  );
  const next = (onNextStep || props.actions) && (
    <div class="rc-next">
      {onNextStep && (
        <button type="button" class="rc-btn rc-btn-primary" onClick={onNextStep}>
          {nextStepLabel}
        </button>
      )}
      {props.actions}
    </div>
  );
  return (
    <section
      class={`rc-card${props.flat ? ' rc-flat' : ''}`}
      aria-labelledby={titleId}
      tabIndex={props.scrolls ? 0 : undefined}
      data-myth={myth}
      onKeyDown={onKeyDown}
    >
      <div class="rc-card-head">
        <div>
          <p class="rc-kicker">{ui.t('card.kicker')}</p>
          <Heading id={titleId} class="rc-title" tabIndex={-1}>
            {card.title}
          </Heading>
        </div>
        {onClose && (
          <button type="button" class="rc-btn rc-icon-btn" aria-label={ui.t('overlay.close_card')} onClick={onClose}>
            ×
          </button>
        )}
      </div>
      {props.layout ? (
        props.layout({ claim, details, next })
      ) : (
        <>
          {claim}
          <Sub class="rc-section-title">{ui.t('card.honest')}</Sub>
          <p class="rc-honest">{card.honest}</p>
          {props.numbers}
          {props.collapsible ? (
            <details>
              <summary>{ui.t('card.details')}</summary>
              {details}
            </details>
          ) : (
            details
          )}
          {next}
          <MedicalNote />
        </>
      )}
    </section>
  );
}

/** The line every piece of advice carries. */
export const MedicalNote = () => <p class="rc-fineprint">{ui.t('card.medical')}</p>;
