/**
 * Tests of the language model's completions of a prefix, each built once per keystroke from the
 * prefix and then asked of every completion: what the model writes from likely keys alone and
 * nobody searches (a known word run on into noise, a word written whole from no keys, a particle
 * onto the word typed, noise onto a model's code). Each returns true for a completion to drop.
 */
import { isEnding, isParticle, isVerbalizingForm, toKeystrokes } from '../hangul/index.js';
import { SOURCE_FLAGS, TARGET_WEIGHT } from '../lexicon/index.js';
import { isCopulaForm } from './forms.js';
import { LM_LIMITS } from './limits.js';
import { withinOneKey } from './misspelled.js';
import type { WordKnowledge } from './word-knowledge.js';

/**
 * A test for completions whose word being typed runs on past a known word into a word nobody has
 * written, which the model writes from likely keys alone: 마일리지 → 마일리지역 and 투표율 →
 * 투표율종합시장 after a known word typed out; 거추 → 거취언 and 득점와 → 득점왕화 after one typed
 * in part (and after a space, 장령산 → 장령산 워터플). A word the lexicon or the dictionary
 * vouches for passes, and so does a known word with a particle or ending (가격은). Past a word
 * typed in part, so does a known word followed by another (등산코스, 선관위원장): the model wrote
 * the first one out, not past it.
 * With `knownFinishes` (known words finish the word being typed, as `lastWordCompletions` found),
 * also any word nobody has written that finishes it: beside 업데이트 the model offered 업데스 and
 * 업데르, beside 막국수 막국수장 and 막국생명. While typing the held-out queries this dropped 910
 * of 15,858 completions shown and no query found at 50, 70 or 85% typed.
 * Known words typed out together (노트북가방, 강남역맛집, 아이폰케이스) are typed out as well: from
 * the last of them on, what the model wrote must read as known words through to its end, a
 * particle allowed (노트북가방추천, 환희유치원), not 노트북가방탕, 해리왕장 or 충전기점 (read as
 * 충전 기점, across the word typed).
 */
export function overrunOfKnownWord(vocabulary: WordKnowledge, prefix: string, knownFinishes: boolean): (text: string) => boolean {
  const words = prefix.split(' ');
  const last = words[words.length - 1]!;
  const at = words.length - 1;
  const lastKeys = toKeystrokes(last);
  const known = (word: string) => vocabulary.knownWord(word);
  // One syllable is most often a word still being typed (추 of 추천), not a word typed out. A
  // known word and the first key of what comes next, which the IME shows as the last syllable's
  // final or alone (과테말랗, 인스타그램ㅎ), is one typed out: the model wrote 과테말라항 and
  // 인스타그램하다 above the query. So is a headword of the standard dictionary, however rare in the
  // logs: after 수제비 the model wrote 수제비추어, 수제비충 (of 1,241 headwords typed whole, 475
  // such lines in 183 lists; 136 in 95 after, nearly all the word with a particle, 꾀꼬리가).
  const typedOut = last.length >= 2 && (known(last) || vocabulary.knownWordAndKey(last) || vocabulary.lexicon.isHeadword(last));
  const lastPart = typedOut ? undefined : vocabulary.lastOfKnownWordsTogether(last);
  // A word typed out in the form that ends a verb or adjective (…다, three syllables or more: 헤어지다,
  // and misspelled, 널부러지다) goes on only by an ending (헤어지다고) or into a word people write:
  // the model wrote 헤어지닷컴 and 널부러지다역, which begin with a standard stem or nothing known
  // and so passed for inflections or new words. Known entries (캐나다) are typed-out words above.
  const dictionaryForm = [...last].length >= 3 && last.endsWith('다') && !known(last);
  return (text) => {
    const word = text.split(' ')[at];
    if (word === undefined || word === last || !toKeystrokes(word).startsWith(lastKeys)) return false;
    if (dictionaryForm) return !(word.startsWith(last) && isEnding(word.slice(last.length))) && (vocabulary.lexicon.get(word)?.weight ?? 0) < TARGET_WEIGHT;
    if (vocabulary.vouchedSpelling(word)) return false;
    if (typedOut) return true;
    // The last part may grow into a longer word (환희유치 → 환희유치원) and others may follow.
    if (lastPart !== undefined) return !vocabulary.knownWordsThrough([...word].slice(lastPart).join(''), [...last].length - lastPart);
    if (knownWordThenSuffix(word, known)) return false;
    return (knownFinishes && !known(word)) || runsOnPastKnownWord(word, lastKeys, known);
  };
}

/**
 * Whether `fixed` is `typed` with its last word, of `LM_LIMITS.slipWordChars` syllables or more,
 * replaced by a known word of as many syllables one keystroke from it.
 */
export function lastWordMistypedWhole(vocabulary: WordKnowledge, typed: string, fixed: string): boolean {
  const cut = typed.lastIndexOf(' ') + 1;
  const last = typed.slice(cut);
  if (!fixed.startsWith(typed.slice(0, cut)) || last.length < LM_LIMITS.slipWordChars || !/^[가-힣]+$/u.test(last)) return false;
  const word = fixed.slice(cut);
  if (word.length !== last.length || word.includes(' ') || !vocabulary.knownWord(word)) return false;
  // A known word and the next key, which the IME took in (마일리진 on its way to 마일리지는), is typed right so far.
  const [typedKeys, wordKeys] = [toKeystrokes(last), toKeystrokes(word)];
  return !typedKeys.startsWith(wordKeys) && withinOneKey(typedKeys, wordKeys);
}

/**
 * A test for completions that write a known word onto known words typed out together (see
 * `lastOfKnownWordsTogether`) without a space: 갤럭시충전기 → 갤럭시충전기요금, 갤럭시충전기관리. That
 * is a next word, guessed from as little as one after a space, and held to the same minimum.
 */
export function wordOntoKnownWordsTogether(vocabulary: WordKnowledge, prefix: string): (text: string) => boolean {
  const words = prefix.split(' ');
  const at = words.length - 1;
  const last = words[at]!;
  if (vocabulary.knownWord(last) || vocabulary.lastOfKnownWordsTogether(last) === undefined) return () => false;
  return (text) => {
    const word = text.split(' ')[at];
    if (word === undefined || word === last || !word.startsWith(last)) return false;
    const rest = word.slice(last.length);
    return !isParticle(rest) && vocabulary.knownWordsThrough(rest, 2);
  };
}

/**
 * A test for completions with a word the model wrote whole, none of its keys typed (after
 * 마지막처럼, 정상회; after 부산 전국체전, 국정장), that no one vouches for: neither a known word nor
 * one the lexicon or the dictionary knows. A new name is often right when its first keys were
 * typed; written from nothing it is almost never the one meant, and most such words are cut
 * short or run together. Numbers pass, with a vouched word or a particle written onto them.
 */
export function unknownWordWrittenWhole(vocabulary: WordKnowledge, prefix: string): (text: string) => boolean {
  // After a trailing space the next word has no key typed yet.
  const typedWords = prefix.trimEnd().split(' ').length;
  return (text) => text.split(' ').slice(typedWords).some((word) => word !== '' && !vocabulary.vouchedWord(word));
}

/**
 * A test for completions that finish the word being typed, begun with fewer than
 * `LM_LIMITS.newWordMinKeys` of its keys, into a word no one vouches for (see
 * `unknownWordWrittenWhole`): 아임 ㅆ → 아임 싸카이, 이재명 시 → 이재명 신철, 메시 해트트릭 드 →
 * 메시 해트트릭 득갈. From one syllable the model writes likely keys, not a name it knows: while
 * typing the 288 held-out queries key by key, 408 such completions were shown after 1–3 keys of
 * the word, one of them the query (대둔산 등 → 대둔산 등산코스, two known words, which pass),
 * against 4.5% of those after 6 keys or more.
 */
export function newWordFromFewKeys(vocabulary: WordKnowledge, prefix: string): (text: string) => boolean {
  const words = prefix.split(' ');
  const at = words.length - 1;
  const typed = words[at]!;
  // After a trailing space the next word is written whole (`unknownWordWrittenWhole`).
  if (typed === '' || toKeystrokes(typed).length >= LM_LIMITS.newWordMinKeys) return () => false;
  const known = (word: string) => vocabulary.knownWord(word);
  return (text) => {
    const word = text.split(' ')[at];
    return word !== undefined && word !== typed && !vocabulary.vouchedWord(word) && !knownWordThenSuffix(word, known);
  };
}

/**
 * A test for completions that write only a particle or a form of 하다/되다 onto the word typed
 * out (시간 → 시간을, 교체 → 교체하다, 눈물 → 눈물의 밤), or onto the known word they finish it into
 * (맛ㅈ → 맛집에): a search for them finds what the word finds, so they take a place and add
 * nothing. While typing the 288 held-out queries key by key the model offered 196 such
 * completions of a known word typed out, none of them the query. Two known words typed together
 * count as a word typed out (서울맛집 → 서울맛집을). A word of a dictionary or entity list that ends like a
 * particle is a word (어린 → 어린이, 그대 → 그대로). After a word typed that the lexicon does not
 * know, a particle of one syllable may be how the word ends (lg디스플레 → lg디스플레이, 영월사 →
 * 영월사과), so there only longer endings count.
 */
export function inflectsWordTyped(vocabulary: WordKnowledge, prefix: string): (text: string) => boolean {
  const words = prefix.split(' ');
  const at = words.length - 1;
  const typed = words[at]!;
  if (typed === '') return () => false;
  const typedKeys = toKeystrokes(typed);
  const known = (word: string) => vocabulary.knownWord(word);
  const typedWhole = typed.length >= 2 && (known(typed) || twoKnownWords(typed, known));
  const bareWordTyped = typedWhole && !isEnding(typed.slice(-1));
  return (text) => {
    const word = text.split(' ')[at];
    if (word === undefined || word === typed) return false;
    // The model sometimes ends a sentence (불장난하다.): the full stop changes nothing.
    const plain = word.replace(/\p{P}+$/u, '');
    for (let cut = plain.length - 1; cut >= 1; cut--) {
      const head = plain.slice(0, cut);
      const rest = plain.slice(cut);
      // A form of the copula is as little a query (간담회네요, 한국인가요).
      const particle = isParticle(rest) || isCopulaForm(rest, head);
      // An ending of one syllable written onto a known word typed whole reads the word as a stem
      // (인하 → 인하고, 가수 → 가수지, 개최 → 개최다): no query either, unless the whole is a word.
      // Not onto a word that ends in an ending itself (같이살래 → 같이살래요).
      const ending = !particle && head === typed && bareWordTyped && isEnding(rest);
      if (!particle && !ending && !isVerbalizingForm(rest)) continue;
      if ((particle || ending) && /[sew]/u.test(vocabulary.lexicon.get(plain)?.flags ?? '')) return false;
      if (ending && known(plain)) return false;
      if (head === typed ? typedWhole || rest.length >= 2 : head.length >= 2 && toKeystrokes(head).startsWith(typedKeys) && known(head)) return true;
    }
    return false;
  };
}

/**
 * A test for completions that write onto the code of a model's name or a Latin word ending the
 * words typed. Onto Latin letters and a number (gs25, rtx5090, kt 5g, and a number alone after a
 * Latin word, rtx 4090) nothing: the model learned few Latin words and fewer codes, and wrote
 * noise (gs25일장, kt 5goo, bmw x5사랑, gv80000); the lexicon completes the codes it knows. Onto
 * Hangul and a number (아이폰16), Hangul that is a known word of two syllables or more (not a form
 * only running text has, 분이), or two such words (아이폰15프로), or that follows a number as in a
 * word of the lexicon (로또813회, as 로또827회당첨번호 has it; 1박2일); no Latin. After a number the
 * model writes counters and particles (아이폰16년, 아이폰16위): while typing 15 queries with Latin
 * and digits and the dev queries, 68 of its 100 lines after such a word, none the query. The same
 * onto a number typed as a word of its own (아이폰 16: 16강, not 16어 or 16엉). Onto a Latin
 * word, Hangul that is such a known word (cgv왕십리), not an ending (ssg landers었다).
 */
export function writesOntoCodeOrLatin(vocabulary: WordKnowledge, prefix: string): (text: string) => boolean {
  const words = prefix.split(' ');
  const at = words.length - 1;
  const typed = words[at]!;
  const latinCode = /[a-z]\d+$|\d[a-z]+$/u.test(typed) || (/^\d+$/u.test(typed) && /[a-z]$/u.test(words[at - 1] ?? ''));
  const latinWord = !latinCode && /[a-z]$/u.test(typed);
  if (!latinCode && !latinWord && !/(?:^|[가-힣])\d+$/u.test(typed)) return () => false;
  const known = (word: string) => vocabulary.knownWord(word) && vocabulary.lexicon.get(word)!.flags !== SOURCE_FLAGS.corpus;
  return (text) => {
    const word = text.split(' ')[at];
    if (word === undefined || word === typed || !word.startsWith(typed)) return false;
    if (latinCode || (!latinWord && /[a-z]/u.test(word.slice(typed.length)))) return true;
    // The Hangul right after the last number (or letter), followed by any (아이폰2년5: 년).
    const [, onto] = (latinWord ? /[a-z]([가-힣]+)[^가-힣]*$/u : /\d([가-힣]+)[^가-힣]*$/u).exec(word) ?? [];
    if (onto === undefined) return false;
    if (onto.length >= 2 && (known(onto) || twoKnownWords(onto, known))) return false;
    return latinWord || !vocabulary.lexicon.numberForms.has(word.replace(/\d+/gu, '#'));
  };
}

/**
 * `word` begins with a known word of two syllables or more that itself begins with `typedKeys`
 * and ends before `word` does (거취 in 거취언, typed 거추).
 */
function runsOnPastKnownWord(word: string, typedKeys: string, known: (word: string) => boolean): boolean {
  for (let cut = 2; cut < word.length; cut++) {
    const head = word.slice(0, cut);
    if (toKeystrokes(head).startsWith(typedKeys) && known(head)) return true;
  }
  return false;
}

/** `word` is two known words of two syllables or more written together (서울맛집, 등산코스). */
function twoKnownWords(word: string, known: (word: string) => boolean): boolean {
  for (let cut = 2; cut <= word.length - 2; cut++) if (known(word.slice(0, cut)) && known(word.slice(cut))) return true;
  return false;
}

/**
 * Formal endings that close a sentence (합니다, 합니까, 하세요). Not the polite 요 forms, some of
 * which are nouns too (좋아요버튼).
 */
const SENTENCE_END = /(?:니다|니까|세요)$/u;

/**
 * `word` is a known word followed by a particle or ending (팀추월도) or by another known word of two
 * syllables or more (등산코스), not after a form that ends a sentence (감사합니다산맥, 죄송합니다영화:
 * the model ran on past a polite ending, which no compound begins with).
 */
function knownWordThenSuffix(word: string, known: (word: string) => boolean): boolean {
  for (let cut = 2; cut < word.length; cut++) {
    const head = word.slice(0, cut);
    const rest = word.slice(cut);
    if (known(head) && (isEnding(rest) || (rest.length >= 2 && known(rest) && !SENTENCE_END.test(head)))) return true;
  }
  return false;
}
