import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Lexicon, readMisspelled, type LexiconEntry } from '../src/lexicon/index.js';
import { sharedEngine } from './engine-fixture.js';

const entry = (text: string, weight: number, flags: string): LexiconEntry => ({ text, weight, flags, blocked: false });

test('a spelling the dictionary marks as wrong is a marked misspelling whether an entry carries it (몇일, flagged x) or no source has it (나지막히), and never standard', () => {
  const lexicon = new Lexicon([entry('몇일', 8, 'cswx'), entry('며칠', 90, 'csw'), entry('나지막이', 0.1, 'sw'), entry('패이다', 0.1, 'sw')], ['몇일', '나지막히', '패이지']);
  for (const word of ['몇일', '나지막히', '패이지']) {
    assert.equal(lexicon.markedMisspelled(word), true, word);
    assert.equal(lexicon.isStandard(word), false, word);
  }
  for (const word of ['며칠', '나지막이']) assert.equal(lexicon.markedMisspelled(word), false, word);
  // Without the list, only the flag tells; 패이지 then reads as 패이다 with an ending.
  const flagOnly = new Lexicon([entry('몇일', 8, 'cswx'), entry('패이다', 0.1, 'sw')]);
  assert.equal(flagOnly.markedMisspelled('몇일'), true);
  assert.equal(flagOnly.markedMisspelled('나지막히'), false);
});

test('the list is read one spelling a line, comments and blank lines skipped, and is empty where data/ has no such file', () => {
  const dir = mkdtempSync(join(tmpdir(), 'baro-misspelled-'));
  writeFileSync(join(dir, 'misspelled.txt'), '# the dictionary marks these\n깨끗히\n\n몇일\n');
  assert.deepEqual(readMisspelled(join(dir, 'misspelled.txt')), ['깨끗히', '몇일']);
  assert.deepEqual(readMisspelled(join(dir, 'none.txt')), []);
});

test('the committed data marks the dictionary\'s 금지어 that no source has (나지막히, 패이지)', () => {
  const lexicon = sharedEngine().lexicon;
  for (const word of ['나지막히', '패이지']) {
    assert.equal(lexicon.get(word), undefined, `the premise: no source has ${word}`);
    assert.equal(lexicon.markedMisspelled(word), true, word);
  }
});
