// The build-time Vega-Lite → Vega step (scripts/json-modules.mjs), shared by rollup and the test server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { jsonModuleSource, projectOnce } from '../../scripts/json-modules.mjs';

const mapSpecPath = new URL('../../src/elements/nordic-migration-map/map.vl.json', import.meta.url);

/** The compiled Vega spec a `*.vl.json` module exports. */
function compiledSpec(path) {
  const source = jsonModuleSource(path.pathname, readFileSync(path, 'utf8'));
  return JSON.parse(source.replace(/^export default /, '').replace(/;\s*$/, ''));
}

test('every map layer is a path mark whose geometry is projected once by a geopathparsed transform', () => {
  const spec = compiledSpec(mapSpecPath);
  const layers = JSON.parse(readFileSync(mapSpecPath, 'utf8')).layer;
  assert.equal(spec.marks.length, layers.length);
  for (const mark of spec.marks) {
    assert.equal(mark.type, 'path', `${mark.name} is still a ${mark.type} mark`);
    assert.deepEqual(mark.transform, [{ type: 'geopathparsed', projection: 'projection', field: 'datum', as: 'path' }]);
  }
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
  const geopath = { type: 'geopathparsed', projection: 'p', field: 'datum', as: 'path' };
  assert.deepEqual(result.marks[0], { type: 'path', from: { data: 'a' }, transform: [geopath] });
  assert.deepEqual(result.marks[1].marks[0].transform, [geopath]);
  assert.equal(result.marks[1].marks[0].type, 'path');
  assert.deepEqual(result.marks.slice(2), spec.marks.slice(2));
});
