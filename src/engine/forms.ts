import { FINAL_NIEUN, FINAL_RIEUL, isEnding, isParticle, PARTICLES, isVowelKey, mustContract, needlessSaiSiot, soundAlikeSyllables, syllableParts, toKeystrokes, withoutGlideI, withoutSaiSiot, writesUncontracted } from '../hangul/index.js';
import { SOURCE_FLAGS, type Lexicon } from '../lexicon/index.js';

/**
 * Forms people write on purpose, told from misspellings: the tests correction applies before it
 * calls a typed word misspelled (a standard word with an ending, a particle, an adverb written
 * against the next word) or a candidate the spelling it meant (a marked head, 할려고 for 하려고).
 */

/**
 * True when `candidate` has a word the query does not that a dictionary marks as misspelled, or
 * that begins with one (몇일 전 → 몇일전, beside 몇일), or that writes 되 uncontracted (안 되요 →
 * 안되요, a word of running text: `writesUncontracted`): a correction never writes a misspelling.
 */
export function writesMarkedMisspelling(lexicon: Lexicon, candidate: string, typedWords: ReadonlySet<string>): boolean {
  return candidate.split(' ').some((word) => !typedWords.has(word) && (lexicon.beginsWithMisspelling(word) || writesUncontracted(word)));
}

/**
 * A standard word, or the stem of a standard verb or adjective, followed by one more syllable: a
 * particle or an ending (것만, 짓도, 맞나 from 맞다, 강하지 from 강하다, 무사히 from 무사하다),
 * each part spelled right.
 */
export function standardWithEnding(lexicon: Lexicon, word: string): boolean {
  const body = word.slice(0, -1);
  const last = word.slice(-1);
  if (!body) return false;
  // 되 and 뵈 take these endings as 돼 and 봬: 되요 is 돼요 misspelled, 뵈요 봬요.
  if (mustContract(body.slice(-1), last)) return false;
  // 해 closes a 하다 stem (확실해 from 확실하다), and 히 makes its adverb (무사히 from 무사하다).
  if (last === '해' || last === '히') return lexicon.isStandard(`${body}하다`);
  if (isEnding(last) && (lexicon.isStandard(body) || lexicon.isStandard(`${body}다`))) return true;
  // A noun with the plural 들 (다들, 사람들), or with a particle of two syllables, the plural's
  // included (속에는, 아내잖아, 사람들이).
  if (last === '들' && lexicon.isStandard(body)) return true;
  if (copulaAfterNoun(lexicon, word) || ANIDA_WITH_EOYO.has(word)) return true;
  // A particle after a bound word or the plural written onto a noun (정도씩만, 사람들만, 하나씩은).
  if (PARTICLES.has(last) && body.length >= 2 && STACKING.has(body.slice(-1)) && lexicon.isHeadword(body.slice(0, -1))) return true;
  return word.length >= 3 && isParticle(word.slice(-2)) && lexicon.isStandard(word.slice(0, -2));
}

/**
 * `word` is a standard word and a form of a verb or adjective after it, each of two syllables or
 * more, written together with the space left out (야유회간다: 야유회, 간다 of 가다; 해약할까). A
 * headword after it is not enough: 언제가지 is 언제까지 misspelled, not 언제 and 가지.
 */
export function wordThenVerbForm(lexicon: Lexicon, word: string): boolean {
  const verbForm = (w: string) => lexicon.isStandard(w) && !lexicon.get(w)?.flags.includes(SOURCE_FLAGS.standard);
  for (let cut = 2; cut <= word.length - 2; cut++) if (lexicon.isStandard(word.slice(0, cut)) && verbForm(word.slice(cut))) return true;
  return false;
}

/** The bare stem of a standard verb or adjective, no word alone (없 of 없다, 찾 of 찾다). */
export function bareStem(lexicon: Lexicon, word: string): boolean {
  return !lexicon.isStandard(word) && lexicon.isStandard(`${word}다`);
}

/**
 * Particles and forms of the copula that begin with ㅇ, which a word ending in a final consonant
 * carries with that final kept in writing though speech moves it on (꿈일 sounds 꾸밀).
 */
const VOWEL_PARTICLES: ReadonlySet<string> = new Set([
  '은', '이', '을', '의', '에', '엔', '으로', '으론', '에서', '에는', '에게', '에도', '이랑', '이나', '이다', '이야', '이고',
  '인데', '이라', '이란', '이면', '일', '임', '인', '이기', '이지', '이죠', '이에요', '입니다',
]);

/**
 * `word` is a known word ending in a final consonant (`isKnown`: a name will do) with a particle or
 * form of the copula that begins with ㅇ: 꿈일, 것이기, 존은, 앤이. Spelling keeps the final where
 * speech moves it onto the ㅇ, so the word that sounds the same with the final moved (꾸밀, 거시기,
 * 주는, 애니) is another word, not what was meant.
 */
export function finalKeptBeforeParticle(word: string, isKnown: (head: string) => boolean): boolean {
  for (let cut = word.length - 1; cut >= 1 && word.length - cut <= 3; cut--) {
    if (!VOWEL_PARTICLES.has(word.slice(cut)) || !syllableParts(word.charAt(cut - 1))?.final) continue;
    if (isKnown(word.slice(0, cut))) return true;
  }
  return false;
}

/**
 * 아니다 takes the copula's 에요 after its 이 (아니에요), and contracts them (아녜요); no common ending
 * has 에요, so these are listed. 아니예요 stays the misspelling it is.
 */
const ANIDA_WITH_EOYO: ReadonlySet<string> = new Set(['아니에요', '아녜요']);

/** Bound words and the plural, which take a particle after them in turn. */
const STACKING: ReadonlySet<string> = new Set(['씩', '들', '쯤', '뿐', '만']);

/** Forms of the copula 이다 after a noun, and those that drop its 이 after a vowel (야유회입니다, 친구였다). */
const COPULA_FORMS: ReadonlySet<string> = new Set([
  '입니다', '입니까', '이에요', '이었다', '이었어', '이었는데', '이었던', '이라서', '이라고', '이니까', '이지만', '이죠', '이지', '이기', '이라면',
  // Asking and exclaiming (영하이니, 영하인가, 학생이네요).
  '이니', '이냐', '인가', '인가요', '인지', '이네', '이네요', '이잖아', '이잖아요',
]);
const COPULA_AFTER_VOWEL: ReadonlySet<string> = new Set(['예요', '였다', '였어', '였는데', '였던', '라서', '라고', '니까', '지만', '라면']);

/**
 * `word` is a headword of the standard dictionary with a form of the copula of two syllables or
 * more: 야유회입니다, 친구였다. A headword, not any standard form (꺼예요, from 끄다, is 거예요
 * misspelled); and not 아니, whose 아니다 is no copula (아니예요 is 아니에요 misspelled).
 */
export function copulaAfterNoun(lexicon: Lexicon, word: string): boolean {
  for (let cut = word.length - 2; cut >= 1 && word.length - cut <= 4; cut--) {
    const head = word.slice(0, cut);
    if (isCopulaForm(word.slice(cut), head) && head !== '아니' && lexicon.isHeadword(head)) return true;
  }
  return false;
}

/** `tail` is a form of the copula of two syllables or more that may follow `head` (예요 only after a vowel). */
export function isCopulaForm(tail: string, head: string): boolean {
  return COPULA_FORMS.has(tail) || (syllableParts(head.charAt(head.length - 1))?.final === 0 && COPULA_AFTER_VOWEL.has(tail));
}

/**
 * A headword of the standard dictionary with a particle (우유는, 가게의, 식단이; 속에는): unlike
 * `standardWithEnding`, never a form of a verb with more on it (캘어).
 */
export function headwordWithParticle(lexicon: Lexicon, word: string): boolean {
  return particleHead(lexicon, word) !== undefined;
}

/** The headword of `headwordWithParticle` (우유 of 우유는), if there is one. */
export function particleHead(lexicon: Lexicon, word: string): string | undefined {
  for (const n of [1, 2]) {
    if (word.length > n && isParticle(word.slice(-n)) && lexicon.isHeadword(word.slice(0, -n))) return word.slice(0, -n);
  }
  return undefined;
}

/**
 * A standard word or stem with the exclamation -군 (이야기군, 좋군): correction reads it as a word
 * with its ending. Not among the endings completion goes by, where 군 wrote on every word (환율군,
 * 떡갈비군) for the rare exclamation.
 */
export function exclaimsWithGun(lexicon: Lexicon, word: string): boolean {
  const body = word.slice(0, -1);
  return word.endsWith('군') && !!body && (lexicon.isStandard(body) || lexicon.isStandard(`${body}다`));
}

/**
 * `candidate` is `typed` with a head the dictionary marks as a misspelling spelled right instead,
 * the rest the same: 몇일째 → 며칠째, 몇일전 → 며칠전 (몇일 is marked, 며칠 standard). The whole
 * word is in no dictionary, but its head is wrong wherever it stands.
 */
export function markedHeadFix(lexicon: Lexicon, typed: string, candidate: string): boolean {
  let shared = 0;
  while (shared < Math.min(typed.length, candidate.length) && typed.at(-1 - shared) === candidate.at(-1 - shared)) shared++;
  if (shared === 0) return false;
  const head = typed.slice(0, -shared);
  const fixed = candidate.slice(0, -shared);
  return head.length >= 2 && !!lexicon.get(head)?.flags.includes('x') && lexicon.isStandard(fixed);
}

/** The compound vowels pronunciation merges, as keys: ㅚ, ㅙ, ㅞ (되요 for 돼요, 왠만하면 for 웬만하면). */
const MERGED_COMPOUNDS: ReadonlySet<string> = new Set(['ㅗㅣ', 'ㅗㅐ', 'ㅜㅔ']);

/**
 * The two keystroke strings differ in a vowel key that pronunciation keeps apart, though the
 * keystroke channel counts the keys as vowel confusions (ㅣ/ㅐ, ㅣ/ㅔ, ㅗ/ㅜ, ㅡ/ㅜ): a bare ㅣ
 * against ㅐ or ㅔ (같애 is not 같이 misspelled, nor 새차 시차), or one key of a compound vowel
 * against another unless both compounds are of the merged ㅚ, ㅙ, ㅞ (뒤면 is not 되면
 * misspelled, nor 시의 시위, 쉘 쉴; 되요 is 돼요). Such a pair is no misspelling.
 * @example vowelsHeardApart('ㅅㅐㅊㅏ', 'ㅅㅣㅊㅏ') // true; vowelsHeardApart('ㄷㅗㅣㅇㅛ', 'ㄷㅗㅐㅇㅛ') // false
 */
export function vowelsHeardApart(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  const vowels = (i: number) => isVowelKey(a[i] ?? '') && isVowelKey(b[i] ?? '');
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i] || !vowels(i)) continue;
    // Two vowel keys in a row are one compound vowel: this key is its first or its second.
    const at = vowels(i - 1) ? i - 1 : vowels(i + 1) ? i : -1;
    if (at >= 0) {
      if (!MERGED_COMPOUNDS.has(a.slice(at, at + 2)) || !MERGED_COMPOUNDS.has(b.slice(at, at + 2))) return true;
    } else if (/^(ㅣ[ㅐㅔ]|[ㅐㅔ]ㅣ)$/u.test(a[i]! + b[i]!)) return true;
  }
  return false;
}

/** Short adverbs people write against the next word (안가서, 못잊는, 더낫다). */
const UNSPACED_ADVERBS: ReadonlySet<string> = new Set(['안', '못', '더', '잘', '또', '좀', '다', '꼭', '막', '참', '덜']);

/**
 * `word` is a short adverb written against a standard form of two syllables or more (안가서 for
 * 안 가서, 못잊는 for 못 잊는): spacing left out, not a misspelling of whatever it sounds like
 * (않아서, 멋있는).
 */
export function adverbBeforeStandard(lexicon: Lexicon, word: string): boolean {
  return word.length >= 3 && UNSPACED_ADVERBS.has(word.charAt(0)) && lexicon.isStandard(word.slice(1));
}

/** Native numerals before a counter (두 개, 세 명), and 몇. */
const UNITS: readonly string[] = ['한', '두', '세', '네', '다섯', '여섯', '일곱', '여덟', '아홉'];
/** The tens of native numerals, which take a unit after them (열두, 스물세). */
const TENS: readonly string[] = ['열', '스물', '서른', '마흔', '쉰', '예순', '일흔', '여든', '아흔'];
const NUMERALS: readonly string[] = [...TENS.flatMap((t) => UNITS.map((u) => t + u)), ...UNITS, ...TENS, '스무', '몇'];

const NATIVE_NUMERALS: ReadonlySet<string> = new Set(NUMERALS.filter((n) => n !== '몇'));

/** A native numeral before a noun: 두, 열두, 스물세, 스무 (열두 is no misspelling of 열도). */
export function nativeNumeral(word: string): boolean {
  return NATIVE_NUMERALS.has(word);
}

/** Counters people write against the numeral before them (두개, 세명, 몇번). */
const COUNTERS: ReadonlySet<string> = new Set(['개', '명', '번', '달', '살', '시', '권', '마리', '잔', '장', '대', '병', '벌', '채', '쌍', '그루', '송이', '가지', '시간', '주', '판', '줄', '통', '칸', '층', '분']);

/**
 * `word` is a native numeral written against a counter (두개 for 두 개, 세명 for 세 명): spacing
 * left out, not a misspelling of whatever it sounds like (두게). Not a word a dictionary marks
 * misspelled (몇일 is 며칠).
 */
export function numeralBeforeCounter(lexicon: Lexicon, word: string): boolean {
  if (lexicon.get(word)?.flags.includes('x')) return false;
  return NUMERALS.some((n) => word.startsWith(n) && COUNTERS.has(word.slice(n.length)));
}

/**
 * `word` is a standard word said twice (바짝바짝, 쿵쿵): Korean doubles its mimetic words, and the
 * doubled word is written as meant even where no list has it, or only a word list with no weight.
 */
export function doubledStandardWord(lexicon: Lexicon, word: string): boolean {
  const half = word.length / 2;
  return word.length >= 2 && word.length % 2 === 0 && word.slice(0, half) === word.slice(half) && lexicon.isStandard(word.slice(0, half));
}

/**
 * `word` is a word spelled as meant written against a form of 같다 after it (나같으면 for 나
 * 같으면, 바보같은): spacing left out, since 같다 after a noun is a word of its own, not a
 * misspelling of whatever it sounds like (나갔으면).
 */
export function nounBeforeGatda(lexicon: Lexicon, word: string): boolean {
  const at = word.indexOf('같', 1);
  return at > 0 && lexicon.isStandard(word.slice(at)) && spelledAsMeant(lexicon, word.slice(0, at));
}

/** Bound nouns (and 때) people write against the modifier before them (갈때, 있는곳, 할수). */
const BOUND_NOUNS: ReadonlySet<string> = new Set(['때', '곳', '것', '거', '수', '줄', '적', '데', '듯', '척']);

/**
 * `word` is a modifier, a word ending in -ㄴ or -ㄹ spelled as meant, written against the bound
 * noun after it (갈때 for 갈 때, 있는곳 for 있는 곳): spacing left out, not a misspelling of
 * whatever it sounds like (갈대, 있는것).
 */
export function modifierBeforeBoundNoun(lexicon: Lexicon, word: string): boolean {
  const head = beforeBoundNoun(word);
  // Not a misspelled modifier (어렷을적 is 어렸을 적 misspelled).
  return head !== undefined && spelledAsMeant(lexicon, head);
}

/**
 * The same, where the modifier is a standard form (댈수: 댈 of 대다), not just any word spelled
 * as meant: a name that ends in ㄴ or ㄹ before 적 or 수 is most often a slip (남안적 for 낭만적).
 */
export function standardModifierBeforeBoundNoun(lexicon: Lexicon, word: string): boolean {
  const head = beforeBoundNoun(word);
  return head !== undefined && lexicon.isStandard(head);
}

/** The word before the bound noun `word` ends in, when that word ends in -ㄴ or -ㄹ (갈 of 갈때). */
function beforeBoundNoun(word: string): string | undefined {
  if (word.length < 2 || !BOUND_NOUNS.has(word.slice(-1))) return undefined;
  const head = word.slice(0, -1);
  // The finals of the modifier endings -ㄴ, -는, -은, -ㄹ, -을.
  const final = syllableParts(head.slice(-1))?.final;
  return final === FINAL_NIEUN || final === FINAL_RIEUL ? head : undefined;
}

/**
 * A word taken as spelled as meant: a standard form, or a logged query, an entity or a word of a
 * dictionary word list (회색, 둥지, 봄, 갈: the standard dictionary we have lacks many), unless a
 * dictionary marks it misspelled, or, for a word the logs never wrote, it is a standard word with
 * a 사이시옷 no spelling writes (`needlessSaiSiot`: 윗쪽, which a title list has, is 위쪽 misspelled).
 */
export function spelledAsMeant(lexicon: Lexicon, word: string): boolean {
  if (lexicon.isStandard(word)) return true;
  const flags = lexicon.get(word)?.flags ?? '';
  if (!/[eqw]/u.test(flags) || flags.includes('x')) return false;
  return flags.includes('q') || ![...needlessSaiSiot(word), ...saiSiotReadings(lexicon, word)].some((w) => lexicon.isStandard(w));
}

/**
 * `candidate` is the dictionary's adverb that `typed` writes with the other suffix, 이 for 히 or
 * 히 for 이 (깨끗히 → 깨끗이, 솔직이 → 솔직히): which one an adverb takes goes by how it sounds
 * (한글 맞춤법 제51항), and people mix them up, even in forms that read as a stem with an ending.
 */
export function adverbSuffixFix(lexicon: Lexicon, typed: string, candidate: string): boolean {
  return typed.slice(0, -1) === candidate.slice(0, -1) && soundAlikeSyllables(typed, candidate) === 1 && lexicon.isStandard(candidate);
}

/**
 * Whether the first key at which two keystroke strings of a word differ is an initial consonant
 * (a consonant with a vowel after it), where a tensed consonant is most often written on purpose.
 * @example differsAtInitial('ㅆㅗㄹㅣ', 'ㅅㅗㄹㅣ') // true; differsAtInitial('ㅈㅐㅁㅣㅅㄷㅏ', 'ㅈㅐㅁㅣㅆㄷㅏ') // false
 */
export function differsAtInitial(a: string, b: string): boolean {
  let at = 0;
  while (at < a.length && a[at] === b[at]) at++;
  return at + 1 < a.length && !isVowelKey(a[at]!) && isVowelKey(a[at + 1]!);
}

/**
 * `typed` is the standard word `candidate` with a 사이시옷 written where speech tenses the consonant
 * after it (`withoutSaiSiot`: 촛점 for 초점, 홧병 for 화병), and `typed` is no standard form itself
 * (횟수, 햇살, 갓길 are) nor a verb's stem (잇달 of 잇달다).
 */
export function saiSiotWritten(lexicon: Lexicon, typed: string, candidate: string): boolean {
  // The word lookups only for the one form the candidate is, not every candidate's.
  if (!withoutSaiSiot(typed).includes(candidate) || !saiSiotReading(lexicon, typed, candidate)) return false;
  return lexicon.isStandard(candidate) && !lexicon.isStandard(typed) && !lexicon.isStandard(`${typed}다`);
}

/** `withoutSaiSiot(word)`, less the forms `saiSiotReading` turns down. */
function saiSiotReadings(lexicon: Lexicon, word: string): string[] {
  return withoutSaiSiot(word).filter((form) => saiSiotReading(lexicon, word, form));
}

/**
 * Whether `form`, one of `withoutSaiSiot(word)`, drops a 사이시옷: not where a particle or an ending
 * follows the ㅅ, nor where the ㅅ closes a standard word before another (짓도, 셋다, 첫방 are no 지도,
 * 세다, 처방 misspelled), nor for 윗- and 아랫-.
 */
function saiSiotReading(lexicon: Lexicon, word: string, form: string): boolean {
  const cut = [...form].findIndex((ch, i) => ch !== word[i]) + 1;
  const head = word.slice(0, cut);
  const rest = word.slice(cut);
  // 윗- and 아랫- are the standard prefixes before a plain consonant (윗선, 윗사람; 표준어 규정 제12항).
  if (head.endsWith('윗') || head.endsWith('아랫')) return false;
  // A 사이시옷 stands between two nouns: before a particle or an ending the ㅅ is a final typed for
  // another (됫다 for 됐다, 섯다 the card game), or the word's own.
  return !isEnding(rest) && !(lexicon.isStandard(head) && lexicon.isStandard(rest));
}

/**
 * `typed` is `candidate` with a ㄹ added as the final before the ending -려 (할려고 for 하려고,
 * 볼려면 for 보려면, 공부할려는 for 공부하려는), a habit of speech written down: the stem without
 * it is a standard verb (하다, 보다) and with it none (할다). Where the ㄹ is the stem's own (갈다:
 * 갈려고, 살다: 살려고, 팔다: 팔려고), the ending is written so and nothing is misspelled.
 */
export function rieulBeforeRyeo(lexicon: Lexicon, typed: string, candidate: string): boolean {
  if (typed.length !== candidate.length) return false;
  let i = 0;
  while (i < typed.length && typed[i] === candidate[i]) i++;
  if (i >= typed.length - 1 || typed.slice(i + 1) !== candidate.slice(i + 1) || typed[i + 1] !== '려') return false;
  if (toKeystrokes(typed[i]!) !== `${toKeystrokes(candidate[i]!)}ㄹ`) return false;
  return lexicon.isStandard(`${candidate.slice(0, i + 1)}다`) && !lexicon.isStandard(`${typed.slice(0, i + 1)}다`);
}

/**
 * `typed` is the standard form `candidate` with a 이 that speech puts between a stem ending in ㅐ,
 * ㅔ or ㅚ and its ending written in (`withoutGlideI`: 헤매이다 for 헤매다, 헤매이고 for 헤매고),
 * and `typed` is no standard form itself (설레이다 is a headword of the dictionary we have), nor
 * is it up to that 이 (메일로 is 메일 with a particle, no 멜로).
 */
export function glideBeforeEnding(lexicon: Lexicon, typed: string, candidate: string): boolean {
  if (!withoutGlideI(typed).includes(candidate) || !lexicon.isStandard(candidate) || lexicon.isStandard(typed)) return false;
  let at = 0;
  while (typed[at] === candidate[at]) at++;
  // typed[at] is the stem's last syllable, typed[at + 1] the 이.
  return !lexicon.isStandard(typed.slice(0, at + 2));
}
