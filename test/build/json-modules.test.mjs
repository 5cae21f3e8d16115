// The build-time Vega-Lite → Vega → Vega runtime step (scripts/json-modules.mjs), shared by
// rollup and the test server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compile } from 'vega-lite';
import { jsonModuleSource, projectOnce } from '../../scripts/json-modules.mjs';

const specPath = (path) => new URL(`../../src/elements/${path}`, import.meta.url);
const mapSpecPath = specPath('nordic-migration-map/map.vl.json');
const chartSpecPaths = [specPath('nordic-trend-chart/trend-bars.vl.json'), specPath('nordic-trend-chart/trend-lines.vl.json')];
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** What a `*.vl.json` module exports. */
function moduleValue(path) {
  const source = jsonModuleSource(path.pathname, readFileSync(path, 'utf8'));
  return JSON.parse(source.replace(/^export default /, '').replace(/;\s*$/, ''));
}

/** Every `$expr` in a runtime description. */
function expressions(value, found = []) {
  if (Array.isArray(value)) value.forEach((item) => expressions(item, found));
  else if (value && typeof value === 'object') {
    if ('$expr' in value) found.push(value.$expr);
    Object.values(value).forEach((item) => expressions(item, found));
  }
  return found;
}

test('every map layer is a path mark whose geometry is projected once by a geopath transform', () => {
  const spec = projectOnce(compile(readJson(mapSpecPath)).spec);
  const layers = readJson(mapSpecPath).layer;
  assert.equal(spec.marks.length, layers.length);
  for (const mark of spec.marks) {
    assert.equal(mark.type, 'path', `${mark.name} is still a ${mark.type} mark`);
    assert.deepEqual(mark.transform, [{ type: 'geopath', projection: 'projection', field: 'datum', as: 'path' }]);
  }
});

test('the modules are Vega runtime descriptions, parsed at build time for the CSP-safe interpreter', () => {
  for (const path of [mapSpecPath, ...chartSpecPaths]) {
    const runtime = moduleValue(path);
    assert.ok(Array.isArray(runtime.operators) && runtime.operators.length > 20, `${path.pathname}: operators`);
    assert.equal(runtime.marks, undefined, 'a runtime description, not a Vega spec');
    // The interpreter evaluates syntax trees: every expression must carry one.
    const found = expressions(runtime);
    assert.ok(found.length > 0);
    // (Encoders hold one expression per channel.)
    const all = found.flatMap((expr) => (expr.channels ? Object.values(expr.channels) : [expr]));
    for (const expr of all) assert.equal(typeof expr.ast, 'object', `no syntax tree for ${expr.code}`);
  }
  // Each map layer's geopath became our geopathparsed operator (src/core/geo-path-transform.ts).
  const types = moduleValue(mapSpecPath).operators.map((operator) => operator.type);
  assert.equal(types.filter((type) => type === 'geopathparsed').length, readJson(mapSpecPath).layer.length);
  assert.deepEqual(types.filter((type) => /^geo(path|shape)$/.test(type)), []);
});

test('projectOnce rewrites only plain geoshape marks, also inside groups', () => {
  const plain = () => ({ type: 'shape', from: { data: 'a' }, transform: [{ type: 'geoshape', projection: 'p' }] });
  const spec = {
    marks: [
      plain(),
      { type: 'group', marks: [plain()] },
      // A custom output field, or a transform after the geoshape, are left as Vega-Lite wrote them.
      { type: 'shape', transform: [{ type: 'geoshape', projection: 'p', as: 'outline' }] },
      { type: 'shape', transform: [{ type: 'geoshape', projection: 'p' }, { type: 'formula', expr: '1', as: 'x' }] },
      { type: 'symbol', transform: [{ type: 'geopoint', projection: 'p' }] },
    ],
  };
  const result = projectOnce(structuredClone(spec));
  const geopath = { type: 'geopath', projection: 'p', field: 'datum', as: 'path' };
  assert.deepEqual(result.marks[0], { type: 'path', from: { data: 'a' }, transform: [geopath] });
  assert.deepEqual(result.marks[1].marks[0].transform, [geopath]);
  assert.equal(result.marks[1].marks[0].type, 'path');
  assert.deepEqual(result.marks.slice(2), spec.marks.slice(2));
});
