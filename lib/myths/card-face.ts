/**
 * A whole from its face (the part readers see: a card's face, a myth's words) and the rest of it. Each call is
 * marked pure, so a bundle that never reads the whole drops it (overlay.js reads the card faces alone; the
 * embed reads no Myth). A spread of the face, or a read of its fields, in the whole's literal stayed behind in
 * every bundle, and the face with it: the Spanish faces in the English embed, every myth's words in each embed.
 * Both types are given at the call (`withFace<Myth, keyof MythWords>`): inferred, the whole would be taken from
 * the face, and the rest would go unchecked; given, each field is checked (a Myth's id stays a MythId).
 */
export const withFace = <Whole, Face extends keyof Whole>(face: Pick<Whole, Face>, rest: Omit<Whole, Face>): Whole =>
  // A Pick and an Omit of the same keys make the whole; TypeScript cannot see that for a generic Whole.
  ({ ...face, ...rest }) as Whole;
