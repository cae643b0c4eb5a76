/** The middle value of `xs` (the mean of the two middle ones for an even count); NaN for none. */
export const median = (xs: readonly number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};

/**
 * Slope of points (y per unit of x) by Theil-Sen: the median of the slopes between every pair, so one odd
 * reading barely moves it; NaN with no two distinct x. The one estimator of weigh-ins' slope, for the progress
 * read's line and the weight trend carried between weigh-ins (lib/progress/weighins, lib/log/trend).
 */
export function medianSlope(points: readonly { x: number; y: number }[]): number {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    const p = points[i]!;
    for (let j = i + 1; j < points.length; j++) if (points[j]!.x !== p.x) slopes.push((points[j]!.y - p.y) / (points[j]!.x - p.x));
  }
  return median(slopes);
}
