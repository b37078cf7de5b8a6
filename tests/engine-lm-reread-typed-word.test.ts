import { test } from 'node:test';
import assert from 'node:assert/strict';
import { servedEngine } from './engine-fixture.js';

// A known word typed out and the next key (대결ㄷ: 대결 and ㄷ): the word is what was typed so far.
// What the model writes on from the key, reading it as the next syllable's (대결들이, 세미나도),
// may be what is being typed, and is shown, but after the word.

test('a known word typed out and the next key comes before the forms the model writes on from the key (대결ㄷ → 대결, then 대결들이)', async () => {
  const engine = await servedEngine();
  for (const [typed, meant, form] of [
    ['대결ㄷ', '대결', '대결들이'],
    ['구구단 세미낟', '구구단 세미나', '구구단 세미나도'],
    ['여자친굳', '여자친구', '여자친구들'],
  ] as const) {
    const s = await engine.suggest(typed, 10);
    const texts = s.suggestions.map((x) => x.text);
    const at = texts.indexOf(meant);
    assert.ok(at >= 0, `${typed}: ${texts.join(', ')}`);
    // Nothing the model wrote comes before it.
    assert.ok(s.suggestions.slice(0, at).every((x) => !x.kinds.includes('lm')), `${typed}: ${texts.join(', ')}`);
    // The model's form is still offered (the key may begin it: 마일리진 → 마일리지는).
    assert.ok(texts.indexOf(form) > at, `${typed}: ${texts.join(', ')}`);
  }
});
