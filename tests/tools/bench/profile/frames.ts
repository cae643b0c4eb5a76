/** Names V8 profile frames of extension code by source file and line when the build has source maps (vite build.sourcemap). */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { SourceMapConsumer } from 'source-map-js';
import { EXTENSION_DIR } from '../../../e2e/harness';
import type { SampledFrame as CallFrame } from '../page';

export const isExtensionFrame = (f: CallFrame) => !!f.url?.startsWith('chrome-extension://');

const maps = new Map<string, SourceMapConsumer | null>();
const mapFor = (file: string) => {
  if (!maps.has(file)) {
    const path = join(EXTENSION_DIR, `${file}.map`);
    maps.set(file, existsSync(path) ? new SourceMapConsumer(JSON.parse(readFileSync(path, 'utf8'))) : null);
  }
  return maps.get(file);
};

/** "name source:line" for an extension frame, the bundle's file:line:column without a map. */
export function frameLabel(f: CallFrame): string {
  const file = (f.url ?? '').replace(/^chrome-extension:\/\/[a-z]+\//, '');
  const line = f.lineNumber ?? 0;
  const column = f.columnNumber ?? 0;
  const at = mapFor(file)?.originalPositionFor({ line: line + 1, column });
  const where = at?.source ? `${at.source.replace(/^(\.\.\/)+/, '')}:${at.line}` : `${file}:${line + 1}:${column + 1}`;
  return `${at?.name ?? f.functionName ?? '(anonymous)'} ${where}`;
}
