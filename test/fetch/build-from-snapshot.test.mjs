// A snapshot written by the fetchers from recorded real answers (Eurostat's JSON-stat API answer and
// UNHCR's package data files, the same bytes as data/raw holds) builds through `npm run data` into the
// same files: every figure equal, only the citations now name the API address and the fetch date.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, readdirSync, symlinkSync, readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, raw, recordedFetch } from './helpers.mjs';
import { listFiles, readJson } from '../data/helpers.mjs';
import { runFetch } from '../../scripts/lib/fetch/run.mjs';
import { EUROSTAT_FOREIGN_BORN_URL, UNHCR_PACKAGE_DATA } from '../../scripts/lib/fetch/sources.mjs';

test('snapshots of Eurostat and UNHCR build into the same country series, cited to the API', async () => {
  const work = mkdtempSync(join(tmpdir(), 'nordic-snapbuild-'));
  const rawDir = join(work, 'raw');
  mkdirSync(rawDir);
  for (const n of readdirSync(join(ROOT, 'data', 'raw'))) symlinkSync(join(ROOT, 'data', 'raw', n), join(rawDir, n));
  const pkg = (n) => raw('country_refugees_unhcr_refugees_pkg', `${n}.rda`);
  const { fetch, calls } = recordedFetch({
    [EUROSTAT_FOREIGN_BORN_URL]: raw('country_foreign_born_eurostat_kuo', 'eurostat_migr_pop3ctb.json'),
    [`${UNHCR_PACKAGE_DATA}/population.rda`]: pkg('population'),
    [`${UNHCR_PACKAGE_DATA}/asylum_applications.rda`]: pkg('asylum_applications'),
    [`${UNHCR_PACKAGE_DATA}/solutions.rda`]: pkg('solutions'),
  });
  const r = await runFetch({ fetch, snapshotsDir: join(rawDir, 'snapshots'), only: ['eurostat', 'unhcr'], now: () => new Date('2027-01-15T08:30:00Z') });
  assert.deepEqual(r.failed, []);
  assert.equal(r.written.length, 4);
  assert.equal(calls.length, 4);

  const out = join(work, 'out');
  const date = readJson(join(ROOT, 'data'), 'country-series.json').built;
  const run = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-data.mjs')], { env: { ...process.env, NORDIC_RAW_DATA: rawDir, NORDIC_DATA_OUT: out, NORDIC_DATA_DATE: date }, encoding: 'utf8' });
  assert.equal(run.status, 0, run.stderr);

  const committed = readJson(join(ROOT, 'data'), 'country-series.json');
  const fresh = readJson(out, 'country-series.json');
  for (const [id, s] of Object.entries(committed.series)) {
    assert.deepEqual(fresh.series[id].years, s.years, id);
    assert.deepEqual(fresh.series[id].values, s.values, `${id}: the snapshot gives the same figures`);
  }
  const fb = fresh.series['foreign-born'].sources[0];
  assert.equal(fb.url, EUROSTAT_FOREIGN_BORN_URL);
  assert.equal(fb.publisher, 'Eurostat, fetched 2027-01-15 from its API');
  assert.equal(fresh.series.refugees.sources[0].url, `${UNHCR_PACKAGE_DATA}/population.rda`);
  assert.notDeepEqual(fresh.series.refugees.sources, committed.series.refugees.sources);
  // Everything else is byte for byte what the raw files build.
  for (const f of listFiles(out).filter((p) => p.startsWith('indicators/') || p === 'municipalities.topo.json')) {
    assert.ok(readFileSync(join(out, f)).equals(readFileSync(join(ROOT, 'data', f))), f);
  }
});
