/**
 * `npm run eval -- --cv K`: K-fold cross-validation on the labelled corpus, grouped by page (a page's
 * sentences never train the model that judges it). Every fold is refitted with the same `fit` that
 * `npm run train` runs, so the out-of-fold figures estimate the shipped model on pages it has not seen.
 */
import { loadModel } from '../../lib/detect/model';
import { judgeWith } from '../../lib/detect/learned';
import type { PageVerdict } from '../../lib/detect/types';
import { corpusFiles, fit, foldsOf, rangesOf, readCorpusFiles, SETTINGS, toModelData, type CorpusPage } from './train-model';

export interface CvResult {
  precision: number;
  recall: number;
  claimHit: number;
  kinds: Record<string, { pages: number; flagged: number }>;
  falsePositives: string[];
  missed: string[];
  noClaimHit: string[];
}

/** Whether a flagged claim overlaps one of the page's labelled claim sentences. */
export function claimHit(page: CorpusPage, verdict: PageVerdict): boolean {
  const ranges = rangesOf(page.text, page.claims);
  return verdict.claims.some((c) => ranges.some(([s, e]) => c.start < e && s < c.end));
}

export function crossValidate(pages: readonly CorpusPage[], k: number): CvResult {
  const folds = foldsOf(pages, k, SETTINGS.seed);
  const verdicts: PageVerdict[] = new Array(pages.length);
  for (let f = 0; f < k; f++) {
    const model = loadModel(toModelData(fit(pages.filter((_, i) => folds[i] !== f)), {}));
    pages.forEach((p, i) => {
      if (folds[i] === f) verdicts[i] = judgeWith(model, p.text);
    });
  }
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let hits = 0;
  const kinds: CvResult['kinds'] = {};
  const falsePositives: string[] = [];
  const missed: string[] = [];
  const noClaimHit: string[] = [];
  pages.forEach((p, i) => {
    const v = verdicts[i]!;
    const myth = p.label === 'myth';
    const key = `${p.label}/${p.kind}`;
    const kind = (kinds[key] ??= { pages: 0, flagged: 0 });
    kind.pages++;
    if (v.flagged) kind.flagged++;
    if (v.flagged && myth) {
      tp++;
      if (claimHit(p, v)) hits++;
      else noClaimHit.push(p.id);
    } else if (v.flagged) {
      fp++;
      falsePositives.push(p.id);
    } else if (myth) {
      fn++;
      missed.push(p.id);
    }
  });
  return { precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1, claimHit: tp ? hits / tp : 1, kinds, falsePositives, missed, noClaimHit };
}

export function runCv(k: number): void {
  const files = corpusFiles();
  if (!files) {
    console.error('No corpus found: --cv needs ../shared/corpus/*.jsonl (or CORPUS_DIR)');
    process.exit(1);
  }
  const { pages } = readCorpusFiles(files);
  const r = crossValidate(pages, k);
  const myths = pages.filter((p) => p.label === 'myth').length;
  console.log(`${k}-fold cross-validation, grouped by page: ${pages.length} pages (myth ${myths}, sound ${pages.length - myths})`);
  console.log(`out of fold: precision ${r.precision.toFixed(3)}  recall ${r.recall.toFixed(3)}  claim hit ${r.claimHit.toFixed(3)}`);
  console.log('flagged per kind (myth kinds: recall; sound kinds: false flags):');
  for (const [kind, { pages: n, flagged }] of Object.entries(r.kinds).sort()) console.log(`  ${kind.padEnd(26)} ${flagged}/${n}  ${(flagged / n).toFixed(2)}`);
  console.log(`false positives: ${r.falsePositives.join(' ') || 'none'}`);
  console.log(`missed myths: ${r.missed.join(' ') || 'none'}`);
  console.log(`caught without a labelled claim: ${r.noClaimHit.join(' ') || 'none'}`);
}
