import { test } from 'node:test';
import assert from 'node:assert/strict';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { checkInputs, DEFAULT_LM_DIR, loadLanguageModel, MODEL_FILE, VOCAB_FILE } from '../src/lm/index.js';

function scratch(): string {
  return mkdtempSync(join(tmpdir(), 'baro-lm-'));
}

async function loadLogging(dir: string): Promise<{ lm: unknown; lines: string[] }> {
  const lines: string[] = [];
  const lm = await loadLanguageModel(dir, { logger: (line) => lines.push(line) });
  return { lm, lines };
}

test('a missing model file gives undefined and one log line', async () => {
  const dir = scratch();
  try {
    copyFileSync(join(DEFAULT_LM_DIR, VOCAB_FILE), join(dir, VOCAB_FILE));
    const { lm, lines } = await loadLogging(dir);
    assert.equal(lm, undefined);
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /lm: unavailable.*model\.onnx/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a corrupt model file gives undefined and one log line', async () => {
  const dir = scratch();
  try {
    copyFileSync(join(DEFAULT_LM_DIR, VOCAB_FILE), join(dir, VOCAB_FILE));
    writeFileSync(join(dir, MODEL_FILE), 'not an onnx model');
    const { lm, lines } = await loadLogging(dir);
    assert.equal(lm, undefined);
    assert.equal(lines.length, 1);
    assert.equal(lines[0]!.includes('\n'), false);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a truncated model file gives undefined', async () => {
  const dir = scratch();
  try {
    copyFileSync(join(DEFAULT_LM_DIR, VOCAB_FILE), join(dir, VOCAB_FILE));
    const bytes = readFileSync(join(DEFAULT_LM_DIR, MODEL_FILE));
    writeFileSync(join(dir, MODEL_FILE), bytes.subarray(0, bytes.length >> 1));
    const { lm, lines } = await loadLogging(dir);
    assert.equal(lm, undefined);
    assert.equal(lines.length, 1);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('a vocabulary that does not match the model gives undefined and says so', async () => {
  const dir = scratch();
  try {
    copyFileSync(join(DEFAULT_LM_DIR, MODEL_FILE), join(dir, MODEL_FILE));
    const vocab = JSON.parse(readFileSync(join(DEFAULT_LM_DIR, VOCAB_FILE), 'utf8')) as { tokens: string[] };
    vocab.tokens.pop();
    writeFileSync(join(dir, VOCAB_FILE), JSON.stringify(vocab));
    const { lm, lines } = await loadLogging(dir);
    assert.equal(lm, undefined);
    assert.match(lines[0]!, /predicts \d+ tokens/);
  } finally {
    rmSync(dir, { recursive: true });
  }
});

test('the model in data/lm loads', async () => {
  const { lm, lines } = await loadLogging(DEFAULT_LM_DIR);
  assert.notEqual(lm, undefined);
  assert.deepEqual(lines, []);
});

test('checkInputs lists every missing and unknown input at once', () => {
  assert.equal(checkInputs(['ids', 'lengths', 'state'], { ids: 1, lengths: 2, state: 3 }), undefined);
  assert.equal(
    checkInputs(['ids', 'lengths', 'state'], { ids: 1, mask: 2 }),
    'missing input(s): lengths, state; unknown input(s): mask (the graph takes ids, lengths, state)',
  );
});
