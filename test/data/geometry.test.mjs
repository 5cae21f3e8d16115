import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature } from 'topojson-client';
import { built, readJson } from './helpers.mjs';

const topo = () => readJson(built(), 'municipalities.topo.json');

test('municipality counts per country', () => {
  const counts = {};
  for (const g of topo().objects.municipalities.geometries) counts[g.properties.country] = (counts[g.properties.country] ?? 0) + 1;
  assert.deepEqual(counts, { DK: 98, FI: 309, IS: 74, NO: 357, SE: 290 });
});

test('ids are unique, prefixed by the country and carry the code', () => {
  const ids = new Set();
  for (const g of topo().objects.municipalities.geometries) {
    assert.ok(!ids.has(g.id), `duplicate id ${g.id}`);
    ids.add(g.id);
    const p = g.properties;
    assert.equal(g.id, `${p.country}-${p.code}`);
    assert.ok(p.name && p.name.trim(), `${g.id} has no name`);
    const pattern = { SE: /^\d{4}$/, NO: /^\d{4}$/, DK: /^[1-9]\d{2}$/, FI: /^\d{3}$/, IS: /^[a-z0-9]+(-[a-z0-9]+)*$/ }[p.country];
    assert.match(p.code, pattern, g.id);
  }
  for (const id of ['SE-0114', 'NO-0301', 'DK-101', 'DK-400', 'FI-091', 'FI-478', 'IS-reykjavikurborg']) assert.ok(ids.has(id), id);
  assert.ok(!ids.has('DK-411'), 'Christiansø is not a municipality');
});

test('Finnish Swedish names and Icelandic corrections', () => {
  const byId = new Map(topo().objects.municipalities.geometries.map((g) => [g.id, g.properties]));
  assert.equal(byId.get('FI-091').nameSv, 'Helsingfors');
  assert.equal(byId.get('FI-091').name, 'Helsinki');
  assert.equal(byId.get('IS-sveitarfelagid-skagafjordur').name, 'Sveitarfélagið Skagafjörður');
  assert.equal(byId.get('IS-sveitarfelagid-hornafjordur').name, 'Sveitarfélagið Hornafjörður');
  const aland = [...byId.values()].filter((p) => p.country === 'FI' && ['035', '043', '060', '062', '065', '076', '170', '295', '318', '417', '438', '478', '736', '766', '771', '941'].includes(p.code));
  assert.equal(aland.length, 16);
});

test('every municipality has a drawable geometry inside the Nordic box', () => {
  const t = topo();
  const fc = feature(t, t.objects.municipalities);
  for (const f of fc.features) {
    assert.ok(f.geometry && ['Polygon', 'MultiPolygon'].includes(f.geometry.type), `${f.id} has no polygon`);
    const flat = JSON.stringify(f.geometry.coordinates).match(/-?\d+(\.\d+)?/g).map(Number);
    for (let i = 0; i < flat.length; i += 2) {
      assert.ok(flat[i] > -25 && flat[i] < 32, `${f.id} lon ${flat[i]}`);
      assert.ok(flat[i + 1] > 54 && flat[i + 1] < 72, `${f.id} lat ${flat[i + 1]}`);
    }
  }
  const countries = t.objects.countries.geometries.map((g) => g.id);
  for (const id of ['SE', 'NO', 'DK', 'FI', 'IS', 'AX', 'FO', 'GL']) assert.ok(countries.includes(id), id);
  const no = feature(t, t.objects.countries.geometries.find((g) => g.id === 'NO'));
  assert.ok(!/7[3-9]\.\d/.test(JSON.stringify(no.geometry.coordinates.flat(3).filter((_, i) => i % 2))), 'Svalbard dropped');
});

test('geometry stays within 90 KB gzipped', () => {
  const gz = gzipSync(readFileSync(join(built(), 'municipalities.topo.json')), { level: 9 }).length;
  assert.ok(gz <= 90 * 1024, `${gz} B gzipped`);
});

// The map draws municipalities.projected.topo.json with an identity projection (scale and
// translate only); it must be the lon/lat file as d3-geo's conic projection (what Vega would run
// in the browser) draws it, so the build-time projection changes no shape.
test('the projected geometry is the lon/lat geometry under the map projection, within a tenth of a pixel', async () => {
  const { geoConicEqualArea } = await import('d3-geo');
  const lonLat = topo();
  const planar = readJson(built(), 'municipalities.projected.topo.json');
  const { 'municipality-borders': _m, 'country-borders': _c, ...drawn } = planar.objects;
  assert.deepEqual(drawn, lonLat.objects, 'the same objects, ids, names and arcs');
  assert.deepEqual(planar.metadata.sources, lonLat.metadata.sources, 'the same cited sources');
  assert.equal(planar.metadata.projection.type, 'conicEqualArea');
  assert.deepEqual(planar.metadata.projection.parallels, [58, 68]);
  // A large drawing: the five countries 4,000 px wide (a map of one small country is drawn at about this scale).
  const scale = 5000;
  const d3 = geoConicEqualArea().parallels(planar.metadata.projection.parallels).rotate(planar.metadata.projection.rotate).center([0, 0]).scale(scale).translate([0, 0]);
  const decode = (t) => t.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => [(x += dx) * t.transform.scale[0] + t.transform.translate[0], (y += dy) * t.transform.scale[1] + t.transform.translate[1]]);
  });
  const lonLatArcs = decode(lonLat);
  const planarArcs = decode(planar);
  assert.equal(planarArcs.length, lonLatArcs.length);
  let worst = 0;
  let compared = 0;
  for (let a = 0; a < lonLatArcs.length; a++) {
    // Each projected position of the lon/lat arc lies on a position of the planar arc (merged
    // duplicates aside): both ends exactly, every point near one of the planar arc's points.
    const expected = lonLatArcs[a].map((p) => d3(p));
    const drawn = planarArcs[a].map(([x, y]) => [x * scale, -y * scale]);
    for (const [ex, ey] of expected) {
      let nearest = Infinity;
      for (const [dx, dy] of drawn) nearest = Math.min(nearest, Math.hypot(ex - dx, ey - dy));
      worst = Math.max(worst, nearest);
      compared++;
    }
  }
  assert.ok(compared > 15000, `${compared} positions compared`);
  assert.ok(worst < 0.35, `a position is ${worst.toFixed(3)} px off at scale ${scale}`);
});

// The map reads its borders from the file instead of finding them (geometry.ts): they must be
// what topojson-client's mesh finds on the same file, which is what the map drew before.
test('the projected geometry holds the borders between countries the map draws', async () => {
  const { mesh, feature } = await import('topojson-client');
  const t = readJson(built(), 'municipalities.projected.topo.json');
  const countryOf = (g) => g.properties?.country;
  const expected = {
    'municipality-borders': mesh(t, t.objects.municipalities, (a, b) => a !== b && countryOf(a) !== countryOf(b)),
    'country-borders': mesh(t, t.objects.countries, (a, b) => a !== b),
  };
  for (const [name, geometry] of Object.entries(expected)) {
    assert.equal(t.objects[name]?.type, 'MultiLineString', name);
    assert.ok(geometry.coordinates.length > 0, `${name}: some lines`);
    assert.deepEqual(feature(t, t.objects[name]).geometry, geometry, name);
  }
  // Every arc of the municipality borders separates municipalities of two countries.
  const countriesOfArc = new Map();
  const visit = (arcs, country) => {
    for (const item of arcs) {
      if (Array.isArray(item)) visit(item, country);
      else {
        const arc = item < 0 ? ~item : item;
        if (!countriesOfArc.has(arc)) countriesOfArc.set(arc, new Set());
        countriesOfArc.get(arc).add(country);
      }
    }
  };
  for (const g of t.objects.municipalities.geometries) visit(g.arcs, g.properties.country);
  for (const line of t.objects['municipality-borders'].arcs) for (const item of line) assert.equal(countriesOfArc.get(item < 0 ? ~item : item)?.size, 2, `arc ${item}`);
});

test('the projected geometry stays within 90 KB gzipped', () => {
  const gz = gzipSync(readFileSync(join(built(), 'municipalities.projected.topo.json')), { level: 9 }).length;
  assert.ok(gz <= 90 * 1024, `${gz} B gzipped`);
});
