/**
 * Misspelling habits (몇일 → 며칠, 왠만하면 → 웬만하면, 어의없다 → 어이없다): which of a query's
 * correction candidates write a word typed as people misspell it, and at what cost, and which
 * change a word the lexicon knows. Correction marks its candidates with them
 * (`MisspellingHabits.markMisspellings`); suggest asks the same of the last word typed.
 */
import { type EditKind, type Scorer } from '../rank/index.js';
import {
  colloquialVowelMisread,
  LONG_PARTICLES,
  mergedVowelSyllables,
  palatalVowelSyllables,
  particleSwap,
  PARTICLES,
  soundAlikeSyllables,
  soundRespellings,
  toKeystrokes,
} from '../hangul/index.js';
import { type Lexicon, type LexiconEntry } from '../lexicon/index.js';
import { isKnownWord } from '../candidates/index.js';
import {
  adverbBeforeStandard,
  adverbSuffixFix,
  bareStem,
  copulaAfterNoun,
  differsAtInitial,
  doubledStandardWord,
  exclaimsWithGun,
  finalKeptBeforeParticle,
  glideBeforeEnding,
  headwordWithParticle,
  markedHeadFix,
  nativeNumeral,
  modifierBeforeBoundNoun,
  standardModifierBeforeBoundNoun,
  nounBeforeGatda,
  numeralBeforeCounter,
  vowelsHeardApart,
  rieulBeforeRyeo,
  saiSiotWritten,
  spelledAsMeant,
  standardWithEnding,
} from './forms.js';
import type { Hypotheses } from './engine.js';
import type { WordKnowledge } from './word-knowledge.js';

/** Edits that come from how a word sounds rather than from a slipping finger. */
const MISSPELLING_EDITS: ReadonlySet<EditKind> = new Set<EditKind>(['vowel', 'final', 'liaison', 'shift']);

/** A corpus form this many times rarer than a sound-alike is taken as its misspelling. */
const MISSPELLING_RATIO = 5;

/** A word typed, as `MisspellingHabits.misspellingOf` weighs it: how far the lexicon stands behind its spelling. */
export interface TypedWord {
  text: string;
  keys: string;
  entry: LexiconEntry | undefined;
  /** a standard word or stem with a particle or ending (see `standardWithEnding`) */
  withEnding: boolean;
  /** standard, or a logged query, entity or dictionary word no dictionary marks as misspelled */
  standard: boolean;
  /** `soundRespellings` of the text, worked out when first asked: every candidate of the word asks */
  respellings?: ReadonlySet<string>;
}

/**
 * The one word in which `candidate` differs from the words typed, and what it writes instead;
 * undefined when they differ in more or fewer words, or split them differently.
 * @example theWordChanged(['몇일', '전'], '며칠 전') // ['몇일', '며칠']
 */
export function theWordChanged(a: readonly string[], candidate: string): [string, string] | undefined {
  const b = candidate.split(' ');
  if (a.length !== b.length) return undefined;
  const at = a.flatMap((w, i) => (w === b[i] ? [] : [i]));
  return at.length === 1 ? [a[at[0]!]!, b[at[0]!]!] : undefined;
}

/**
 * The misspelling judgements of one engine: its lexicon and ranker weights, and the facts of words
 * it keeps (`WordKnowledge`).
 * @example habits.misspellingOf(habits.typedWord('몇일'), '며칠', true) // { edits: 1, frequencyOnly: false }
 */
export class MisspellingHabits {
  constructor(
    private readonly lexicon: Lexicon,
    private readonly scorer: Scorer,
    private readonly vocabulary: WordKnowledge,
  ) {}

  /**
   * For a query of several words of which some are known to the lexicon: how many of the known
   * ones each reading (of as many words) changes. The beam ranks words by popularity, so it offers
   * readings that also swap a correctly typed name for a commoner one (김하성 → 김혜성), and with
   * the LM's preference for the commoner name such a reading could win over fixing the word that
   * is actually unknown. A slip that turns one known word into another is rare beside a slip that
   * leaves a word no one knows. So also when every word is known: 롯데월드 할인, a pair the query
   * logs never had, was offered 롯데월드 살인, a word of many logged news queries.
   */
  countChangedKnownWords(hyps: Hypotheses): void {
    const typed = hyps.normalized.split(' ');
    if (typed.length < 2) return;
    // A standard form, a headword with its particle or the copula, a short adverb written against
    // a standard form, or a modifier against its bound noun, that no source lists (깠어, 우유는,
    // 영하인가, 못냈지, 댈수), is as known as its word: a one-key change into a popular name (우윤근)
    // or word (영화인가, 달수) changes what was meant. So is a standard word said twice, listed or
    // not (바짝바짝, not 반짝반짝). So is such a form listed below the known weight, as one not
    // listed: running text's rare 모으기 (0.85) had made 돈 모으기 open to 돈 모르기.
    const lexicon = this.lexicon;
    const known = typed.map(
      (w) =>
        isKnownWord(this.scorer, w) ||
        doubledStandardWord(lexicon, w) ||
        lexicon.isStandard(w) ||
        headwordWithParticle(lexicon, w) ||
        copulaAfterNoun(lexicon, w) ||
        adverbBeforeStandard(lexicon, w) ||
        standardModifierBeforeBoundNoun(lexicon, w),
    );
    if (!known.some(Boolean)) return;
    // Per word typed, once: the weight of a word only running text has (see `slipOfCommonerWord`).
    const textOnly = typed.map((w) => this.runningTextOnlyWeight(w));
    for (const h of hyps.candidates) {
      if (h.channel === undefined) continue;
      const words = h.text.split(' ');
      if (words.length !== typed.length) continue;
      let changed = 0;
      for (let i = 0; i < words.length; i++) {
        if (!known[i] || words[i] === typed[i]) continue;
        const weight = textOnly[i];
        if (weight === undefined || !this.slipOfCommonerWord(typed[i]!, weight, words[i]!)) changed++;
      }
      if (changed > 0) h.changedKnownWords = changed;
    }
  }

  /** The weight of `word` when only running text has it (no dictionary, name list or query log) and it is no standard spelling. */
  private runningTextOnlyWeight(word: string): number | undefined {
    const entry = this.lexicon.get(word);
    return entry && entry.flags === 'c' && !this.lexicon.isStandard(word) ? entry.weight : undefined;
  }

  /**
   * Whether `typed`, a word only running text has, of that weight (`runningTextOnlyWeight`), is
   * `word` typed with the shift key held or missed once, and `word` is far commoner
   * (`MISSPELLING_RATIO`). Running text keeps such slips (어떄 for 어때, 재밋다 for 재밌다): they are
   * known to the lexicon, but a reading that sets one right changes no word anyone meant. Only
   * that slip, and not of an initial consonant: other neighbours of a commoner word, and a tensed
   * initial, are often words written on purpose (아임 쏘리 강남구, beside 아이 and 소리).
   */
  private slipOfCommonerWord(typed: string, typedWeight: number, word: string): boolean {
    const meant = this.lexicon.get(word);
    if (!meant || meant.weight < MISSPELLING_RATIO * typedWeight) return false;
    const keys = toKeystrokes(typed);
    const meantKeys = toKeystrokes(word);
    const edits = this.scorer.channel.align(keys, meantKeys).edits;
    return edits.length === 1 && edits[0] === 'shift' && !differsAtInitial(keys, meantKeys);
  }

  /**
   * Misspelling habits: a candidate that differs from the query in one word, by sound-based edits
   * of it (ㅐ/ㅔ, 받침, 연음, ㅆ/ㅅ, or syllables read alike: `soundAlikeSyllables`), where the word
   * it writes is a standard spelling, or is far more common, is labelled a misspelling correction;
   * the query is flagged as misspelled when the word typed is not a standard spelling itself
   * (몇일 → 며칠, 몇일 전 → 며칠 전, 왠만하면 → 웬만하면, 되요 → 돼요), so being in the corpus no longer
   * protects it. In a query of several words each word is judged as it would be alone, but for
   * two things: a standard word there is mistyped, not misspelled, and a tensed consonant for a
   * plain one is no habit (see `misspellingOf`).
   */
  markMisspellings(hyps: Hypotheses): void {
    const typedWords = hyps.normalized.split(' ');
    const several = typedWords.length > 1;
    const habits = new Map<string, TypedWord | undefined>();
    for (const h of hyps.candidates) {
      if (h.channel === undefined) continue;
      const changed = theWordChanged(typedWords, h.text);
      if (!changed) continue;
      const [typed, fixed] = changed;
      if (!habits.has(typed)) {
        const word = /[^가-힣]/u.test(typed) ? undefined : this.typedWord(typed);
        // Among other words, only a spelling no dictionary stands behind is taken for a habit (몇일
        // 전, 오랫만에 만남); a word spelled right is mistyped, not misspelled. A standard word with
        // an ending needs a far commoner sound-alike, as alone (웬지 뜻 → 왠지 뜻).
        habits.set(typed, word && several && word.standard ? undefined : word);
      }
      const word = habits.get(typed);
      const found = word && this.misspellingOf(word, fixed, !several);
      if (!found) continue;
      // Once: a respelling or 되 set right is a misspelling candidate from the start.
      h.kinds = [...h.kinds.filter((k) => k !== 'typo' && k !== 'misspelling'), 'misspelling'];
      if (found.edits !== undefined) h.misspellingEdits = found.edits;
      if (found.frequencyOnly) h.frequencyOnly = true;
      if (!word.standard) hyps.misspelled = true;
    }
  }

  /** What `misspellingOf` needs to know of a word typed (a run of syllables). */
  typedWord(text: string): TypedWord {
    const lexicon = this.lexicon;
    const entry = lexicon.get(text);
    // A standard word or stem with its particle or ending is most often spelled right, and what
    // sounds like it is another word (연출에 and 연출이, 맘이 and 맘에, 일이 and 이리): only a far
    // commoner sound-alike makes it a misspelling (일부로 → 일부러, 웬지 → 왠지).
    const withEnding = standardWithEnding(lexicon, text) || exclaimsWithGun(lexicon, text);
    // Spelled as meant (`spelledAsMeant`), and so are words written together with only the space
    // left out (안가서, 갈때, 두개).
    const standard =
      spelledAsMeant(lexicon, text) ||
      adverbBeforeStandard(lexicon, text) ||
      modifierBeforeBoundNoun(lexicon, text) ||
      nounBeforeGatda(lexicon, text) ||
      numeralBeforeCounter(lexicon, text) ||
      nativeNumeral(text);
    return { text, keys: toKeystrokes(text), entry, withEnding, standard };
  }

  /**
   * Whether `candidate` writes the word `typed` as people misspell it (see `markMisspellings`), and
   * then at what cost: the misspelling edits for the cheap misspelling channel, if it applies.
   * `shift`: a tensed consonant for a plain one or back (쏘리 for 소리) counts as a misspelling. In
   * a word typed alone it is one of the habits; among other words it is most often a word written
   * so on purpose (아임 쏘리 강남구, a title). A final or a vowel typed with the shift key held or
   * missed (재밋다, 어떄) is a habit among other words too.
   */
  misspellingOf(typed: TypedWord, candidate: string, shift: boolean): { edits: number | undefined; frequencyOnly: boolean } | undefined {
    const lexicon = this.lexicon;
    if (this.searchedAsTyped(typed.entry)) return undefined;
    const typedWeight = typed.entry?.weight ?? 0;
    const entry = lexicon.get(candidate);
    const standard = lexicon.isStandard(candidate);
    const commoner = !!entry && typedWeight > 0 && entry.weight >= MISSPELLING_RATIO * typedWeight;
    // Toward the dictionary's adverb even where the typed form reads as a stem with an ending
    // (깨끗히, from 깨끗하다).
    // Not from a standard noun with its particle 이 unless the adverb is the commoner: 건강이 is 건강
    // with 이 far more often than 건강히 misspelled (다행이 → 다행히 is the habit).
    const adverb = adverbSuffixFix(lexicon, typed.text, candidate) && (commoner || !(typed.text.endsWith('이') && lexicon.isStandard(typed.text.slice(0, -1))));
    const head = markedHeadFix(lexicon, typed.text, candidate);
    // A sound speech puts before an ending, written: the ㄹ before -려 (할려고 for 하려고), a 이
    // between a stem and its ending (헤매이다 for 헤매다, though it reads as 헤매 with 이다).
    const spoken = rieulBeforeRyeo(lexicon, typed.text, candidate) || glideBeforeEnding(lexicon, typed.text, candidate) || saiSiotWritten(lexicon, typed.text, candidate);
    // A spelling the dictionary marks as wrong (금지어: 찌게, 심볼, 패이지) is attested as a
    // misspelling, however it reads (패이지 as 패이- with an ending) and however rare it is.
    const marked = lexicon.markedMisspelled(typed.text);
    if (!head && !spoken && !marked && (typed.withEnding ? !commoner && !adverb : !standard && !commoner)) return undefined;
    if (particleSwap(typed.text, candidate)) return undefined;
    // Nor two words each spelled right with its own particle or ending (꽃을 and 곳을, 매일을 and
    // 메일을, 곳이다 and 것이다): they sound alike and mean different things.
    if (typed.withEnding && !standard && standardWithEnding(lexicon, candidate)) return undefined;
    const candidateKeys = toKeystrokes(candidate);
    const edits = this.scorer.channel.align(typed.keys, candidateKeys).edits;
    // A standard word keeps its final before a particle or ending (빚이, 검이, 뿔이, 앞도): the same
    // sounds written with the final moved on or read as it sounds are another word (비지, 거미,
    // 뿌리, 압도), not its spelling; so is a tensed consonant's (명에 and 명예, 이야기군 and 이야기꾼).
    if (typed.withEnding && edits.length > 0 && edits.every((e) => e === 'liaison' || e === 'final' || e === 'shift')) return undefined;
    // So does the bare stem of a standard verb or adjective, no word alone (없, 않, 많: before its
    // ending after a stray space, or on the way to it), whatever word its final simplified makes
    // (업, 안, 만). Not a shift slip: 잇 for 있 is the habit.
    if (bareStem(lexicon, typed.text) && !marked && edits.length > 0 && edits.every((e) => e === 'liaison' || e === 'final')) return undefined;
    // Nor a known word (a name too) with a particle beginning with ㅇ, its final kept (꿈일, 것이기,
    // 존은) where the sound with the final moved on is another word (꾸밀, 거시기, 주는). A marked
    // spelling stays one (몇일 → 며칠).
    if (!marked && edits.includes('liaison') && finalKeptBeforeParticle(typed.text, (head) => this.knownHead(head))) return undefined;
    // Vowels pronunciation merges (ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅞ/ㅚ) are spelled by sound too (돌맹이 for
    // 돌멩이, 왠일 for 웬일), however many keys apart.
    const merged = mergedVowelSyllables(typed.text, candidate);
    // Nor is a word two sounds away its misspelling, however common: 곡을 and 구글, 쪽은 and 죽은,
    // 분은 and 보는 are a word with its particle and another word (a habit changes one sound; 웬지
    // for 왠지 is one, in two keys).
    // A word with its ending stands as written unless one of the habits above says otherwise.
    const asWritten = typed.withEnding && !adverb && !marked && !spoken;
    if (asWritten && Math.min(edits.length, merged) > 1) return undefined;
    // In the word before the ending a vowel is misspelled only as pronunciation merges it (문제인 for
    // 문재인, 안돼는 for 안되는): 욕도 is no 역도, nor 성령의 성룡의. The colloquial ㅗ/ㅜ and ㅕ/ㅛ
    // the keystroke channel counts are habits of endings (좋아여, 그래두, 일부로).
    if (asWritten && merged === Infinity && edits.every((e) => e === 'vowel') && typed.text.slice(0, -1) !== candidate.slice(0, -1)) return undefined;
    // Among other words a shift slip is a habit only off an initial: 재밋다 for 재밌다 (a final read
    // alike), not 쏘리 for 소리 (see above).
    const shiftOk = shift || (edits.length === 1 && !differsAtInitial(typed.keys, candidateKeys));
    // A written form one vowel away from a word people want is that word misspelled only where the
    // vowels are confused that way (`vowelsHeardApart`, `colloquialVowelMisread`: 같애 is not 같이
    // misspelled, nor 스지 수지).
    const byKeys = edits.length > 0 && edits.length <= 2 && edits.every((e) => MISSPELLING_EDITS.has(e) && (shiftOk || e !== 'shift')) && !(typed.entry && (vowelsHeardApart(typed.keys, candidateKeys) || colloquialVowelMisread(typed.text, candidate)));
    // Spellings that sound alike by the rules of pronunciation (어의없다, 희안하다, 오랫만), only for
    // a word that is not itself standard.
    const soundRules = !typed.standard && !typed.withEnding;
    // A word only name and word lists carry (no dictionary, no query log) may be a loanword they
    // write by ear (쥬스, 버젼, 스케쥴): toward the dictionary's spelling of the same sound, offered
    // though not flagged misspelled (see `onlyListed`).
    const byEar = !soundRules && standard && this.onlyListed(typed) ? palatalVowelSyllables(typed.text, candidate) : undefined;
    const bySound = byKeys ? undefined : spoken ? 1 : !(soundRules || adverb) ? byEar : (soundAlikeSyllables(typed.text, candidate) ?? (soundRules && merged <= 2 ? merged : undefined));
    if (!byKeys && !(bySound !== undefined && bySound >= 1 && bySound <= 2)) return undefined;
    // The cheap misspelling channel only for attested forms: an unknown word (a new name, 송인배)
    // is far more often just itself than a sound-alike misspelling of a dictionary word. A
    // pronunciation rule toward a standard word is the exception: 어의없다 is rare in writing (and
    // so is a merged vowel: 돌맹이, 부대찌게). So is the ㄹ before -려, toward a standard verb's form
    // (공부할려는 → 공부하려는).
    let misspellingEdits: number | undefined;
    if (typed.entry) misspellingEdits = byKeys ? Math.min(edits.length, merged) : bySound;
    else if ((standard || spoken) && bySound !== undefined) misspellingEdits = bySound;
    // A marked spelling no source has (패이지) is read by sound even where it reads as a stem with
    // an ending: toward the word it sounds as, not toward a word one vowel key away (깨끗해).
    else if ((standard || spoken) && (soundRules || marked)) misspellingEdits = merged <= 2 ? merged : (typed.respellings ??= new Set(soundRespellings(typed.text))).has(candidate) ? 1 : undefined;
    // And as a misspelling of the word it is a habit for it costs no edit. Priced as any habit,
    // 찌게 went to 이게, one typo from it and far commoner, before 찌개.
    if (misspellingEdits !== undefined && marked) misspellingEdits = 0;
    return { edits: misspellingEdits, frequencyOnly: !standard && !head && !spoken && !marked };
  }

  /**
   * A word of at least the known weight that a dictionary, a name list or the logs carry (running
   * text alone keeps fragments: 설겆 of 설겆이, misspelled 설거지) and no dictionary marks as misspelled.
   */
  private knownHead(word: string): boolean {
    const entry = this.lexicon.get(word);
    return !!entry && /[swepq]/u.test(entry.flags) && !entry.flags.includes('x') && entry.weight >= this.scorer.weights.knownWeight;
  }

  /** `typedWord(word).standard`, kept per word: suggest asks it of the words typed out on every keystroke. */
  typedAsStandard(word: string): boolean {
    const facts = this.vocabulary.factsOf(word);
    facts.typedAsStandard ??= this.typedWord(word).standard;
    return facts.typedAsStandard;
  }

  /**
   * A word typed alone or among others that counts as spelled as meant only because an entity or
   * word list carries it (flags c, e, w: 쥬스, 스케쥴), not a dictionary or the query logs.
   */
  private onlyListed(typed: TypedWord): boolean {
    return !typed.withEnding && !!typed.entry && /^[cew]+$/u.test(typed.entry.flags) && !this.lexicon.isStandard(typed.text);
  }

  /**
   * A word the logged queries have as a query or as a word of one, common enough to be known, and
   * no dictionary marks as misspelled: people search it as typed (배그 for the game, not 배구;
   * the actress 한소희, not 한서희), so it is no misspelling habit, whatever it sounds like.
   */
  private searchedAsTyped(entry: LexiconEntry | undefined): boolean {
    return !!entry && /[pq]/u.test(entry.flags) && !entry.flags.includes('x') && entry.weight >= this.scorer.weights.knownWeight;
  }

  /**
   * A word people write on purpose though the standard dictionary lacks it: common (at least the
   * known weight), and a standard word or stem with its particle or ending (받아, 확실해, 문제인),
   * the bare stem of a standard verb or adjective (세우, 비우, 수많), a particle of two syllables
   * (에선), or a name with its particle (켄은). Its sound-alike corrections are offered, never
   * applied (바다, 확실히, 문재인, 새우, 예선, 캐는), unless the dictionary marks it as a misspelling.
   */
  writtenOnPurpose(word: string): boolean {
    const lexicon = this.lexicon;
    const entry = lexicon.get(word);
    if (!entry || entry.flags.includes('x') || entry.weight < this.scorer.weights.knownWeight) return false;
    if (standardWithEnding(lexicon, word) || LONG_PARTICLES.has(word)) return true;
    // A stem is typed alone on the way to a form of it, or as the head of a compound (세우기).
    if (word.length >= 2 && lexicon.isStandard(`${word}다`)) return true;
    // A name (an entity or a logged query) with a particle is rarer than the name alone; a rare
    // "name" that is a misspelled stem is not (헤메는: 헤메 is an entity of weight 1).
    const name = lexicon.get(word.slice(0, -1));
    return word.length >= 2 && PARTICLES.has(word.slice(-1)) && !!name && /[eq]/u.test(name.flags) && !name.flags.includes('x') && name.weight >= entry.weight;
  }
}
