import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { typoCandidates } from '../src/candidates/index.js';
import { toKeystrokes } from '../src/hangul/index.js';
import { TARGET_WEIGHT } from '../src/lexicon/index.js';
import { sharedEngine } from './engine-fixture.js';
import { osa } from './edit-distance.js';

const engine = sharedEngine();
const texts = (query: string, k = 1) => typoCandidates(engine.scorer, engine.input(query), k).map((c) => c.text);

test('an unknown word of a longer query is offered rare words one edit away (고경표 막굿수 → 막국수)', () => {
  // 막국수 is a dictionary word and an entity, but too rare to be a correction target.
  assert.ok((engine.lexicon.get('막국수')?.weight ?? 1) < TARGET_WEIGHT);
  assert.ok(texts('고경표 막굿수').includes('고경표 막국수'), texts('고경표 막굿수').join(', '));
  // Alone, the word gets the targets only: no context to judge a rare word by.
  assert.ok(!texts('막굿수').includes('막국수'), texts('막굿수').join(', '));
});

test("every word's best change is judged, however many changes the other words have (아임 쏘리 가남구 → 아임 쏘리 강남구)", () => {
  // 아임 and 쏘리 each have several popular neighbours (아이, 아침, 소리, 꼬리…), which filled every
  // place for one-word changes before the typo in the third word was tried.
  assert.ok(texts('아임 쏘리 가남구').includes('아임 쏘리 강남구'), texts('아임 쏘리 가남구').join(', '));
});

test('rare alternatives are one-word entries one keystroke from the word they replace (property)', () => {
  const words = ['막굿수', '김소열', '호곡동', '가남구', '잡아야', '싼다', '정소리', '업세이트', '약ㄱ구'];
  fc.assert(
    fc.property(fc.constantFrom('고경표', '서울', '포항', '제야의'), fc.constantFrom(...words), (head, word) => {
      for (const text of texts(`${head} ${word}`)) {
        const parts = text.split(' ');
        if (parts.length !== 2 || parts[0] !== head || parts[1] === word) continue;
        const entry = engine.lexicon.get(parts[1]!);
        if (!entry || entry.weight >= TARGET_WEIGHT) continue;
        assert.ok(!entry.blocked, text);
        assert.equal(osa(toKeystrokes(word), toKeystrokes(parts[1]!)), 1, text);
      }
    }),
    { numRuns: 30 },
  );
});
