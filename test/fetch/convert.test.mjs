// `npm run data:convert` on real exports: IMDi's semicolon CSV (Latin-1, long format, codes valid in
// each year) and a StatBank CSV answer. The converted file passes the indicator schema, its figures
// are the published ones, and codes of municipalities merged since are listed, not guessed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ROOT, raw, fixture, cassetteBody } from './helpers.mjs';
import { readJson } from '../data/helpers.mjs';
import { convertCsv, codeOf } from '../../scripts/lib/convert.mjs';
import { main as convertMain } from '../../scripts/convert-indicator.mjs';

const ids = new Set(readJson(join(ROOT, 'data'), 'municipalities.topo.json').objects.municipalities.geometries.map((g) => g.id));
const built = readJson(join(ROOT, 'data'), 'indicators/refugees-received.json');

test('IMDi export → indicator file: schema-valid, the published figures, merged municipalities listed', () => {
  const out = join(mkdtempSync(join(tmpdir(), 'nordic-convert-')), 'imdi.json');
  const errs = [];
  const code = convertMain(['--input', join(ROOT, 'data/raw/stats/raw/no_municipalities_imdi/Figur1_bosatt_anmodede.csv'), '--encoding', 'latin1',
    '--country', 'NO', '--region', 'Kommunenummer', '--time', 'År', '--value', 'Antall', '--where', 'Bosetting=Faktisk bosetting', '--where', 'Enhet=Personer',
    '--id', 'refugees-received', '--unit', 'persons', '--label', 'Refugees settled', '--publisher', 'IMDi', '--licence', 'not stated', '--url', 'https://www.imdi.no/',
    '--digits', '0', '--built', '2000-01-02', '--output', out], { out: () => {}, err: (s) => errs.push(s) });
  assert.equal(code, 0, errs.join('\n'));
  const file = JSON.parse(readFileSync(out, 'utf8'));
  assert.equal(file.format, 'nordic-indicator/1');
  // Halden was 0101 until 2020 and is 3001 since: the old code is reported as not on today's map.
  assert.match(errs[0], /region\(s\) are not municipalities of today's map and were left out: 0101, 0102/);
  // Oslo (0301) has kept its code: every figure equals the one our build publishes.
  for (const y of [2015, 2016, 2022]) {
    const i = file.years.indexOf(y), j = built.years.indexOf(y);
    assert.equal(file.values['NO-0301'][i], built.values['NO-0301'][j], `Oslo ${y}`);
  }
  assert.equal(file.values['NO-0301'][file.years.indexOf(2016)], raw('no_municipalities_imdi', 'Figur1_bosatt_anmodede.csv').toString('latin1').split('\n').find((l) => l.startsWith('Personer;2016;0301;') && l.includes('Faktisk')).split(';').at(-1).trim() * 1);
});

test('a StatBank CSV answer without a region column gets a message naming the columns it has', () => {
  const csv = cassetteBody(fixture('statbank/data_straf42_csv.yml')).toString('utf8');
  assert.throws(() => convertCsv(csv, { country: 'DK', region: 'OMRÅDE', time: 'TID', value: 'INDHOLD', ids, meta: { id: 'x', unit: 'persons', label: { en: 'x' }, sources: [], reference: 'year', digits: 0, built: '2000-01-02' } }),
    /no column "OMRÅDE"; the columns are: HERKOMST1, TID, INDHOLD/);
});

test('region cells of PxWeb and StatBank exports give the map ids', () => {
  assert.equal(codeOf('0114 Upplands Väsby', 'SE'), '0114');
  assert.equal(codeOf('K-3001 Halden', 'NO'), '3001');
  assert.equal(codeOf('KU091 Helsinki', 'FI'), '091');
  assert.equal(codeOf('0101 København', 'DK'), '101');
  assert.equal(codeOf('Hele landet', 'NO'), null);
});
