import { composeSyllable, FINAL_RIEUL_MIEUM, syllableParts, type SyllableParts } from './syllable.js';

// Vowel indices (see SyllableParts).
const A = 0;
const AE = 1;
const EO = 4;
const E = 5;
const YEO = 6;
const O = 8;
const WA = 9;
const WAE = 10;
const OE = 11;
const U = 13;
const WO = 14;
const EU = 18;
const I = 20;
const HIEUH = 18;
const SSANGSIOS = 20;
// Onset index of ㅇ: a syllable that begins with a vowel sound.
const IEUNG = 11;
// Final indices of ㄴ, ㄹ, ㅁ and ㅂ.
const NIEUN = 4;
const RIEUL = 8;
const MIEUM = 16;
const BIEUP = 17;

/** A vowel that an 아/어 ending merges into, and the stem vowel it came from (봐 ← 보, 겨 ← 기). */
const MERGED_FROM: ReadonlyMap<number, number> = new Map([
  [WA, O], // 보 + 아 → 봐
  [WO, U], // 주 + 어 → 줘
  [YEO, I], // 기 + 어 → 겨
  [WAE, OE], // 되 + 어 → 돼
  [EO, EU], // 쓰 + 어 → 써
]);
/** Stem vowels an ending beginning with 아/어 joins without a change of vowel (가 + 아서 → 가서). */
const ABSORBING = new Set([A, AE, EO, E, YEO]);

/**
 * The last syllables of a verb stem (without a final consonant) that an ending beginning with
 * 아/어, or the past tense 았/었, merges into `syllable`: 갔 ← 가, 봐 and 봤 ← 보, 줬 ← 주, 겼 ←
 * 기, 돼 and 됐 ← 되, 해 and 했 ← 하, 써 ← 쓰. Empty when no stem merges into it.
 * @example stemSyllablesMergedInto('갔') // ['가']
 * @example stemSyllablesMergedInto('했') // ['해', '하'] (내 → 냈 like 해 → 했, and 하 + 였)
 */
export function stemSyllablesMergedInto(syllable: string): string[] {
  const p = syllableParts(syllable);
  if (!p || !openOrPast(p)) return [];
  const out: string[] = [];
  // The past tense adds ㅆ to a vowel the ending joined unchanged: 갔, 섰, 냈, 켰.
  if (p.final === SSANGSIOS && ABSORBING.has(p.vowel)) out.push(composeSyllable({ ...p, final: 0 }));
  const from = MERGED_FROM.get(p.vowel);
  if (from !== undefined) out.push(composeSyllable({ onset: p.onset, vowel: from, final: 0 }));
  // 하 + 여 → 해, 하 + 였 → 했.
  if (p.onset === HIEUH && p.vowel === AE) out.push('하');
  return out;
}

/** Finals an ending adds to a stem's last syllable: ㄴ and ㄹ (adnominal), ㅁ (nominal). */
const ENDING_FINALS = new Set([NIEUN, RIEUL, MIEUM]);

/**
 * The stem syllable that an adnominal -ㄴ or -ㄹ, or the nominal -ㅁ, closes into `syllable`
 * (룬 ← 루 as in 다룬, 할 ← 하 as in 욕할, 남 ← 나 as in 맛남; 듦 ← 들 as in 힘듦, where an ㄹ stem
 * keeps its ㄹ before -ㅁ), or undefined when it has no such final.
 * @example stemSyllableBeforeFinal('룬') // '루'
 * @example stemSyllableBeforeFinal('듦') // '들'
 */
export function stemSyllableBeforeFinal(syllable: string): string | undefined {
  const p = syllableParts(syllable);
  // An ㄹ stem's ㄹ with the nominal -ㅁ is ㄻ.
  if (p?.final === FINAL_RIEUL_MIEUM) return composeSyllable({ ...p, final: RIEUL });
  return p && ENDING_FINALS.has(p.final) ? composeSyllable({ ...p, final: 0 }) : undefined;
}

/** The first syllables of the 어-endings that 되 contracts with (돼서, 돼요, 돼도, 돼야, 돼라, 돼버리다). */
const CONTRACTING_WITH_DOE = new Set(['서', '요', '도', '야', '라', '버']);
/**
 * Stem syllables that take those endings only contracted with their 어: 되 (돼요) and 뵈 (뵈어요 is
 * 봬요). Not every ㅚ stem: 쇠 and 회 are nouns too, and 쇠도, 회요 a noun with its particle.
 */
const CONTRACTING_STEMS = new Set(['되', '뵈']);

/**
 * True when an ending that begins with `syllable` must follow the stem syllable `stem` contracted
 * (되 as 돼, 뵈 as 봬): 되서, 되요 and 뵈요 misspell 돼서, 돼요 and 봬요 (되면, 뵈러 are right).
 * @example mustContract('뵈', '요') // true; mustContract('되', '면') // false
 */
export function mustContract(stem: string, syllable: string): boolean {
  return CONTRACTING_STEMS.has(stem) && CONTRACTING_WITH_DOE.has(syllable);
}

/**
 * True when a word writes 되 uncontracted with its 어: ending on 되 or 뵈 and an ending
 * `mustContract` says must be written contracted with it (안되요, 되라, 뵈요 for 안돼요, 돼라,
 * 봬요; only at the word's end: 되도록 is a word, and so is 되라고), or with 됬, or 되 or 뵈 before
 * 서 or 요, anywhere (잘됬네, 되서야: no word has them).
 * @example writesUncontracted('안되요') // true; writesUncontracted('안돼요') // false; writesUncontracted('잘 되요') // true
 */
export function writesUncontracted(word: string): boolean {
  return UNCONTRACTED.test(word);
}

/** `word` with 되 written contracted where `writesUncontracted` finds it not (보게되서 → 보게돼서, 잘됬네 → 잘됐네, 되서야 → 돼서야). */
export function contracted(word: string): string {
  const fixed = word.replaceAll('됬', '됐').replace(/[되뵈](?=[서요])/gu, (stem) => (stem === '되' ? '돼' : '봬'));
  const n = fixed.length;
  if (n < 2 || !mustContract(fixed.charAt(n - 2), fixed.charAt(n - 1))) return fixed;
  return fixed.slice(0, n - 2) + (fixed.charAt(n - 2) === '되' ? '돼' : '봬') + fixed.charAt(n - 1);
}

/**
 * `writesUncontracted` of a word, and of each word of a text at once: `Lexicon.completionWeight`
 * asks it of every completion, where splitting each entry into words had put ~0.1 ms on
 * correction's p99 (`npm run bench`). The `mustContract` pairs at a word's end, and 됬, 되서, 되요,
 * 뵈서, 뵈요 anywhere.
 */
const UNCONTRACTED = new RegExp(`됬|[${[...CONTRACTING_STEMS].join('')}](?:[서요]|[${[...CONTRACTING_WITH_DOE].join('')}](?= |$))`, 'u');

/** Endings with the honorific 시, as written after a stem that ends in a vowel (되시길, 가셨다). */
const HONORIFIC: readonly string[] = ['시', '시고', '시길', '시면', '시는', '시니', '신', '실', '셔서', '셨', '셨다', '셨어', '셨어요', '셨습니다', '셨는데', '셨네요', '세요', '십니다'];

/** Endings a vowel stem takes with ㄴ where a consonant stem takes 는 (간다, 간다고, 간다며; 먹는다). */
const NIEUN_DA: ReadonlySet<string> = new Set(['다', '다고', '다며', '다면', '다면서', '댔어', '댔는데', '댔잖아']);

/**
 * Common endings of verbs and adjectives, as written after a stem that ends in a consonant (늙어서,
 * 읽은, 찍음, 먹고): the 아/어 forms and the past tense, the 으-forms, and the consonant-initial
 * ones; and the honorific forms without 으, which only a vowel takes. A closed list, since a short
 * stem followed by anything at all would vouch for most typos of two or three syllables.
 */
const COMMON_ENDINGS: ReadonlySet<string> = new Set([
  ...['어', '아'].flatMap((v) => [v, `${v}서`, `${v}요`, `${v}도`, `${v}야`, `${v}라`, `${v}지`, `${v}라고`, `${v}버`, `${v}다가`]),
  ...['었', '았'].flatMap((p) => [p, `${p}다`, `${p}어`, `${p}고`, `${p}는데`, `${p}던`, `${p}지`, `${p}음`, `${p}으면`, `${p}네`, `${p}어요`, `${p}을`, `${p}습니다`, `${p}거든`, `${p}잖아`, `${p}죠`, `${p}겠다`, `${p}니`, `${p}나`, `${p}나요`, `${p}네요`, `${p}냐`, `${p}을까`, `${p}으니`, `${p}지만`]),
  ...['은', '을', '음', '으면', '으니', '으니까', '으며', '으러', '으려', '으려고', '을까', '을게', '을래', '은데', '을수록'],
  // Said or asked, quoted (먹는다고, 좋다고, 먹자고, 깠냐고).
  ...['다고', '는다고', '자고', '냐고', '었다고', '았다고', '었냐고', '았냐고'],
  // Said, then a clause on it, or if so (찍었다며, 다닌다며, 먹는다면서; 갔다면): 다며 is no 다면 misspelled.
  ...['', '는', '었', '았'].flatMap((p) => [`${p}다며`, `${p}다면`, `${p}다면서`]),
  // Said and asked for, run together: -다고 했 (먹는댔어, 간댔어 with the ㄴ of ㄴ다), -자고 했 (보쟀는데).
  ...['는댔어', '는댔는데', '는댔잖아', '쟀어', '쟀는데', '쟀잖아'],
  // What one heard said (먹는대, 갔대요): -다고 해 run together, not -데 misspelled. Not 은대: a
  // verb's ㄴ대 (간대) is an adjective's 은데 misspelled as often (좋은대, 그런대).
  ...['는대', '는대요', '었대', '었대요', '았대', '았대요'],
  // 긴 and 길 are 기는 and 기를 run together (주긴 주는데, 보길 바라요).
  ...['는', '는데', '는다', '는지', '고', '고서', '지', '지만', '지요', '죠', '게', '기', '기도', '긴', '길', '다', '다가', '네', '네요', '던', '자', '겠', '겠다', '겠어', '겠는데', '겠지', '겠지만', '겠네', '겠고', '습니다', '습니까', '더라', '든지', '거나', '거든', '잖아', '나요', '냐'],
  // The old plain-polite 소 (좋소, 갔소, 하겠소): 갔소 is no 같소 misspelled.
  ...['소', '었소', '았소', '겠소'],
  // The honorific 시, with 으 after a consonant (읽으셨다; 되시길, 가셨다 below).
  ...HONORIFIC.map((h) => `으${h}`),
  ...HONORIFIC,
]);

/**
 * Endings before which a stem's final ㄹ drops: those beginning with ㄴ, and the honorific 시 (만드신,
 * 아시면). Not its 셔/셨 forms, where 부셨다 is far more often 부쉈다 misspelled than 불다's honorific.
 */
const DROPPING_RIEUL: ReadonlySet<string> = new Set([
  ...['는', '는데', '는지', '니', '니까', '네', '네요', '나요', '냐'],
  ...HONORIFIC.filter((h) => !h.startsWith('셔') && !h.startsWith('셨')),
]);

/** Endings of the list that begin with a consonant: they follow an open stem unchanged (가고, 보는). */
const CONSONANT_ENDINGS: ReadonlySet<string> = new Set([...COMMON_ENDINGS].filter((e) => syllableParts(e.charAt(0))?.onset !== IEUNG));

/** The most syllables what follows a stem in `stemsBeforeEnding` may have: no ending read there is longer. */
export const LONGEST_ENDING = Math.max(...[...COMMON_ENDINGS, ...DROPPING_RIEUL].map((e) => e.length));

/**
 * The stems that the first `headLength` syllables of `word` may be, when the rest is one of the
 * common endings: the head itself when it ends in a consonant (늙 of 늙어서, 괜찮 of 괜찮아서) or
 * the ending begins with one (보 of 보는); for a head whose last syllable merged with an 아/어 ending
 * or the past tense, the stems it came from (가 of 갔네, 애쓰 of 애써서); for an open stem whose
 * vowel absorbed the ending, the head (가 of 가서); for an open head before an ending that drops a
 * stem's ㄹ, the head with ㄹ (불 of 부는지).
 * @example stemsBeforeEnding('늙어서', 1) // ['늙']
 * @example stemsBeforeEnding('갔네', 1) // ['가']
 * @example stemsBeforeEnding('세우', 1) // [] (우 is no ending)
 * @example stemsBeforeEnding('감싸', 2) // ['감싸'] (감싸다 with 아 absorbed)
 */
export function stemsBeforeEnding(word: string, headLength: number): string[] {
  const head = word.slice(0, headLength);
  const rest = word.slice(headLength);
  const last = syllableParts(head.charAt(head.length - 1));
  if (!last || head.length !== headLength) return [];
  const out: string[] = [];
  // After a consonant the honorific takes 으 (읽으시길, never 읽시길).
  if (last.final !== 0 ? COMMON_ENDINGS.has(rest) && !HONORIFIC.includes(rest) : CONSONANT_ENDINGS.has(rest)) out.push(head);
  // 하 takes 여 instead (해서, never 하서). The ending 아/어 alone leaves the stem as it is (감싸 of
  // 감싸다, 나서 of 나서다): a form of two syllables or more, since one (가, 서) is too many things.
  if (last.final === 0 && ABSORBING.has(last.vowel) && !head.endsWith('하') && (rest === '' ? headLength >= 2 : COMMON_ENDINGS.has(`어${rest}`))) out.push(head);
  // A stem's final ㄹ drops before these (부는 from 불다, 아는 from 알다, 만드세요 from 만들다).
  if (last.final === 0 && DROPPING_RIEUL.has(rest)) out.push(head.slice(0, -1) + composeSyllable({ ...last, final: RIEUL }));
  // An open stem closed by what is left of an ending after a vowel: ㄴ of 은 or 는다 (뛴다 from
  // 뛰다, 간데), ㄹ of 을 (올래 from 오다, 갈까), ㅁ of 음 (봄), ㅂ of 습니다 (갑니다, 합니까).
  const closedBy = last.final === NIEUN ? '은' : last.final === RIEUL ? '을' : last.final === MIEUM ? '음' : last.final === BIEUP ? '습' : undefined;
  const closesStem = closedBy !== undefined && COMMON_ENDINGS.has(`${closedBy}${rest}`);
  // The ㄴ of ㄴ다 after a vowel, where a consonant takes 는다 (뛴다, 간다고).
  const nieunDa = closedBy === '은' && NIEUN_DA.has(rest);
  if (closesStem || nieunDa) out.push(head.slice(0, -1) + composeSyllable({ ...last, final: 0 }));
  // A stem's own final ㄹ takes in the ending's ㄹ (불까 from 불다, 알래, 만들게) and gives way to
  // its ㄴ and ㅂ (분다, 안다 from 알다; 삽니다), as it drops before 는 above.
  if (rest !== '' && closedBy === '을' && closesStem) out.push(head);
  if (rest !== '' && (nieunDa || ((closedBy === '은' || closedBy === '습') && closesStem))) out.push(head.slice(0, -1) + composeSyllable({ ...last, final: RIEUL }));
  // After an open stem an ending's 으 goes (주러 from 주다, 가면, 보니까).
  const lostEu = last.final === 0 && rest !== '' && COMMON_ENDINGS.has(`으${rest}`);
  if (lostEu) out.push(head);
  // An 아/어 ending or the past tense a stem's vowel does not absorb follows it whole (뛰어야 from
  // 뛰다, 쉬어서, 되었어).
  if (last.final === 0 && !ABSORBING.has(last.vowel) && /^[아어았었]/u.test(rest) && COMMON_ENDINGS.has(rest)) out.push(head);
  // The ending as it was before an 아/어 or the past tense merged into the stem's last syllable.
  const mergedEnding = COMMON_ENDINGS.has(`${last.final === SSANGSIOS ? '었' : '어'}${rest}`);
  const merged = stemSyllablesMergedInto(head.charAt(head.length - 1));
  if (merged.length > 0 && mergedEnding) {
    for (const stem of merged) out.push(head.slice(0, -1) + stem);
  }
  if (headLength >= 2) {
    // The syllable before the last, whose vowel picks 아 or 어 for the two merges below.
    const before = syllableParts(head.charAt(head.length - 2));
    // The same 으 merged into 아 after ㅏ or ㅗ (바빠 from 바쁘다, 아파서, 고팠다), as into 어 (써) above.
    if (before && BRIGHT.has(before.vowel) && last.vowel === A && openOrPast(last) && mergedEnding) out.push(head.slice(0, -1) + composeSyllable({ onset: last.onset, vowel: EU, final: 0 }));
    out.push(...irregularHStems(head, last, { closesStem, lostEu, mergedEnding }), ...irregularReuStems(head, before, last, rest));
  }
  return out;
}

/** Vowels after which an ending's 어 is 아 (바빠, 몰라; 불러). */
const BRIGHT = new Set([A, O]);

/** A syllable with no final, or the past tense's ㅆ: where an 아/어 ending may have merged in. */
function openOrPast(p: SyllableParts): boolean {
  return p.final === 0 || p.final === SSANGSIOS;
}

/** Onset index of ㄹ. */
const ONSET_RIEUL = 5;

/**
 * The stem of a 르-irregular verb or adjective (모르다, 부르다, 빠르다, 서두르다) that the head of
 * `word` may be a form of: before 아/어 and the past tense its 르 loses ㅡ and its ㄹ doubles, the
 * vowel after ㅏ or ㅗ being ㅏ, else ㅓ (몰라서, 불러요, 빨랐다, 서둘러). `before`: the syllable before the
 * head's last; `rest`: the word after the head.
 */
function irregularReuStems(head: string, before: SyllableParts | undefined, last: SyllableParts, rest: string): string[] {
  if (!before || before.final !== RIEUL || last.onset !== ONSET_RIEUL || !openOrPast(last)) return [];
  if (last.vowel !== (BRIGHT.has(before.vowel) ? A : EO)) return [];
  if (!COMMON_ENDINGS.has(`${last.final === SSANGSIOS ? '었' : '어'}${rest}`)) return [];
  return [head.slice(0, -2) + composeSyllable({ ...before, final: 0 }) + '르'];
}

/** Final index of ㅎ; the vowels ㅑ and ㅒ. */
const FINAL_HIEUH = 27;
const YA = 2;
const YAE = 3;
/** Vowels before the ㅎ of an ㅎ-irregular adjective (빨갛, 그렇, 하얗). */
const IRREGULAR_H_VOWELS = new Set([A, YA, EO]);

/**
 * The stems of ㅎ-irregular adjectives (빨갛다, 노랗다, 그렇다, 하얗다: two syllables or more, the last
 * with ㅏ, ㅑ or ㅓ and a final ㅎ) that the head of `word` may be a form of: the ㅎ dropped before
 * an ending's ㄴ, ㄹ, ㅁ or a consonant ending that lost its 으 (빨간, 빨갈, 빨가면, 그런), or merged
 * with 아/어 into ㅐ (ㅒ after ㅑ), the past tense too (빨개, 빨갰다, 그래서, 그랬어, 하얘). Regular
 * stems with ㅎ (좋다, 놓다) are of one syllable or take another vowel. `ending`: which of
 * `stemsBeforeEnding`'s readings the rest of the word allows (closing the stem, a 으 lost, merged).
 */
function irregularHStems(head: string, last: SyllableParts, ending: { closesStem: boolean; lostEu: boolean; mergedEnding: boolean }): string[] {
  const withH = (vowel: number) => head.slice(0, -1) + composeSyllable({ onset: last.onset, vowel, final: FINAL_HIEUH });
  if (IRREGULAR_H_VOWELS.has(last.vowel) && (ending.closesStem || ending.lostEu)) return [withH(last.vowel)];
  if (openOrPast(last) && (last.vowel === AE || last.vowel === YAE) && ending.mergedEnding) {
    return (last.vowel === AE ? [A, EO] : [YA]).map(withH);
  }
  return [];
}

/** Stems written onto a noun to make a verb of it (교체하다, 확정되다, 입원시키다). */
const VERBALIZING_STEMS: readonly string[] = ['하', '되', '시키'];

/**
 * True when `rest` is a form of 하다, 되다 or 시키다, as written onto a noun: 하다, 해, 했다, 하는,
 * 한, 할, 함, 한다, 합니다, 되는, 된, 됐다, 시킨. A closed list of endings (see `stemsBeforeEnding`),
 * so 하마 or 되돌리다 are not.
 * @example isVerbalizingForm('합니다') // true
 * @example isVerbalizingForm('하마') // false
 */
export function isVerbalizingForm(rest: string): boolean {
  for (const stem of VERBALIZING_STEMS) {
    const k = stem.length;
    if (stemsBeforeEnding(rest, k).includes(stem)) return true;
    if (rest.slice(0, k - 1) !== stem.slice(0, -1)) continue;
    // The stem's last syllable closed by an ending's consonant: 한, 할, 함, 한다, 합니다.
    const closed = syllableParts(rest.charAt(k - 1));
    if (!closed || composeSyllable({ ...closed, final: 0 }) !== stem.charAt(k - 1)) continue;
    // The consonant is what is left of the ending after a vowel: 은 → ㄴ (한데), 을 → ㄹ (할게), 음 → ㅁ, 는다 → ㄴ다.
    const after = rest.slice(k);
    if (closed.final === NIEUN && (after === '다' || COMMON_ENDINGS.has(`은${after}`))) return true;
    if (closed.final === RIEUL && COMMON_ENDINGS.has(`을${after}`)) return true;
    if (closed.final === MIEUM && after === '') return true;
    if (closed.final === BIEUP && (after === '니다' || after === '니까')) return true;
  }
  return false;
}
