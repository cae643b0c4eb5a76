import { localDay } from '../lib/streak';

/** Saves `text` as a file the user downloads; nothing leaves the browser. */
export function download(name: string, type: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** "reality-check-2026-12-07": the user's day as the streak counts it (time zone, day start), not the UTC date. */
export const dayStamped = (stem: string, dayStartHour: number): string =>
  `${stem}-${localDay(dayStartHour)}`;
