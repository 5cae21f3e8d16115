// Residents of foreign origin in Denmark, Norway and Finland, and the location quotient of the default
// map: figures quoted in stats/PROVENANCE-addendum-3.md must come out of the built files.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { built, readJson, valueOf, ROOT } from './helpers.mjs';
import { readDenmark, readNorwayOrigin, readFinlandCitizens } from '../../scripts/lib/indicators-origin.mjs';

const RAW = join(ROOT, 'data', 'raw');
const ind = (id) => readJson(built(), `indicators/${id}.json`);
const topology = () => readJson(built(), 'municipalities.topo.json');
const idByName = (country, name) => topology().objects.municipalities.geometries.find((g) => g.properties.country === country && g.properties.name === name)?.id;

test('Denmark: all 98 kommuner join the geometry by name, none twice, on their reference dates (addendum 3, §7)', () => {
  const dk = readDenmark(RAW, topology());
  assert.equal(dk.kommuner, 98);
  assert.equal(dk.share.size, 98);
  const dkIds = topology().objects.municipalities.geometries.filter((g) => g.properties.country === 'DK').map((g) => g.id);
  // Every geometry kommune but Christiansø (not a kommune, not in the source) has a figure.
  assert.deepEqual(dkIds.filter((id) => !dk.share.has(id)).map((id) => topology().objects.municipalities.geometries.find((g) => g.id === id).properties.name), []);
  // Election-year labels (2007) become reference years (2008Q1); 2026 is the February population.
  assert.deepEqual([...dk.periods], [[2008, '2008Q1'], [2011, '2011Q1'], [2015, '2015Q1'], [2019, '2019Q1'], [2022, '2022Q1'], [2026, '2026M02']]);
  const popSum = (y) => [...dk.population.values()].reduce((s, m) => s + m.get(y), 0);
  assert.equal(popSum(2008), 5475695);
  assert.equal(popSum(2026), 6028367);
  // Population-weighted country share, as the provenance recomputed it.
  assert.deepEqual([...dk.national].map(([y, v]) => [y, Math.round(v * 100) / 100]), [[2008, 9.09], [2011, 10.12], [2015, 11.62], [2019, 13.67], [2022, 14.42], [2026, 16.78]]);
});

test('Denmark in the built file: spot checks, 1 January reference, and the measure named', () => {
  const f = ind('immigrant-background-share');
  const kbh = idByName('DK', 'København');
  assert.equal(valueOf(f, kbh, 2008), 20.38);
  assert.equal(valueOf(f, kbh, 2022), 26.31);
  assert.equal(valueOf(f, kbh, 2026), 28.91);
  assert.equal(valueOf(f, idByName('DK', 'Ishøj'), 2022), 42.91);
  assert.equal(valueOf(f, idByName('DK', 'Læsø'), 2022), 6.22);
  assert.equal(f.coverage.DK.reference, '01-01');
  assert.equal(f.coverage.DK.municipalities, 98);
  assert.match(f.coverage.DK.measure.en, /Danish origin/);
  assert.equal(f.national.DK[f.years.indexOf(2022)], 14.42);
});

test('Norway: the short rows are read with their 30-column shift, so national sums equal SSB (addendum 3, §9)', () => {
  const { byYear, shortRows } = readNorwayOrigin(RAW);
  assert.equal(shortRows, 99);
  const sum = (y, key) => [...byYear.get(y).values()].filter((v) => typeof v.total === 'number').reduce((s, v) => s + (v[key] ?? 0), 0);
  assert.equal(sum(2015, 'total'), 5165802);
  assert.equal(sum(2015, 'immigrants'), 669380);
  assert.equal(sum(2015, 'born'), 135600);
  assert.equal(sum(1986, 'total'), 4159187);
  assert.equal(sum(1986, 'immigrants'), 112033);
  assert.equal(sum(2010, 'immigrants'), 459349);
  assert.equal(sum(2014, 'total'), 5109056);
  const oslo = byYear.get(2015).get('0301');
  assert.deepEqual(oslo, { total: 647676, immigrants: 158835, born: 47857 });
});

test('Norway in the built file: Oslo and Bergen 2015 on 2024 municipalities; the country\'s own share', () => {
  const f = ind('immigrant-background-share');
  assert.equal(valueOf(f, 'NO-0301', 2015), Math.round(((158835 + 47857) / 647676) * 10000) / 100);
  assert.equal(f.coverage.NO.reference, '01-01');
  assert.equal(f.coverage.NO.from, 2011);
  assert.equal(f.coverage.NO.to, 2015);
  assert.equal(f.national.NO[f.years.indexOf(2015)], Math.round(((669380 + 135600) / 5165802) * 10000) / 100);
  // Bergen (1201 in 2015, 4601 today): 13.9 % + 2.4 % in the provenance's rounding.
  const bergen = valueOf(f, 'NO-4601', 2015);
  assert.ok(Math.abs(bergen - 16.3) < 0.1, `Bergen ${bergen}`);
});

test('Finland: 311 municipalities of 2018, two merged onto today\'s by population weight (addendum 3, §10)', () => {
  const fi = readFinlandCitizens(RAW, topology());
  assert.equal(fi.populationSum, 5513130);
  assert.equal(fi.national.get(2017), 4.5);
  assert.equal(fi.share.size, 309);
  assert.deepEqual(fi.merged.map((m) => m.names.sort()).sort(), [['Honkajoki', 'Kankaanpää'], ['Nurmes', 'Valtimo']]);
  const f = ind('foreign-citizen-share');
  assert.equal(valueOf(f, idByName('FI', 'Helsinki'), 2017), 9.5);
  assert.equal(valueOf(f, idByName('FI', 'Maarianhamina') ?? idByName('FI', 'Mariehamn'), 2017), 13.0);
  assert.equal(f.coverage.FI.reference, '12-31');
  assert.equal(f.coverage.FI.municipalities, 309);
});

test('the default view divides each municipality by its own country under the same measure', () => {
  const rel = ind('foreign-share-vs-national');
  assert.equal(rel.unit, 'ratio');
  assert.deepEqual(Object.keys(rel.coverage).sort(), ['DK', 'FI', 'NO', 'SE']);
  assert.equal(rel.coverage.IS, undefined);
  const bg = ind('immigrant-background-share');
  const kbh = idByName('DK', 'København');
  const i = bg.years.indexOf(2022);
  // Ratio of the unrounded figures; the file keeps two decimals.
  assert.ok(Math.abs(valueOf(rel, kbh, 2022) - bg.values[kbh][i] / bg.national.DK[i]) < 0.006);
  const fb = ind('foreign-born-share');
  const sthlm = 'SE-0180';
  assert.ok(Math.abs(valueOf(rel, sthlm, 2022) - valueOf(fb, sthlm, 2022) / fb.national.SE[fb.years.indexOf(2022)]) < 0.006);
  // Each country's reference date and measure travel with it.
  assert.deepEqual(Object.fromEntries(Object.entries(rel.coverage).map(([c, v]) => [c, v.reference])), { DK: '01-01', FI: '12-31', NO: '01-01', SE: '12-31' });
  for (const c of ['DK', 'FI', 'NO', 'SE']) assert.ok(rel.coverage[c].measure?.en, `${c} measure`);
});
