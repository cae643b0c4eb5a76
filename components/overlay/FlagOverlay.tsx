import type { TargetedFocusEvent, TargetedKeyboardEvent } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Claim } from '../../lib/detect/types';
import { faceFor, wordsFor } from '../../lib/myths/cards';
import type { Card } from '../../lib/myths/types';
import { ui } from '../i18n/ui';
import { MedicalNote, RealityCard } from '../RealityCard';
import { NumbersSection } from '../numbers/ClaimNumbers';
import { BADGE_STYLE, badgeBox, badgeFor, viewBox } from './badge-box';
import { cardSpot, type Box, type CardSpot } from './place';
import { announcement, cardParts, claimCount, flagged, notice, numbersReader, openCard, openClaim, panelOpen, type FlaggedClaim } from './store';

export interface OverlayActions {
  /** Scrolls claim `index` into view and refreshes the spots. */
  reveal(index: number): void;
  openPlanner(): void;
  disableSite(): void;
  /** Undoes disableSite. */
  enableSite(): void;
  disableEverywhere(): void;
  /** "This isn't a myth": hides the claim on this page, remembered. */
  dismiss(claim: Claim): void;
  /** Undoes dismiss. */
  restore(claim: Claim): void;
  /** Marks claim `index` as the one whose card is open (null: none is). */
  current(index: number | null): void;
  /** True while a click the user made (not one the page scripted) is handled: the actions above refuse any other. */
  userActing(): boolean;
}

const relative = (el: Element, origin: DOMRect): Box => {
  const r = el.getBoundingClientRect();
  return { top: r.top - origin.top, left: r.left - origin.left, right: r.right - origin.left, bottom: r.bottom - origin.top };
};

/** What the reader clicked on the plain overlay (entrypoints/overlay) before this one took its place. */
export type Opening = 'badge' | 'panel';

/**
 * The in-page overlay: a badge beside the first claim, a compact card anchored to the open claim (non-modal:
 * Escape or tabbing away closes it, focus returns to what opened it), a panel listing every claim, and the
 * confirmation of the last action with its Undo.
 */
export function FlagOverlay({ actions, opening }: { actions: OverlayActions; opening?: Opening }) {
  const rootRef = useRef<HTMLDivElement>(null);
  const badgeRef = useRef<HTMLButtonElement>(null);
  const trigger = useRef<HTMLElement | null>(null);
  const toggleRef = useRef<HTMLButtonElement>(null);
  const panelRef = useRef<HTMLElement>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  const open = openCard.value;
  const item = open === null ? undefined : flagged.value[open];
  const first = flagged.value[0];
  // Focus moves into the card or panel only because the user just opened it (trigger is set on click).
  useEffect(() => {
    if (item && trigger.current) rootRef.current?.querySelector<HTMLElement>('.rc-popover .rc-title')?.focus();
  }, [open]);
  useEffect(() => {
    if (panelOpen.value) panelRef.current?.querySelector<HTMLElement>('.rc-title')?.focus();
  }, [panelOpen.value]);
  useEffect(() => actions.current(item ? open : null), [open, item]);
  // The card the user acted in has gone: its confirmation's Undo is where they are now.
  useEffect(() => void undoRef.current?.focus(), [notice.value]);

  const show = (index: number, from: EventTarget | null) => {
    trigger.current = from instanceof HTMLElement ? from : null;
    actions.reveal(index);
    openClaim(index);
  };
  const close = () => {
    openClaim(null);
    // A claim picked from the panel: the panel has closed, its toggle takes focus back.
    (trigger.current?.isConnected ? trigger.current : toggleRef.current)?.focus();
    trigger.current = null;
  };
  // The toggle (back on the next render) takes focus when what had it goes; with no claims left the
  // overlay leaves the page and focus with it.
  const focusToggle = () => requestAnimationFrame(() => toggleRef.current?.focus());
  // Opened as the reader's click would have, once there is a badge to return focus to (a second render, below).
  const pending = useRef(opening);
  useEffect(() => {
    if (pending.current === 'panel') panelOpen.value = true;
    else if (pending.current === 'badge' && badgeRef.current) show(0, badgeRef.current);
    else return;
    pending.current = undefined;
  });
  const closePanel = () => {
    panelOpen.value = false;
    focusToggle();
  };
  const act = (action: () => void, text: string, undo: () => void) => {
    // A click the action will refuse is confirmed by nothing: the card stays as it was.
    if (!actions.userActing()) return;
    openClaim(null);
    trigger.current = null;
    notice.value = { text, undo };
    announcement.value = text;
    // After the confirmation is up: an overlay whose page has no claims left and nothing to say leaves it.
    action();
  };
  const closeNotice = () => {
    notice.value = null;
    focusToggle();
  };
  const undo = () => {
    notice.value?.undo();
    closeNotice();
  };

  const origin = () => rootRef.current?.getBoundingClientRect() ?? new DOMRect();
  // Read again with each new measurement (a resize, the reader's text size changed), when styles are fresh.
  // Claims measured before the overlay mounted wait for a second render: the first comes before its ref is set.
  const [mounted, setMounted] = useState(false);
  useLayoutEffect(() => void (first?.spot && setMounted(true)), []);
  const badgeSize = useMemo(() => rootRef.current && badgeBox(rootRef.current), [first?.spot, mounted]);
  const badge = first?.spot && badgeSize ? badgeFor(first.spot, badgeSize, origin()) : null;
  const n = notice.value;

  return (
    <div class="rc-overlay" ref={rootRef}>
      {badge && (
        <button
          ref={badgeRef}
          type="button"
          class="rc-badge"
          style={{ ...BADGE_STYLE, top: `${badge.top}px`, left: `${badge.left}px` }}
          aria-label={ui.t('overlay.badge_label', { myth: wordsFor(first!.claim.myth, ui.lang).label })}
          aria-expanded={open === 0}
          onClick={(e) => (open === 0 ? close() : show(0, e.currentTarget))}
        >
          {ui.t('overlay.badge')}
        </button>
      )}
      {item && (
        <Popover
          item={item}
          index={open!}
          origin={origin}
          toggle={toggleRef}
          onClose={close}
          onLeave={() => {
            openClaim(null);
            trigger.current = null;
          }}
          actions={actions}
          act={act}
        />
      )}
      <div class="rc-corner">
        {n && (
          <div class="rc-card rc-notice">
            <p>{n.text}</p>
            <button ref={undoRef} type="button" class="rc-btn rc-btn-primary" onClick={undo}>
              {ui.t('common.undo')}
            </button>
            <button type="button" class="rc-btn rc-icon-btn" aria-label={ui.t('overlay.close_notice')} onClick={closeNotice}>
              ×
            </button>
          </div>
        )}
        {claimCount.value > 0 &&
          (panelOpen.value ? (
            <aside
              ref={panelRef}
              class="rc-card rc-panel"
              aria-label={ui.t('overlay.panel_label')}
              onKeyDown={(e: TargetedKeyboardEvent<HTMLElement>) => {
                if (e.key !== 'Escape') return;
                e.stopPropagation();
                closePanel();
              }}
            >
              <div class="rc-card-head">
                <h2 class="rc-title" tabIndex={-1}>
                  {ui.t('overlay.panel_title', { n: ui.num(claimCount.value) }, claimCount.value)}
                </h2>
                <button type="button" class="rc-btn rc-icon-btn" aria-label={ui.t('overlay.close_panel')} onClick={closePanel}>
                  ×
                </button>
              </div>
              <ul class="rc-claim-list">
                {flagged.value.map((f, i) => (
                  <li key={`${f.claim.start}-${f.claim.myth}`}>
                    <button
                      type="button"
                      class="rc-btn"
                      onClick={(e) => {
                        // The card takes the panel's place, so the two never overlap.
                        panelOpen.value = false;
                        show(i, e.currentTarget);
                      }}
                    >
                      <strong>{ui.t('overlay.list_item', { myth: wordsFor(f.claim.myth, ui.lang).label })}</strong> {f.claim.sentence.slice(0, 90)}
                      {f.claim.sentence.length > 90 ? '…' : ''}
                    </button>
                  </li>
                ))}
              </ul>
            </aside>
          ) : (
            <button
              ref={toggleRef}
              type="button"
              class="rc-btn rc-btn-primary rc-panel-toggle"
              aria-label={ui.t('overlay.toggle_label', { n: ui.num(claimCount.value) }, claimCount.value)}
              onClick={() => (panelOpen.value = true)}
            >
              {ui.t('overlay.toggle', { n: ui.num(claimCount.value) })}
            </button>
          ))}
      </div>
    </div>
  );
}

interface PopoverProps {
  item: FlaggedClaim;
  index: number;
  origin: () => DOMRect;
  toggle: { current: HTMLElement | null };
  onClose(): void;
  /** Focus left the card for something else: close without taking focus back. */
  onLeave(): void;
  actions: OverlayActions;
  /** Runs the action, confirmed with `text` and an Undo. */
  act(action: () => void, text: string, undo: () => void): void;
}

/** The card's height when cut to fit by its claim (overlay.css: it scrolls inside). */
const CUT = '--rc-cut';

/** The open claim's card, measured and then placed beside its claim (see cardSpot), with a pointer to it. */
function Popover({ item, index, origin, toggle, onClose, onLeave, actions, act }: PopoverProps) {
  const ref = useRef<HTMLDivElement>(null);
  const [spot, setSpot] = useState<CardSpot | null>(null);
  const [scrolls, setScrolls] = useState(false);
  // Loaded when the user reaches for the overlay (entrypoints/overlay). A card opened before they arrive shows
  // at once with its face (title, honest answer), and what is behind "More" joins it when they do.
  const parts = cardParts.value;
  const card: Card = parts?.cardFor(item.claim.myth, ui.lang) ?? { ...faceFor(item.claim.myth, ui.lang), claim: '', instead: [], timeline: [], nextStep: '' };
  const words = wordsFor(item.claim.myth, ui.lang);

  useLayoutEffect(() => {
    const el = ref.current;
    const claimSpot = item.spot;
    const lines = claimSpot?.lines;
    if (!el || !claimSpot || !lines?.length) return;
    const place = () => {
      const o = origin();
      const others = flagged.value.flatMap((f, i) => (i === index ? [] : (f.spot?.lines ?? [])));
      // The panel button and the badge stay in view: each opens or closes a card.
      for (const b of [toggle.current, el.parentElement?.querySelector('.rc-badge')]) if (b) others.push(relative(b, o));
      // Its own width and height, and its height at a narrower width (a card beside its claim), measured
      // uncut, with its width set for the read, and then set back.
      const was = { width: el.style.width, cut: el.style.getPropertyValue(CUT) };
      el.style.width = '';
      el.style.removeProperty(CUT);
      // Unrounded (offsetHeight rounds): a card kept 8 px clear of the window's edge by its rounded height overshot it.
      const box = el.getBoundingClientRect();
      const size = { width: box.width, height: box.height };
      const heightAt = (width: number) => {
        el.style.width = `${width}px`;
        return el.getBoundingClientRect().height;
      };
      const column = { left: claimSpot.blockLeft, right: claimSpot.blockRight };
      const spot = cardSpot({ claim: lines, others, size, view: viewBox(o), column, heightAt });
      el.style.width = was.width;
      el.style.setProperty(CUT, was.cut);
      setSpot(spot);
    };
    place();
    // "More" changes the card's height: place it again. A card cut short keeps its height, so "More" itself is
    // watched too.
    const watch = typeof ResizeObserver === 'undefined' ? null : new ResizeObserver(place);
    for (const part of [el, el.querySelector('details')]) if (part) watch?.observe(part);
    // Revealing the claim scrolls the page smoothly, and the window it was placed in moved on: placed again
    // where the scroll comes to rest. Once: later scrolls are the reader's, and the card stays where it is.
    document.addEventListener('scrollend', place, { once: true });
    return () => {
      watch?.disconnect();
      document.removeEventListener('scrollend', place);
    };
  }, [item, index]);

  // Cut short (or taller than the window once "More" is open), the card scrolls: read after each placing.
  useLayoutEffect(() => {
    const card = ref.current?.querySelector('.rc-card');
    const now = !!card && card.scrollHeight > card.clientHeight;
    if (now !== scrolls) setScrolls(now);
  });

  const onFocusOut = (e: TargetedFocusEvent<HTMLDivElement>) => {
    const to = e.relatedTarget;
    // Null means a click on plain text or outside any control: the card stays.
    if (to instanceof Node && !e.currentTarget.contains(to)) onLeave();
  };
  const { claim } = item;
  return (
    <div
      ref={ref}
      class={`rc-popover rc-${spot?.side ?? 'below'}`}
      style={
        spot
          ? { top: `${spot.top}px`, left: `${spot.left}px`, width: spot.width ? `${spot.width}px` : '', [CUT]: spot.height ? `${spot.height}px` : '' }
          : { visibility: 'hidden', top: '0px', left: '0px' }
      }
      onFocusOut={onFocusOut}
    >
      {spot && spot.side !== 'over' && !spot.stepped && (
        <span
          class="rc-pointer"
          aria-hidden="true"
          style={spot.side === 'right' || spot.side === 'left' ? { top: `${spot.pointer}px` } : { left: `${spot.pointer}px` }}
        />
      )}
      <RealityCard
        card={card}
        myth={claim.myth}
        quote={claim.sentence}
        scrolls={scrolls}
        onClose={onClose}
        onNextStep={actions.openPlanner}
        // Compact: why it was flagged and a two-line honest answer; the rest behind "More".
        layout={({ claim: quoted, details, next }) => (
          <>
            <p class="rc-why">{ui.t('overlay.why', { why: words.why })}</p>
            <p class="rc-honest">{card.honest}</p>
            <details>
              <summary>{ui.t('overlay.more')}</summary>
              {parts && (
                <>
                  {quoted}
                  <NumbersSection text={parts.numbers(claim.sentence, numbersReader.value, ui)} fromPlan={!!numbersReader.value} />
                  {details}
                  {next}
                  <MedicalNote />
                </>
              )}
            </details>
            <div class="rc-next">
              <button
                type="button"
                class="rc-btn"
                onClick={() => act(() => actions.dismiss(claim), ui.t('overlay.dismissed'), () => actions.restore(claim))}
              >
                {ui.t('overlay.not_myth')}
              </button>
              <button
                type="button"
                class="rc-btn"
                onClick={() => act(actions.disableSite, ui.t('overlay.site_off'), actions.enableSite)}
              >
                {ui.t('overlay.not_site')}
              </button>
            </div>
          </>
        )}
        actions={
          <button type="button" class="rc-btn" onClick={actions.disableEverywhere}>
            {ui.t('overlay.off_everywhere')}
          </button>
        }
      />
    </div>
  );
}
