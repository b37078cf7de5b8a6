import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { dictionaries, dictionaryWord } from '../src/lexicon/sources.js';
import { sharedEngine } from './engine-fixture.js';

test('a 표준국어대사전 headword is read as written: no homograph number, hyphen or spacing mark', () => {
  assert.equal(dictionaryWord('째깍01'), '째깍');
  assert.equal(dictionaryWord('클라이맥스01'), '클라이맥스');
  assert.equal(dictionaryWord('웬-만치'), '웬만치');
  assert.equal(dictionaryWord('기반-하다'), '기반하다');
  assert.equal(dictionaryWord('가변^저항'), '가변 저항');
  // numbers that are part of the word stay
  assert.equal(dictionaryWord('1루수'), '1루수');
  assert.equal(dictionaryWord('뚜렷하다'), '뚜렷하다');
});

test('affixes, endings and idioms with optional parts are no words', () => {
  for (const cell of ['-는가', '-ㄴ', '가-', '가방끈(이) 길다', '덮어놓고 열넉 냥[열닷 냥] 금', '', '  ']) {
    assert.equal(dictionaryWord(cell), undefined, cell);
  }
});

test('property: a word read from a cell has no hyphen, caret or trailing homograph number, and a plain word is kept', () => {
  const syllable = fc.integer({ min: 0xac00, max: 0xd7a3 }).map((c) => String.fromCharCode(c));
  const word = fc.array(syllable, { minLength: 1, maxLength: 6 }).map((s) => s.join(''));
  fc.assert(
    fc.property(word, word, fc.integer({ min: 1, max: 99 }), fc.constantFrom('-', '^', ''), (a, b, n, mark) => {
      const read = dictionaryWord(`${a}${mark}${b}${String(n).padStart(2, '0')}`);
      assert.equal(read, `${a}${mark === '^' ? ' ' : ''}${b}`);
      assert.equal(dictionaryWord(a + b), a + b);
    }),
  );
});

test('the standard list takes each row’s headword and the related word its keyword names; the 금지어 list only headwords', async () => {
  const root = mkdtempSync(join(tmpdir(), 'baro-krdict-'));
  try {
    mkdirSync(join(root, 'lexicon'));
    writeFileSync(
      join(root, 'lexicon', 'krdict_headwords.tsv'),
      [
        'headword\tpos\tlevel\tsource\tkeyword',
        '뚜렷하다\t형용사\t고급\t한국어기초사전\t또렷하다__형용사__001',
        '관광-업계\t명사\t\t표준국어대사전\t관광업계__명사__001',
        '째깍01\t부사\t\t표준국어대사전\t째깍__부사__001',
        '-는가\t어미\t없음\t한국어기초사전\t-ㄴ가__어미__001',
        '몇일\t특수:금지어\t\t\t몇일__특수:금지어__001',
      ].join('\n') + '\n',
    );
    const lists = dictionaries(root);
    const read = async (name: string): Promise<string[]> => {
      const out: string[] = [];
      for await (const w of lists.find((l) => l.name === name)!.entries()) out.push(w);
      return out;
    };
    assert.deepEqual(await read('krdict_headwords'), ['뚜렷하다', '또렷하다', '관광업계', '관광업계', '째깍', '째깍']);
    assert.deepEqual(await read('krdict_headwords (금지어)'), ['몇일']);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('in the built lexicon, words the dictionary writes with marks are standard under their written form', () => {
  const lexicon = sharedEngine().lexicon;
  for (const w of ['또렷하다', '째깍', '웬만치', '기반하다']) assert.ok(lexicon.isStandard(w), w);
  for (const w of ['째깍01', '웬-만치']) assert.equal(lexicon.get(w), undefined, w);
});

test('a standard word the dictionary lists only as another entry’s variant is no longer autocorrected to it (또렷하게 is not 뚜렷하게)', async () => {
  const engine = sharedEngine();
  for (const q of ['또렷하게', '또렷이']) {
    const r = await engine.correct(q, 5);
    assert.notEqual(r.action, 'autocorrect', `${q} → ${r.corrected}`);
  }
  // the misspelling the same row sits beside is still set right
  assert.equal((await engine.correct('왠만하면', 5)).corrected, '웬만하면');
});
