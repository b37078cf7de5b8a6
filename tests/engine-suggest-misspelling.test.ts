import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Engine } from '../src/engine/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';
import { RecordingLm } from './fake-lm.js';

// Autocomplete at a word spelled as people misspell it (몇일, 희안하다) completes what was meant,
// as correction would set it right, instead of going on from the misspelling.

const base = sharedEngine();
const withLm = (lm: RecordingLm): Engine => new Engine({ lexicon: base.lexicon, scorer: base.scorer, lm, blocklist: undefined });
const texts = (r: Awaited<ReturnType<Engine['suggest']>>): string[] => r.suggestions.map((s) => s.text);

test('몇일 completes as 며칠: the standard spelling first, its completions before the misspelling’s', async () => {
  const r = await base.suggest('몇일', 10);
  assert.equal(r.suggestions[0]?.text, '며칠', texts(r).join(', '));
  assert.deepEqual(r.suggestions[0]?.kinds, ['misspelling']);
  const lastFixed = texts(r).findLastIndex((t) => t.startsWith('며칠'));
  const firstMisspelled = texts(r).findIndex((t) => t.startsWith('몇일'));
  assert.ok(lastFixed > 0, `completions of 며칠: ${texts(r).join(', ')}`);
  if (firstMisspelled >= 0) assert.ok(firstMisspelled > lastFixed, texts(r).join(', '));
  for (const s of r.suggestions) if (s.text.startsWith('며칠')) assert.ok(s.kinds.includes('misspelling'), s.text);
});

test('a misspelled last word after other words is set right in place (너무 몇일 → 너무 며칠)', async () => {
  assert.equal((await base.suggest('희안하다', 10)).suggestions[0]?.text, '희한하다');
  for (const [typed, meant] of [['너무 희안하다', '너무 희한하다'], ['너무 몇일', '너무 며칠']] as const) {
    const r = await base.suggest(typed, 10);
    assert.equal(r.suggestions[0]?.text, meant, texts(r).join(', '));
  }
});

test('the model is not asked to write on from a misspelled word, and is from a word spelled right', async () => {
  const lm = new RecordingLm({}, [{ text: '희안하다면', logProb: -1 }]);
  const r = await withLm(lm).suggest('희안하다', 10);
  assert.deepEqual(lm.prefixes, []);
  assert.ok(!texts(r).includes('희안하다면'), texts(r).join(', '));
  // The same shape spelled right, unknown to the lexicon as a whole, still goes to the model.
  await withLm(lm).suggest('너무 희한하다', 10);
  assert.deepEqual(lm.prefixes, ['너무 희한하다']);
});

test('a correction autocomplete only offers ranks below the word typed, and the model is not run on the misspelling', async () => {
  const lm = new RecordingLm({}, [{ text: '일부로서는', logProb: -0.1 }]);
  const r = await withLm(lm).suggest('일부로', 10);
  const fix = texts(r).indexOf('일부러');
  assert.ok(fix > 0, texts(r).join(', '));
  assert.deepEqual(r.suggestions[fix]!.kinds, ['misspelling']);
  assert.ok(texts(r).indexOf('일부로') < fix, texts(r).join(', '));
  assert.deepEqual(lm.prefixes, []);
});

test('where correction all but applies a fix of a word only running text spells so (할께, 윗층, 케릭터에), the fix leads, the word typed among the next two; a word the lexicon stands behind with its particle keeps its place (빚이, 곳과, 댄이)', async () => {
  for (const [typed, meant] of [['할께', '할게'], ['윗층', '위층'], ['케릭터에', '캐릭터에']] as const) {
    assert.equal(base.lexicon.get(typed)?.flags, 'c', `the premise: ${typed} is a word of running text alone`);
    const corrected = await base.correct(typed, 3);
    assert.ok(corrected.action === 'suggest' && corrected.candidates[0]!.text === meant && corrected.candidates[0]!.score >= 0.9, `the premise: correction offers ${meant} for ${typed}`);
    const r = await base.suggest(typed, 10);
    assert.equal(texts(r)[0], meant, texts(r).join(', '));
    assert.ok(texts(r).slice(1, 3).includes(typed), texts(r).join(', '));
    assert.ok(r.suggestions[0]!.score >= r.suggestions[1]!.score);
  }
  for (const typed of ['빚이', '곳과', '댄이', '퍼스는']) {
    const r = await base.suggest(typed, 10);
    assert.equal(texts(r)[0], typed, texts(r).join(', '));
  }
});

test('a word typed whole with 되 uncontracted completes as spelled right (보게되서 → 보게돼서 first), though no entry has that spelling', async () => {
  const r = await base.suggest('보게되서', 10);
  assert.equal(texts(r)[0], '보게돼서', texts(r).join(', '));
  assert.ok(!texts(r).some((t) => t.includes('되서')), texts(r).join(', '));
});

test('a vowel spelled as another that sounds the same, two keys off, is set right while typing as correction sets it (왠만하면 → 웬만하면 first)', async () => {
  assert.equal((await base.correct('왠만하면', 3)).corrected, '웬만하면', 'the premise: correction applies it');
  for (const [typed, meant] of [['왠만하면', '웬만하면'], ['너무 왠만하면', '너무 웬만하면']] as const) {
    const r = await base.suggest(typed, 10);
    assert.equal(texts(r)[0], meant, texts(r).join(', '));
  }
});

test('a word on its way to a known word is no misspelling (고미 → 고민, 베트 → 베트남, 본섢 → 본선…)', async () => {
  for (const typed of ['고미', '베트', '오느', '카보베르데 월드컵 본섢', '아임 쏘리']) {
    const r = await base.suggest(typed, 10);
    assert.ok(!r.suggestions.some((s) => s.kinds.includes('misspelling')), `${typed}: ${texts(r).join(', ')}`);
  }
});

test('autocomplete sets a word right as correction does: applied first, offered below what was typed unless all but applied (the habits list and lexicon words)', async () => {
  const habits = readFileSync(join(import.meta.dirname, '..', 'benchmarks', 'misspelling-habits.tsv'), 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#'))
    .map((line) => line.split('\t')[0]!);
  // Every 200th word of the lexicon: mostly spelled right, some misspelled in the running text.
  const words = base.lexicon.entries.filter((e) => /^[가-힣]{2,}$/u.test(e.text) && e.weight >= 1).filter((_, i) => i % 200 === 0).map((e) => e.text);
  let applied = 0;
  for (const typed of [...habits, ...words]) {
    const r = await base.suggest(typed, 10);
    const fix = r.suggestions.findIndex((s) => s.kinds.includes('misspelling'));
    const fixes = r.suggestions.filter((s) => s.kinds.includes('misspelling'));
    if (fixes.length === 0) continue;
    const corrected = await base.correct(typed, 3);
    assert.notEqual(corrected.action, 'none', `${typed}: autocomplete sets it right as ${fixes[0]!.text}, correction does not`);
    // The fix and completions of it (어떡해, 어떡행 …, keystroke by keystroke).
    const meant = toKeystrokes(corrected.candidates[0]!.text);
    assert.ok(fixes.every((s) => toKeystrokes(s.text).startsWith(meant)), `${typed}: ${fixes.map((s) => s.text).join(', ')} beside correction's ${corrected.candidates[0]!.text}`);
    if (corrected.action === 'autocorrect') {
      applied++;
      assert.equal(r.suggestions[0]!.text, corrected.corrected, typed);
    } else {
      // Offered, the fix ranks below the word typed, unless correction all but applies it and the
      // typed spelling is one running text alone has.
      const typedWhole = r.suggestions.findIndex((s) => s.text === typed);
      if (typedWhole > fix) {
        assert.ok(corrected.candidates[0]!.score >= 0.9, `${typed}: ${fixes[0]!.text} leads at a posterior of ${corrected.candidates[0]!.score}`);
        assert.equal(base.lexicon.get(typed)?.flags, 'c', `${typed}: ${fixes[0]!.text} leads over a word not of running text alone`);
      }
    }
  }
  assert.ok(applied >= 10, `only ${applied} applied`);
});

test('a spelling the dictionary marks as wrong leads with its fix where correction all but applies it, though it reads as a stem with an ending (패이지 → 페이지 before 패키지)', async () => {
  assert.ok(base.lexicon.markedMisspelled('패이지'), 'the premise: the dictionary marks 패이지');
  const r = await base.suggest('패이지', 10);
  assert.equal(r.suggestions[0]?.text, '페이지', texts(r).join(', '));
  assert.deepEqual(r.suggestions[0]?.kinds, ['misspelling']);
});
