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
import { clipCannotChange, PathRecorder } from '../../src/core/geo-path-transform.js';

interface Item {
  path: string | null;
  pathCache?: unknown[] & { path?: string };
  bounds: { x1: number; y1: number; x2: number; y2: number };
  datum: { id: string };
}

/** Draws `features` with one transform; returns the mark's items and how often Vega parsed a path string. */
async function draw(features: object[], transform: 'geopathparsed' | 'geopath'): Promise<{ items: Item[]; parses: number }> {
  const vega = await loadVega();
  const spec = {
    width: 600,
    height: 600,
    data: [{ name: 'features', values: features }],
    projections: [{ name: 'projection', type: 'conicEqualArea', parallels: [58, 68], rotate: [-15, 0, 0], scale: 1500, translate: [300, 300] }],
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

async function drawBoth(features: object[]) {
  const ours = await draw(features, 'geopathparsed');
  const vegas = await draw(features, 'geopath');
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
