// The repository builds its data alone: a copy of it in a folder with nothing beside it (no
// ../shared) makes the committed data/ byte for byte, from its own data/raw.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, listFiles, readJson } from './helpers.mjs';

test('a copy of the repository with nothing beside it builds the committed data/ from data/raw', () => {
  const alone = join(mkdtempSync(join(tmpdir(), 'nordic-alone-')), 'repo');
  for (const path of ['package.json', 'scripts', 'src', 'data/raw']) cpSync(join(ROOT, path), join(alone, path), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(alone, 'node_modules'), 'dir');
  assert.equal(existsSync(join(alone, '..', 'shared')), false);
  const out = join(alone, 'out');
  const env = { ...process.env, NORDIC_DATA_OUT: out, NORDIC_DATA_DATE: readJson(join(ROOT, 'data'), 'country-series.json').built };
  delete env.NORDIC_RAW_DATA; // the default, data/raw, is what a fresh clone uses
  const run = spawnSync(process.execPath, [join(alone, 'scripts', 'build-data.mjs')], { cwd: alone, env, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);
  const committed = listFiles(join(ROOT, 'data')).filter((f) => !f.startsWith('raw/'));
  assert.deepEqual(listFiles(out), committed);
  for (const f of committed) assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'data', f))), `data/${f} differs from the copy's build`);
});

test('the raw inputs are not shipped: not in dist/ and left out of the npm package', () => {
  const pack = spawnSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8' });
  assert.equal(pack.status, 0, pack.stderr);
  const files = JSON.parse(pack.stdout)[0].files.map((f) => f.path);
  // The package ships the data once, as dist/data/ (beside both builds).
  assert.ok(files.some((f) => f.startsWith('dist/data/indicators/')), 'the built data is in the package');
  assert.deepEqual(files.filter((f) => /^(dist\/)?data\/raw/.test(f)), []);
  // npm test builds dist/ before these tests; its data folder holds the built files only.
  assert.ok(existsSync(join(ROOT, 'dist', 'data', 'indicators')), 'run npm run build first');
  assert.equal(existsSync(join(ROOT, 'dist', 'data', 'raw')), false);
});
