// Builds the data once into a temp folder for the tests (fixed build date).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve, dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const DATE = '2000-01-02';

export function build(outDir, date = DATE) {
  const r = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-data.mjs')], {
    env: { ...process.env, NORDIC_DATA_OUT: outDir, NORDIC_DATA_DATE: date }, encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`build failed:\n${r.stderr}`);
  return outDir;
}

let cached;
export function built() {
  cached ??= build(mkdtempSync(join(tmpdir(), 'nordic-data-')));
  return cached;
}

export const readJson = (dir, p) => JSON.parse(readFileSync(join(dir, p), 'utf8'));

export function listFiles(dir) {
  const out = [];
  const walk = (d) => { for (const n of readdirSync(d)) { const p = join(d, n); statSync(p).isDirectory() ? walk(p) : out.push(relative(dir, p)); } };
  walk(dir);
  return out.sort();
}

/** Value of feature `id` in `year` of an indicator file. */
export function valueOf(file, id, year) {
  const i = file.years.indexOf(year);
  if (i < 0) throw new Error(`${file.id}: no year ${year}`);
  return file.values[id]?.[i] ?? null;
}

/** Sum over features starting with `prefix` in `year` (nulls skipped) and the number of nulls. */
export function sumOf(file, prefix, year) {
  const i = file.years.indexOf(year);
  let sum = 0, nulls = 0;
  for (const [k, arr] of Object.entries(file.values)) if (k.startsWith(prefix)) { if (arr[i] === null) nulls++; else sum += arr[i]; }
  return { sum, nulls };
}
