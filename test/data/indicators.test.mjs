// Figures from the raw folder's stats/CHECKS.md must come out of the built files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { built, readJson, listFiles, valueOf, sumOf } from './helpers.mjs';

const ind = (id) => readJson(built(), `indicators/${id}.json`);
const IDS = ['population', 'foreign-born-share', 'refugees-received', 'refugees-per-1000', 'net-migration-per-1000', 'foreign-language-share', 'immigrant-background-share', 'foreign-citizen-share', 'foreign-share-vs-national', 'refugees-in-work', 'establishment-exit-to-work', 'refugees-first-municipality', 'immigrants-in-work'];

test('all indicator files exist, keys exist in the geometry, arrays align with years', () => {
  const files = listFiles(built()).filter((p) => p.startsWith('indicators/'));
  assert.deepEqual(files.sort(), IDS.map((id) => `indicators/${id}.json`).sort());
  const ids = new Set(readJson(built(), 'municipalities.topo.json').objects.municipalities.geometries.map((g) => g.id));
  for (const id of IDS) {
    const f = ind(id);
    assert.equal(f.id, id);
    assert.deepEqual(f.years, [...f.years].sort((a, b) => a - b));
    for (const [k, arr] of Object.entries(f.values)) {
      assert.ok(ids.has(k), `${id}: ${k} not in geometry`);
      assert.equal(arr.length, f.years.length, `${id}: ${k} length`);
      assert.ok(arr.some((v) => v !== null), `${id}: ${k} is all null`);
    }
    for (const [c, cov] of Object.entries(f.coverage)) assert.equal(Object.keys(f.values).filter((k) => k.startsWith(`${c}-`)).length, cov.municipalities);
    assert.ok(f.sources.length && f.sources.every((s) => s.publisher && s.licence && /^https?:\/\//.test(s.url)));
    assert.ok(f.label.en && f.label.sv && f.definition.en && f.definition.sv);
  }
});

test('each indicator file stays within 25 KB gzipped', () => {
  for (const id of IDS) {
    const gz = gzipSync(readFileSync(join(built(), `indicators/${id}.json`)), { level: 9 }).length;
    assert.ok(gz <= 25 * 1024, `${id}: ${gz} B gzipped`);
  }
});

test('Swedish kommun populations sum to the national figure (CHECKS §3)', () => {
  const f = ind('population');
  assert.deepEqual(sumOf(f, 'SE-', 2017), { sum: 10120242, nulls: 0 });
  assert.deepEqual(sumOf(f, 'SE-', 2022), { sum: 10521556, nulls: 0 });
});

test('Norwegian populations on 2024 municipalities sum to SSB 1 Jan 2024 (CHECKS §8)', () => {
  const f = ind('population');
  assert.deepEqual(sumOf(f, 'NO-', 2023), { sum: 5550203, nulls: 0 }); // 1 January 2024 = end of 2023
  assert.equal(valueOf(f, 'NO-0301', 2023), 717710);
  assert.equal(valueOf(f, 'NO-1151', 2023), 215);
});

test('foreign-born share (CHECKS §3)', () => {
  const f = ind('foreign-born-share');
  assert.equal(valueOf(f, 'SE-0127', 2017), 41.48); // Botkyrka 41.479467
  assert.equal(valueOf(f, 'SE-2583', 2017), 41.35); // Haparanda 41.346252
  assert.equal(valueOf(f, 'SE-0127', 2022), 43.66);
  const i = f.years.indexOf(2017);
  const ranked = Object.entries(f.values).sort((a, b) => b[1][i] - a[1][i]);
  assert.equal(ranked[0][0], 'SE-0127');
  assert.equal(ranked.at(-1)[0], 'SE-1814'); // Lekeberg lowest
  assert.equal(valueOf(f, 'SE-0140', 1997), null); // Nykvarn did not exist yet
});

test('Swedish refugee reception (CHECKS §4)', () => {
  const r = ind('refugees-received');
  assert.equal(sumOf(r, 'SE-', 2015).sum, 51197);
  assert.equal(sumOf(r, 'SE-', 2016).sum, 68761);
  assert.equal(sumOf(r, 'SE-', 2017).sum, 68442);
  assert.equal(sumOf(r, 'SE-', 2022).sum, 11721);
  assert.equal(valueOf(r, 'SE-2506', 2020), null); // no Kolada row: null, not 0
  const p = ind('refugees-per-1000');
  assert.equal(valueOf(p, 'SE-0821', 2017), 38.82); // Högsby 38.815789
  assert.equal(valueOf(p, 'SE-0761', 2017), 29.34); // Lessebo 29.3379
});

test('Norwegian refugees settled, crosswalked to 2024 (CHECKS §6)', () => {
  const r = ind('refugees-received');
  assert.equal(valueOf(r, 'NO-0301', 2017), 830); // Oslo
  assert.equal(valueOf(r, 'NO-0301', 2016), 913);
  assert.equal(valueOf(r, 'NO-0301', 2022), 1924);
  assert.ok(valueOf(r, 'NO-4601', 2017) >= 500);
  assert.equal(valueOf(r, 'NO-1103', 2022), 716); // Stavanger
  // Split municipalities are left out, never guessed.
  for (const id of ['NO-1508', 'NO-1580']) assert.equal(r.values[id], undefined, id);
  for (const y of [2012, 2016]) { assert.equal(valueOf(r, 'NO-3905', y), null); assert.equal(valueOf(r, 'NO-3907', y), null); }
  // National sums of mapped figures never exceed the raw sums (lower bounds, CHECKS §6).
  const raw = { 2012: 5757, 2015: 11342, 2016: 15221, 2017: 10915, 2022: 31253, 2023: 18851 };
  for (const [y, s] of Object.entries(raw)) assert.ok(sumOf(r, 'NO-', Number(y)).sum <= s, y);
  const p = ind('refugees-per-1000');
  const pop2017 = 666759; // Oslo 1 Jan 2017 (CHECKS §8)
  assert.equal(valueOf(p, 'NO-0301', 2017), Math.round((830 / pop2017) * 1000 * 100) / 100);
});

test('Finnish foreign-language share (CHECKS §7, §9)', () => {
  const f = ind('foreign-language-share');
  assert.equal(valueOf(f, 'FI-091', 2020), 16.6);
  assert.equal(valueOf(f, 'FI-091', 2025), 21.2);
  assert.equal(valueOf(f, 'FI-092', 2025), 29.9);
  assert.equal(valueOf(f, 'FI-478', 2025), 15.5);
  assert.equal(f.coverage.FI.municipalities, 308);
  assert.equal(f.values['FI-588'], undefined);
});

test('Swedish net migration per 1,000 uses the previous year-end population', () => {
  const f = ind('net-migration-per-1000');
  const pop = ind('population');
  const v = valueOf(f, 'SE-0180', 2016);
  assert.equal(typeof v, 'number');
  assert.ok(Math.abs(v) < 100);
  assert.ok(valueOf(pop, 'SE-0180', 2015) > 900000);
});
