import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { layoutCandidates } from '../src/candidates/index.js';
import { hangulToLatin } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

// Letters in one word with Hangul typed as Hangul are mostly a brand's or a model's (챗gpt,
// cj대한통운), typed as meant. Read on the other layout, one syllable of them (gpt: 헷) made a word
// nobody types (챗헷), and correction applied it.
const engine = sharedEngine();
const reading = (typed: string) => layoutCandidates(engine.input(typed), engine.lexicon)[0]?.text;

test('letters after Hangul in one word that read as one syllable stay Latin unless the whole word is known (챗gpt, not 챗헷)', async () => {
  assert.ok(engine.lexicon.get('헷'), 'the premise: 헷 alone is a known fragment');
  assert.equal(reading('챗gpt'), undefined);
  for (const query of ['챗gpt', '챗gpt 사용법']) {
    const r = await engine.correct(query, 5);
    assert.notEqual(r.action, 'autocorrect', query);
    assert.ok(!r.candidates.some((c) => c.text.includes('챗헷')), `${query}: ${r.candidates.map((c) => c.text).join(', ')}`);
  }
});

test('(guard) one syllable that makes a known word with the Hangul is still read (강남rn → 강남구), and words of letters and digits keep their rule (fhEh794ghl → 로또794회)', () => {
  assert.equal(reading('강남rn'), '강남구');
  assert.equal(reading('fhEh794ghl'), '로또794회');
  assert.equal(reading('qkdrntjr1duf'), '방구석1열');
});

test('a known Hangul word with one syllable typed in the English layout after it reads as a word the lexicon has, or not at all (property)', () => {
  const words = engine.lexicon.entries.filter((e) => /^[가-힣]{2,4}$/u.test(e.text) && e.flags.includes('q')).map((e) => e.text);
  const syllables = [...new Set(words.flatMap((w) => [...w]))];
  assert.ok(words.length > 500 && syllables.length > 300, 'the premise: many logged words and syllables');
  fc.assert(
    fc.property(fc.constantFrom(...words), fc.constantFrom(...syllables), (word, syllable) => {
      const typed = word + hangulToLatin(syllable);
      const read = reading(typed);
      if (read === undefined || /[a-zA-Z]/u.test(read)) return;
      assert.ok(engine.lexicon.get(read), `${typed} read as ${read}, which the lexicon lacks`);
    }),
    { numRuns: 400 },
  );
});
