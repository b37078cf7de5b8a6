import { test } from 'node:test';
import assert from 'node:assert/strict';
import { latinPrefixReading } from '../src/candidates/index.js';
import { keystrokePrefixes } from '../src/eval/index.js';
import { latinToHangul } from '../src/hangul/index.js';
import { servedEngine, sharedEngine } from './engine-fixture.js';

// Latin typed on the Korean layout that comes out as syllables (visit → 퍄냣, friend → ㄹ갸둥):
// no stray vowel gives it away, so only the lexicon's knowledge of the Latin word does.

test('latinPrefixReading: three letters or more that begin a logged Latin query', () => {
  const lexicon = sharedEngine().lexicon;
  assert.equal(latinPrefixReading('퍄냐', lexicon), 'visi');
  assert.equal(latinPrefixReading('ㄹ갸두', lexicon), 'frien');
  // Two letters begin too many queries to read any Hangul so (무: an).
  assert.equal(latinPrefixReading('무', lexicon), undefined);
  // A reading that begins no logged query (znzn).
  assert.equal(latinPrefixReading('쿠쿠', lexicon), undefined);
  // Only Hangul is read so.
  assert.equal(latinPrefixReading('visi', lexicon), undefined);
  assert.equal(latinPrefixReading('퍄냐 퍄', lexicon), undefined);
});

for (const withModel of [false, true]) {
  const engineOf = async () => (withModel ? servedEngine() : sharedEngine());
  const label = withModel ? 'with the model' : 'without it';

  test(`a known Latin word typed whole on the Korean layout as syllables is completed as Latin (퍄냣 → visit), ${label}`, async () => {
    const engine = await engineOf();
    for (const word of ['visit', 'friend', 'fifa', 'exid', 'shaker']) {
      const typed = latinToHangul(word);
      const s = await engine.suggest(typed, 10);
      assert.equal(s.suggestions[0]?.text, word, `${typed}: ${JSON.stringify(s.suggestions.slice(0, 3))}`);
      assert.ok(s.suggestions[0]!.kinds.includes('layout'));
      // Nothing the model wrote on from the Hangul (퍄냐스, ㄹ갸두어).
      assert.ok(!s.suggestions.some((x) => /[가-힣]/u.test(x.text)), `${typed}: ${JSON.stringify(s.suggestions)}`);
    }
  });

  test(`on its way, the Latin word is among the suggestions (퍄냐 → visit, ㄹ갸두 → friend), ${label}`, async () => {
    const engine = await engineOf();
    for (const [typed, meant] of [
      ['퍄냐', 'visit'],
      ['ㄹ갸두', 'friend'],
    ] as const) {
      const s = await engine.suggest(typed, 10);
      assert.ok(s.suggestions.slice(0, 3).some((x) => x.text === meant), `${typed}: ${JSON.stringify(s.suggestions)}`);
    }
  });

  test(`Hangul that goes on to something as typed is never read as Latin while typing, ${label}`, async () => {
    const engine = await engineOf();
    // Queries with a prefix that reads as the start of a logged Latin query (좀: wha…, 밍: ald…,
    // 행: god): each goes on to Hangul as typed, so none is read as Latin.
    const lexicon = sharedEngine().lexicon;
    for (const query of ['조명래', '미이라', '행복주택']) {
      const prefixes = keystrokePrefixes(query);
      assert.ok(prefixes.some((p) => latinPrefixReading(p, lexicon) !== undefined), query);
      for (const prefix of prefixes) {
        const s = await engine.suggest(prefix, 10);
        assert.ok(!s.suggestions.some((x) => x.kinds.includes('layout')), `${prefix}: ${JSON.stringify(s.suggestions.slice(0, 3))}`);
      }
    }
  });
}
