import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { DATA_DIR, formatBlocklist, isBlocked, parseBlocklist } from '../src/lexicon/index.js';
import { sharedEngine } from './engine-fixture.js';

test('a `*term` line blocks words ending in the term, not words beginning with it; `!word` spares one', () => {
  const list = parseBlocklist('*오피\n!칼리오피');
  assert.ok(isBlocked('강남오피', list));
  assert.ok(isBlocked('동탄 강남오피', list), 'any word of the entry');
  assert.ok(!isBlocked('오피스텔', list));
  assert.ok(!isBlocked('칼리오피', list));
  assert.ok(!isBlocked('오피', list), 'the term alone is a word of its own (안마 for *안마)');
});

test('property: a word ending in a blocked suffix is blocked, alone or among others, unless allowed', () => {
  const syllables = fc.array(fc.constantFrom(...'강남동탄오피스텔칼리'.split('')), { minLength: 0, maxLength: 4 }).map((s) => s.join(''));
  fc.assert(
    fc.property(syllables, syllables, (head, other) => {
      const list = parseBlocklist('*오피');
      const word = `${head || '강'}오피`;
      assert.ok(isBlocked(word, list));
      if (other) assert.ok(isBlocked(`${other} ${word}`, list));
      // The naive oracle for a word without the suffix: blocked only if it ends in it.
      const plain = other || '가';
      assert.equal(isBlocked(plain, list), plain.length > 2 && plain.endsWith('오피'));
    }),
  );
});

test('format and parse round-trip suffixes with the other rules', () => {
  const list = parseBlocklist('병신*\n*키스방\n!티오피\n야동');
  assert.deepEqual(parseBlocklist(formatBlocklist(list)), list);
});

test('the shipped blocklist keeps sex-trade spam and hate slurs out of autocomplete (동탄 → not 동탄오피; 김치 → not 김치녀)', async () => {
  const blocklist = parseBlocklist(readFileSync(join(DATA_DIR, 'blocklist.txt'), 'utf8'));
  const engine = sharedEngine();
  for (const text of ['강남오피', '동탄키스방', '부산건마', '강남풀싸롱', '동탄안마', '대딸방', '섹쉬넷', '김치녀', '맘충', '강남여관바리', '강남핸플']) {
    assert.ok(engine.lexicon.get(text), `the premise: ${text} is an entry`);
    assert.ok(isBlocked(text, blocklist), text);
  }
  assert.ok(!isBlocked('칼리오피', blocklist) && !isBlocked('안마', blocklist) && !isBlocked('오피스텔', blocklist) && !isBlocked('떡방앗간', blocklist));
  for (const prefix of ['동탄', '강남오', '부산거', '동탄아', '김치', '맘ㅊ', 'rkdskadur', '강남핸']) {
    const r = await engine.suggest(prefix, 20);
    for (const s of r.suggestions) assert.ok(!isBlocked(s.text, blocklist), `${prefix} suggested ${s.text}`);
  }
});

test('the initials written for the insult 병신 (ㅄ, ㅂㅅ같은) are blocked and never suggested; ㅂㅅ typed stays a choseong query (부산, 방송)', async () => {
  const blocklist = parseBlocklist(readFileSync(join(DATA_DIR, 'blocklist.txt'), 'utf8'));
  const engine = sharedEngine();
  for (const text of ['ㅄ', 'ㅄ같은', 'ㅂㅅ같은']) {
    assert.ok(engine.lexicon.get(text), `the premise: ${text} is an entry`);
    assert.ok(isBlocked(text, blocklist) && engine.lexicon.get(text)!.blocked, text);
  }
  for (const typed of ['ㅂㅅㄱ', 'ㅄ', 'ㅄ같', 'ㅂㅅ가']) {
    for (const s of (await engine.suggest(typed, 20)).suggestions) assert.ok(!isBlocked(s.text, blocklist), `${typed} suggested ${s.text}`);
  }
  const initials = (await engine.suggest('ㅂㅅ', 10)).suggestions.map((s) => s.text);
  assert.ok(initials.includes('부산'), initials.join(', '));
});
