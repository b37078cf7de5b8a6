/**
 * Spellings that sound alike by the rules of standard pronunciation (표준 발음법), the source of
 * misspellings a keystroke comparison cannot see: 어의없다 for 어이없다 (의 read [이]), 희안하다
 * for 희한하다 (a weakened ㅎ), 오랫만 for 오랜만 (a final before ㄴ/ㅁ read as a nasal), 윗층 for
 * 위층 (a 사이시옷 added or dropped).
 */
import { fromKeystrokes, isJamo, isVowelKey, toKeystrokes } from './keystrokes.js';
import { composeSyllable, FINAL_MIEUM, FINAL_RIEUL, FINAL_RIEUL_MIEUM, syllableParts, type SyllableParts as Syllable } from './syllable.js';

/** Medial vowel indices: ㅢ and ㅣ. */
const VOWEL_UI = 19;
const VOWEL_I = 20;
/** Initial consonant indices: ㅇ, ㅎ, ㄴ, ㅁ. */
const ONSET_IEUNG = 11;
const ONSET_HIEUH = 18;
const ONSET_NIEUN = 2;
const ONSET_MIEUM = 6;
/** Initial consonant index: ㅈ. */
const ONSET_JIEUT = 12;
/** Final consonant indices (0: none): ㅅ. */
const FINAL_SIOS = 19;
/** Finals read as the same nasal before ㄴ or ㅁ (비음화): as [ㄴ], as [ㅇ], as [ㅁ]. */
const NASAL_GROUPS: readonly (readonly number[])[] = [
  [4, 7, 19, 20, 22, 23, 25, 27], // ㄴ ㄷ ㅅ ㅆ ㅈ ㅊ ㅌ ㅎ
  [21, 1, 2, 24], // ㅇ ㄱ ㄲ ㅋ
  [16, 17, 26], // ㅁ ㅂ ㅍ
];
/** Initials after which a 사이시옷 is heard: ㄴ, ㅁ, and the tense and aspirated consonants. */
const STRONG_ONSETS = new Set([2, 6, 1, 4, 8, 10, 13, 14, 15, 16, 17]);
/** Finals after which an onset ㅎ is weakened or silent: none (a vowel), ㄴ, ㄹ, ㅁ, ㅇ. */
const SONORANT_FINALS = new Set([0, 4, 8, 16, 21]);
/** Plain initials and their tense forms, by initial index: ㄱ/ㄲ, ㄷ/ㄸ, ㅂ/ㅃ, ㅅ/ㅆ, ㅈ/ㅉ. */
const TENSE_OF: ReadonlyMap<number, number> = new Map([[0, 1], [3, 4], [7, 8], [9, 10], [12, 13]]);

/**
 * How many syllables two words of Hangul syllables differ in, when every difference is one of
 * these sound-alike pairs (undefined when a difference is anything else, or the lengths differ),
 * only the first of them in a word's last syllable:
 *
 * - an adverb's last syllable 이 and 히, after two syllables at least (곰곰이/곰곰히, 깨끗이/깨끗히,
 *   꼼꼼히/꼼꼼이): the suffix is written by how it sounds (한글 맞춤법 제51항), and it sounds alike
 *   often enough that people mix the two up;
 * - ㅢ and ㅣ, except in a first syllable without an initial consonant (의사 is [의사]; 희망 [히망],
 *   무늬 [무니], 어의 [어이]);
 * - an initial ㅇ and ㅎ after a vowel or ㄴ, ㄹ, ㅁ, ㅇ (희한 [히안], 은행 [으냉], 결혼 [겨론]);
 * - finals read as the same nasal before an initial ㄴ or ㅁ (오랫만 [오랜만], 국물 [궁물], 밥맛 [밤맛]);
 * - a final ㅅ present or not before ㄴ, ㅁ or a tense or aspirated initial (사이시옷: 윗층/위층,
 *   뒷통수/뒤통수, 햇님/해님);
 * - a plain initial and its tense form after a final ㄹ, in any syllable (할께/할게, 갈껄/갈걸);
 * - a final ㅁ in `a` for a final ㄻ in `b`, heard as [ㅁ], in any syllable (힘듬 for 힘듦, 만듬 for
 *   만듦; one way, so `a` is the spelling typed and `b` the word meant);
 * - ㅑ ㅕ ㅛ ㅠ ㅖ and ㅏ ㅓ ㅗ ㅜ ㅔ after ㅈ, ㅉ, ㅊ, in any syllable (쥬스/주스, 버젼/버전), but
 *   for the verb forms 져/쳐/쪄 and a last 죠 (`plainAfterPalatal`).
 * @example soundAlikeSyllables('어의없다', '어이없다') // 1
 * @example soundAlikeSyllables('곰곰히', '곰곰이') // 1
 * @example soundAlikeSyllables('의사', '이사') // undefined
 */
export function soundAlikeSyllables(a: string, b: string): number | undefined {
  if (a.length !== b.length) return undefined;
  const sa = [...a].map(syllableParts);
  const sb = [...b].map(syllableParts);
  let differing = 0;
  for (let i = 0; i < sa.length; i++) {
    const x = sa[i];
    const y = sb[i];
    if (!x || !y) return undefined;
    if (x.onset === y.onset && x.vowel === y.vowel && x.final === y.final) continue;
    // A last syllable is where particles and endings are, and they differ by exactly these
    // sounds (사람의/사람이, 너의/너희): two words, not one misspelled. The adverb suffix is the one
    // ending kept (a noun with the particle 이 is no adverb, and is left to the caller's checks
    // for a standard word with its particle).
    const before = i === 0 ? undefined : sa[i - 1];
    const last = i === sa.length - 1;
    const soundAlike =
      tensedAfterRieul(x, y, before) ||
      plainAfterPalatal(x, y, last) ||
      clusterHeardAsMieum(x, y, sa[i + 1]) ||
      (last ? i >= 2 && adverbSuffixes(x, y) : alike(x, y, before, sa[i + 1], sb[i + 1]));
    if (!soundAlike) return undefined;
    differing++;
  }
  return differing;
}

/**
 * How many syllables two words of Hangul syllables differ in when each difference is an iotized
 * vowel after ㅈ, ㅉ, ㅊ against its plain one (`plainAfterPalatal`: 쥬스/주스, 버젼/버전), and
 * undefined otherwise: the one sound-alike rule that also holds for words name lists carry, since
 * those lists write loanwords by ear (스케쥴, 챠트).
 * @example palatalVowelSyllables('스케쥴', '스케줄') // 1
 * @example palatalVowelSyllables('어의없다', '어이없다') // undefined
 */
export function palatalVowelSyllables(a: string, b: string): number | undefined {
  return differingSyllables(a, b, plainAfterPalatal);
}

/**
 * How many syllables two words of the same length differ in when `alike` accepts every differing
 * pair (given whether it is the last), undefined when the lengths differ or a difference is not a
 * pair of syllables it accepts.
 */
function differingSyllables(a: string, b: string, alike: (x: Syllable, y: Syllable, last: boolean) => boolean): number | undefined {
  if (a.length !== b.length) return undefined;
  let differing = 0;
  for (let i = 0; i < a.length; i++) {
    if (a[i] === b[i]) continue;
    const x = syllableParts(a[i]!);
    const y = syllableParts(b[i]!);
    if (!x || !y || !alike(x, y, i === a.length - 1)) return undefined;
    differing++;
  }
  return differing;
}

/**
 * A plain initial and its tense form after a final ㄹ, which makes the next consonant tense in the
 * endings -ㄹ게, -ㄹ걸, -ㄹ거야 (표준 발음법 제27항): 할께 for 할게, 갈껄 for 갈걸. The same in any
 * syllable, the last one too: that is where these endings are.
 */
function tensedAfterRieul(x: Syllable, y: Syllable, before: Syllable | undefined): boolean {
  if (before?.final !== FINAL_RIEUL || x.vowel !== y.vowel || x.final !== y.final) return false;
  return TENSE_OF.get(x.onset) === y.onset || TENSE_OF.get(y.onset) === x.onset;
}

/** Initials ㅈ, ㅉ, ㅊ; the vowels ㅑ ㅕ ㅛ ㅠ ㅖ by the plain vowel each is heard as after them; ㅕ and ㅛ. */
const PALATAL_ONSETS = new Set([ONSET_JIEUT, 13, 14]);
const PLAIN_OF_IOTIZED: ReadonlyMap<number, number> = new Map([[2, 0], [6, 4], [12, 8], [17, 13], [7, 5]]);
const VOWEL_YEO = 6;
const VOWEL_YO = 12;
/** Finals of the verb forms 져, 졌, 졋 (지다 + 어, its past, and a slip of it). */
const VERB_FORM_FINALS = new Set([0, FINAL_SIOS, 20]);

/**
 * ㅑ ㅕ ㅛ ㅠ ㅖ after ㅈ, ㅉ, ㅊ and the plain vowel they are heard as there (쥬스/주스, 버젼/버전,
 * 스케쥴/스케줄, 챠트/차트; 표준 발음법 제5항, and the loanword rule that writes 주스): in any
 * syllable, the last too. Not where the iotized vowel is spelled on purpose: 져, 쳐, 쪄 and their
 * pasts are 지다, 치다, 찌다 with 어 (가져, 부쳐 beside 부처), and a last 죠 is 지요 contracted (보죠
 * beside 보조). Nor ㅒ: 쟤 is 저 아이.
 */
function plainAfterPalatal(x: Syllable, y: Syllable, last: boolean): boolean {
  if (x.onset !== y.onset || x.final !== y.final || !PALATAL_ONSETS.has(x.onset)) return false;
  const [iotized, plain] = PLAIN_OF_IOTIZED.has(x.vowel) ? [x.vowel, y.vowel] : [y.vowel, x.vowel];
  if (PLAIN_OF_IOTIZED.get(iotized) !== plain) return false;
  if (iotized === VOWEL_YEO && VERB_FORM_FINALS.has(x.final)) return false;
  return !(last && iotized === VOWEL_YO && x.onset === ONSET_JIEUT && x.final === 0);
}

/**
 * A final ㅁ written (`x`) for a final ㄻ meant (`y`), where ㄻ is heard as [ㅁ]: at the end of a
 * word or before a consonant (표준 발음법 제11항). That is the nominal -ㅁ of an ㄹ stem (힘듦
 * [힘듬], 만듦 [만듬]), which people write as heard: 힘듬, 만듬. One way only: nobody writes the
 * cluster for a plain ㅁ (맘에듬 is no misspelling of 맘에듦). Before a vowel the ㄹ is heard (힘듦이
 * [힘들미]).
 */
function clusterHeardAsMieum(x: Syllable, y: Syllable, next: Syllable | undefined): boolean {
  if (x.onset !== y.onset || x.vowel !== y.vowel || x.final !== FINAL_MIEUM || y.final !== FINAL_RIEUL_MIEUM) return false;
  return next === undefined || next.onset !== ONSET_IEUNG;
}

/** 이 and 히, as an adverb's last syllable. */
function adverbSuffixes(x: Syllable, y: Syllable): boolean {
  return x.vowel === VOWEL_I && y.vowel === VOWEL_I && x.final === 0 && y.final === 0 && pair(x.onset, y.onset, ONSET_IEUNG, ONSET_HIEUH);
}

function alike(x: Syllable, y: Syllable, before: Syllable | undefined, nextA: Syllable | undefined, nextB: Syllable | undefined): boolean {
  const sameOnset = x.onset === y.onset;
  const sameVowel = x.vowel === y.vowel;
  const sameFinal = x.final === y.final;
  if (sameOnset && sameFinal && pair(x.vowel, y.vowel, VOWEL_UI, VOWEL_I)) return before !== undefined || x.onset !== ONSET_IEUNG;
  if (sameVowel && sameFinal && pair(x.onset, y.onset, ONSET_IEUNG, ONSET_HIEUH)) return before !== undefined && SONORANT_FINALS.has(before.final);
  if (!sameOnset || !sameVowel || !nextA || !nextB || nextA.onset !== nextB.onset) return false;
  const next = nextA.onset;
  if ((next === ONSET_NIEUN || next === ONSET_MIEUM) && NASAL_GROUPS.some((g) => g.includes(x.final) && g.includes(y.final))) return true;
  // 사이시옷 is heard where the next consonant turns tense or a nasal is added (윗층, 뒷통수, 햇님).
  // Before a plain one it was too often a word and its particle or suffix (것들, 못함 beside 거들,
  // 모함), which no check of the last syllable catches.
  return STRONG_ONSETS.has(next) && pair(x.final, y.final, 0, FINAL_SIOS);
}

function pair(p: number, q: number, u: number, v: number): boolean {
  return (p === u && q === v) || (p === v && q === u);
}

/** Vowels that modern pronunciation merges, by vowel index: ㅐ and ㅔ, ㅒ and ㅖ, and ㅙ, ㅞ and ㅚ. */
const MERGED_VOWELS: ReadonlyMap<number, number> = new Map([[1, 1], [5, 1], [3, 3], [7, 3], [10, 10], [15, 10], [11, 10]]);

/**
 * How many syllables two words of the same length differ in, when each of them differs only by
 * vowels pronunciation merges (Infinity otherwise): a misspelling is a syllable spelled by its
 * sound, so 왠일 for 웬일 is one, though ㅙ and ㅞ are two keys apart.
 * @example mergedVowelSyllables('왠일', '웬일') // 1
 * @example mergedVowelSyllables('되어가는', '뛰어가는') // Infinity (ㄷ and ㄸ differ too)
 */
export function mergedVowelSyllables(a: string, b: string): number {
  return differingSyllables(a, b, mergedVowels) ?? Infinity;
}

/**
 * The words `word` sounds the same as with one syllable's vowel swapped for one pronunciation
 * merges with it (ㅐ/ㅔ, ㅒ/ㅖ, ㅙ/ㅞ/ㅚ): what `mergedVowelSyllables` finds one syllable away, for
 * lookups of spellings two keys off (왠만하면 → 웬만하면, 됀장 → 된장). At most two per syllable.
 * @example mergedVowelVariants('왠일') // ['웬일', '왼일'] (in some order)
 */
export function mergedVowelVariants(word: string): string[] {
  const out: string[] = [];
  const chars = [...word];
  chars.forEach((ch, i) => {
    const parts = syllableParts(ch);
    const group = parts && MERGED_VOWELS.get(parts.vowel);
    if (!parts || group === undefined) return;
    for (const [vowel, g] of MERGED_VOWELS) {
      if (g !== group || vowel === parts.vowel) continue;
      out.push([...chars.slice(0, i), composeSyllable({ ...parts, vowel }), ...chars.slice(i + 1)].join(''));
    }
  });
  return out;
}

/** The same syllable but for vowels pronunciation merges. */
function mergedVowels(x: Syllable, y: Syllable): boolean {
  const merged = MERGED_VOWELS.get(x.vowel);
  return x.onset === y.onset && x.final === y.final && merged !== undefined && merged === MERGED_VOWELS.get(y.vowel);
}

/** Vowels (ㅐ, ㅔ, ㅚ) after which speech puts a 이 before an ending, and the finals that 이 may carry (none, ㄴ, ㄹ, ㅁ: the endings -ㄴ, -ㄹ, -ㅁ). */
const GLIDE_VOWELS = new Set([1, 5, 11]);
const GLIDE_FINALS = new Set([0, 4, 8, 16]);

/** Vowel indices (ㅓ, ㅗ, ㅜ, ㅡ) for `colloquialVowelMisread`. */
const VOWEL_EO = 4;
const VOWEL_O = 8;
const VOWEL_U = 13;
const VOWEL_EU = 18;
const BACK_VOWELS: readonly number[] = [VOWEL_EO, VOWEL_O, VOWEL_U];

/**
 * The words differ, syllable for syllable, in a vowel speech respells (하구 for 하고, 그래두 for
 * 그래도, 이뿌다 for 이쁘다, 그로면 for 그러면), but the other way round or where speech does not:
 * ㅡ or ㅗ for ㅜ (스지 and 수지, 하르만 and 하루만, 비오는 and 비우는: speech turns ㅡ and ㅗ into
 * ㅜ, not back), or ㅓ, ㅗ, ㅜ
 * in the first syllable (두달 and 도달, 소장님 and 서장님, 어판 and 오판), where the respelling
 * habit is rare and another vowel makes another word.
 * @example colloquialVowelMisread('스지', '수지') // true; colloquialVowelMisread('그래두', '그래도') // false
 */
export function colloquialVowelMisread(typed: string, candidate: string): boolean {
  if (typed.length !== candidate.length) return false;
  for (let i = 0; i < typed.length; i++) {
    const a = syllableParts(typed[i]!);
    const b = syllableParts(candidate[i]!);
    if (!a || !b || a.vowel === b.vowel || a.onset !== b.onset || a.final !== b.final) continue;
    if ((a.vowel === VOWEL_EU || a.vowel === VOWEL_O) && b.vowel === VOWEL_U) return true;
    if (i === 0 && BACK_VOWELS.includes(a.vowel) && BACK_VOWELS.includes(b.vowel)) return true;
  }
  return false;
}

/**
 * The word without a 이 that speech puts between a stem ending in ㅐ, ㅔ or ㅚ and its ending, and
 * that people write (헤매이다 for 헤매다, 설레이는 for 설레는, 되뇌이다 for 되뇌다; 설레임 for 설렘, the
 * 이's final going to the stem's syllable): the glide between the two vowels, taken for the passive
 * 이. One form per such 이; whether it is a word is for the caller to look up.
 * @example withoutGlideI('헤매이다') // ['헤매다']
 * @example withoutGlideI('설레임') // ['설렘']
 */
export function withoutGlideI(word: string): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 1; i < chars.length; i++) {
    const parts = syllableParts(chars[i]!);
    const before = syllableParts(chars[i - 1]!);
    if (!parts || !before || parts.onset !== ONSET_IEUNG || parts.vowel !== VOWEL_I || !GLIDE_FINALS.has(parts.final)) continue;
    if (before.final !== 0 || !GLIDE_VOWELS.has(before.vowel)) continue;
    out.push([...chars.slice(0, i - 1), composeSyllable({ ...before, final: parts.final }), ...chars.slice(i + 1)].join(''));
  }
  return out;
}

/**
 * The spellings a word of Hangul syllables may be written by ear for, one change each: a vowel
 * pronunciation merges (`mergedVowelVariants`: 돌맹이 for 돌멩이), ㅡ past the first syllable where
 * speech says ㅜ (움추리다 for 움츠리다, 널부러지다 for 널브러지다; `colloquialVowelMisread` is the
 * other way round), and a final read onto the next syllable's silent ㅇ, or an initial read back as
 * the final before it (연음: 빈털털이 for 빈털터리, 어름 for 얼음), and an adverb's last 이 or 히
 * for the other (나지막히 for 나지막이). Which of them is a word is for
 * the caller to look up; there are at most a few per syllable.
 * @example soundRespellings('움추리다').includes('움츠리다') // true
 * @example soundRespellings('빈털털이').includes('빈털터리') // true
 */
export function soundRespellings(word: string): string[] {
  if (!/^[가-힣]+$/u.test(word)) return [];
  const out = new Set(mergedVowelVariants(word));
  const chars = [...word];
  for (let i = 1; i < chars.length; i++) {
    const parts = syllableParts(chars[i]!);
    if (parts?.vowel === VOWEL_U) out.add([...chars.slice(0, i), composeSyllable({ ...parts, vowel: VOWEL_EU }), ...chars.slice(i + 1)].join(''));
  }
  // On the keystrokes a final before a silent ㅇ and the initial it is heard as differ by that ㅇ
  // alone: ㅌㅓㄹㅇㅣ (털이) and ㅌㅓㄹㅣ (터리).
  const keys = [...toKeystrokes(word)];
  // Not ㅇ, which stays where it is (맹이 is not 매이), nor ㅎ, silent before a vowel (좋아 [조아]).
  const consonant = (k: string | undefined) => k !== undefined && isJamo(k) && !isVowelKey(k) && k !== 'ㅇ' && k !== 'ㅎ';
  const vowel = (k: string | undefined) => k !== undefined && isVowelKey(k);
  for (let i = 1; i + 1 < keys.length; i++) {
    if (keys[i] === 'ㅇ' && consonant(keys[i - 1]) && vowel(keys[i + 1])) out.add(fromKeystrokes([...keys.slice(0, i), ...keys.slice(i + 1)].join('')));
    if (consonant(keys[i]) && vowel(keys[i - 1]) && vowel(keys[i + 1])) out.add(fromKeystrokes([...keys.slice(0, i + 1), 'ㅇ', ...keys.slice(i + 1)].join('')));
  }
  for (const w of withoutGlideI(word)) out.add(w);
  // An adverb's last 이 or 히 after two syllables at least, as `soundAlikeSyllables` reads them:
  // they go by how they sound (한글 맞춤법 제51항) and are heard alike (나지막히 for 나지막이,
  // 조용이 for 조용히). After one syllable 이 is most often a particle (속이, 급이).
  const last = chars.length - 1;
  if (last >= 2 && (chars[last] === '이' || chars[last] === '히')) out.add([...chars.slice(0, last), chars[last] === '이' ? '히' : '이'].join(''));
  out.delete(word);
  return [...out].filter((w) => /^[가-힣]+$/u.test(w));
}

/** Tense initials: ㄲ ㄸ ㅃ ㅆ ㅉ. */
const TENSE_ONSETS = new Set([1, 4, 8, 10, 13]);

/**
 * The word without each final ㅅ that stands before a tense initial: a 사이시옷 is never written
 * there, since the consonant after it is tense already (한글 맞춤법 제30항; 표준어 규정 제12항:
 * 위쪽, 아래쪽, never 윗쪽, 아랫쪽). Not before an aspirated one, though the rule is the same: loanword
 * spelling writes a Japanese geminate so (낫토, 돗토리 are no 나토, 도토리 misspelled). Whether a form
 * is a word is for the caller to look up.
 * @example needlessSaiSiot('윗쪽') // ['위쪽']
 * @example needlessSaiSiot('윗옷') // []
 */
export function needlessSaiSiot(word: string): string[] {
  return withoutFinalSiosBefore(word, TENSE_ONSETS);
}

/** Plain initials speech tenses after a 사이시옷: ㄱ ㄷ ㅂ ㅅ ㅈ. */
const PLAIN_ONSETS = new Set([0, 3, 7, 9, 12]);

/**
 * The word without each final ㅅ that stands before a plain ㄱ, ㄷ, ㅂ, ㅅ or ㅈ: where a compound
 * is said with that consonant tensed, people write a 사이시옷 that spelling gives only to compounds
 * with a native part (댓가 for 대가 [대까], 촛점 for 초점, 갯수 for 개수: 한자어 take none but in six
 * words, 곳간, 셋방, 숫자, 찻간, 툇간, 횟수; 한글 맞춤법 제30항). Whether a form is a word, and
 * whether the word typed is one itself (햇살, 횟수), is for the caller to look up.
 * @example withoutSaiSiot('댓가') // ['대가']
 * @example withoutSaiSiot('윗쪽') // [] (a tense initial: `needlessSaiSiot`)
 */
export function withoutSaiSiot(word: string): string[] {
  return withoutFinalSiosBefore(word, PLAIN_ONSETS);
}

function withoutFinalSiosBefore(word: string, onsets: ReadonlySet<number>): string[] {
  const chars = [...word];
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) {
    const parts = syllableParts(chars[i]!);
    const next = syllableParts(chars[i + 1]!);
    if (parts?.final !== FINAL_SIOS || !next || !onsets.has(next.onset)) continue;
    out.push([...chars.slice(0, i), composeSyllable({ ...parts, final: 0 }), ...chars.slice(i + 1)].join(''));
  }
  return out;
}
