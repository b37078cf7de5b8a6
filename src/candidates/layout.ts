import { hangulToLatin, isSyllable, latinToHangul, normalize } from '../hangul/index.js';
import { KNOWN_WEIGHT, type Lexicon } from '../lexicon/index.js';
import type { Candidate, QueryInput } from './candidate.js';

const LATIN = /[a-z]/iu;
const STRAY_JAMO = /[ㄱ-ㅣ]/u;
const VOWEL_JAMO = /[ㅏ-ㅣ]/u;
const VOWEL_FIRST = /^[ㅏ-ㅣ]/u;

/** A vowel key standing alone in `text` (ㅑ, ㅡ): Hangul typing never leaves one, Latin typed on the Korean layout does. */
export function hasStrayVowel(text: string): boolean {
  return VOWEL_JAMO.test(text);
}
const STRAY_CONSONANT = /[ㄱ-ㅎ]/u;
/** Final clusters, which no syllable begins with: never an initial of a choseong query. */
const CLUSTER_JAMO = /[ㄳㄵㄶㄺㄻㄼㄽㄾㄿㅀㅄ]/u;

/**
 * True when text reads as Hangul a person could have meant: syllables (and digits or symbols),
 * no stray jamo. English typed through the Korean layout rarely passes (iphone → ㅑㅔㅙㅜㄷ).
 */
function isWellFormedHangul(text: string): boolean {
  let syllables = 0;
  for (const ch of text) {
    if (isSyllable(ch)) syllables++;
    else if (STRAY_JAMO.test(ch) || LATIN.test(ch)) return false;
  }
  return syllables > 0;
}

/**
 * Reads a query typed with the wrong keyboard layout: Latin words that spell well-formed Hangul on
 * the 2-beolsik layout (dkssud → 안녕), and Hangul words made of stray jamo that spell Latin
 * (ㅑㅔㅙㅜㄷ → iphone). Words that are fine as typed are left alone; whether the converted query
 * wins is the ranker's call (lexicon and language model), not this function's.
 * @example layoutCandidates(input('dkssudgktpdy')) // [{ text: '안녕하세요', kinds: ['layout'] }]
 */
export function layoutCandidates(input: QueryInput, lexicon: Lexicon): Candidate[] {
  // Case matters here: shift types ㄲ and ㅒ, so read the raw text with case kept.
  const words = layoutText(input).split(' ');
  // Beside words of Hangul syllables, a word with stray vowels is most often a slip in Hangul
  // (김하성 ㅐ년 거취, for 내년), not English typed on the Korean layout: it is read as Latin only
  // when that is a known word of two letters or more (ㅑㅔㅙㅜㄷ 케이스 → iphone 케이스), never as
  // osus, nor a lone ㅜ as n; or when the word strands as many jamo as Latin does (`manyStrayJamo`:
  // ㅜㄷㅅ리ㅑㅌ is netflix, which no source has).
  const besideHangul = words.some((word) => /[가-힣]/u.test(word));
  let changed = false;
  // Words read from Hangul as Latin: where one was, the query was typed on the Korean layout.
  const toLatin = new Set<number>();
  // The last letters typed, when they read as one syllable no source knows or as syllables and the
  // first key of the next: kept for now, read so if other letters of the query were read as Hangul.
  let halfTyped: { at: number; word: string } | undefined;
  const converted = words.map((word, at) => {
    if (LATIN.test(word)) {
      // Letters in one word with Hangul typed as Hangul are mostly a brand's or a model's (챗gpt,
      // cj대한통운), typed as meant: one syllable read from them must make the whole word a known
      // one (강남rn: 강남구), not merely be one (gpt: 헷, a fragment of running text; 챗gpt was
      // applied as 챗헷). Letters and digits alone (fhEh794ghl: 로또794회) keep the rule below.
      const beside = /[가-힣ㄱ-ㅣ]/u.test(word);
      // Convert each run of Latin letters on its own (sk채용 has one run, dkssud 맛집 one per word).
      const out = word.replace(/[a-zA-Z]+/gu, (run, offset: number) => {
        // Known Latin words stay (bts, sns, aoa); and since almost any two or three letters spell
        // some syllable, a one-syllable reading must be a known word (ql → 비, tp → 세).
        if (lexicon.get(run.toLowerCase())) return run;
        const hangul = latinToHangul(run);
        const wellFormed = isWellFormedHangul(hangul);
        if (wellFormed && (hangul.length >= 2 || lexicon.get(beside ? word.slice(0, offset) + hangul + word.slice(offset + run.length) : hangul))) return hangul;
        // The last letters typed may be one syllable on its way (qkf: 발), or syllables and the
        // next key (qkfv: 밢, 발 and ㅍ joined by the IME for now; aktw: 맛ㅈ).
        if (at === words.length - 1 && offset + run.length === word.length && (wellFormed || endsOnNextInitial(hangul))) {
          halfTyped = { at, word: word.slice(0, offset) + hangul };
        }
        return run;
      });
      if (out !== word) changed = true;
      return out;
    }
    // A model name's letters typed on the Korean layout before its number (갤럭시 ㄴ9 for s9, ㅎ7
    // for g7): jamo before digits is no Hangul anyone types. The words around it stay as typed.
    if (/^[ㄱ-ㅣ]{1,3}[0-9]+$/u.test(word)) {
      const latin = latinWord(word);
      if (latin !== undefined) {
        changed = true;
        return latin;
      }
    }
    if (VOWEL_JAMO.test(word) && !/^[가-힣]+$/u.test(word)) {
      // Stray vowels never appear in real Hangul input but do in English typed on the Korean layout.
      const latin = hangulToLatin(word);
      if (/^[a-zA-Z0-9]+$/u.test(latin) && (!besideHangul || manyStrayJamo(word) || (latin.length >= 2 && lexicon.get(latin.toLowerCase())))) {
        changed = true;
        toLatin.add(at);
        return latin;
      }
    }
    // Syllables with stray consonants (ㅇㄱㄷ므, 략ㄴㅅ, 챙ㄷ) or a final cluster standing alone
    // (ㄺㄷㄷ) are no Hangul a person types whole: where the Latin reading is a known word of three
    // letters or more (dream, first, code, free) it was typed on the Korean layout. Initials alone
    // (ㅊㅁㄴㄷ) may be a choseong query, so they need four letters, and the choseong reading, if
    // the lexicon has one, competes in the ranking.
    if (STRAY_CONSONANT.test(word) && /^[가-힣ㄱ-ㅎ]+$/u.test(word)) {
      const latin = latinWord(word);
      const initialsOnly = !/[가-힣]/u.test(word) && !CLUSTER_JAMO.test(word);
      // So is one that strands as many jamo as Latin does (ㅇㄱㄷ므 for dream, were no source to
      // have it), known or not (`manyStrayJamo`); not initials alone.
      if (latin !== undefined && latin.length >= (initialsOnly ? 4 : 3) && (knownWord(lexicon, latin) || (!initialsOnly && manyStrayJamo(word)))) {
        changed = true;
        toLatin.add(at);
        return latin;
      }
    }
    // Well-formed Hangul no source has at the known weight, whose Latin reading is a logged query
    // or a word of one (뉸 → sbs, 퍄냣 → visit, 랾 → fifa), or a known word of three letters or more
    // (뇆 → show, 퍙대 → video: English that running text has), was typed on the Korean layout
    // meaning that. Of the 308,453 Hangul words the lexicon has below the known weight, 11 read as
    // such a word of running text, and none is then read so (2026-12-06). Not initials alone
    // (ㅊㅎㅍ): they are as likely a choseong query (체험판) as cgv.
    if (/[가-힣]/u.test(word) && /^[가-힣ㄱ-ㅎ0-9]+$/u.test(word) && unknownWord(lexicon, word)) {
      const latin = latinWord(word);
      const logged = (l: string) => l.length >= 2 && /[qp]/u.test(lexicon.get(l)?.flags ?? '');
      if (latin !== undefined && (logged(latin) || (latin.length >= 3 && knownWord(lexicon, latin)))) {
        changed = true;
        toLatin.add(at);
        return latin;
      }
    }
    return word;
  });
  // The other words of such a query were typed on the same layout: each is Latin too where that
  // reads as a known word, or where it is jamo alone, which no Hangul typing leaves (미무 ㅈ미ㅏㄷㄱ
  // → alan walker, ㅑㅔㅙㅜㄷ ㅊㅁㄴㄷ → iphone case, ㅡ 녀ㅔㄷㄱ 채ㅜㅊㄷㄳ → m super concert).
  // Hangul that is a word, or reads as none, stays (iphone 케이스; a slip in 충전기 stays for
  // correction to set right).
  // So is the last word where it has a vowel key standing alone: a Latin word on its way (ㅛㅐㅕ셔ㅠㄷ
  // ㅡㅕ냐 → youtube musi), not one of Hangul with a slip.
  if (toLatin.size > 0) {
    words.forEach((word, at) => {
      if (toLatin.has(at) || !/^[가-힣ㄱ-ㅣ0-9]+$/u.test(word)) return;
      const latin = latinWord(word);
      const jamoOnly = !/[가-힣]/u.test(word);
      const lastOnItsWay = at === words.length - 1 && VOWEL_JAMO.test(word);
      if (latin !== undefined && ((unknownWord(lexicon, word) && lexicon.get(latin)) || jamoOnly || lastOnItsWay)) converted[at] = latin;
    });
  }
  if (!changed) return [];
  // Half the query read as Hangul and its last letters left as typed (박진주 결혼 qkfv) is no query:
  // read the last ones too (박진주 결혼 밢), for the ranker to set right or complete.
  if (halfTyped) converted[halfTyped.at] = halfTyped.word;
  const text = normalize(converted.join(' '));
  return text && text !== input.normalized ? [{ text, kinds: ['layout'] }] : [];
}

/**
 * What the query's runs of Latin letters read as Hangul keys, however the IME would compose them
 * (a slip in Hangul typed on the English layout leaves keys that join no syllable: dlktdghk reads
 * 이ㅏㅅㅇ화, for 이상화), or undefined where no run is read. Known Latin words stay, as in
 * `layoutCandidates`; so do runs of one letter. Not itself a reading anyone meant: the keys for
 * correction to set right.
 * @example hangulKeysOfLatin(input('dlktdghk'), lexicon) // '이ㅏㅅㅇ화'
 */
export function hangulKeysOfLatin(input: QueryInput, lexicon: Lexicon): string | undefined {
  let changed = false;
  const read = layoutText(input).replace(/[a-zA-Z]{2,}/gu, (run) => {
    if (lexicon.get(run.toLowerCase())) return run;
    changed = true;
    return latinToHangul(run);
  });
  return changed ? normalize(read) : undefined;
}

/**
 * Whether a word of `text` before the last was Latin typed on the Korean layout, as
 * `layoutCandidates` reads such words: jamo alone with a vowel key standing alone, which no Hangul
 * typing leaves (ㅑㅔㅙㅜㄷ), or a word with a key standing alone whose Latin reading is a known word
 * (ㅛㅐㅕ셔ㅠㄷ: youtube, ㅎ밈툐: galaxy). A stray key in a word of Hangul is otherwise a slip (김하성 ㅐ년).
 */
export function latinWordBeforeLast(text: string, lexicon: Lexicon): boolean {
  return text
    .split(' ')
    .slice(0, -1)
    .some((word) => {
      if (/^[ㄱ-ㅣ]+$/u.test(word) && VOWEL_JAMO.test(word)) return true;
      const latin = STRAY_JAMO.test(word) ? latinWord(word) : undefined;
      return latin !== undefined && !unknownWord(lexicon, latin);
    });
}

/**
 * Whether a word strands stray jamo in two vowels or three jamo, as Latin typed on the Korean
 * layout does (ㅜㄷㅅ리ㅑㅌ: netflix, 채ㅕㅔ뭏: coupang): worth a Latin reading even where no source
 * has the word. A key dropped or pressed twice in Hangul never strands so many (none of the
 * one-key forms of 21,939 lexicon words); two keys swapped or a neighbour's key sometimes do
 * (ㅛㅏ망 for 사망, 멜론ㅌ키ㅔㅅ for 멜론티켓), and the ranker tells those from the reading
 * (`UNKNOWN_READING_COST`). Runs of one jamo (ㅠㅠ, ㅋㅋ) are typed on purpose and count once.
 */
export function manyStrayJamo(word: string): boolean {
  let vowels = 0;
  let all = 0;
  let last = '';
  for (const ch of word) {
    const stray = STRAY_JAMO.test(ch);
    if (stray && ch !== last) {
      all++;
      if (VOWEL_JAMO.test(ch)) vowels++;
    }
    last = stray ? ch : '';
  }
  return vowels >= 2 || all >= 3;
}

/** Syllables, then a consonant key the IME has not yet joined to a vowel (발ㅍ, 맛ㅈ). */
function endsOnNextInitial(hangul: string): boolean {
  const head = hangul.slice(0, -1);
  return STRAY_CONSONANT.test(hangul.slice(-1)) && head.length > 0 && isWellFormedHangul(head);
}

/** A Hangul word no source has at the known weight. */
function unknownWord(lexicon: Lexicon, word: string): boolean {
  return (lexicon.get(word)?.weight ?? 0) < KNOWN_WEIGHT;
}

/** A word the lexicon has at the known weight, not blocked. */
function knownWord(lexicon: Lexicon, word: string): boolean {
  const entry = lexicon.get(word);
  return !!entry && !entry.blocked && entry.weight >= KNOWN_WEIGHT;
}

/** What a Hangul word spells on the Latin layout, lowercased, when that is a word of letters (and digits). */
function latinWord(word: string): string | undefined {
  const latin = hangulToLatin(word).toLowerCase();
  return /^[a-z0-9]*[a-z][a-z0-9]*$/u.test(latin) ? latin : undefined;
}

/**
 * The prefix a person meant when typing with the wrong layout, for completion, or undefined. A
 * half-typed Hangul prefix may end in a stray jamo (dkdlvh → 아이포), so only the part before the
 * last character has to be well formed.
 * @example layoutPrefix(input('apffh')) // '멜로'
 */
export function layoutPrefix(input: QueryInput): string | undefined {
  const raw = layoutText(input);
  if (LATIN.test(raw)) {
    const hangul = latinToHangul(raw);
    const head = hangul.slice(0, -1);
    // A last word begun with a vowel key is not Hangul in the wrong layout, where the IME writes ㅇ
    // for a word's first vowel: it stays Latin (skt k is not 낫 ㅏ, which completing across the
    // space read as 나사; dkdlvhs k is 아이폰 k).
    // No syllable spans a space, so the words before the last read as they would alone.
    const lastAt = raw.lastIndexOf(' ') + 1;
    const hangulLastAt = hangul.lastIndexOf(' ') + 1;
    if (lastAt > 0 && VOWEL_FIRST.test(hangul.slice(hangulLastAt))) {
      const before = hangul.slice(0, hangulLastAt);
      return before !== raw.slice(0, lastAt) && isWellFormedHangul(before) ? normalize(before + raw.slice(lastAt)) : undefined;
    }
    if (hangul !== raw && (isWellFormedHangul(hangul) || (head.length > 0 && isWellFormedHangul(head)))) return normalize(hangul);
    return undefined;
  }
  if (VOWEL_JAMO.test(raw) && !/^[가-힣 ]+$/u.test(raw)) {
    const latin = hangulToLatin(raw);
    if (/^[a-zA-Z0-9 ]+$/u.test(latin)) return normalize(latin);
  }
  return undefined;
}

/**
 * The Latin word `word` (Hangul, one word) spells on the other layout where that is three letters
 * or more and begins a logged Latin query (퍄냐: visi, for visit), or undefined. For Hangul that goes
 * on to nothing as typed: two letters begin too many queries (무: an) to read any Hangul so.
 */
export function latinPrefixReading(word: string, lexicon: Lexicon): string | undefined {
  if (!/^[가-힣ㄱ-ㅣ]+$/u.test(word)) return undefined;
  const latin = latinWord(word);
  if (latin === undefined || !/^[a-z]{3,}$/u.test(latin)) return undefined;
  const logged = (id: number) => /^[a-z]/u.test(lexicon.entries[id]!.text) && /[qp]/u.test(lexicon.entries[id]!.flags);
  return lexicon.completion.complete(latin, 1, logged).length > 0 ? latin : undefined;
}

/**
 * The text as typed, its case kept for the layout's shifted keys (Rk → 까), but Latin all in
 * capitals (two letters or more) read in lower case: caps lock was on, no shift held for each key
 * (QKRWLSWN is 박진주, not 빢찐쭈).
 */
function layoutText(input: QueryInput): string {
  const raw = normalize(input.raw, { lowercase: false });
  return /[a-z]/u.test(raw) || !/[A-Z][^A-Z]*[A-Z]/u.test(raw) ? raw : raw.toLowerCase();
}
