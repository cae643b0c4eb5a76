/**
 * A JSX runtime that builds DOM nodes directly, for the numbers embed only: wxt.config.ts resolves `preact`
 * and `preact/jsx-runtime` to this file in the reality-check-numbers(-es).js builds. <reality-check-numbers>
 * is static markup (no state, no events: a new claim renders anew), so it needs no diffing, and preact was
 * 4 kB of that file's 12 kB gzip budget. It covers what that element's components use (elements with
 * string attributes, function components, fragments, arrays, text); tests/embed/dom-jsx.test.tsx holds
 * its output to preact's for the same components.
 */
type Child = Node | string | number | bigint | boolean | null | undefined | Child[];
type Props = Record<string, unknown> & { children?: Child };
type Type = string | ((props: Props) => Child);

function append(parent: Node, child: Child): void {
  if (Array.isArray(child)) for (const c of child) append(parent, c);
  else if (child instanceof Node) parent.appendChild(child);
  else if (child != null && typeof child !== 'boolean') parent.appendChild(document.createTextNode(String(child)));
}

const nodes = (child: Child): DocumentFragment => {
  const fragment = document.createDocumentFragment();
  append(fragment, child);
  return fragment;
};

export const Fragment = (props: Props): Child => nodes(props.children);

export function jsx(type: Type, props: Props): Child {
  if (typeof type === 'function') return type(props);
  const el = document.createElement(type);
  for (const [name, value] of Object.entries(props)) {
    if (name !== 'children' && name !== 'key' && value != null && value !== false) el.setAttribute(name, value === true ? '' : String(value));
  }
  append(el, props.children);
  return el;
}
export { jsx as jsxs };

/** preact's `h(type, props)` for define.tsx, which creates each element's tree. */
export const h = (type: Type, props: Props | null): Child => jsx(type, props ?? {});

/** preact's `render`: the tree replaces what the root held (`null` empties it). */
export function render(tree: Child, root: ParentNode): void {
  root.replaceChildren(nodes(tree));
}
