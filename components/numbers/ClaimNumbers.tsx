import { explainClaim, readClaimNumbers, type NumbersText } from '../../lib/claim-numbers';
import { ui } from '../i18n/ui';

/**
 * "The numbers" for an embed: the claim's own arithmetic, then the honest version from example figures (a
 * host page has no reader's plan). Undefined for a claim without quantities.
 */
export const exampleNumbers = (sentence: string | undefined): NumbersText | undefined =>
  sentence ? explainClaim(readClaimNumbers(sentence), undefined, ui) : undefined;

export interface NumbersSectionProps {
  /** The claim's numbers explained (lib/claim-numbers explainClaim); nothing is shown without. */
  text: NumbersText | undefined;
  /** The honest version used the reader's plan, not example figures. */
  fromPlan: boolean;
  headingLevel?: 2 | 3 | 4 | 5;
}

/**
 * "The numbers" of one claim, given its explained text: the embed's from exampleNumbers, the in-page card's
 * from card.js (components/overlay/card-parts), so overlay.js carries no reading rules.
 */
export function NumbersSection({ text, fromPlan, headingLevel = 3 }: NumbersSectionProps) {
  if (!text) return null;
  const Sub = `h${headingLevel}` as 'h3';
  const say = (line: string) => (fromPlan ? <Said text={line} /> : line);
  return (
    <div class="rc-numbers">
      <Sub class="rc-section-title">{ui.t('card.numbers.title')}</Sub>
      {text.implies.length > 0 && (
        <>
          <p>{ui.t('card.numbers.take')}</p>
          <ul>
            {text.implies.map((line) => (
              <li key={line}>{say(line)}</li>
            ))}
          </ul>
        </>
      )}
      <p>{ui.t('card.numbers.honest')}</p>
      <ul>
        {text.honest.map((line) => (
          <li key={line}>{say(line)}</li>
        ))}
      </ul>
      <p class="rc-fineprint">{say(ui.t(fromPlan ? 'card.numbers.source_plan' : 'card.numbers.source'))}</p>
    </div>
  );
}

/**
 * Text worked out from the reader's plan, shown as generated content (overlay.css `.rc-said`: only the in-page
 * card has a plan). A page's window.find() searches every text node of the open card, closed root and closed
 * "More" included, so a page guessing figures ("burn of about 2,300 kcal") read the reader's plan back from its
 * true or false; it does not search generated content. Screen readers still read it; it cannot be selected.
 */
const Said = ({ text }: { text: string }) => <span class="rc-said" data-said={text} />;
