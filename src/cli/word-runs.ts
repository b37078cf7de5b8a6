/** Runs of common words for the language model's training text (`npm run lm:prepare -- --word-run-keys N`). */
import { normalize, toKeystrokes } from '../hangul/index.js';
import { mulberry32 } from '../eval/random.js';

/**
 * Lines of two or three words of wordfreq's list (written Korean from many sources), drawn
 * independently with probability ∝ √frequency (the square root spreads the draw beyond the few
 * hundred commonest words), until `keyBudget` keystrokes; deterministic (a fixed-seed generator).
 * Words of two characters or more with Hangul: the list's one-syllable tokens are mostly particles
 * and endings. Not the lexicon's weights: they count the logged queries, the dev ones among them.
 * A line equal to a dev or held-out query (`excluded`) is skipped. `wordfreq`: the list's lines,
 * header first (word, zipf, freq). `spaces`: the chance of a space between two words.
 */
export async function wordRuns(wordfreq: AsyncIterable<string>, keyBudget: number, spaces: number, excluded: ReadonlySet<string> = new Set()): Promise<string[]> {
  const vocabulary: string[] = [];
  const cumulative: number[] = [];
  let total = 0;
  let header = true;
  for await (const line of wordfreq) {
    if (header) {
      header = false;
      continue;
    }
    const [raw, , freq] = line.split('\t');
    const text = normalize(raw ?? '');
    const f = Number(freq);
    if ([...text].length < 2 || text.includes(' ') || !/[가-힣]/u.test(text) || !(f > 0)) continue;
    total += Math.sqrt(f);
    vocabulary.push(text);
    cumulative.push(total);
  }
  const random = mulberry32(0x5eed);
  const draw = (): string => {
    const x = random() * total;
    let lo = 0;
    let hi = cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return vocabulary[lo]!;
  };
  const out: string[] = [];
  let keys = 0;
  while (keys < keyBudget && vocabulary.length > 0) {
    const words = Array.from({ length: random() < 0.7 ? 2 : 3 }, draw);
    // No draw per gap when every gap is a space, so such runs stay the same text as before the option.
    const text = spaces < 1 ? words.reduce((a, w) => a + (random() < spaces ? ' ' : '') + w) : words.join(' ');
    if (excluded.has(text)) continue;
    out.push(text);
    keys += toKeystrokes(text).length;
  }
  return out;
}
