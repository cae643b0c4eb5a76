import { useEffect, useRef } from 'preact/hooks';
import { mythById } from '../../lib/myths';
import { RealityCard } from '../RealityCard';
import { ClaimNumbers } from '../numbers/ClaimNumbers';
import { numbersReader } from '../numbers/store';
import { announcement, claimCount, flagged, openCard, openClaim, panelOpen, type Spot } from './store';

export interface OverlayActions {
  /** Scrolls claim `index` into view and returns its fresh position. */
  reveal(index: number): void;
  openPlanner(): void;
  disableSite(): void;
  disableEverywhere(): void;
}

const BADGE_WIDTH = 132;
const CARD_WIDTH = 432;
/** Keeps a box of `width` px inside the viewport's width. */
const clampLeft = (left: number, width: number) =>
  Math.max(8, Math.min(left, document.documentElement.clientWidth - width));

/** The badge sits right after the end of the claim, or under its last line when the line is full. */
function badgePosition(s: Spot): { top: string; left: string } {
  const roomOnRight = s.endRight + 6 + BADGE_WIDTH <= document.documentElement.clientWidth;
  return roomOnRight
    ? { top: `${s.endTop - 2}px`, left: `${s.endRight + 6}px` }
    : { top: `${s.bottom + 2}px`, left: `${clampLeft(s.left, BADGE_WIDTH)}px` };
}

const MYTH_SHORT = (index: number) => {
  const c = flagged.value[index]?.claim;
  return c ? mythById(c.myth).label : '';
};

/**
 * The in-page overlay: a badge at the first claim, the card for the open claim (non-modal, Escape closes,
 * focus returns to what opened it), and a compact panel listing every claim.
 */
export function FlagOverlay({ actions }: { actions: OverlayActions }) {
  const trigger = useRef<HTMLElement | null>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const open = openCard.value;
  const item = open === null ? undefined : flagged.value[open];
  const first = flagged.value[0];

  // Focus moves into the card only because the user just opened it.
  useEffect(() => {
    if (item) cardRef.current?.querySelector<HTMLElement>('.rc-title')?.focus();
  }, [open]);

  const show = (index: number, from: EventTarget | null) => {
    trigger.current = from instanceof HTMLElement ? from : null;
    actions.reveal(index);
    openClaim(index);
  };
  const close = () => {
    openClaim(null);
    trigger.current?.focus();
  };

  if (claimCount.value === 0) return null;
  return (
    <div class="rc-overlay">
      <div class="rc-sr-only" role="status" aria-live="polite">
        {announcement}
      </div>
      {first?.spot && (
        <button
          type="button"
          class="rc-badge"
          style={badgePosition(first.spot)}
          aria-label={`Reality check: ${MYTH_SHORT(0)} claim. Open the card`}
          aria-expanded={open === 0}
          onClick={(e) => (open === 0 ? close() : show(0, e.currentTarget))}
        >
          ✓ Reality check
        </button>
      )}
      {item && (
        <div
          ref={cardRef}
          class="rc-popover"
          style={{ top: `${(item.spot?.bottom ?? 0) + 34}px`, left: `${clampLeft(item.spot?.left ?? 8, CARD_WIDTH)}px` }}
        >
          <RealityCard
            card={mythById(item.claim.myth).card}
            myth={item.claim.myth}
            quote={item.claim.sentence}
            numbers={<ClaimNumbers sentence={item.claim.sentence} reader={numbersReader.value} />}
            onClose={close}
            onNextStep={actions.openPlanner}
            actions={
              <>
                <button type="button" class="rc-btn" onClick={actions.disableSite}>
                  Not on this site
                </button>
                <button type="button" class="rc-btn" onClick={actions.disableEverywhere}>
                  Turn off everywhere
                </button>
              </>
            }
          />
        </div>
      )}
      {panelOpen.value ? (
        <aside class="rc-card rc-panel" aria-label="Reality Check claims on this page">
          <div class="rc-card-head">
            <h2 class="rc-title">
              {claimCount} {claimCount.value === 1 ? 'claim' : 'claims'} on this page
            </h2>
            <button
              type="button"
              class="rc-btn rc-icon-btn"
              aria-label="Close the claims list"
              onClick={() => (panelOpen.value = false)}
            >
              ×
            </button>
          </div>
          <ul class="rc-claim-list">
            {flagged.value.map((f, i) => (
              <li key={`${f.claim.start}-${f.claim.myth}`}>
                <button type="button" class="rc-btn" onClick={(e) => show(i, e.currentTarget)}>
                  <strong>{mythById(f.claim.myth).label}:</strong> {f.claim.sentence.slice(0, 90)}
                  {f.claim.sentence.length > 90 ? '…' : ''}
                </button>
              </li>
            ))}
          </ul>
        </aside>
      ) : (
        <button
          type="button"
          class="rc-btn rc-btn-primary rc-panel-toggle"
          aria-label={`Reality Check: ${claimCount.value} claims on this page. Show the list`}
          onClick={() => (panelOpen.value = true)}
        >
          Reality Check · {claimCount}
        </button>
      )}
    </div>
  );
}
