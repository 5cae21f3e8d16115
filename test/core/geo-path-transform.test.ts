// The `geopathparsed` mark transform against Vega's own `geopath`: the same path strings and
// bounds, and a pathCache equal to what Vega's parser reads from the string.
import { expect } from '@open-wc/testing';
import type { Spec } from 'vega';
// @ts-expect-error vega-scenegraph ships no types; only its path parser is used here.
import { pathParse } from 'vega-scenegraph';
// Pages get specs parsed at build time; this test parses its own small spec.
import { parse } from 'vega-parser';
import { expressionInterpreter } from 'vega-interpreter';
import { loadVega } from '../../src/core/vega-loader.js';
import { loadTopology } from '../../src/core/datasets/topology.js';
import { decodeGeometry } from '../../src/elements/nordic-migration-map/geometry.js';
import { clipCannotChange, conicOf, measure, PathRecorder, resampleCannotChange, resampleDeviationBound } from '../../src/core/geo-path-transform.js';
// @ts-expect-error vega-projection ships no types; its projections carry the `type` and `copy` Vega adds.
import { projection as vegaProjection } from 'vega-projection';

interface Item {
  path: string | null;
  pathCache?: unknown[] & { path?: string };
  bounds: { x1: number; y1: number; x2: number; y2: number };
  datum: { id: string };
}

/** Draws `features` with one transform; returns the mark's items and how often Vega parsed a path string. */
async function draw(features: object[], transform: 'geopathparsed' | 'geopath', scale = 1500): Promise<{ items: Item[]; parses: number }> {
  const vega = await loadVega();
  const spec = {
    width: 600,
    height: 600,
    data: [{ name: 'features', values: features }],
    projections: [{ name: 'projection', type: 'conicEqualArea', parallels: [58, 68], rotate: [-15, 0, 0], scale, translate: [300, 300] }],
    marks: [
      {
        name: 'areas',
        type: 'path',
        from: { data: 'features' },
        encode: { update: { stroke: { value: '#000' }, strokeWidth: { value: 0.5 } } },
        transform: [{ type: transform, projection: 'projection', field: 'datum', as: 'path' }],
      },
    ],
  };
  const view = new vega.View(parse(spec as unknown as Spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'none' });
  // Vega's path parser starts with path.match(/[mlhvzcsqta].../gi): count those calls.
  const match = String.prototype.match;
  let parses = 0;
  String.prototype.match = function (this: string, pattern: RegExp) {
    if (pattern instanceof RegExp && pattern.source.startsWith('[mlhvzcsqta]')) parses++;
    return match.call(this, pattern);
  } as typeof match;
  try {
    await view.runAsync();
  } finally {
    String.prototype.match = match;
  }
  type Mark = { name: string; items: Item[] };
  const items = (view.scenegraph() as unknown as { root: { items: { items: Mark[] }[] } }).root.items[0].items.find((m) => m.name === 'areas')!.items;
  view.finalize();
  return { items, parses };
}

async function drawBoth(features: object[], scale = 1500) {
  const ours = await draw(features, 'geopathparsed', scale);
  const vegas = await draw(features, 'geopath', scale);
  return { ours: ours.items, vegas: vegas.items, parses: { ours: ours.parses, vegas: vegas.parses } };
}

describe('geopathparsed transform', () => {
  it('writes the same paths and bounds as geopath, with the parse Vega would make', async () => {
    const geometry = await decodeGeometry(await loadTopology());
    // Real municipalities: mainland shapes, archipelagos (multipolygons) and a few with holes.
    const features = geometry.municipalities.map((place) => ({ type: 'Feature', id: place.id, properties: {}, geometry: place.geometry }));
    const { ours, vegas, parses } = await drawBoth(features);
    expect(parses.vegas, 'geopath: Vega parses every path for its bounds').to.be.at.least(features.length);
    expect(parses.ours, 'geopathparsed: nothing left to parse').to.equal(0);
    expect(ours.length).to.equal(features.length);
    expect(ours.length).to.be.greaterThan(1000);
    ours.forEach((item, index) => {
      const theirs = vegas[index];
      expect(item.datum.id).to.equal(theirs.datum.id);
      expect(item.path, item.datum.id).to.equal(theirs.path);
      expect(item.pathCache!.path).to.equal(item.path);
      expect([...item.pathCache!]).to.deep.equal(pathParse(item.path));
      for (const side of ['x1', 'y1', 'x2', 'y2'] as const) expect(item.bounds[side], `${item.datum.id} ${side}`).to.be.closeTo(theirs.bounds[side], 1e-9);
    });
  });

  it('draws country outlines, Greenland included, and the border lines as geopath does', async () => {
    const geometry = await decodeGeometry(await loadTopology());
    const features = [
      ...geometry.outlines,
      { type: 'Feature', id: 'municipality-borders', properties: {}, geometry: geometry.municipalityBorders },
      { type: 'Feature', id: 'country-borders', properties: {}, geometry: geometry.countryBorders },
    ];
    expect(features.map((f) => f.id)).to.include('GL');
    const { ours, vegas } = await drawBoth(features);
    ours.forEach((item, index) => expect(item.path, item.datum.id).to.equal(vegas[index]!.path));
  });

  it('skips the antimeridian cut only for geometry it cannot change', async () => {
    const geometry = await decodeGeometry(await loadTopology());
    // Every built-in shape is clear of the cut (the speed-up applies to the whole map)...
    expect(geometry.municipalities.filter((m) => !clipCannotChange(m.geometry, 15)).map((m) => m.id)).to.deep.equal([]);
    expect(geometry.outlines.filter((f) => !clipCannotChange(f, 15)).map((f) => f.id)).to.deep.equal([]);
    expect(clipCannotChange(geometry.municipalityBorders, 15)).to.equal(true);
    // ...and what the cut would change is drawn through it.
    const square = (west: number, east: number) => [[west, 60], [east, 60], [east, 50], [west, 50], [west, 60]];
    const polygon = (ring: number[][]) => ({ type: 'Polygon', coordinates: [ring] });
    expect(clipCannotChange(polygon(square(10, 20)), 15), 'clockwise, near the centre').to.equal(true);
    expect(clipCannotChange(polygon(square(10, 20).reverse()), 15), 'counter-clockwise: d3-geo reads the rest of the sphere').to.equal(false);
    expect(clipCannotChange(polygon(square(-170, -160)), 15), 'crosses the meridian opposite 15° E').to.equal(false);
    expect(clipCannotChange(polygon(square(-170, -160)), -150), 'the same square, centred on 150° W').to.equal(true);
    expect(clipCannotChange({ type: 'LineString', coordinates: [[0, 60], [20, 89.5]] }, 15), 'at the pole').to.equal(false);
    expect(clipCannotChange({ type: 'LineString', coordinates: [[-80, 80], [110, 80]] }, 15), 'an arc over the pole, across the cut').to.equal(false);
    expect(clipCannotChange({ type: 'LineString', coordinates: [[-80, 80], [-10, 80], [60, 80], [110, 80]] }, 15), 'the same ends, short steps').to.equal(true);
    expect(clipCannotChange({ type: 'Feature', properties: {}, geometry: null }, 15)).to.equal(true);
    // A square across the cut, one wound the other way, and one near the centre: each as geopath draws it.
    const arc = { type: 'LineString', coordinates: [[-80, 80], [110, 80]] };
    const features = [polygon(square(-170, -160)), polygon(square(10, 20).reverse()), polygon(square(10, 20)), arc].map((g, i) => ({ type: 'Feature', id: `f${i}`, properties: {}, geometry: g }));
    const { ours, vegas } = await drawBoth(features);
    ours.forEach((item, index) => expect(item.path, item.datum.id).to.equal(vegas[index]!.path));
    expect(ours[1]!.path!.length, 'the reversed square fills the sphere').to.be.greaterThan(ours[2]!.path!.length * 3);
  });

  /** The map's projection as Vega makes it (with its `type`), at `scale`. */
  const mapProjection = (scale: number) => vegaProjection('conicequalarea')().parallels([58, 68]).rotate([-15, 0, 0]).scale(scale).translate([300, 300]);

  it('skips resampling only where it provably adds no point, and draws the same either way', async () => {
    const geometry = await decodeGeometry(await loadTopology());
    const conic = conicOf(mapProjection(1500))!;
    expect(conic.precision, "d3-geo's default").to.be.closeTo(Math.SQRT1_2, 1e-12);
    const skipped = (scale: number) => {
      const atScale = { ...conic, scale };
      return geometry.municipalities.filter((m) => resampleCannotChange(measure(m.geometry, 15)!, atScale)).length;
    };
    // Most municipalities at the size of the test drawing (about 2,000 px for all five countries);
    // fewer on a drawing four times as large, where their arcs' bends are four times as far off.
    expect(skipped(1500) / geometry.municipalities.length).to.be.greaterThan(0.9);
    expect(skipped(6000)).to.be.lessThan(skipped(1500));
    // At both sizes, every municipality as geopath (which always resamples) draws it.
    const features = geometry.municipalities.map((place) => ({ type: 'Feature', id: place.id, properties: {}, geometry: place.geometry }));
    for (const scale of [1500, 6000]) {
      const { ours, vegas } = await drawBoth(features, scale);
      ours.forEach((item, index) => expect(item.path, `${item.datum.id} at scale ${scale}`).to.equal(vegas[index]!.path));
    }
    // A long arc (over 30°, which d3-geo always splits): resampled, as geopath does it.
    const long = { type: 'LineString', coordinates: [[-30, 50], [60, 75]] };
    expect(resampleCannotChange(measure(long, 15)!, conic)).to.equal(false);
    const { ours, vegas } = await drawBoth([{ type: 'Feature', id: 'long', properties: {}, geometry: long }]);
    expect(ours[0]!.path).to.equal(vegas[0]!.path);
    expect(ours[0]!.path!.split('L').length, 'points added along the arc').to.be.greaterThan(2);
    // Only the conic equal-area projection with its cone opening north has the bound.
    expect(conicOf(vegaProjection('mercator')())).to.equal(undefined);
    expect(conicOf(vegaProjection('conicequalarea')().parallels([-5, 5])), 'd3-geo draws it as a cylinder').to.equal(undefined);
    expect(conicOf(vegaProjection('conicequalarea')().parallels([-68, -58])), 'opening south').to.equal(undefined);
    const short = { type: 'LineString', coordinates: [[15, 62], [15.01, 62.01]] };
    expect(resampleCannotChange(measure(short, 15)!, conic), 'a short step in the north').to.equal(true);
    expect(resampleCannotChange(measure({ type: 'LineString', coordinates: [[15, -62], [15.01, -62.01]] }, 15)!, conic), 'south of the equator').to.equal(false);
    expect(resampleCannotChange(measure(short, 15)!, { ...conic, precision: 0 }), 'no resampling to skip').to.equal(false);
    // A ring left open is joined back to its start: that step counts too.
    const west = Array.from({ length: 301 }, (_, k) => [15, 62 + k / 100]);
    const steps = (ring: number[][]) => measure({ type: 'Polygon', coordinates: [ring] }, 15)!;
    const east = west.map(([, lat]) => [15.01, lat!]).reverse();
    expect(steps([...west, ...east, [15, 62]]).stepLat, 'closed by short steps').to.be.closeTo(0.01, 1e-9);
    expect(steps([...west, [15.01, 65]]).stepLat, 'left open: the step back to the start').to.be.closeTo(3, 1e-9);
    expect(resampleCannotChange(steps([...west, [15.01, 65]]), conic)).to.equal(false);
  });

  it("bounds how far a projected arc's midpoint lies from its chord's", () => {
    const scale = 1500;
    const projection = mapProjection(scale).precision(0);
    const conic = conicOf(projection)!;
    const rad = Math.PI / 180;
    const cartesian = ([lon, lat]: number[]) => [Math.cos(lat! * rad) * Math.cos(lon! * rad), Math.cos(lat! * rad) * Math.sin(lon! * rad), Math.sin(lat! * rad)];
    const spherical = ([x, y, z]: number[]) => [Math.atan2(y!, x!) / rad, Math.asin(z! / Math.hypot(x!, y!, z!)) / rad];
    // A fixed pseudo-random sequence, so a failure can be reproduced.
    let seed = 12345;
    const random = () => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
    let checked = 0;
    let tightest = 0;
    for (let i = 0; i < 4000; i++) {
      const start = [-60 + 120 * random(), 88 * random()];
      const length = 6 * random() ** 2;
      const heading = 2 * Math.PI * random();
      const end = [start[0]! + (length * Math.sin(heading)) / Math.cos(start[1]! * rad), start[1]! + length * Math.cos(heading)];
      const extent = measure({ type: 'LineString', coordinates: [start, end] }, 15);
      if (!extent) continue;
      const bound = resampleDeviationBound(extent, conic);
      if (!Number.isFinite(bound)) continue;
      const a = cartesian(start);
      const b = cartesian(end);
      const middle = spherical([a[0]! + b[0]!, a[1]! + b[1]!, a[2]! + b[2]!]);
      const [x0, y0] = projection(start);
      const [x1, y1] = projection(end);
      const [xm, ym] = projection(middle);
      const deviation = Math.hypot(xm - (x0 + x1) / 2, ym - (y0 + y1) / 2);
      // (1e-9 px: rounding in the projection of nearly equal points)
      expect(deviation, `arc ${JSON.stringify([start, end])}`).to.be.at.most(bound + 1e-9);
      if (deviation > 1e-6) tightest = Math.max(tightest, deviation / bound);
      checked++;
    }
    expect(checked).to.be.greaterThan(2000);
    // Close to what happens (within a factor of 5), not so loose that it could never fail.
    expect(tightest).to.be.greaterThan(0.2);
  });

  it('draws again with the new projection when its scale and translation change (a resized map)', async () => {
    const vega = await loadVega();
    const geometry = await decodeGeometry(await loadTopology());
    const features = geometry.municipalities.slice(0, 200).map((place) => ({ type: 'Feature', id: place.id, properties: {}, geometry: place.geometry }));
    const paths = async (transform: 'geopathparsed' | 'geopath') => {
      const spec = {
        signals: [{ name: 'projScale', value: 1500 }, { name: 'projTranslate', value: [300, 300] }],
        data: [{ name: 'features', values: features }],
        projections: [{ name: 'projection', type: 'conicEqualArea', parallels: [58, 68], rotate: [-15, 0, 0], scale: { signal: 'projScale' }, translate: { signal: 'projTranslate' } }],
        marks: [{ name: 'areas', type: 'path', from: { data: 'features' }, transform: [{ type: transform, projection: 'projection', field: 'datum', as: 'path' }] }],
      };
      const view = new vega.View(parse(spec as unknown as Spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'none' });
      const read = () => (view.scenegraph() as unknown as { root: { items: { items: { items: Item[] }[] }[] } }).root.items[0]!.items[0]!.items.map((item) => item.path);
      await view.runAsync();
      const before = read();
      view.signal('projScale', 6000).signal('projTranslate', [-900, 2400]);
      await view.runAsync();
      const after = read();
      view.finalize();
      return { before, after };
    };
    const ours = await paths('geopathparsed');
    const vegas = await paths('geopath');
    expect(ours.after).to.not.deep.equal(ours.before);
    expect(ours.before).to.deep.equal(vegas.before);
    expect(ours.after).to.deep.equal(vegas.after);
  });

  it('keeps the path of a feature whose figures change, and draws again when its geometry changes', async () => {
    const vega = await loadVega();
    const geometry = await decodeGeometry(await loadTopology());
    const features = geometry.municipalities.slice(0, 50).map((place) => ({ type: 'Feature', id: place.id, properties: {}, geometry: place.geometry, fill: '#000' }));
    const spec = {
      data: [{ name: 'features', values: features }],
      projections: [{ name: 'projection', type: 'conicEqualArea', parallels: [58, 68], rotate: [-15, 0, 0], scale: 1500, translate: [300, 300] }],
      marks: [{ name: 'areas', type: 'path', from: { data: 'features' }, encode: { update: { fill: { field: 'fill' } } }, transform: [{ type: 'geopathparsed', projection: 'projection', field: 'datum', as: 'path' }] }],
    };
    const view = new vega.View(parse(spec as unknown as Spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'none' });
    const items = () => (view.scenegraph() as unknown as { root: { items: { items: { items: (Item & { fill: string })[] }[] }[] } }).root.items[0]!.items[0]!.items;
    await view.runAsync();
    const caches = items().map((item) => item.pathCache);
    const paths = items().map((item) => item.path);
    // A new colour for every area (what a year step sends): re-encoded, not projected again.
    const recolour = vega.changeset();
    for (const feature of features) recolour.modify(feature, 'fill', '#fff');
    await view.change('features', recolour).runAsync();
    expect(items().every((item) => item.fill === '#fff'), 'recoloured').to.equal(true);
    expect(items().every((item, i) => item.pathCache === caches[i]), 'the same parsed paths').to.equal(true);
    expect(items().map((item) => item.path)).to.deep.equal(paths);
    // A new geometry for the first area is drawn.
    await view.change('features', vega.changeset().modify(features[0]!, 'geometry', features[1]!.geometry)).runAsync();
    expect(items()[0]!.path).to.equal(paths[1]);
    expect(items()[0]!.pathCache).to.not.equal(caches[0]);
    view.finalize();
  });

  it('leaves points (drawn as circles) and empty geometry to Vega', async () => {
    const point = { type: 'Feature', id: 'p', properties: {}, geometry: { type: 'Point', coordinates: [15, 62] } };
    const empty = { type: 'Feature', id: 'e', properties: {}, geometry: null };
    const { ours, vegas, parses } = await drawBoth([point, empty]);
    expect(parses.ours, 'the circle is parsed by Vega').to.equal(1);
    expect(ours[0].path).to.equal(vegas[0].path);
    expect(ours[0].path).to.match(/a4\.5/);
    expect(ours[0].pathCache?.path, 'Vega parsed it itself').to.equal(ours[0].path);
    expect(ours[0].bounds.x2 - ours[0].bounds.x1).to.be.closeTo(vegas[0].bounds.x2 - vegas[0].bounds.x1, 1e-9);
    expect(ours[1].path).to.equal(null);
    expect(ours[1].pathCache).to.equal(undefined);
  });

  it('records d3-geo drawing calls as a rounded string and commands', () => {
    const recorder = new PathRecorder();
    recorder.moveTo(1.23456, 2);
    recorder.lineTo(3, 4.00049);
    recorder.closePath();
    const { path, parsed } = recorder.take()!;
    expect(path).to.equal('M1.235,2L3,4Z');
    expect([...parsed!]).to.deep.equal([['M', 1.235, 2], ['L', 3, 4], ['Z']]);
    expect(recorder.take()).to.deep.equal({ path: null, parsed: undefined });
    recorder.moveTo(4.5, 0);
    recorder.arc();
    expect(recorder.take(), 'a circle: not recorded').to.equal(undefined);
  });
});
