import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { LONG_PARTICLES, PARTICLES, isEnding, isParticle, particleSwap } from '../src/hangul/index.js';

for (const text of ['가', '에서', '잖아', '들', '들이', '들에게']) {
  test(`${text} is a particle`, () => assert.equal(isParticle(text), true));
}
for (const text of ['서울', '들들', '께', '요', '']) {
  test(`${JSON.stringify(text)} is no particle`, () => assert.equal(isParticle(text), false));
}

test('every particle, with the plural before it or not, is a particle and may follow a word', () => {
  for (const p of [...PARTICLES, ...LONG_PARTICLES]) {
    assert.equal(isParticle(p), true, p);
    assert.equal(isParticle(`들${p}`), true, `들${p}`);
    assert.equal(isEnding(p), true, p);
  }
});

for (const text of ['요', '다', '씩', '쯤', '까지']) {
  test(`${text} may follow a word`, () => assert.equal(isEnding(text), true));
}
// 께 is left out on purpose: 갈께 and 줄께 are 갈게 and 줄게 misspelled.
for (const text of ['께', '서울', '요요']) {
  test(`${text} is no ending`, () => assert.equal(isEnding(text), false));
}

test('연출에 and 연출이 are one word with another particle; 연출에 and 연습에 are not', () => {
  assert.equal(particleSwap('연출에', '연출이'), true);
  assert.equal(particleSwap('맘이', '맘에'), true);
  assert.equal(particleSwap('연출에', '연습에'), false);
  assert.equal(particleSwap('연출에', '연출에서'), false);
  // One syllable is a particle alone, not a word with one.
  assert.equal(particleSwap('이', '가'), false);
});

test('a stem with any two particles is a swap, both ways, and a swap changes only the particle', () => {
  const stem = fc.array(fc.constantFrom('연', '출', '맘', '서', '울', '가'), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));
  const particle = fc.constantFrom(...PARTICLES);
  fc.assert(
    fc.property(stem, particle, particle, (s, p, q) => {
      assert.equal(particleSwap(s + p, s + q), true);
      assert.equal(particleSwap(s + q, s + p), true);
    }),
  );
  const word = fc.array(fc.constantFrom('연', '출', '맘', ...PARTICLES), { minLength: 1, maxLength: 4 }).map((s) => s.join(''));
  fc.assert(
    fc.property(word, word, (a, b) => {
      if (!particleSwap(a, b)) return;
      assert.equal(a.slice(0, -1), b.slice(0, -1));
      assert.equal(particleSwap(b, a), true);
    }),
  );
});
