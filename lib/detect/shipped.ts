/** The detector as shipped: the learned model of model.json, loaded once on first use. */
import data from './model.json';
import { loadModel, type Model, type ModelData } from './model';
import { judgeWith } from './learned';
import type { PageVerdict } from './types';

let model: Model | undefined;

/** Judges a whole page with the shipped model. Pure apart from the one-time load; never throws. */
export function judgePage(text: string): PageVerdict {
  model ??= loadModel(data as ModelData);
  return judgeWith(model, text);
}
