/**
 * `npm run bench:modes`: the Korean input modes of issue 3 on development sets generated here from
 * the logged queries in data/dev (generators below, seeded):
 * - layout: each logged query containing Hangul, typed with the English layout on (its 2-beolsik
 *   keys as Latin letters, shift for ㄲㄸㅃㅆㅉㅒㅖ); success = `corrected` (or the suggestion) is
 *   the query. And real Latin queries (Latin words seen in logs or text) must stay unconverted;
 *   typed on the Korean layout instead (iphone → ㅑㅔㅙㅜㄷ), they must be converted back.
 *   And the held-out queries, 70% typed in the English layout; success = the query in the top 10
 *   suggestions.
 * - choseong: the initial consonants of the first 3 or 4 syllables of logged queries of 3+
 *   syllables; success = the query in the top 10 suggestions.
 * - spacing: multi-word logged queries with spaces removed; success = the first candidate (what
 *   "did you mean" shows) is the query as logged. And one-word queries of 3-6 syllables typed with
 *   a space after every syllable (아 이 폰); success = the query first, offered or applied.
 * - typo-tolerant completion: the first 60% of a logged query's keystrokes with one keystroke error
 *   (noise model of src/eval/noise.ts); success = the query in the top 10 suggestions; also how
 *   often it is first, and its mean reciprocal rank.
 * - a logged query typed whole and then the first key of a next syllable, which the IME takes in as
 *   a final (유튜브 + ㄱ = 유튜븍) or shows alone (인스타그램 + ㅎ); success = the query first, or in
 *   the top 3.
 * - a final shown apart from its syllable (맛집 → 맛지ㅂ): one word of a logged query, its last
 *   key standing alone; success = the query first, offered or applied. In autocomplete, such a
 *   word before the last, in logged queries typed whole and held-out ones typed to 70% of their
 *   keys; success = the query in the top 10.
 * - a space too many inside the first word of a logged query, typed up to it (방탄␣ for
 *   방탄소년단); success = the query in the top 10 suggestions.
 * - known words typed whole: one in 10 single Hangul words of the lexicon (`inWordSample`) at the known-word
 *   weight or more, typed out; success = the word itself first, or in the top 3 suggestions (a
 *   person who has typed a word expects to see it, not popular queries one slip away).
 * - misspelling habits: the hand-written list of well-known misspellings of single words in
 *   benchmarks/misspelling-habits.tsv; success = the standard spelling first, and applied or offered
 *   (an action other than none). And the same words in a query, followed by 뜻 or 맞춤법 (what
 *   people search a word with), or by two standard words the logs have joined (내일 날씨, 축구
 *   중계); success = the query with the standard spelling first. And
 *   autocomplete at the misspelled word typed whole, alone and after 너무: where the standard
 *   spelling stands among the suggestions.
 * - queries newer than the logs: the hand-written list in benchmarks/newer-queries.txt (new names,
 *   products and slang, and everyday questions the logs lack), each spelled as meant; how many are
 *   autocorrected and how many offered a correction (both false corrections).
 */
import { join } from 'node:path';
import { loadEngine, type Engine } from '../src/engine/index.js';
import { DATA_DIR } from '../src/lexicon/index.js';
import { inWordSample, newerQueries } from './sets.js';
import { addTypo, devPath, drawKind, mulberry32, readPairs, readQueries, topCandidate, typedPrefix } from '../src/eval/index.js';
import { fromKeystrokes, getChoseong, hangulToLatin, latinToHangul, normalize, toKeystrokes } from '../src/hangul/index.js';
import { loadLanguageModel } from '../src/lm/index.js';
import { machine } from './stats.js';

const lm = process.argv.includes('--no-lm') ? undefined : await loadLanguageModel();
// Quality figures must not depend on how busy the machine is: no time guard on LM completion.
const engine = loadEngine({ lm, completionBudgetMs: Infinity });
const rnd = mulberry32(3);
const logged = [...new Set([...readQueries(devPath(DATA_DIR, 'complete-queries.txt')), ...readQueries(devPath(DATA_DIR, 'correct-queries.txt'))])];
const pct = (x: number, n: number) => `${((100 * x) / (n || 1)).toFixed(1)}% (${x}/${n})`;
const rows: [string, string][] = [];
const failures: Record<string, string[]> = {};
// With --failures, eight of each kind; with --all-failures, every one (to compare two runs line by line).
const FAILURES_SHOWN = process.argv.includes('--all-failures') ? Infinity : 8;
const fail = (k: string, s: string) => (failures[k] ??= []).length < FAILURES_SHOWN && failures[k]!.push(s);
/** Whether `engine`'s correction of `latin` typed on the Korean layout applies or offers it; a failure of `kind` if not. */
async function convertsFromKoreanLayout(engine: Engine, latin: string, kind: string): Promise<boolean> {
  const typed = latinToHangul(latin);
  const r = await engine.correct(typed, 5);
  if (r.action !== 'none' && topCandidate(r) === latin) return true;
  fail(kind, `${typed} → ${r.action} ${topCandidate(r)} (want ${latin})`);
  return false;
}

// Layout: Hangul typed in the English layout.
{
  // Queries with Latin letters are left out: typed wholly in the English layout their Latin part is
  // indistinguishable from converted Hangul (pd수첩 → pdtncjq), which no reader can split back.
  const set = logged.filter((q) => /[가-힣]/u.test(q) && !/[a-z]/u.test(q));
  let ok = 0;
  for (const q of set) {
    const typed = hangulToLatin(q);
    const r = await engine.correct(typed, 5);
    if (topCandidate(r) === q) ok++;
    else fail('layout', `${typed} → ${topCandidate(r)} (want ${q})`);
  }
  rows.push(['layout: Hangul typed in the English layout, converted exactly', pct(ok, set.length)]);
  // The same with one slip (the noise model of the typo sets, its own seed so the sets after this
  // stay as they were): correction as for Hangul typed with a slip, and autocomplete at 70% of
  // the keys (the slip may fall after them).
  const slipRnd = mulberry32(11);
  let slips = 0;
  let first = 0;
  let applied = 0;
  let listed = 0;
  for (const q of set) {
    const slip = addTypo(q, drawKind(slipRnd), slipRnd);
    if (!slip) continue;
    slips++;
    const typed = hangulToLatin(slip);
    const r = await engine.correct(typed, 5);
    if (r.action !== 'none' && topCandidate(r) === q) {
      first++;
      if (r.action === 'autocorrect') applied++;
    } else fail('layout-slip', `${typed} (${slip}) → ${r.action} ${topCandidate(r)} (want ${q})`);
    const part = hangulToLatin(typedPrefix(slip, Math.max(1, Math.ceil(toKeystrokes(slip).length * 0.7))));
    const s = await engine.suggest(part, 10);
    if (s.suggestions.some((x) => x.text === q)) listed++;
    else fail('layout-slip-completion', `${part} (want ${q}) got ${s.suggestions.slice(0, 3).map((x) => x.text).join(', ')}`);
  }
  rows.push(['layout: the same with one slip: the query first, offered or applied / applied', `${pct(first, slips)} / ${pct(applied, slips)}`]);
  rows.push(['layout: the same 70% typed, in autocomplete: the query in the top 10', pct(listed, slips)]);
}
// Layout: real Latin queries stay.
{
  const latin = engine.lexicon.entries
    .filter((e) => /^[a-z][a-z0-9 ]*$/u.test(e.text) && /[qpc]/u.test(e.flags) && e.text.length >= 2)
    .slice(0, 500)
    .map((e) => e.text);
  let kept = 0;
  for (const q of latin) {
    const r = await engine.correct(q, 5);
    const converted = r.action !== 'none' && r.candidates[0]?.kinds.includes('layout');
    if (!converted) kept++;
    else fail('latin', `${q} → ${r.candidates[0]?.text}`);
  }
  rows.push([`layout: real Latin queries left unconverted (top ${latin.length} by weight)`, pct(kept, latin.length)]);
  // The same queries typed on the Korean layout (iphone → ㅑㅔㅙㅜㄷ, sbs → 뉸): converted and
  // applied or offered. Many short ones type real Korean (skt → 낫, sk → 나) and stay as typed.
  let converted = 0;
  for (const q of latin) if (await convertsFromKoreanLayout(engine, q, 'latin-on-korean-layout')) converted++;
  rows.push([`layout: the same typed on the Korean layout (ㅑㅔㅙㅜㄷ), converted and offered or applied`, pct(converted, latin.length)]);
  // And in autocomplete: typed whole, the query in the top 3; those of four letters or more at 70%
  // of their keys (퍄냐 for visit), in the top 10.
  let listedWhole = 0;
  let listedOnItsWay = 0;
  let onItsWay = 0;
  for (const q of latin) {
    const typed = latinToHangul(q);
    const top3 = (await engine.suggest(typed, 10)).suggestions.slice(0, 3);
    if (top3.some((s) => s.text === q)) listedWhole++;
    else fail('latin-on-korean-layout-suggest', `${typed} (want ${q}) got ${top3.map((s) => s.text).join(', ')}`);
    if (q.length < 4) continue;
    onItsWay++;
    const part = latinToHangul(q.slice(0, Math.ceil(0.7 * q.length)));
    if ((await engine.suggest(part, 10)).suggestions.some((s) => s.text === q)) listedOnItsWay++;
    else fail('latin-on-korean-layout-suggest-70', `${part} (want ${q})`);
  }
  rows.push(['layout: the same typed whole on the Korean layout, in autocomplete: the query in the top 3', pct(listedWhole, latin.length)]);
  rows.push(['layout: the same of four letters or more, 70% typed on the Korean layout: the query in the top 10', pct(listedOnItsWay, onItsWay)]);
  // The same queries typed as they are, in autocomplete, alone and with a space after (god,
  // god␣): what the Korean layout reads from the keys (행복을 주는 사람) must not come first.
  let readFirst = 0;
  for (const q of latin) {
    for (const typed of [q, `${q} `]) {
      const first = (await engine.suggest(typed, 10)).suggestions[0];
      if (!first?.kinds.includes('layout')) continue;
      readFirst++;
      fail('latin-suggest', `${JSON.stringify(typed)} → ${first.text}`);
    }
  }
  rows.push([`layout: the same typed as they are, alone and with a space after, in autocomplete: a Hangul reading first`, pct(readFirst, 2 * latin.length)]);
}
// Latin words the lexicon has never seen, typed on the Korean layout (netflix → ㅜㄷㅅ리ㅑㅌ): only
// the keys say what was meant, and the ranker (the LM, where there is one) judges the reading. Every
// 4th of the 800 heaviest Latin words of five letters or more is left out of a second engine's
// lexicon, as if no source had it.
{
  const heavy = engine.lexicon.entries
    .filter((e) => /^[a-z]{5,}$/u.test(e.text) && !e.blocked)
    .sort((a, b) => b.weight - a.weight)
    .slice(0, 800)
    .filter((_, i) => i % 4 === 0)
    .map((e) => e.text);
  const left = new Set(heavy);
  const blind = loadEngine({ lm, completionBudgetMs: Infinity, leaveOut: (text) => left.has(text) });
  let converted = 0;
  let listed = 0;
  for (const word of heavy) {
    if (await convertsFromKoreanLayout(blind, word, 'unknown-latin-on-korean-layout')) converted++;
    const typed = latinToHangul(word);
    const top3 = (await blind.suggest(typed, 10)).suggestions.slice(0, 3);
    if (top3.some((s) => s.text === word)) listed++;
    else fail('unknown-latin-on-korean-layout-suggest', `${typed} (want ${word}) got ${top3.map((s) => s.text).join(', ')}`);
  }
  rows.push([`layout: Latin words unknown to the lexicon (${heavy.length} left out), typed on the Korean layout: converted and offered or applied`, pct(converted, heavy.length)]);
  rows.push(['layout: the same typed whole, in autocomplete: the word in the top 3', pct(listed, heavy.length)]);
  // The same words typed as they are: Latin no source has is no Hangul typed in the wrong layout,
  // however near a Hangul word the keys it reads as are (kotlin, figma).
  let readAsHangul = 0;
  let readFirst = 0;
  for (const word of heavy) {
    const r = await blind.correct(word, 5);
    if (r.action !== 'none' && r.candidates[0]?.kinds.includes('layout')) {
      readAsHangul++;
      fail('unknown-latin', `${word} → ${r.action} ${topCandidate(r)}`);
    }
    const top = (await blind.suggest(word, 10)).suggestions[0];
    if (top && /[가-힣]/u.test(top.text)) {
      readFirst++;
      fail('unknown-latin-suggest', `${word} → ${top.text}`);
    }
  }
  rows.push(['layout: the same typed as they are: read as Hangul, offered or applied / Hangul first in autocomplete', `${pct(readAsHangul, heavy.length)} / ${pct(readFirst, heavy.length)}`]);
}
// Layout while typing a query the lexicon has never seen: the held-out queries with Hangul, 70% of
// their keystrokes typed in the English layout; success = the query in the top 10 suggestions
// (only the LM can write them, from what the layout reads).
{
  const set = readQueries(devPath(DATA_DIR, 'heldout-queries.txt')).map((q) => normalize(q)).filter((q) => /[가-힣]/u.test(q));
  let ok = 0;
  for (const q of set) {
    const typed = hangulToLatin(typedPrefix(q, Math.max(1, Math.ceil(toKeystrokes(q).length * 0.7))));
    const r = await engine.suggest(typed, 10);
    if (r.suggestions.some((s) => s.text === q)) ok++;
    else fail('layout-completion', `${typed} (want ${q}) got ${r.suggestions.slice(0, 3).map((s) => s.text).join(', ')}`);
  }
  rows.push(['layout: unseen queries, 70% typed in the English layout, query in top 10', pct(ok, set.length)]);
  // Only the last word in the other layout, the words before it typed in Hangul (아이폰 vmfh for 아이폰
  // 프로, the layout switched by mistake mid-query): the unseen queries of Hangul words, 70% of the
  // last word's keystrokes (two at least).
  const mixed = set.filter((q) => /^[가-힣]+( [가-힣]+)+$/u.test(q));
  let mixedOk = 0;
  for (const q of mixed) {
    const words = q.split(' ');
    const keys = toKeystrokes(words.at(-1)!);
    const typed = [...words.slice(0, -1), hangulToLatin(fromKeystrokes(keys.slice(0, Math.max(2, Math.round(keys.length * 0.7)))))].join(' ');
    const r = await engine.suggest(typed, 10);
    if (r.suggestions.some((s) => s.text === q)) mixedOk++;
    else fail('layout-last-word', `${typed} (want ${q}) got ${r.suggestions.slice(0, 3).map((s) => s.text).join(', ')}`);
  }
  rows.push(['layout: the same, Hangul words then 70% of the last in the English layout, query in top 10', pct(mixedOk, mixed.length)]);
}
// Choseong.
{
  const set = logged.filter((q) => [...q.replaceAll(' ', '')].filter((c) => /[가-힣]/u.test(c)).length >= 3 && /^[가-힣]/u.test(q));
  let ok = 0;
  let n = 0;
  // Also weighted by how often each query was searched (its log weight): the share of searches.
  let traffic = 0;
  let trafficOk = 0;
  for (const q of set) {
    const consonants = [...getChoseong(q.replaceAll(' ', ''))].slice(0, rnd() < 0.5 ? 3 : 4).join('');
    if (!/^[ㄱ-ㅎ]+$/u.test(consonants)) continue;
    n++;
    const w = engine.lexicon.get(q)?.weight ?? 0;
    traffic += w;
    const r = await engine.suggest(consonants, 10);
    if (r.suggestions.some((s) => s.text === q)) {
      ok++;
      trafficOk += w;
    } else fail('choseong', `${consonants} (want ${q}) got ${r.suggestions.slice(0, 3).map((s) => s.text).join(', ')}`);
  }
  rows.push(['choseong: 3-4 initial consonants, query in top 10 (distinct queries)', pct(ok, n)]);
  rows.push(['choseong: same, weighted by how often each query was searched', `${((100 * trafficOk) / (traffic || 1)).toFixed(1)}%`]);
}
// Spacing.
{
  const set = logged.filter((q) => q.includes(' '));
  let ok = 0;
  for (const q of set) {
    const typed = q.replaceAll(' ', '');
    const r = await engine.correct(typed, 5);
    if (topCandidate(r) === q) ok++;
    else fail('spacing', `${typed} → ${topCandidate(r)} (want ${q})`);
  }
  rows.push(['spacing: multi-word queries with spaces removed, respaced exactly', pct(ok, set.length)]);
  // Extra spaces: one-word queries of 3-6 syllables typed a syllable at a time (아 이 폰), as
  // stray taps on a phone's space bar leave them; success = the query first, offered or applied.
  const words = logged.map((q) => normalize(q)).filter((q) => /^[가-힣]{3,6}$/u.test(q));
  let joined = 0;
  for (const q of words) {
    const typed = [...q].join(' ');
    const r = await engine.correct(typed, 5);
    if (r.action !== 'none' && topCandidate(r) === q) joined++;
    else fail('extra-spaces', `${typed} → ${r.action} ${topCandidate(r)} (want ${q})`);
  }
  rows.push(['spacing: one-word queries typed a syllable at a time (아 이 폰), joined and offered', pct(joined, words.length)]);
}
// Known words typed whole.
{
  const words = engine.lexicon.entries.filter((e) => !e.blocked && /^[가-힣]{2,}$/u.test(e.text) && e.weight >= engine.scorer.weights.knownWeight).filter((e) => inWordSample(e.text));
  let first = 0;
  let top3 = 0;
  for (const { text } of words) {
    const r = await engine.suggest(text, 10);
    const at = r.suggestions.findIndex((s) => s.text === text);
    if (at === 0) first++;
    if (at >= 0 && at < 3) top3++;
    else fail('known-word', `${text} got ${r.suggestions.slice(0, 3).map((s) => s.text).join(', ')}`);
  }
  rows.push(['known words typed whole: the word in the top 3 suggestions', pct(top3, words.length)]);
  rows.push(['known words typed whole: the word first', pct(first, words.length)]);
}
// Typo-tolerant completion.
{
  let ok = 0;
  let first = 0;
  let reciprocal = 0;
  let n = 0;
  for (const q of logged) {
    const keys = toKeystrokes(normalize(q));
    const prefix = typedPrefix(q, Math.max(3, Math.round(keys.length * 0.6)));
    let typo: string | undefined;
    for (let attempt = 0; attempt < 5 && !typo; attempt++) typo = addTypo(prefix, drawKind(rnd), rnd);
    if (!typo) continue;
    n++;
    const r = await engine.suggest(typo, 10);
    const at = r.suggestions.findIndex((s) => s.text === q);
    if (at === 0) first++;
    if (at >= 0) {
      ok++;
      reciprocal += 1 / (at + 1);
    } else fail('typo-completion', `${typo} (want ${q}) got ${r.suggestions.slice(0, 3).map((s) => s.text).join(', ')}`);
  }
  rows.push(['typo-tolerant completion: one typo in the first 60% of keys, query in top 10', pct(ok, n)]);
  // Where it stands too: first, and the mean reciprocal rank (0 when not in the top 10).
  rows.push(['typo-tolerant completion: the query first / MRR', `${pct(first, n)} / ${(reciprocal / (n || 1)).toFixed(3)}`]);
}
// A logged query typed whole and the first key of what comes next, taken in by the IME as its
// last syllable's final (유튜브 + ㄱ shows 유튜븍) or standing alone (인스타그램 + ㅎ): the query
// first, or in the top 3.
{
  const next = mulberry32(7);
  const initials = 'ㄱㄴㄷㄹㅁㅂㅅㅇㅈㅊㅋㅌㅍㅎ';
  const tally = { taken: { n: 0, first: 0, top3: 0 }, alone: { n: 0, first: 0, top3: 0 } };
  for (const q of logged) {
    const typed = fromKeystrokes(toKeystrokes(normalize(q)) + initials[Math.floor(next() * initials.length)]!);
    // After a syllable only (not a digit or a letter).
    if (!/[가-힣]$/u.test(q)) continue;
    const t = [...typed].length === [...normalize(q)].length ? tally.taken : tally.alone;
    t.n++;
    const at = (await engine.suggest(typed, 10)).suggestions.findIndex((s) => s.text === q);
    if (at === 0) t.first++;
    if (at >= 0 && at < 3) t.top3++;
    else fail('next-key', `${typed} (want ${q}) got ${at < 0 ? 'not in the top 10' : `at ${at + 1}`}`);
  }
  const { taken, alone } = tally;
  rows.push(['a logged query typed whole and the next key (유튜브 + ㄱ = 유튜븍): the query first / in the top 3', `${pct(taken.first, taken.n)} / ${pct(taken.top3, taken.n)}`]);
  rows.push(['the same, the key alone (인스타그램 + ㅎ = 인스타그램ㅎ): the query first / in the top 3', `${pct(alone.first, alone.n)} / ${pct(alone.top3, alone.n)}`]);
}
// A logged query with one word's last final shown apart from its syllable (맛집 → 맛지ㅂ, 아이폰 →
// 아이포ㄴ), as a final typed after a pause or a cursor move leaves it: the same keys as the
// query. Success: the query first, offered or applied; and applied.
{
  const pick = mulberry32(11);
  // The indices of `words` (before `end`) whose last syllable ends in a consonant key (one of a
  // double final's two, too), and a word with its last key apart.
  const open = (words: readonly string[], end = words.length) => words.slice(0, end).flatMap((w, i) => (/[ㄱ-ㅎ]$/u.test(toKeystrokes(w.at(-1)!)) ? [i] : []));
  const apart = (word: string) => {
    const keys = toKeystrokes(word);
    return fromKeystrokes(keys.slice(0, -1)) + keys.at(-1)!;
  };
  let n = 0;
  let first = 0;
  let applied = 0;
  let earlier = 0;
  let listed = 0;
  for (const q of logged.map((x) => normalize(x))) {
    if (!/^[가-힣]+( [가-힣]+)*$/u.test(q)) continue;
    const words = q.split(' ');
    const ends = open(words);
    if (ends.length === 0) continue;
    const at = ends[Math.floor(pick() * ends.length)]!;
    words[at] = apart(words[at]!);
    const typed = words.join(' ');
    n++;
    const r = await engine.correct(typed, 5);
    const right = r.action !== 'none' && topCandidate(r) === q;
    if (right) first++;
    if (right && r.action === 'autocorrect') applied++;
    if (!right) fail('final-apart', `${typed} → ${r.action} ${topCandidate(r)} (want ${q})`);
    // In autocomplete, where the word is typed out (before the last): the query in the top 10.
    if (at === words.length - 1) continue;
    earlier++;
    if ((await engine.suggest(typed, 10)).suggestions.some((s) => s.text === q)) listed++;
    else fail('final-apart-suggest', `${typed} (want ${q})`);
  }
  rows.push(['a final shown apart from its syllable (맛집 → 맛지ㅂ): the query first, offered or applied / applied', `${pct(first, n)} / ${pct(applied, n)}`]);
  rows.push(['the same in a word before the last, in autocomplete (강남 맛지ㅂ 추천): the query in the top 10', pct(listed, earlier)]);
  // And held-out queries (only the model writes them) so typed up to 70% of their keys, past the
  // word and its space at least: the query in the top 10, beside the same prefix typed clean.
  let heldOut = 0;
  let heldOutListed = 0;
  let cleanListed = 0;
  for (const q of readQueries(devPath(DATA_DIR, 'heldout-queries.txt')).map((x) => normalize(x))) {
    if (!/^[가-힣]+( [가-힣]+)+$/u.test(q)) continue;
    const words = q.split(' ');
    const ends = open(words, words.length - 1);
    if (ends.length === 0) continue;
    const at = ends[Math.floor(pick() * ends.length)]!;
    const clean = typedPrefix(q, Math.max(toKeystrokes(words.slice(0, at + 1).join(' ')).length + 2, Math.ceil(0.7 * toKeystrokes(q).length)));
    const typed = clean.split(' ').map((w, i) => (i === at ? apart(words[at]!) : w)).join(' ');
    heldOut++;
    if ((await engine.suggest(typed, 10)).suggestions.some((s) => s.text === q)) heldOutListed++;
    else fail('final-apart-held-out', `${typed} (want ${q})`);
    if ((await engine.suggest(clean, 10)).suggestions.some((s) => s.text === q)) cleanListed++;
  }
  rows.push(['the same, held-out queries 70% typed: the query in the top 10 / typed without the final apart', `${pct(heldOutListed, heldOut)} / ${pct(cleanListed, heldOut)}`]);
}
// A space too many inside the first word of a logged query, typed up to it (방탄␣ for 방탄소년단
// …, 무한␣ for 무한도전): a word of three syllables or more, cut after a syllable drawn with a fixed
// seed. Success: the query in the top 10.
{
  const pick = mulberry32(13);
  let n = 0;
  let listed = 0;
  for (const q of logged.map((x) => normalize(x))) {
    const first = [...q.split(' ')[0]!];
    if (first.length < 3 || !first.every((c) => /[가-힣]/u.test(c))) continue;
    const typed = `${first.slice(0, 1 + Math.floor(pick() * (first.length - 2)) + 1).join('')} `;
    n++;
    const r = await engine.suggest(typed, 10);
    if (r.suggestions.some((s) => s.text === q)) listed++;
    else fail('space-too-many', `${JSON.stringify(typed)} (want ${q}) got ${r.suggestions.slice(0, 3).map((s) => s.text).join(', ')}`);
  }
  rows.push(['a space too many in the first word, typed up to it (방탄␣ for 방탄소년단): the query in the top 10', pct(listed, n)]);
}

// Misspelling habits.
{
  /** How many of `pairs` get the intended spelling first (offered or applied), and how many applied. */
  const habits = async (pairs: readonly { typed: string; intended: string }[], kind: string): Promise<{ first: number; applied: number }> => {
    let first = 0;
    let applied = 0;
    for (const p of pairs) {
      const r = await engine.correct(p.typed, 5);
      if (r.action !== 'none' && topCandidate(r) === p.intended) {
        first++;
        if (r.action === 'autocorrect') applied++;
      } else fail(kind, `${p.typed} → ${r.action} ${topCandidate(r)} (want ${p.intended})`);
    }
    return { first, applied };
  };
  const pairs = readPairs(join(import.meta.dirname, 'misspelling-habits.tsv'));
  const alone = await habits(pairs, 'misspelling');
  rows.push(['misspelling habits: well-known misspellings, standard form offered first', pct(alone.first, pairs.length)]);
  rows.push(['misspelling habits: same, applied (autocorrect)', pct(alone.applied, pairs.length)]);
  // The same words among others, as a person searches them.
  const queries = pairs.flatMap((p) => ['뜻', '맞춤법'].map((word) => ({ typed: `${p.typed} ${word}`, intended: `${p.intended} ${word}` })));
  const inQuery = await habits(queries, 'misspelling-in-query');
  rows.push(['misspelling habits in a query (the word, then 뜻 or 맞춤법): standard form first', pct(inQuery.first, queries.length)]);
  rows.push(['misspelling habits in a query: same, applied (autocorrect)', pct(inQuery.applied, queries.length)]);
  // Then two standard words spaced as the standard spaces them, which the logs have joined
  // (내일날씨, 축구중계): that spacing is the query as typed, no rival of the habit's fix.
  const besideJoined = pairs.flatMap((p) => ['내일 날씨', '축구 중계'].map((words) => ({ typed: `${p.typed} ${words}`, intended: `${p.intended} ${words}` })));
  const beside = await habits(besideJoined, 'misspelling-beside-joined');
  rows.push(['misspelling habits, then two words the logs join (내일 날씨, 축구 중계): standard form first', pct(beside.first, besideJoined.length)]);
  // Autocomplete at the misspelled word typed whole, alone and after another word.
  const typedWhole = [...pairs, ...pairs.map((p) => ({ typed: `너무 ${p.typed}`, intended: `너무 ${p.intended}` }))];
  let shownFirst = 0;
  let shownTop3 = 0;
  for (const p of typedWhole) {
    const at = (await engine.suggest(p.typed, 10)).suggestions.findIndex((s) => s.text === p.intended);
    if (at === 0) shownFirst++;
    if (at >= 0 && at < 3) shownTop3++;
    else fail('misspelling-suggest', `${p.typed} → ${at < 0 ? 'not in the top 10' : `at ${at + 1}`} (want ${p.intended})`);
  }
  rows.push(['misspelling habits, autocomplete at the word typed whole (alone, after 너무): standard form first', pct(shownFirst, typedWhole.length)]);
  rows.push(['misspelling habits, autocomplete: same, in the top 3', pct(shownTop3, typedWhole.length)]);
}

// Hand-written queries spelled as meant, mostly newer than the logs (챗gpt 사용법, 흑백요리사
// 에드워드리) or everyday ones the news-heavy logs lack (허리 통증 원인): new names are where peers
// "correct" the most. Success = left as typed (action none).
{
  const queries = newerQueries();
  let applied = 0;
  let offered = 0;
  for (const q of queries) {
    const r = await engine.correct(q, 5);
    if (r.action === 'autocorrect') applied++;
    if (r.action === 'suggest') offered++;
    if (r.action !== 'none') fail('newer-query', `${q} → ${r.action} ${topCandidate(r)} (${r.confidence})`);
  }
  rows.push([`hand-written queries newer than the logs (${queries.length}, newer-queries.txt): applied / offered a correction`, `${pct(applied, queries.length)} / ${pct(offered, queries.length)}`]);
}

console.log(`machine: ${machine()}; language model: ${lm ? lm.info.name : 'off'}; ${logged.length} logged queries`);
const width = Math.max(...rows.map(([k]) => k.length));
for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
if (process.argv.includes('--failures') || process.argv.includes('--all-failures')) for (const [k, list] of Object.entries(failures)) for (const f of list) console.log(`  ${k}: ${f}`);
