/**
 * Particles (조사) and the short endings (어미) Korean writes onto the word before them. A search
 * engine needs them to see one word under its forms: 날씨가 finds what 날씨 finds, 연출에 and 연출이
 * are the same word, and 거취언 is no word that 거취 goes on into.
 */

/** One-syllable particles a noun carries in queries (영어의 몸, 유리창엔 비). */
export const PARTICLES: ReadonlySet<string> = new Set(['의', '은', '는', '이', '가', '을', '를', '에', '엔', '도', '로', '와', '과', '만']);

/** Particles of two syllables, and the copula's common forms after a noun (속에는, 아내잖아). */
export const LONG_PARTICLES: ReadonlySet<string> = new Set(['에는', '에서', '에게', '으로', '까지', '부터', '처럼', '보다', '이랑', '하고', '에도', '이나', '만큼', '마다', '조차', '밖에', '한테', '께서', '에선', '에겐', '으론', '이다', '이야', '이고', '인데', '이라', '이란', '이면', '잖아']);

/**
 * One-syllable particles and verb endings, and the bound words written onto a noun like them
 * (그뿐, 하나씩, 열시쯤; not 께, whose 갈께 and 줄께 are misspelled 갈게 and 줄게).
 */
const ENDINGS: ReadonlySet<string> = new Set([...PARTICLES, ...'랑야요다지고게나니네면며냐죠자서던든러려아어여라래인', ...'뿐씩쯤']);

/**
 * A particle of one syllable or two, alone or after the plural 들 (친구들, 사람들이): a search for a
 * noun with those finds what the noun finds.
 * @example isParticle('에서') // true; isParticle('들이') // true; isParticle('서울') // false
 */
export function isParticle(text: string): boolean {
  return isBareParticle(text) || text === '들' || (text.startsWith('들') && isBareParticle(text.slice(1)));
}

/** A particle of one syllable or two, without the plural. */
function isBareParticle(text: string): boolean {
  return PARTICLES.has(text) || LONG_PARTICLES.has(text);
}

/**
 * A particle or ending of one syllable, or a particle of two (what may follow a word typed out:
 * 헤어지다고, 팀추월도, 가격은).
 * @example isEnding('요') // true; isEnding('까지') // true; isEnding('께') // false
 */
export function isEnding(text: string): boolean {
  return ENDINGS.has(text) || LONG_PARTICLES.has(text);
}

/**
 * The same word with another one-syllable particle (연출에 and 연출이, 맘이 and 맘에): both are
 * right, and which one is meant is a matter of the sentence, not of spelling.
 * @example particleSwap('연출에', '연출이') // true; particleSwap('연출에', '연습에') // false
 */
export function particleSwap(a: string, b: string): boolean {
  return a.length === b.length && a.length >= 2 && a.slice(0, -1) === b.slice(0, -1) && PARTICLES.has(a.slice(-1)) && PARTICLES.has(b.slice(-1));
}
