/**
 * `npm run literals` (also run by `npm run train`): writes lib/detect/prefilter-literals.json, the literal
 * groups of every regex the detector guards, so the background does not read them off the sources on the
 * first page it judges. A stale file costs only time: a regex it does not know is read at build.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { everyGuard } from '../../lib/detect/claims';
import { literalsKey, requiredLiterals } from '../../lib/detect/prefilter';

/** The file's text: one regex a line, in everyGuard() order, so a changed pattern is a one-line diff. */
export function literalsFile(): string {
  const entries = new Map(everyGuard().map((g) => [literalsKey(g.re), requiredLiterals(g.re)]));
  return `{\n${[...entries].map(([key, groups]) => `  ${JSON.stringify(key)}: ${JSON.stringify(groups)}`).join(',\n')}\n}\n`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = join(import.meta.dirname, '../../lib/detect/prefilter-literals.json');
  writeFileSync(file, literalsFile());
  console.log(`wrote ${file}`);
}
