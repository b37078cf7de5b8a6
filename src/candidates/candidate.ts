import { normalize, toKeystrokes } from '../hangul/index.js';

/** The kinds a result can carry: which generator (mode) produced it. */
export type CandidateKind =
  | 'exact'
  | 'typo'
  | 'spacing'
  | 'layout'
  | 'misspelling'
  | 'choseong'
  | 'completion'
  | 'fuzzy-completion'
  | 'infix'
  | 'lm';

/** A correction or completion candidate before ranking. */
export interface Candidate {
  /** normalized text */
  text: string;
  kinds: CandidateKind[];
}

/** What every generator sees of the query. */
export interface QueryInput {
  /** the text as the client sent it (for layout detection, where case matters) */
  raw: string;
  /** `normalize(raw)` */
  normalized: string;
  /** `toKeystrokes(normalized)` */
  keys: string;
}

/**
 * The query as every generator sees it.
 * @example queryInput('ｄｋｓｓｕｄ') // { raw: 'ｄｋｓｓｕｄ', normalized: 'dkssud', keys: 'dkssud' }
 */
export function queryInput(raw: string): QueryInput {
  const normalized = normalize(raw);
  return { raw, normalized, keys: toKeystrokes(normalized) };
}

/** Adds candidates into a map keyed by text, merging kinds of duplicates. */
export function mergeCandidates(into: Map<string, Candidate>, candidates: Iterable<Candidate>): void {
  for (const c of candidates) {
    const existing = into.get(c.text);
    if (!existing) into.set(c.text, { text: c.text, kinds: [...c.kinds] });
    else for (const k of c.kinds) if (!existing.kinds.includes(k)) existing.kinds.push(k);
  }
}
