import { h, render, type ComponentChildren, type FunctionComponent } from 'preact';
import { CARDS } from '../../lib/myths/cards';
import { REALISTIC_TIMELINE, TIMELINE_CAVEAT } from '../../lib/timeline';
import { CARD_CSS } from '../card/styles';
import { RealityCard } from '../RealityCard';
import { PlanTeaser } from './PlanTeaser';
import { readHeadingLevel, readMyth, readTheme } from './attributes';

/** Host rules for embeds: block layout, honour [hidden], and fit the article column. */
const EMBED_CSS = `:host{display:block;margin:16px 0;contain:content}:host([hidden]){display:none}
.rc-form{display:grid;grid-template-columns:repeat(auto-fit,minmax(120px,1fr));gap:10px;margin-top:10px}
.rc-field{display:flex;flex-direction:column;gap:4px;font-size:14px}
.rc-field input,.rc-field select{font:inherit;min-height:32px;padding:4px 8px;border:1px solid var(--rc-border);border-radius:6px;background:var(--rc-bg);color:var(--rc-fg)}
.rc-error{color:light-dark(#b42318,#ff9b8f);font-size:13px}
.rc-result{margin-top:12px!important}
details summary{cursor:pointer;min-height:24px;font-weight:600;margin-top:12px}`;

/** Attribute values as props: strings, or undefined when absent. Anything may be in them. */
type Props = Record<string, string | undefined>;

const Root = ({ tag, theme, children }: { tag: string; theme?: string; children: ComponentChildren }) => {
  const t = readTheme(tag, theme);
  return (
    <div class="rc-root" data-theme={t === 'auto' ? undefined : t}>
      {children}
    </div>
  );
};

function CardElement(props: Props) {
  const tag = 'reality-check-card';
  const id = readMyth(tag, props.myth);
  return (
    <Root tag={tag} theme={props.theme}>
      <RealityCard card={CARDS[id]} myth={id} headingLevel={readHeadingLevel(tag, props.headingLevel)} flat collapsible />
    </Root>
  );
}

function TimelineElement(props: Props) {
  const tag = 'reality-check-timeline';
  const Heading = `h${readHeadingLevel(tag, props.headingLevel)}` as 'h2';
  return (
    <Root tag={tag} theme={props.theme}>
      <section class="rc-card rc-flat" aria-label="A realistic timeline">
        <p class="rc-kicker">Reality check</p>
        <Heading class="rc-title">What a realistic timeline looks like</Heading>
        <ol class="rc-timeline" style={{ marginTop: '10px' }}>
          {REALISTIC_TIMELINE.map((m) => (
            <li key={m.when}>
              <span class="rc-when">{m.when}</span>
              <span>{m.what}</span>
            </li>
          ))}
        </ol>
        <p class="rc-fineprint">{TIMELINE_CAVEAT}</p>
      </section>
    </Root>
  );
}

function PlannerElement(props: Props) {
  const tag = 'reality-check-planner';
  return (
    <Root tag={tag} theme={props.theme}>
      <PlanTeaser headingLevel={readHeadingLevel(tag, props.headingLevel)} />
    </Root>
  );
}

/**
 * A thin custom-element wrapper: an open shadow root with the shared stylesheet, attributes passed as
 * props (kebab-case to camelCase), rendered synchronously on connection so nothing shifts after load.
 * Smaller than a general library, which keeps the whole embed within its size budget.
 */
function defineElement(tag: string, component: FunctionComponent<Props>, attrs: string[], sheet: CSSStyleSheet) {
  const camel = (a: string) => a.replace(/-(\w)/g, (_, c: string) => c.toUpperCase());
  customElements.define(
    tag,
    class extends HTMLElement {
      static observedAttributes = attrs;
      private root = this.attachShadow({ mode: 'open' });
      connectedCallback() {
        this.root.adoptedStyleSheets = [sheet];
        this.update();
      }
      attributeChangedCallback() {
        if (this.isConnected) this.update();
      }
      disconnectedCallback() {
        render(null, this.root);
      }
      private update() {
        const props: Props = {};
        for (const a of attrs) props[camel(a)] = this.getAttribute(a) ?? undefined;
        render(h(component, props), this.root);
      }
    },
  );
}

/**
 * Defines the three elements. Safe to call twice (the script pasted twice, or two blogs' widgets on one
 * page): an element already defined is left alone.
 */
export function defineElements(): void {
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(CARD_CSS + EMBED_CSS);
  const elements: [string, FunctionComponent<Props>, string[]][] = [
    ['reality-check-card', CardElement, ['myth', 'theme', 'heading-level']],
    ['reality-check-timeline', TimelineElement, ['theme', 'heading-level']],
    ['reality-check-planner', PlannerElement, ['theme', 'heading-level']],
  ];
  for (const [tag, component, attrs] of elements) {
    if (!customElements.get(tag)) defineElement(tag, component, attrs, sheet);
  }
}
