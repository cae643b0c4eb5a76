/** An element's text as the reader sees it: lines shown as generated content (ClaimNumbers' Said) included. */
export function shownText(el: Element | null | undefined): string {
  if (!el) return '';
  const copy = el.cloneNode(true) as Element;
  for (const said of copy.querySelectorAll<HTMLElement>('.rc-said')) said.replaceWith(said.dataset.said ?? '');
  return copy.textContent ?? '';
}
