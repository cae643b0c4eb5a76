import { expect, test } from 'vitest';
import fc from 'fast-check';
import { joinPieces, offsetIn, pieceAt, type JoinedText, type Piece } from '../../lib/page-text';

test('blocks are separated by a line break, inline pieces are not', () => {
  const joined = joinPieces([
    { text: 'Lose ', newBlock: true },
    { text: 'back fat', newBlock: false },
    { text: 'Next para', newBlock: true },
  ]);
  expect(joined.text).toBe('Lose back fat\nNext para');
  expect(joined.starts).toEqual([0, 5, 14]);
});

/** The piece holding `offset` and the offset inside it, or null when there are no pieces. */
function locate(joined: JoinedText, lengths: readonly number[], offset: number, end = false, from = 0) {
  const piece = pieceAt(joined, offset, end, from);
  return piece < 0 ? null : { piece, offset: offsetIn(joined, lengths, piece, offset) };
}

test('pieceAt and offsetIn map a range start and end back into the right pieces', () => {
  const pieces: Piece[] = [
    { text: 'These moves ', newBlock: true },
    { text: 'melt back fat', newBlock: false },
    { text: '.', newBlock: false },
  ];
  const joined = joinPieces(pieces);
  const lengths = pieces.map((p) => p.text.length);
  const start = joined.text.indexOf('melt');
  expect(locate(joined, lengths, start)).toEqual({ piece: 1, offset: 0 });
  // The end of "These moves " is the end of piece 0, not the start of piece 1.
  expect(locate(joined, lengths, 12, true)).toEqual({ piece: 0, offset: 12 });
  expect(locate(joinPieces([]), [], 0)).toBeNull();
});

test('every offset maps to a piece position holding the same character', () => {
  const piece = fc.record({ text: fc.string({ minLength: 1, maxLength: 20 }), newBlock: fc.boolean() });
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 30 }), (pieces) => {
      const joined = joinPieces(pieces);
      const lengths = pieces.map((p) => p.text.length);
      const separators = new Set(joined.starts.filter((_, i) => i > 0 && pieces[i]!.newBlock).map((s) => s - 1));
      for (let o = 0; o < joined.text.length; o++) {
        if (separators.has(o)) continue;
        const at = locate(joined, lengths, o)!;
        expect(pieces[at.piece]!.text[at.offset]).toBe(joined.text[o]);
      }
    }),
  );
});

test('a search from an earlier piece finds what a search from the start finds', () => {
  const piece = fc.record({ text: fc.string({ minLength: 1, maxLength: 8 }), newBlock: fc.boolean() });
  fc.assert(
    fc.property(fc.array(piece, { minLength: 1, maxLength: 20 }), fc.nat(200), fc.nat(25), fc.boolean(), (pieces, offset, from, end) => {
      const joined = joinPieces(pieces);
      const lengths = pieces.map((p) => p.text.length);
      expect(locate(joined, lengths, offset, end, from)).toEqual(locate(joined, lengths, offset, end));
    }),
  );
});
