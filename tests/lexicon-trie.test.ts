import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { KeystrokeTrie } from '../src/lexicon/index.js';
import { osa } from './edit-distance.js';

// A small alphabet makes near neighbours common, which is where bugs hide.
const key = fc.constantFrom('ㄱ', 'ㅏ', 'ㄴ', 'ㅣ', ' ', 'a');
const word = fc.string({ unit: key, maxLength: 8 });
const dictionary = fc.uniqueArray(word, { minLength: 1, maxLength: 60 });

function build(words: string[]): KeystrokeTrie {
  return new KeystrokeTrie(words.map((keys, id) => ({ keys, id, weight: (id % 7) + 1 })));
}

test('fuzzy lookup equals a brute-force Damerau scan (property)', () => {
  fc.assert(
    fc.property(dictionary, word, fc.integer({ min: 0, max: 3 }), (words, query, k) => {
      const trie = build(words);
      const got = trie.fuzzy(query, k).map((m) => `${words[m.id]}:${m.distance}`).sort();
      const want = words.flatMap((w) => {
        const d = osa(query, w);
        return d <= k ? [`${w}:${d}`] : [];
      }).sort();
      assert.deepEqual(got, want);
    }),
    { numRuns: 400 },
  );
});

test('completion equals the heaviest brute-force prefix matches, heaviest first (property)', () => {
  fc.assert(
    fc.property(dictionary, word, fc.integer({ min: 1, max: 10 }), (words, prefix, k) => {
      const trie = build(words);
      const weight = (id: number) => (id % 7) + 1;
      const got = trie.complete(prefix, k);
      const matching = words.map((w, id) => ({ w, id })).filter((x) => x.w.startsWith(prefix));
      assert.equal(got.length, Math.min(k, matching.length));
      // Same weights may tie in any order; compare the weight sequence and membership.
      const wantWeights = matching.map((x) => weight(x.id)).sort((a, b) => b - a).slice(0, k);
      assert.deepEqual(got.map(weight), wantWeights);
      for (const id of got) assert.ok(words[id]!.startsWith(prefix));
    }),
    { numRuns: 400 },
  );
});

test('searches on one trie answer as on a fresh one, also when a filter starts a search of its own (property)', () => {
  // bestFirst keeps its heaps between searches: what one search leaves must not reach the next,
  // nor a search started inside another's accept().
  fc.assert(
    fc.property(dictionary, fc.array(fc.tuple(word, fc.integer({ min: 1, max: 10 })), { minLength: 1, maxLength: 8 }), (words, asks) => {
      const shared = build(words);
      for (const [prefix, k] of asks) {
        const fresh = build(words).complete(prefix, k);
        assert.deepEqual(shared.complete(prefix, k), fresh);
        // A filter that runs another search on the same trie for every entry it is asked about.
        const nested = shared.complete(prefix, k, (id) => shared.complete(words[id]!.slice(0, 1), 3).length >= 0 && id % 2 === 0);
        assert.deepEqual(nested, build(words).complete(prefix, k, (id) => id % 2 === 0));
      }
    }),
    { numRuns: 200 },
  );
});

test('fuzzy prefix nodes cover exactly the entries whose prefix is within k (property)', () => {
  fc.assert(
    fc.property(dictionary, word, (words, prefix) => {
      const trie = build(words);
      const nodes = trie.fuzzyPrefixNodes(prefix, 1);
      const got = new Set(trie.bestFirst(nodes.map((n) => n.node), 1000));
      const want = new Set(
        words.map((w, id) => ({ w, id })).filter(({ w }) => {
          for (let len = 0; len <= w.length; len++) if (osa(prefix, w.slice(0, len)) <= 1) return true;
          return false;
        }).map((x) => x.id),
      );
      assert.deepEqual([...got].sort(), [...want].sort());
    }),
    { numRuns: 300 },
  );
});

test('fuzzy prefix nodes kept by their path: below them, exactly the entries whose shortest prefix within k that path passes (property)', () => {
  // The path test asks for the node's keys as char codes: here, whether it holds no 'a'.
  const keep = (path: Uint16Array) => !String.fromCharCode(...path).includes('a');
  fc.assert(
    fc.property(dictionary, word, (words, prefix) => {
      const trie = build(words);
      const got = new Set(trie.bestFirst(trie.fuzzyPrefixNodes(prefix, 1, 50_000, keep).map((n) => n.node), 1000));
      const want = new Set(
        words.map((w, id) => ({ w, id })).filter(({ w }) => {
          for (let len = 0; len <= w.length; len++) if (osa(prefix, w.slice(0, len)) <= 1) return !w.slice(0, len).includes('a');
          return false;
        }).map((x) => x.id),
      );
      assert.deepEqual([...got].sort(), [...want].sort());
    }),
    { numRuns: 300 },
  );
});

test('entries with weight 0 (blocked) are found by lookup but never completed', () => {
  const trie = new KeystrokeTrie([
    { keys: 'ㄱㅏ', id: 0, weight: 0 },
    { keys: 'ㄱㅏㄴ', id: 1, weight: 5 },
  ]);
  assert.equal(trie.lookup('ㄱㅏ'), 0);
  assert.deepEqual(trie.complete('ㄱ', 10), [1]);
});

test('several entries on the same keys are all kept, heaviest first', () => {
  const trie = new KeystrokeTrie([
    { keys: 'ㅁㄹ', id: 0, weight: 1 },
    { keys: 'ㅁㄹ', id: 1, weight: 9 },
  ]);
  assert.equal(trie.lookup('ㅁㄹ'), 1);
  assert.deepEqual(trie.complete('ㅁ', 10), [1, 0]);
  assert.deepEqual(trie.fuzzy('ㅁㄹ', 0).map((m) => m.id).sort(), [0, 1]);
});

test('fuzzy lookup is bounded by its visit budget', () => {
  const words = Array.from({ length: 3000 }, (_, i) => `ㄱ${i.toString(3).replace(/0/g, 'ㅏ').replace(/1/g, 'ㄴ').replace(/2/g, 'ㅣ')}`);
  const trie = build(words);
  const all = trie.fuzzy('ㄱㅏㄴㅣㅏ', 3, 100000, 1e9).length;
  const spent = { visits: 7 };
  const capped = trie.fuzzy('ㄱㅏㄴㅣㅏ', 3, 100000, 50, spent).length;
  assert.ok(capped < all);
  // The visits are added to what the caller had spent already, and never pass the cap.
  assert.equal(spent.visits, 7 + 50);
});
