import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, mkdtempSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { built, build, readJson, listFiles, ROOT, DATE } from './helpers.mjs';
import { validate, checkSchemaKeywords } from '../../scripts/lib/json-schema.mjs';

const schema = (name) => readJson(built(), `schemas/${name}`);

test('schemas use only the supported keyword subset', () => {
  for (const f of listFiles(built()).filter((p) => p.startsWith('schemas/'))) assert.doesNotThrow(() => checkSchemaKeywords(readJson(built(), f)), f);
});

test('built files match their schemas', () => {
  const dir = built();
  for (const f of listFiles(dir)) {
    const s = f === 'municipalities.topo.json' ? 'municipalities.topo.schema.json'
      : f.startsWith('indicators/') ? 'indicator.schema.json'
        : f === 'country-series.json' ? 'country-series.schema.json'
          : f === 'case-studies.json' ? 'case-studies.schema.json'
            : f.startsWith('case-studies/') ? 'case-studies-localized.schema.json' : null;
    if (s) assert.deepEqual(validate(schema(s), readJson(dir, f)), [], f);
  }
});

test('a minimal partner file is accepted', () => {
  const partner = {
    id: 'foreign-born-share', unit: 'percent', label: { en: 'Foreign-born share' }, years: [2023],
    values: { 'DK-101': [null] }, sources: [{ publisher: 'A partner', licence: 'CC BY 4.0', url: 'https://example.org/' }],
  };
  assert.deepEqual(validate(schema('indicator.schema.json'), partner), []);
});

test('malformed files are rejected with the field path', () => {
  const s = schema('indicator.schema.json');
  const good = readJson(built(), 'indicators/foreign-born-share.json');
  const bad = structuredClone(good);
  bad.values['SE-0114'][3] = '18.6';
  bad.unit = 'percentage';
  delete bad.label.en;
  bad.values['XX-1'] = [1];
  bad.sources[0].url = 'ftp://x';
  bad.built = '1 Jan';
  const errors = validate(s, bad);
  const has = (re) => assert.ok(errors.some((e) => re.test(e)), `${re} not in\n${errors.join('\n')}`);
  has(/^values\.SE-0114\[3\]: expected number or null/);
  has(/^unit: must be one of/);
  has(/^label\.en: is required/);
  has(/^values\.XX-1: is not allowed/);
  has(/^sources\[0\]\.url: "ftp:\/\/x" does not match/);
  has(/^built: "1 Jan" does not match/);
  assert.ok(validate(s, { id: 'x' }).some((e) => e === 'years: is required'));
  const cs = readJson(built(), 'country-series.json');
  cs.series.population.values.NORDIC[0] = 1.5;
  assert.ok(validate(schema('country-series.schema.json'), cs).some((e) => e.startsWith('series.population.values.NORDIC[0]: expected integer or null')));
  const topo = { type: 'Topology', objects: { municipalities: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', id: 'SE-0114', properties: { name: 'X' } }] } }, arcs: [] };
  assert.deepEqual(validate(schema('municipalities.topo.schema.json'), topo), ['objects.municipalities.geometries[0].properties.country: is required', 'objects.municipalities.geometries[0].properties.code: is required']);
});

test('a second run gives byte-identical files', () => {
  const other = build(mkdtempSync(join(tmpdir(), 'nordic-data-2-')));
  const a = listFiles(built());
  assert.deepEqual(listFiles(other), a);
  for (const f of a) assert.ok(readFileSync(join(built(), f)).equals(readFileSync(join(other, f))), `${f} differs`);
  assert.equal(readJson(other, 'country-series.json').built, DATE);
});

test('committed data/ is what the script builds', () => {
  const committed = join(ROOT, 'data');
  const date = readJson(committed, 'country-series.json').built;
  const fresh = build(mkdtempSync(join(tmpdir(), 'nordic-data-3-')), date);
  for (const f of listFiles(fresh)) assert.ok(existsSync(join(committed, f)) && readFileSync(join(fresh, f)).equals(readFileSync(join(committed, f))), `data/${f} is stale: run npm run data`);
});
