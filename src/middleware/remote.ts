import type { CandidateKind } from '../candidates/index.js';
import type { Action } from '../rank/index.js';
import type { Corrector, CorrectorResult } from './typo-correction.js';

const ACTIONS: ReadonlySet<string> = new Set<Action>(['none', 'suggest', 'autocorrect']);

/**
 * A corrector that asks a baro server (`GET {url}/v1/correct`). Every call gives up after
 * `timeoutMs`, counting the body too; a refused connection, a timeout, a non-2xx status or a body
 * that is not a correction all reject, so the caller can fail open.
 * @example await remoteCorrector('http://baro:8080', 150).correct('롯데시내마', 5) // { corrected: '롯데시네마', action: 'autocorrect', … }
 */
export function remoteCorrector(url: string, timeoutMs: number): Corrector {
  const base = url.replace(/\/+$/, '');
  return {
    async correct(query, n) {
      const target = `${base}/v1/correct?q=${encodeURIComponent(query)}&n=${n}`;
      const res = await fetch(target, { signal: AbortSignal.timeout(timeoutMs), headers: { Accept: 'application/json' } });
      const text = await res.text();
      if (!res.ok) throw new Error(`baro: GET ${base}/v1/correct answered ${res.status}: ${text.slice(0, 200)}`);
      let body: unknown;
      try {
        body = JSON.parse(text);
      } catch {
        throw new Error(`baro: GET ${base}/v1/correct answered ${res.status} with a body that is not JSON: ${JSON.stringify(text.slice(0, 200))}`);
      }
      return parseCorrection(body);
    },
  };
}

/** Checks that a remote answer has the shape of `CorrectResult`, naming the first field that does not. */
export function parseCorrection(body: unknown): CorrectorResult {
  const fail = (what: string): never => {
    throw new Error(`baro: the correction answer has ${what}: ${JSON.stringify(body).slice(0, 200)}`);
  };
  if (typeof body !== 'object' || body === null) return fail('no object');
  const { corrected, action, confidence, candidates } = body as Record<string, unknown>;
  if (typeof corrected !== 'string') return fail('no string "corrected"');
  if (typeof action !== 'string' || !ACTIONS.has(action)) return fail('no valid "action"');
  if (typeof confidence !== 'number') return fail('no number "confidence"');
  if (!Array.isArray(candidates)) return fail('no array "candidates"');
  for (const c of candidates as unknown[]) {
    const item = (typeof c === 'object' && c !== null ? c : {}) as Record<string, unknown>;
    if (typeof item['text'] !== 'string' || typeof item['score'] !== 'number' || !Array.isArray(item['kinds'])) return fail('a malformed candidate');
  }
  return { corrected, action: action as Action, confidence, candidates: candidates as { text: string; score: number; kinds: CandidateKind[] }[] };
}
