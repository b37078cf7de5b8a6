import { composeSyllable, syllableParts } from './syllable.js';

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
  if (!p || (p.final !== 0 && p.final !== SSANGSIOS)) return [];
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
const ENDING_FINALS = new Set([4, 8, 16]);

/**
 * The stem syllable that an adnominal -ㄴ or -ㄹ, or the nominal -ㅁ, closes into `syllable`
 * (룬 ← 루 as in 다룬, 할 ← 하 as in 욕할, 남 ← 나 as in 맛남), or undefined when it has no such final.
 * @example stemSyllableBeforeFinal('룬') // '루'
 */
export function stemSyllableBeforeFinal(syllable: string): string | undefined {
  const p = syllableParts(syllable);
  return p && ENDING_FINALS.has(p.final) ? composeSyllable({ ...p, final: 0 }) : undefined;
}

/** The first syllables of the 어-endings that 되 contracts with (돼서, 돼요, 돼도, 돼야, 돼라, 돼버리다). */
const CONTRACTING_WITH_DOE = new Set(['서', '요', '도', '야', '라', '버']);

/**
 * True when an ending that begins with `syllable` must follow a 되 stem as 돼: 되서, 되요 and 되도
 * misspell 돼서, 돼요 and 돼도 (되면, 되는 are right).
 */
export function contractsWithDoe(syllable: string): boolean {
  return CONTRACTING_WITH_DOE.has(syllable);
}
