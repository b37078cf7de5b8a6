/**
 * The typo-correction middleware with the real engine: in-process, and through a real baro server
 * (createApp) started in this process. Loads the lexicon once (~5 s).
 */
import { strict as assert } from 'node:assert';
import { after, before, describe, it } from 'node:test';
import { search, searchApp, serve, type Served } from './middleware-helpers.js';
import { realEngine, start, type Running } from './service-helpers.js';
import type { TypoCorrectionOptions } from '../src/middleware/index.js';

interface Baro {
  original: string;
  corrected: string;
  action: string;
  confidence: number;
  candidates: { text: string; kinds: string[] }[];
  rewritten: boolean;
}

let baro: Running;
before(async () => {
  baro = await start({ engine: realEngine() });
});
after(() => baro.close());

const modes: [string, () => Pick<TypoCorrectionOptions, 'engine' | 'url' | 'timeoutMs'>][] = [
  ['in-process', () => ({ engine: realEngine() })],
  // A generous timeout: the first remote query of a run may land on a cold cache and a cold JIT.
  ['remote baro', () => ({ url: baro.url, timeoutMs: 5000 })],
];

for (const [mode, options] of modes) {
  describe(`typoCorrection with the real engine, ${mode}`, () => {
    let app: Served;
    let annotating: Served;
    const errors: Error[] = [];
    before(async () => {
      app = await serve(searchApp({ ...options(), rewrite: true, onError: (e) => void errors.push(e) }));
      annotating = await serve(searchApp({ ...options(), onError: (e) => void errors.push(e) }));
    });
    after(async () => {
      await Promise.all([app.close(), annotating.close()]);
      assert.deepEqual(errors, []);
    });

    it('롯데시내마 → 롯데시네마: autocorrected, and the route searches for it', async () => {
      const seen = await search(app.url, { q: '롯데시내마' });
      assert.deepEqual(seen.query, { q: '롯데시네마' });
      const b = seen.baro as Baro;
      assert.equal(b.original, '롯데시내마');
      assert.equal(b.corrected, '롯데시네마');
      assert.equal(b.action, 'autocorrect');
      assert.equal(b.rewritten, true);
      assert.ok(b.confidence > 0.5 && b.confidence <= 1);
      assert.equal(b.candidates[0]?.text, '롯데시네마');
    });

    it('롯데시내마 without rewrite: annotated only', async () => {
      const seen = await search(annotating.url, { q: '롯데시내마' });
      assert.deepEqual(seen.query, { q: '롯데시내마' });
      assert.equal((seen.baro as Baro).action, 'autocorrect');
      assert.equal((seen.baro as Baro).rewritten, false);
    });

    it('멜론티켓: nothing to correct, q untouched', async () => {
      const seen = await search(app.url, { q: '멜론티켓' });
      assert.deepEqual(seen.query, { q: '멜론티켓' });
      const b = seen.baro as Baro;
      assert.equal(b.action, 'none');
      assert.equal(b.corrected, '멜론티켓');
      assert.equal(b.rewritten, false);
    });

    it('apffhs (멜론 typed in the Latin layout) → 멜론', async () => {
      const seen = await search(app.url, { q: 'apffhs' });
      assert.deepEqual(seen.query, { q: '멜론' });
      assert.deepEqual((seen.baro as Baro).candidates[0]?.kinds, ['layout']);
    });
  });
}
