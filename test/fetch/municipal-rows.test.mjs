// The generic half of the municipal snapshot builders (scripts/lib/municipal-rows.mjs) on the recorded
// answers we hold. None of them is a municipality-level data answer of a table we use (see
// test/fixtures/fetch/PROVENANCE.md), so what is proven here is the placing: real region codes of real
// tables land on our ids or are listed, never guessed. The table-specific builders are not written.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { ROOT, fixture } from './helpers.mjs';
import { readJson } from '../data/helpers.mjs';
import { readJsonStat } from '../../scripts/lib/fetch/jsonstat.mjs';
import { municipalRows } from '../../scripts/lib/municipal-rows.mjs';
import { municipalityId } from '../../scripts/lib/convert.mjs';

const ids = new Set(readJson(join(ROOT, 'data'), 'municipalities.topo.json').objects.municipalities.geometries.map((g) => g.id));
const json = (p) => JSON.parse(fixture(p).toString('utf8'));

test('SCB TAB6471 metadata: its 290 kommun codes are exactly the 290 Swedish municipalities of the map; Riket and the 21 län are not placed', () => {
  const meta = readJsonStat(json('pxweb/scb-v2-TAB6471-metadata.json'), 'TAB6471', { metadataOnly: true });
  const region = meta.dims.Region;
  const placed = region.codes.map((c) => municipalityId(c, 'SE', ids)).filter(Boolean);
  const left = region.codes.filter((c) => !municipalityId(c, 'SE', ids));
  assert.equal(region.codes.length, 312);
  assert.equal(placed.length, 290);
  assert.deepEqual(new Set(placed), new Set([...ids].filter((id) => id.startsWith('SE-'))));
  assert.equal(left.length, 22);
  assert.ok(left.every((c) => /^\d{2}$/.test(c)), `only 2-digit codes are left out: ${left.join(', ')}`);
  assert.equal(region.labels['00'], 'Riket');
});

test('SCB TAB6471 data (21 län): nothing is placed, every län is listed by code and name; a dimension with several values must be fixed', () => {
  const ds = readJsonStat(json('pxweb/scb-v2-TAB6471-data.json'), 'TAB6471');
  assert.throws(() => municipalRows(ds, { country: 'SE', region: 'Region', time: 'Tid', ids }), /dimension "Alder" has 11 values/);
  const out = municipalRows(ds, { country: 'SE', region: 'Region', time: 'Tid', ids, where: { Alder: ds.dims.Alder.codes[0], Kon: 'TotSa', ContentsCode: '000007SF' } });
  assert.equal(out.series.size, 0);
  assert.equal(out.unknown.length, 21);
  assert.ok(out.unknown.includes('12 Skåne län'), out.unknown.join(' | '));
  assert.throws(() => municipalRows(ds, { country: 'SE', region: 'Kommun', time: 'Tid', ids }), /no dimension "Kommun"; the dataset has: Region, Alder, Kon, ContentsCode, Tid/);
});

test('SSB 07221 (price regions): 3-digit region codes such as 001 "Oslo med Bærum" are not taken for municipalities', () => {
  const ds = readJsonStat(json('pxweb/ssb-v1-07221-data.json'), '07221');
  const out = municipalRows(ds, { country: 'NO', region: 'Region', time: 'Tid', ids, where: { Boligtype: '01', ContentsCode: 'Boligindeks' } });
  assert.equal(out.series.size, 0);
  assert.equal(out.unknown.length, 12);
  assert.ok(out.unknown.includes('001 Oslo med Bærum'));
});

test('StatFin 11rc (whole country, no area): the missing area dimension is named', () => {
  const ds = readJsonStat(json('pxweb/statfin-v1-11rc-data.json'), '11rc');
  assert.throws(() => municipalRows(ds, { country: 'FI', region: 'Alue', time: 'Vuosi', ids }), /no dimension "Alue"; the dataset has: Vuosi, Sukupuoli, Ikä, Tiedot/);
});

test('round trip of our own figures: SE population written in the shape of an SCB TAB638 answer comes back on the same ids and years', () => {
  // Not an API answer: a JSON-stat 2 object built here from data/indicators/population.json (SCB's figures
  // as we publish them), in TAB638's dimension names, to check that values, years and ids are placed
  // cell for cell, including `..` cells (null with their status).
  const pop = readJson(join(ROOT, 'data'), 'indicators/population.json');
  const se = Object.keys(pop.values).filter((id) => id.startsWith('SE-')).sort();
  const years = pop.years.map(String);
  const value = se.flatMap((id) => pop.values[id]);
  const status = Object.fromEntries(value.flatMap((v, i) => (v === null ? [[String(i), '..']] : [])));
  const ds = readJsonStat({
    version: '2.0', class: 'dataset', id: ['Region', 'ContentsCode', 'Tid'], size: [se.length + 1, 1, years.length],
    dimension: {
      Region: { label: 'region', category: { index: Object.fromEntries(['00', ...se.map((id) => id.slice(3))].map((c, i) => [c, i])), label: { '00': 'Riket' } } },
      ContentsCode: { label: 'tabellinnehåll', category: { index: { BE0101N1: 0 } } },
      Tid: { label: 'år', category: { index: Object.fromEntries(years.map((y, i) => [y, i])) } },
    },
    value: [...years.map(() => null), ...value], status: Object.fromEntries(Object.entries(status).map(([i, s]) => [String(Number(i) + years.length), s])),
  });
  const out = municipalRows(ds, { country: 'SE', region: 'Region', time: 'Tid', ids });
  assert.deepEqual(out.unknown, ['00 Riket']);
  assert.equal(out.series.size, 290);
  for (const id of se) assert.deepEqual([...out.series.get(id).values()], pop.values[id], id);
  assert.equal(out.series.get('SE-0114').get(2022), pop.values['SE-0114'][pop.years.indexOf(2022)]);
  assert.equal(out.statuses.get('..'), value.filter((v) => v === null).length);
});
