// The build-time Vega-Lite → Vega → Vega runtime step (scripts/json-modules.mjs), shared by
// rollup and the test server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { compile } from 'vega-lite';
import { parse } from 'vega-parser';
import { compileExpressions, jsonModuleSource, projectOnce } from '../../scripts/json-modules.mjs';

const specPath = (path) => new URL(`../../src/elements/${path}`, import.meta.url);
const mapSpecPath = specPath('nordic-migration-map/map.vl.json');
const chartSpecPaths = [specPath('nordic-trend-chart/trend-bars.vl.json'), specPath('nordic-trend-chart/trend-lines.vl.json')];
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** What a `*.vl.json` module exports (it holds functions, so it is imported, not parsed). */
async function moduleValue(path) {
  const source = jsonModuleSource(path.pathname, readFileSync(path, 'utf8'));
  return (await import(`data:text/javascript,${encodeURIComponent(source)}`)).default;
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

test('the modules are Vega runtime descriptions, parsed and with every expression compiled at build time', async () => {
  for (const path of [mapSpecPath, ...chartSpecPaths]) {
    const runtime = await moduleValue(path);
    assert.ok(Array.isArray(runtime.operators) && runtime.operators.length > 20, `${path.pathname}: operators`);
    assert.equal(runtime.marks, undefined, 'a runtime description, not a Vega spec');
    // Views run no interpreter and make no code from strings: every expression is a function,
    // and no syntax tree is left for an interpreter (bytes the page would download for nothing).
    const found = expressions(runtime);
    assert.ok(found.length > 10);
    for (const expr of found) assert.equal(typeof expr.fn, 'function', `not compiled: ${JSON.stringify(expr).slice(0, 80)}`);
    assert.doesNotMatch(JSON.stringify(runtime), /"ast":/);
  }
  const map = await moduleValue(mapSpecPath);
  // Each map layer's geopath became our geopathparsed operator (src/core/geo-path-transform.ts).
  const types = map.operators.map((operator) => operator.type);
  assert.equal(types.filter((type) => type === 'geopathparsed').length, readJson(mapSpecPath).layer.length);
  assert.deepEqual(types.filter((type) => /^geo(path|shape)$/.test(type)), []);
  // The focus layer's filter, run as Vega runs a parameter expression: (datum, signals).
  const focus = expressions(map).find((expr) => /focusId/.test(expr.code ?? ''));
  assert.equal(focus.fn({ id: '0880' }, { $focusId: '0880' }), true);
  assert.equal(focus.fn({ id: '0881' }, { $focusId: '0880' }), false);
  // The areas' encoder sets an item's fill from its datum and reports the change.
  const encoder = expressions(map).find((expr) => expr.marktype === 'path' && expr.channels.fill?.code === 'datum["fill"]');
  const item = { datum: { fill: '#123456' } };
  assert.equal(encoder.fn(item, { $areaStroke: '#fff' }), 1);
  assert.equal(item.fill, '#123456');
  assert.equal(item.stroke, '#fff');
});

test('compileExpressions compiles each kind of expression with the arguments Vega calls it with', () => {
  const runtime = parse({
    signals: [
      { name: 'limit', value: 3 },
      { name: 'picked', value: null, on: [{ events: 'click[event.shiftKey]', update: 'datum && datum.x + limit' }] },
      { name: 'twice', update: 'limit * 2' },
    ],
    data: [{ name: 'rows', values: [{ x: 1 }], transform: [{ type: 'filter', expr: 'datum.x < limit' }] }],
    marks: [{ type: 'rect', from: { data: 'rows' }, encode: { update: { x: { field: 'x' }, width: { signal: 'limit' } } } }],
  }, undefined, { ast: true });
  const sources = compileExpressions(runtime);
  const functions = sources.map((source) => new Function(`return ${source}`)());
  const of = (expr) => functions[expr.fn.$compiled];
  const operators = runtime.operators;
  // operator update (signal `twice`): (_)
  assert.equal(of(operators.find((o) => o.update?.code?.includes('* 2')).update)({ $limit: 3 }), 6);
  // parameter (filter): (datum, _)
  const filter = expressions(runtime).find((expr) => expr.code?.includes('<'));
  assert.equal(of(filter)({ x: 1 }, { $limit: 3 }), true);
  // event (stream filter): (event)
  const stream = runtime.streams.find((s) => s.filter);
  assert.equal(of(stream.filter)({ shiftKey: true }), true);
  // handler (signal update on an event): (_, event), datum from the event's item
  const handler = runtime.updates[0].update.$expr;
  assert.equal(of(handler)({ $limit: 3 }, { item: { datum: { x: 1 } } }), 4);
  // encode: (item, _)
  const encode = expressions(runtime).find((expr) => expr.marktype === 'rect');
  const item = { datum: { x: 5 } };
  of(encode)(item, { $limit: 3 });
  assert.deepEqual([item.x, item.width], [5, 3]);
  assert.doesNotMatch(JSON.stringify(runtime), /"ast":/);
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
