import { test } from 'node:test';
import assert from 'node:assert/strict';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('after a trailing space, the lexicon\'s queries going on from the words typed rank above those with the words later on, however popular (주식 ␣: 주식 시장 before 민중기 특검 주식 논란)', async () => {
  for (const typed of ['주식 ', '서울 ']) {
    const r = await engine.suggest(typed, 10);
    const texts = r.suggestions.map((s) => s.text);
    const goingOn = r.suggestions.flatMap((s, i) => (s.text.startsWith(typed) && engine.lexicon.get(s.text) ? [i] : []));
    const infix = r.suggestions.flatMap((s, i) => (s.kinds.includes('infix') ? [i] : []));
    assert.ok(goingOn.length > 0 && infix.length > 0, `the premise: both are shown for ${JSON.stringify(typed)}: ${texts.join(', ')}`);
    const lightest = Math.min(...goingOn.map((i) => engine.lexicon.get(texts[i]!)!.weight));
    const heaviestInfix = Math.max(...infix.map((i) => engine.lexicon.get(texts[i]!)!.weight));
    if (typed === '주식 ') assert.ok(heaviestInfix > lightest, `the premise: an infix match is the more popular: ${texts.join(', ')}`);
    assert.ok(Math.max(...goingOn) < Math.min(...infix), `${JSON.stringify(typed)}: ${texts.join(', ')}`);
  }
});

test('after a trailing space with nothing in the lexicon going on from the words, their infix matches still fill the list (날씨 ␣)', async () => {
  const r = await engine.suggest('날씨 ', 10);
  assert.ok(r.suggestions.some((s) => s.kinds.includes('infix') && s.text.includes('날씨')), r.suggestions.map((s) => s.text).join(', '));
});
