import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { getChoseong } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

const engine = sharedEngine();

test('initials alone are a choseong query: no last-word fix reads them as a word of initials and syllables (ㅇㅇㅍㅋㅇㅅ never shows ㅇㅇ평소, ㄱㄱㅇㅇㄱ no ㄱㄱ엑소) (property over logged queries)', async () => {
  const queries = engine.lexicon.entries.filter((e) => e.flags.includes('q') && /^[가-힣 ]+$/u.test(e.text)).map((e) => e.text);
  assert.ok(queries.length > 1000, `the premise: many logged queries (${queries.length})`);
  // The entries that write initials beside syllables themselves (영화ㅋㅋ, from running text) may still complete them.
  const writtenSo = (text: string) => !!engine.lexicon.get(text);
  await fc.assert(
    fc.asyncProperty(fc.constantFrom(...queries), fc.integer({ min: 2, max: 6 }), async (query, length) => {
      const typed = getChoseong(query).replaceAll(' ', '').slice(0, length);
      for (const s of (await engine.suggest(typed, 10)).suggestions) {
        const mixed = /[ㄱ-ㅎ]/u.test(s.text) && /[가-힣]/u.test(s.text);
        assert.ok(!mixed || writtenSo(s.text), `${typed}: ${s.text} (${s.kinds})`);
      }
    }),
    { numRuns: 300 },
  );
  assert.deepEqual((await engine.suggest('ㅇㅇㅍㅋㅇㅅ', 10)).suggestions.filter((s) => s.text === 'ㅇㅇ평소'), []);
});
