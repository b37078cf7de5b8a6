/**
 * Keystroke tokenizer: text → 2-beolsik keystrokes (`toKeystrokes`) → ids from `data/lm/vocab.json`,
 * the same file `lm/train.py` reads, so training and serving cannot disagree on ids.
 */
import { readFileSync } from 'node:fs';
import { fromKeystrokes, toKeystrokes } from '../hangul/index.js';

/** The shape of `data/lm/vocab.json`. */
export interface VocabSpec {
  format: string;
  pad: string;
  bos: string;
  eos: string;
  unk: string;
  /** Tokens in id order; every token other than the four markers is one character (one key). */
  tokens: string[];
}

export class KeystrokeTokenizer {
  readonly pad: number;
  readonly bos: number;
  readonly eos: number;
  readonly unk: number;
  /** the space key's id, or -1 for a vocabulary without one */
  readonly space: number;
  readonly tokens: readonly string[];
  private readonly ids: ReadonlyMap<string, number>;

  constructor(spec: VocabSpec) {
    if (!Array.isArray(spec.tokens) || spec.tokens.length === 0) throw new TypeError('vocab: tokens must be a non-empty array');
    const ids = new Map<string, number>();
    spec.tokens.forEach((t, i) => {
      if (typeof t !== 'string' || ids.has(t)) throw new TypeError(`vocab: token ${i} (${JSON.stringify(t)}) is not a new string`);
      ids.set(t, i);
    });
    const id = (key: 'pad' | 'bos' | 'eos' | 'unk'): number => {
      const value = ids.get(spec[key]);
      if (value === undefined) throw new TypeError(`vocab: ${key} marker ${JSON.stringify(spec[key])} is not among the tokens`);
      return value;
    };
    this.pad = id('pad');
    this.bos = id('bos');
    this.eos = id('eos');
    this.unk = id('unk');
    this.space = ids.get(' ') ?? -1;
    this.tokens = spec.tokens;
    this.ids = ids;
  }

  /** Reads a vocabulary file such as `data/lm/vocab.json`. */
  static fromFile(path: string): KeystrokeTokenizer {
    return new KeystrokeTokenizer(JSON.parse(readFileSync(path, 'utf8')) as VocabSpec);
  }

  get size(): number {
    return this.tokens.length;
  }

  /**
   * True when every key of a keystroke string has a token of its own (none would be <unk>).
   * @example tokenizer.readsAll('ㅇㅏㄴ') // true; tokenizer.readsAll('😀') // false
   */
  readsAll(keys: string): boolean {
    for (const ch of keys) if (!this.ids.has(ch)) return false;
    return true;
  }

  /**
   * Ids of a keystroke string, one per key, without markers; keys outside the vocabulary are <unk>.
   * @example tokenizer.encodeKeys('ㄱㅗㅏ') // three ids
   */
  encodeKeys(keys: string): number[] {
    const out: number[] = [];
    for (const ch of keys) out.push(this.ids.get(ch) ?? this.unk);
    return out;
  }

  /**
   * `<bos>` + the keystrokes of a normalized text + `<eos>`: what the model scores.
   * @example tokenizer.encode('과') // [bos, ㄱ, ㅗ, ㅏ, eos]
   */
  encode(text: string): number[] {
    return [this.bos, ...this.encodeKeys(toKeystrokes(text)), this.eos];
  }

  /**
   * Keystrokes of ids, markers and padding left out (<unk> too: it has no single character).
   * @example tokenizer.decodeKeys(tokenizer.encode('과')) // 'ㄱㅗㅏ'
   */
  decodeKeys(ids: Iterable<number>): string {
    let keys = '';
    for (const id of ids) {
      if (id === this.pad || id === this.bos || id === this.eos || id === this.unk) continue;
      keys += this.tokens[id] ?? '';
    }
    return keys;
  }

  /**
   * Text of ids, assembled as an IME shows the keystrokes.
   * @example tokenizer.decode(tokenizer.encode('서울 맛집')) // '서울 맛집'
   */
  decode(ids: Iterable<number>): string {
    return fromKeystrokes(this.decodeKeys(ids));
  }
}
