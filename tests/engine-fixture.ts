import { loadEngine, type Engine } from '../src/engine/index.js';

let engine: Engine | undefined;

/** The engine over the committed data/, loaded once per test process (about 5 s). */
export function sharedEngine(): Engine {
  engine ??= loadEngine();
  return engine;
}
