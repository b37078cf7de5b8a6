import { getChoseong, LONGEST_ENDING, mustContract, stemsBeforeEnding, stemSyllableBeforeFinal, stemSyllablesMergedInto, toKeystrokes, writesUncontracted } from '../hangul/index.js';
import { SOURCE_FLAGS, type LexiconEntry } from './entry.js';
import { KeystrokeTrie } from './trie.js';

/** Smallest weight of a correction target: any corpus or query presence, or three dictionaries. */
export const TARGET_WEIGHT = 0.15;

/** What a word only running text has weighs as a completion, of its weight (`Lexicon.completionWeight`). */
export const RUNNING_TEXT_COMPLETION = 0.01;

/**
 * The loaded lexicon: entries, their keystroke trie, and the popularity prior. Immutable after
 * construction, so one instance is shared by every request.
 */
export class Lexicon {
  readonly entries: readonly LexiconEntry[];
  /** Keystrokes as written, spaces included: exact lookup and segmentation use this one. */
  readonly trie: KeystrokeTrie;
  /**
   * The correction targets: entries seen in queries or running text, or in several dictionaries
   * (weight ≥ TARGET_WEIGHT). A rare title can still be recognized as typed, but offering it as a
   * correction is almost never right, and leaving the long tail out makes fuzzy lookups ~3× cheaper.
   */
  readonly targets: KeystrokeTrie;
  /**
   * Keystrokes with spaces removed: completion works on this one, so 멜론 티켓 and 멜론티켓 complete
   * alike. Of entries that differ only in spacing, the heaviest wins. Weighted by `completionWeight`.
   */
  readonly completion: KeystrokeTrie;
  /** Initial consonants (초성) with spaces removed, for ㅁㄹㅌㅋ-style queries. */
  readonly choseong: KeystrokeTrie;
  /** Keystrokes of every later word onward (티켓 for 멜론 티켓), for word-start matches. */
  readonly infix: KeystrokeTrie;
  /**
   * For each word of the logged queries and entity names of several words, the other words they
   * were written with and in how many of them (정소민 → 우주메리미: 2): what context suggests
   * for the word being typed after it.
   */
  readonly cooccurring: ReadonlyMap<string, ReadonlyMap<string, number>>;
  /**
   * Every prefix of every word of the entries with a number in it, each run of digits written #
   * (로또827회당첨번호 → 로또#, 로또#회, …, 1박2일 → #박#일): how words are written onto numbers.
   */
  readonly numberForms: ReadonlySet<string>;
  /** Sum of all weights: the prior's normalizer. */
  readonly totalWeight: number;
  private readonly logTotal: number;
  /**
   * Stems of standard verbs and adjectives of two syllables or more (웬만하 from 웬만하다), for
   * `isStandard`: as the start of a word with any ending from three syllables on; shorter ones
   * (어떻 of 어떻다) would vouch for too much, so at two only whole or with a listed ending.
   */
  private readonly stems = new Set<string>();
  /** Standard one-syllable stems (늙 of 늙다, 가 of 가다): only with a listed ending (`stemsBeforeEnding`). */
  private readonly shortStems = new Set<string>();
  /**
   * Matches a text with a word that begins with a one-word entry of two syllables or more a
   * dictionary marks as misspelled (몇일, 찌게); undefined while none is marked. One test serves a
   * word (`beginsWithMisspelling`) and a whole entry (`completionWeight`, asked of every entry
   * when the completion trie is built: splitting each took ~85 ms of start-up).
   */
  private readonly misspellingAtWordStart: RegExp | undefined;
  /** log of the summed weight of one-word entries: the normalizer of word priors */
  private readonly logWordTotal: number;

  /** The spellings the dictionary marks as wrong, most of them no entry (see `markedMisspelled`). */
  private readonly misspelled: ReadonlySet<string>;

  /** `misspelled`: the spellings the dictionary marks as wrong (data/misspelled.txt), entries or not. */
  constructor(entries: readonly LexiconEntry[], misspelled: Iterable<string> = []) {
    this.entries = entries;
    this.misspelled = new Set(misspelled);
    let total = 0;
    let words = 0;
    for (const e of entries) {
      total += e.weight;
      if (!e.text.includes(' ')) words += e.weight;
    }
    this.totalWeight = total;
    this.logTotal = Math.log(total);
    this.logWordTotal = Math.log(words || 1);
    // Blocked entries enter the trie with weight 0: found by lookup (a known spelling, never
    // "corrected") but never completed or offered.
    const marked = new Set<string>();
    for (const e of entries) {
      if (e.flags.includes('x') && !e.text.includes(' ')) marked.add(e.text);
      if (!e.flags.includes('s') || e.flags.includes('x') || !e.text.endsWith('다')) continue;
      if (e.text.length >= 3) this.stems.add(e.text.slice(0, -1));
      else if (e.text.length === 2) this.shortStems.add(e.text.charAt(0));
    }
    const markedWords = [...marked].filter((word) => word.length >= 2).map((word) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&'));
    this.misspellingAtWordStart = markedWords.length > 0 ? new RegExp(`(?:^| )(?:${markedWords.join('|')})`, 'u') : undefined;
    const keys = entries.map((e) => toKeystrokes(e.text));
    const weight = (id: number) => (entries[id]!.blocked ? 0 : entries[id]!.weight);
    this.trie = new KeystrokeTrie(keys.map((k, id) => ({ keys: k, id, weight: weight(id) })));
    // Of entries typed with the same keystrokes (진짜 and a corpus's decomposed 진ㅉㅏ), only the
    // heaviest is a target: the others are rarer groupings of the same keys into syllables, and
    // offering one would show the user an odd spelling of the word they meant. By raw weight, so a
    // blocked word keeps its other groupings out too (lookups never offer a blocked target).
    const targetOf = new Map<string, number>();
    keys.forEach((k, id) => {
      if (entries[id]!.weight < TARGET_WEIGHT) return;
      const held = targetOf.get(k);
      if (held === undefined || entries[id]!.weight > entries[held]!.weight) targetOf.set(k, id);
    });
    this.targets = new KeystrokeTrie([...targetOf].map(([k, id]) => ({ keys: k, id, weight: weight(id) })));
    this.completion = new KeystrokeTrie(keys.map((k, id) => ({ keys: k.replaceAll(' ', ''), id, weight: this.completionWeight(id) })));
    const choseong: { keys: string; id: number; weight: number }[] = [];
    const infix: { keys: string; id: number; weight: number }[] = [];
    entries.forEach((e, id) => {
      if (/[가-힣]/u.test(e.text)) choseong.push({ keys: toKeystrokes(getChoseong(e.text).replaceAll(' ', '')), id, weight: weight(id) });
      let at = e.text.indexOf(' ');
      while (at >= 0) {
        infix.push({ keys: toKeystrokes(e.text.slice(at + 1)).replaceAll(' ', ''), id, weight: weight(id) });
        at = e.text.indexOf(' ', at + 1);
      }
    });
    this.choseong = new KeystrokeTrie(choseong);
    this.infix = new KeystrokeTrie(infix);
    this.cooccurring = cooccurrences(entries);
    this.numberForms = numberForms(entries);
  }

  /**
   * An entry's weight as a completion (`completion`'s trie holds it): 0 if blocked or marked
   * misspelled, and a hundredth for a word only running text has (flag c alone). Those are mostly
   * forms of a word with an ending or particle (커피라도, 뉴스입니다, 주시겠어요 for 주식), at their
   * corpus counts, and no query: they took the slots of what people search (커피숍, 뉴스데스크) and
   * kept a known word typed whole from the first place (95.0 → 95.9% of 12,872). Still shown where
   * nothing else begins with the keys (어떻 → 어떻게), and still known words to correction.
   */
  completionWeight(id: number): number {
    const e = this.entries[id]!;
    // A spelling the dictionary marks as wrong (몇일, 찌게) is never offered either: 며ㅊ showed 몇일.
    // Nor a word that begins with one (며칠 전 showed 몇일전 as a one-typo guess), nor one with 되
    // uncontracted (안 되 showed 안되요 for 안돼요, 잘 되 잘됬네).
    if (e.blocked || e.flags.includes(SOURCE_FLAGS.nonstandard) || this.misspellingAtWordStart?.test(e.text) || writesUncontracted(e.text)) return 0;
    return e.flags === SOURCE_FLAGS.corpus ? e.weight * RUNNING_TEXT_COMPLETION : e.weight;
  }

  get size(): number {
    return this.entries.length;
  }

  /**
   * True when `word` is, or begins with, a word a dictionary marks as misspelled (of two syllables
   * or more): 몇일, 몇일전. Read up to its first space, if any: the shared regex would take any word
   * of a text (` 찌게`, `며칠 찌게`), and a marked word never has a space.
   * @example lexicon.beginsWithMisspelling('몇일전') // true; lexicon.beginsWithMisspelling('며칠전') // false
   */
  beginsWithMisspelling(word: string): boolean {
    const space = word.indexOf(' ');
    return this.misspellingAtWordStart?.test(space < 0 ? word : word.slice(0, space)) ?? false;
  }

  /**
   * The entry with exactly this normalized text, if any: not one typed with the same keystrokes
   * but grouped into other syllables (ㅇㅏㄴ녕 is no entry though 안녕 is; the jamo string is what
   * an IME would show as 안녕, and correction sets it so).
   */
  get(text: string): LexiconEntry | undefined {
    const id = this.trie.lookupWhere(toKeystrokes(text), (at) => this.entries[at]!.text === text);
    return id < 0 ? undefined : this.entries[id];
  }

  /**
   * A spelling the dictionary marks as wrong (금지어): an entry flagged so (몇일, 찌게), or one no
   * other source has, which is no entry (나지막히, 패이지).
   * @example lexicon.markedMisspelled('나지막히') // true; lexicon.markedMisspelled('나지막이') // false
   */
  markedMisspelled(word: string): boolean {
    return this.marked(word, this.get(word));
  }

  /** `markedMisspelled` for a word whose entry (if any) the caller has looked up already. */
  private marked(word: string, entry: LexiconEntry | undefined): boolean {
    return this.misspelled.has(word) || !!entry?.flags.includes(SOURCE_FLAGS.nonstandard);
  }

  /**
   * True for a headword of the standard dictionary (flag s) it does not mark as wrong: a word as
   * written, whatever its weight (수제비, 곗날), unlike its forms (`isStandard`: 꺼 of 끄다, 오랬
   * of 오래다).
   * @example lexicon.isHeadword('곗날') // true; lexicon.isHeadword('곗날에') // false
   */
  isHeadword(word: string): boolean {
    const e = this.get(word);
    return !!e?.flags.includes(SOURCE_FLAGS.standard) && !this.marked(word, e);
  }

  /**
   * True for a word the standard dictionary vouches for: a headword, or an inflected form of a
   * standard verb or adjective (웬만하면 from 웬만하다). Never for a form it marks as 금지어.
   * @example lexicon.isStandard('며칠') // true; lexicon.isStandard('몇일') // false
   */
  isStandard(word: string): boolean {
    const e = this.get(word);
    if (this.marked(word, e)) return false;
    if (e?.flags.includes('s')) return true;
    // Heads of three syllables or more (see `stems`).
    for (let len = word.length; len >= 3; len--) {
      const head = word.slice(0, len);
      if (this.stems.has(head)) {
        // 되 and an ending that begins with 어 contract to 돼: 걱정되서, 기대되요 misspell 걱정돼서, 기대돼요.
        if (mustContract(head.slice(-1), word.charAt(len))) continue;
        return true;
      }
      // The stem's last syllable with an 아/어 ending merged into it: 들어갔어 (들어가다), 걱정돼서
      // (걱정되다), 공부했다 (공부하다).
      for (const stem of stemSyllablesMergedInto(head.charAt(len - 1))) if (this.stems.has(head.slice(0, -1) + stem)) return true;
    }
    // Stems of one or two syllables with one of the common endings (늙어서, 갔네, 애써서, 괜찮아서).
    for (const stem of stemsBeforeEnding(word, 1)) if (this.shortStems.has(stem)) return true;
    for (const stem of stemsBeforeEnding(word, 2)) if (this.stems.has(stem)) return true;
    // Longer stems whose last syllable an ending closes (기다립니다, 기다린다, 기다릴게), which the
    // loop above, finding only a stem written out whole, misses. Only heads that leave at most the
    // longest ending: a long run of syllables is searched no further.
    for (let len = Math.max(3, word.length - LONGEST_ENDING); len < word.length; len++) for (const stem of stemsBeforeEnding(word, len)) if (this.stems.has(stem)) return true;
    // A whole stem with an adnominal or nominal ending closing its last syllable (다룬 from 다루다,
    // 따른 from 따르다, 욕할 from 욕하다), and the root of a 하다 word (허전, 진솔 from 허전하다,
    // 진솔하다): forms of words, though a dictionary lists only the words.
    const before = stemSyllableBeforeFinal(word.charAt(word.length - 1));
    if (before !== undefined && this.stems.has(word.slice(0, -1) + before)) return true;
    return word.length >= 2 && this.stems.has(`${word}하`);
  }

  /** Natural-log prior of an entry as a whole query: log(weight / total). */
  logPrior(entry: LexiconEntry): number {
    return Math.log(entry.weight) - this.logTotal;
  }

  /**
   * Natural-log prior of an entry as one word of a longer query: normalized over one-word entries
   * only, since a word of a query is drawn from words, not from whole queries.
   */
  wordLogPrior(entry: LexiconEntry): number {
    return Math.log(entry.weight) - this.logWordTotal;
  }
}

/** `Lexicon.numberForms`: the prefixes of the unblocked entries' words with a number, numbers as #. */
function numberForms(entries: readonly LexiconEntry[]): Set<string> {
  const out = new Set<string>();
  for (const e of entries) {
    if (e.blocked || !/\d/u.test(e.text)) continue;
    for (const word of e.text.split(' ')) {
      const form = word.replace(/\d+/gu, '#');
      if (form === word) continue;
      for (let end = 1; end <= form.length; end++) out.add(form.slice(0, end));
    }
  }
  return out;
}

/** `Lexicon.cooccurring`: pairs of words within the unblocked logged queries and entity names of several words. */
function cooccurrences(entries: readonly LexiconEntry[]): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const e of entries) {
    if (e.blocked || !e.text.includes(' ') || !/[qe]/u.test(e.flags)) continue;
    const words = [...new Set(e.text.split(' '))];
    for (const a of words) {
      let withA = out.get(a);
      if (!withA) out.set(a, (withA = new Map()));
      for (const b of words) if (b !== a) withA.set(b, (withA.get(b) ?? 0) + 1);
    }
  }
  return out;
}
