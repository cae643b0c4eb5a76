import { h, render, type ComponentChildren, type FunctionComponent } from 'preact';
import { ui } from '../i18n/ui';
import { checkLang, readTheme } from './attributes';

/** Attribute values as props: strings, or undefined when absent. Anything may be in them. */
export type Props = Record<string, string | undefined>;

/** Host rules for the card, timeline and planner: block layout, honour [hidden], and fit the article column. */
export const HOST_CSS = `:host{display:block;margin:16px 0;contain:content}:host([hidden]){display:none}`;

/** The themed root every embed renders into, marked with the file's language for screen readers. */
export const Root = ({ tag, theme, children }: { tag: string; theme?: string; children: ComponentChildren }) => {
  const t = readTheme(tag, theme);
  return (
    <div class="rc-root" lang={ui.lang} data-theme={t === 'auto' ? undefined : t}>
      {children}
    </div>
  );
};

/**
 * A thin custom-element wrapper: an open shadow root with the shared stylesheet, attributes passed as
 * props (kebab-case to camelCase), rendered synchronously on connection so nothing shifts after load.
 * Smaller than a general library, which keeps the whole embed within its size budget.
 */
export function defineElement(tag: string, component: FunctionComponent<Props>, attrs: string[], sheet: CSSStyleSheet) {
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
        checkLang(tag, this.closest('[lang]')?.getAttribute('lang'), ui.lang);
        render(h(component, props), this.root);
      }
    },
  );
}

