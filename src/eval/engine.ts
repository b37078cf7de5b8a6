/**
 * The engine `baro eval` runs in-process: the same lexicon and, like `npm start` with the default
 * `BARO_LM=auto`, the language model when one loads.
 */
import { join } from 'node:path';
import { loadEngine, type Engine } from '../engine/index.js';
import type { LanguageModel } from '../lm/language-model.js';

/**
 * The language model from `<dataDir>/lm` (or data/lm), or undefined when it is absent or its
 * runtime does not load — evaluation then runs without it, as the service would.
 */
export async function loadLanguageModelQuietly(dataDir: string | undefined): Promise<LanguageModel | undefined> {
  try {
    // Imported here: the module pulls in onnxruntime-node, which only this path needs.
    const { loadLanguageModel } = await import('../lm/index.js');
    return await loadLanguageModel(dataDir === undefined ? undefined : join(dataDir, 'lm'), { logger: () => {} });
  } catch {
    return undefined;
  }
}

/**
 * Loads the engine for evaluation on this thread.
 * @example const engine = await loadEvalEngine({ dataDir: undefined, lm: 'off' })
 */
export async function loadEvalEngine(options: { dataDir: string | undefined; lm: 'auto' | 'off' }): Promise<Engine> {
  const lm = options.lm === 'off' ? undefined : await loadLanguageModelQuietly(options.dataDir);
  // Offline evaluation is reproducible: LM completion runs without the service's time guard, which
  // would cut more searches the more workers share the cores.
  return loadEngine({ dataDir: options.dataDir, lm, completionBudgetMs: Infinity });
}
