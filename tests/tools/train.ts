/**
 * `npm run train`: fits the detector on ../shared/corpus/*.jsonl and writes lib/detect/model.json, stamped
 * with the corpus files' sha256. Deterministic: the same corpus gives the same bytes.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { corpusFiles, fit, readCorpusFiles, toModelData } from './train-model';
import { FITTED_SENTENCES } from '../../lib/detect/page';
import { readSpans } from '../../lib/detect/sentences';

const files = corpusFiles();
if (!files) {
  console.error('No corpus found: training needs ../shared/corpus/*.jsonl (or CORPUS_DIR)');
  process.exit(1);
}
const started = performance.now();
const { pages, hashes } = readCorpusFiles(files);
// The page decision reads counts up to FITTED_SENTENCES as they are: it must stay above what it was fitted on.
const longest = Math.max(...pages.map((p) => readSpans(p.text).length));
if (longest > FITTED_SENTENCES) console.warn(`longest page has ${longest} sentences: raise FITTED_SENTENCES (${FITTED_SENTENCES}) in lib/detect/page.ts`);
const data = toModelData(fit(pages), hashes);
const out = join(import.meta.dirname, '../../lib/detect/model.json');
const json = `${JSON.stringify(data, null, 1)}\n`;
writeFileSync(out, json);
console.log(`trained on ${pages.length} pages in ${((performance.now() - started) / 1000).toFixed(1)} s; ${out}: ${(json.length / 1024).toFixed(0)} KiB, ${Buffer.from(data.features, "base64").length / 4} features`);
