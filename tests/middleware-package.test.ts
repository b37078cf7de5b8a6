/**
 * The package as another project gets it: `npm run build`, `npm pack`, the tarball unpacked into
 * a fresh project's node_modules (its dependencies linked from this repository, so no network),
 * then plain node (no tsx) imports the middleware and the engine from 'baro', and tsc type-checks a
 * consumer against the shipped declarations. About 20 s.
 */
import { strict as assert } from 'node:assert';
import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..');
const NODE_MODULES = join(ROOT, 'node_modules');

describe('the packed package', () => {
  let dir: string;
  let project: string;
  let files: string[];

  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'baro-pack-'));
    await run('npm', ['run', 'build'], { cwd: ROOT });
    const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', dir], { cwd: ROOT, maxBuffer: 64 * 2 ** 20 });
    const [packed] = JSON.parse(stdout) as { filename: string; files: { path: string }[] }[];
    assert.ok(packed, stdout.slice(0, 200));
    files = packed.files.map((f) => f.path);
    // Installed the way npm would lay it out: node_modules/baro, its dependencies beside it.
    project = join(dir, 'project');
    mkdirSync(join(project, 'node_modules'), { recursive: true });
    await run('tar', ['-xzf', join(dir, packed.filename), '-C', dir]);
    renameSync(join(dir, 'package'), join(project, 'node_modules', 'baro'));
    for (const name of readdirSync(NODE_MODULES)) {
      if (name.startsWith('.')) continue;
      symlinkSync(join(NODE_MODULES, name), join(project, 'node_modules', name));
    }
    writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  });

  after(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('holds the build, the page and the data, and no sources or tests', () => {
    for (const path of ['package.json', 'dist/src/index.js', 'dist/src/index.d.ts', 'dist/src/middleware/typo-correction.d.ts', 'dist/src/web/index.html', 'dist/src/web/app.js', 'dist/src/web/style.css', 'data/lexicon.tsv.gz']) {
      assert.ok(files.includes(path), `${path} is missing from the tarball`);
    }
    assert.deepEqual(files.filter((f) => /^(src|tests|benchmarks)\//.test(f) || f.endsWith('.test.js')), []);
  });

  it('imports with plain node: the engine corrects, the middleware rewrites, the app serves the page', async () => {
    writeFileSync(
      join(project, 'consumer.mjs'),
      `
import { createServer } from 'node:http';
import express from 'express';
import { bornWithPrototypes, createApp, DATA_DIR, DEFAULT_CONFIG, loadEngine, normalize, toKeystrokes, typoCorrection } from 'baro';

const engine = loadEngine();
const direct = await engine.correct('롯데시내마', 3);
const app = express();
app.get('/search', typoCorrection({ engine, rewrite: true }), (req, res) => res.json({ q: req.query.q, baro: res.locals.baro }));
const server = createServer(bornWithPrototypes(app), app).listen(0, '127.0.0.1');
await new Promise((resolve) => server.once('listening', resolve));
const base = 'http://127.0.0.1:' + server.address().port;
const searched = await (await fetch(base + '/search?q=' + encodeURIComponent('롯데시내마'))).json();
server.close();

const baro = createApp({ engine, config: DEFAULT_CONFIG }).listen(0, '127.0.0.1');
await new Promise((resolve) => baro.once('listening', resolve));
const baroUrl = 'http://127.0.0.1:' + baro.address().port;
const page = await Promise.all(['/', '/assets/app.js', '/assets/style.css'].map(async (p) => (await fetch(baroUrl + p)).status));
baro.close();

console.log(JSON.stringify({ dataDir: DATA_DIR, direct: direct.corrected, searched, page, normalized: normalize('ＡＢＣ'), keys: toKeystrokes('한글') }));
`,
    );
    const { stdout } = await run(process.execPath, ['consumer.mjs'], { cwd: project });
    const out = JSON.parse(stdout) as { dataDir: string; direct: string; searched: { q: string; baro: { original: string; action: string } }; page: number[]; normalized: string; keys: string };
    assert.equal(out.dataDir, join(project, 'node_modules', 'baro', 'data'));
    assert.equal(out.direct, '롯데시네마');
    assert.equal(out.searched.q, '롯데시네마');
    assert.equal(out.searched.baro.original, '롯데시내마');
    assert.equal(out.searched.baro.action, 'autocorrect');
    assert.deepEqual(out.page, [200, 200, 200]);
    assert.equal(out.normalized, 'abc');
    assert.equal(out.keys, 'ㅎㅏㄴㄱㅡㄹ');
  });

  it('type-checks a TypeScript consumer against the shipped declarations', async () => {
    writeFileSync(
      join(project, 'consumer.ts'),
      `
import express from 'express';
import { loadEngine, typoCorrection, type Correction, type CorrectResult, type Engine, type TypoCorrectionOptions } from 'baro';

const engine: Engine = loadEngine();
const options: TypoCorrectionOptions = { engine, rewrite: true, onError: (error: Error) => console.warn(error.message) };
const app = express();
app.get('/search', typoCorrection(options), (req, res) => {
  const fromLocals: Correction | undefined = res.locals.baro;
  const fromRequest: Correction | undefined = req.baro;
  res.json({ fromLocals, fromRequest });
});
export const answer: Promise<CorrectResult> = engine.correct('롯데시내마', 5);
// @ts-expect-error the options are checked: a misspelt key is a type error too
typoCorrection({ engine, timeout: 100 });
`,
    );
    writeFileSync(
      join(project, 'tsconfig.json'),
      JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'nodenext', moduleResolution: 'nodenext', strict: true, noEmit: true, types: ['node'], skipLibCheck: false }, files: ['consumer.ts'] }),
    );
    await run(process.execPath, [join(NODE_MODULES, 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: project }).catch((err: { stdout?: string }) => {
      assert.fail(`tsc failed:\n${err.stdout ?? String(err)}`);
    });
  });
});
