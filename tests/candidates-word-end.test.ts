import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { COMPLETION_FACTORS, wordEndCompletion } from '../src/candidates/index.js';
import { Lexicon, type LexiconEntry } from '../src/lexicon/index.js';
import { hangulToLatin, toKeystrokes } from '../src/hangul/index.js';
import { sharedEngine } from './engine-fixture.js';

// Where the lexicon only has longer queries that go on from the word being typed (정소민 우주메리미
// 로코), the query with that word finished (정소민 우주메리미) is offered too.

const base = sharedEngine();

test('the word being typed is finished from the longer queries that go on from it (정소민 우줌 → 정소민 우주메리미)', async () => {
  for (const [typed, meant] of [['정소민 우줌', '정소민 우주메리미'], ['나이스 반ㅂ', '나이스 반배정'], ['강서구 pc방 ', '강서구 pc방 살인'], ['큐네', '큐넷']] as const) {
    const r = await base.suggest(typed, 10);
    const at = r.suggestions.findIndex((s) => s.text === meant);
    assert.ok(at >= 0, `${typed}: ${r.suggestions.map((s) => s.text).join(', ')}`);
    assert.deepEqual(r.suggestions[at]!.kinds, ['completion']);
    // Below the longer queries it stands for, scores kept in order.
    assert.ok(r.suggestions.slice(0, at).some((s) => s.text.startsWith(`${meant} `)), typed);
    for (let i = 1; i < r.suggestions.length; i++) assert.ok(r.suggestions[i - 1]!.score >= r.suggestions[i]!.score, typed);
  }
  // The first word too (정소 → 정소민), and spacing does not matter.
  const lexicon = new Lexicon([{ text: '정소민 우주메리미 로코', weight: 5, flags: 'q', blocked: false }]);
  const completed = [{ id: 0, weight: 5 }];
  assert.deepEqual(wordEndCompletion(lexicon, toKeystrokes('정소'), false, completed), { text: '정소민', weight: 5 * COMPLETION_FACTORS.wordEnd });
  const meant = { text: '정소민 우주메리미', weight: 5 * COMPLETION_FACTORS.wordEnd };
  assert.deepEqual(wordEndCompletion(lexicon, toKeystrokes('정소민'), true, completed), meant);
  assert.deepEqual(wordEndCompletion(lexicon, toKeystrokes('정소민 우줌'), false, completed), meant);
  assert.deepEqual(wordEndCompletion(lexicon, toKeystrokes('정소민우줌'), false, completed), meant);
  // Nor the query respaced, nor a cut that leaves nothing after it.
  assert.equal(wordEndCompletion(lexicon, toKeystrokes('정소민우주메리미'), false, completed), undefined);
  assert.equal(wordEndCompletion(lexicon, toKeystrokes('정소민 우주메리미 로'), false, completed), undefined);
});

test('typed in the English layout, the word is finished as the layout reads it (wjdthals dnwna → 정소민 우주메리미)', async () => {
  for (const [reading, meant] of [['정소민 우줌', '정소민 우주메리미'], ['큐네', '큐넷']] as const) {
    const r = await base.suggest(hangulToLatin(reading), 10);
    const item = r.suggestions.find((s) => s.text === meant);
    assert.deepEqual(item?.kinds, ['layout'], `${reading}: ${r.suggestions.map((s) => s.text).join(', ')}`);
  }
});

test('the finished word is the one the completions share most by weight (property against cuts tried word by word)', () => {
  const words = ['서울', '날씨', '내일', '맛집', '추천'];
  const phrase = fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 4 }).map((ws) => ws.join(' '));
  fc.assert(
    fc.property(fc.array(fc.record({ text: phrase, weight: fc.integer({ min: 1, max: 50 }) }), { minLength: 1, maxLength: 10 }), fc.nat(12), fc.boolean(), (rows, typedCount, trailingSpace) => {
      const entries: LexiconEntry[] = rows.map((r) => ({ text: r.text, weight: r.weight, flags: 'q', blocked: false }));
      const lexicon = new Lexicon(entries);
      const completed = entries.map((e, id) => ({ id, weight: e.weight }));
      // The keys typed: the first keystrokes of the first entry, spaces left out.
      const typedKeys = toKeystrokes(entries[0]!.text).replaceAll(' ', '').slice(0, typedCount + 1);
      const sums = new Map<string, number>();
      for (const e of entries) {
        const ws = e.text.split(' ');
        // The shortest run of the entry's first words holding all the keys typed (one more word
        // after a space), with a word left after it and a key past the typed.
        for (let k = 1; k <= ws.length; k++) {
          const run = toKeystrokes(ws.slice(0, k).join(''));
          if (run.length < typedKeys.length) continue;
          const cut = trailingSpace ? k + 1 : k;
          const cutKeys = toKeystrokes(ws.slice(0, cut).join('')).length;
          if (cut < ws.length && cutKeys > typedKeys.length) {
            const text = ws.slice(0, cut).join(' ');
            sums.set(text, (sums.get(text) ?? 0) + e.weight);
          }
          break;
        }
      }
      const best = [...sums].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0];
      assert.deepEqual(wordEndCompletion(lexicon, typedKeys, trailingSpace, completed), best && { text: best[0], weight: best[1] * COMPLETION_FACTORS.wordEnd });
    }),
    { numRuns: 300 },
  );
});
