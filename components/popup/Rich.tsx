/** Renders lib/plan/words text: **stars** mark numbers to stress; everything stays text, never markup. */
export function Rich({ text }: { text: string }) {
  return <>{text.split('**').map((part, i) => (i % 2 ? <strong key={i}>{part}</strong> : part))}</>;
}
