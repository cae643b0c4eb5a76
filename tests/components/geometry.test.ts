import { afterEach, describe, expect, test, vi } from 'vitest';
import { spotOf } from '../../components/overlay/geometry';

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** Records how many characters each measured range covers; every range reads as one laid-out line. */
function measuredLengths(): number[] {
  const lengths: number[] = [];
  vi.spyOn(Range.prototype, 'getClientRects').mockImplementation(function (this: Range) {
    lengths.push(this.toString().length);
    const rect = new DOMRect(0, 0, 10, 10);
    return Object.assign([rect], { item: (i: number) => (i === 0 ? rect : null) }) as unknown as DOMRectList;
  });
  return lengths;
}

const VIEWPORT = new DOMRect(0, 0, 800, 600);

/** Puts `el` (holding `html`) in the page and returns a range over its first 24 characters, the claim. */
function claimAtStartOf(el: HTMLElement, html: string): Range {
  el.innerHTML = html;
  document.body.append(el);
  const claim = document.createRange();
  claim.setStart(el.firstChild!, 0);
  claim.setEnd(el.firstChild!, 24);
  return claim;
}

describe('spotOf', () => {
  test('measures a bounded stretch after the claim, however long its paragraph runs on', () => {
    // A page can put 50 MB in one text node: a range to the paragraph's end made getClientRects lay it all out (24 s).
    const claim = claimAtStartOf(document.createElement('p'), 'Lose back fat in 3 days. ' + 'x'.repeat(200_000));
    const lengths = measuredLengths();
    expect(spotOf(claim, VIEWPORT)).not.toBeNull();
    expect(lengths[0]).toBe(24);
    expect(Math.max(...lengths.slice(1))).toBeLessThanOrEqual(2_000);
  });

  test('a claim in a part the page does not render has no spot, and nothing of it is measured', () => {
    // Its rects would make the browser lay that part out for us (content-visibility: hidden, 50 MB: 24 s).
    const p = document.createElement('p');
    p.checkVisibility = () => false;
    const claim = claimAtStartOf(p, 'Lose back fat in 3 days. More text.');
    const lengths = measuredLengths();
    expect(spotOf(claim, VIEWPORT)).toBeNull();
    expect(lengths).toEqual([]);
  });

  test('text right inside a content-visibility: hidden element is not rendered either, though the element is', () => {
    const div = document.createElement('div');
    div.style.setProperty('content-visibility', 'hidden');
    const claim = claimAtStartOf(div, 'Lose back fat in 3 days. More text.');
    const lengths = measuredLengths();
    expect(spotOf(claim, VIEWPORT)).toBeNull();
    expect(lengths).toEqual([]);
  });

  test('measures the rest of an ordinary paragraph to its end, across its inline elements', () => {
    const claim = claimAtStartOf(document.createElement('p'), 'Lose back fat in 3 days. Then <em>more</em> text.');
    const lengths = measuredLengths();
    spotOf(claim, VIEWPORT);
    expect(lengths).toEqual([24, ' Then more text.'.length]);
  });
});
