// The `geopathparsed` mark transform against Vega's own `geopath`: the same path strings and
// bounds, and a pathCache equal to what Vega's parser reads from the string; for the map's planar
// geometry (identity projection, written without d3-geo) and through d3-geo for any other projection.
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
import { PathRecorder } from '../../src/core/planar-path.js';
import { loadData } from '../../src/core/data-loader.js';
import { dataUrl } from '../../src/core/data-url.js';
import type { Topology } from 'topojson-specification';

interface Item {
  path: string | null;
  pathCache?: unknown[] & { path?: string };
  bounds: { x1: number; y1: number; x2: number; y2: number };
  datum: { id: string };
}

/** Draws `features` with one transform; returns the mark's items and how often Vega parsed a path string. */
/** The map's projection: planar (projected at build time) positions scaled, moved and turned north up. */
const mapProjection = (scale = 1500, translate = [300, 300]) => ({ name: 'projection', type: 'identity', reflectY: true, scale, translate });
/** A projection d3-geo computes (longitude/latitude positions): the map's conic, as a plain spec has it. */
const conicProjection = { name: 'projection', type: 'conicEqualArea', parallels: [58, 68], rotate: [-15, 0, 0], scale: 1500, translate: [300, 300] };

async function draw(features: object[], transform: 'geopathparsed' | 'geopath', projection: object = mapProjection()): Promise<{ items: Item[]; parses: number }> {
  const vega = await loadVega();
  const spec = {
    width: 600,
    height: 600,
    data: [{ name: 'features', values: features }],
    projections: [projection],
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

async function drawBoth(features: object[], projection: object = mapProjection()) {
  const ours = await draw(features, 'geopathparsed', projection);
  const vegas = await draw(features, 'geopath', projection);
  return { ours: ours.items, vegas: vegas.items, parses: { ours: ours.parses, vegas: vegas.parses } };
}

describe('geopathparsed transform', () => {
  const municipalityFeatures = async () =>
    (await decodeGeometry(await loadTopology())).municipalities.map((place) => ({ type: 'Feature', id: place.id, properties: {}, geometry: place.geometry }));

  it('writes the same paths and bounds as geopath, with the parse Vega would make', async () => {
    // Real municipalities: mainland shapes, archipelagos (multipolygons) and a few with holes.
    const features = await municipalityFeatures();
    const { ours, vegas, parses } = await drawBoth(features);
    expect(parses.vegas, 'geopath: Vega parses every path for its bounds').to.be.at.least(features.length);
    expect(parses.ours, 'geopathparsed: nothing left to parse').to.equal(0);
    expect(ours.length).to.equal(features.length);
    expect(ours.length).to.be.greaterThan(1000);
    ours.forEach((item, index) => {
      const theirs = vegas[index]!;
      expect(item.datum.id).to.equal(theirs.datum.id);
      expect(item.path, item.datum.id).to.equal(theirs.path);
      expect(item.pathCache!.path).to.equal(item.path);
      expect([...item.pathCache!]).to.deep.equal(pathParse(item.path));
      for (const side of ['x1', 'y1', 'x2', 'y2'] as const) expect(item.bounds[side], `${item.datum.id} ${side}`).to.be.closeTo(theirs.bounds[side], 1e-9);
    });
  });

  it('writes what d3-geo writes under every reflection and at another scale', async () => {
    const features = (await municipalityFeatures()).filter((_, index) => index % 10 === 0);
    for (const projection of [
      { ...mapProjection(6000, [-900, 2400]) },
      { ...mapProjection(), reflectY: false },
      { ...mapProjection(), reflectX: true },
    ]) {
      const { ours, vegas } = await drawBoth(features, projection);
      ours.forEach((item, index) => expect(item.path, `${item.datum.id} ${JSON.stringify(projection)}`).to.equal(vegas[index]!.path));
    }
  });

  it('draws through d3-geo with any other projection, as geopath does', async () => {
    // The longitude/latitude file of the same shapes, under the conic projection the data build applies.
    const lonLat = await loadData<Topology>(dataUrl('municipalities.topo.json'));
    const features = (await decodeGeometry(lonLat)).municipalities.slice(0, 300).map((place) => ({ type: 'Feature', id: place.id, properties: {}, geometry: place.geometry }));
    const { ours, vegas, parses } = await drawBoth(features, conicProjection);
    expect(parses.ours).to.equal(0);
    ours.forEach((item, index) => expect(item.path, item.datum.id).to.equal(vegas[index]!.path));
    // A clip extent, too, goes through d3-geo (it cuts the shapes).
    const clipped = { ...mapProjection(), clipExtent: [[0, 0], [300, 300]] };
    const { ours: oursClipped, vegas: vegasClipped } = await drawBoth(features, clipped);
    oursClipped.forEach((item, index) => expect(item.path, item.datum.id).to.equal(vegasClipped[index]!.path));
  });

  it('draws country outlines, Greenland included, and the border lines as geopath does', async () => {
    const geometry = await decodeGeometry(await loadTopology());
    const features = [
      ...geometry.outlines,
      { type: 'Feature', id: 'municipality-borders', properties: {}, geometry: geometry.municipalityBorders },
      { type: 'Feature', id: 'country-borders', properties: {}, geometry: geometry.countryBorders },
      { type: 'Feature', id: 'one-line', properties: {}, geometry: { type: 'LineString', coordinates: [[0, 0.5], [0.1, 0.6], [0.2, 0.5]] } },
      { type: 'Feature', id: 'all', properties: {}, geometry: { type: 'GeometryCollection', geometries: [geometry.municipalities[0]!.geometry, geometry.municipalities[1]!.geometry] } },
    ];
    expect(features.map((f) => f.id)).to.include('GL');
    const { ours, vegas } = await drawBoth(features);
    ours.forEach((item, index) => expect(item.path, item.datum.id).to.equal(vegas[index]!.path));
    expect(ours.find((item) => item.datum.id === 'one-line')!.path, 'a line is not closed').to.not.include('Z');
  });

  it('draws again with the new projection when its scale and translation change (a resized map)', async () => {
    const vega = await loadVega();
    const features = (await municipalityFeatures()).slice(0, 200);
    const paths = async (transform: 'geopathparsed' | 'geopath') => {
      const spec = {
        signals: [{ name: 'projScale', value: 1500 }, { name: 'projTranslate', value: [300, 300] }],
        data: [{ name: 'features', values: features }],
        projections: [{ name: 'projection', type: 'identity', reflectY: true, scale: { signal: 'projScale' }, translate: { signal: 'projTranslate' } }],
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
    const features = (await municipalityFeatures()).slice(0, 50).map((feature) => ({ ...feature, fill: '#000' }));
    const spec = {
      data: [{ name: 'features', values: features }],
      projections: [mapProjection()],
      marks: [{ name: 'areas', type: 'path', from: { data: 'features' }, encode: { update: { fill: { field: 'fill' } } }, transform: [{ type: 'geopathparsed', projection: 'projection', field: 'datum', as: 'path' }] }],
    };
    const view = new vega.View(parse(spec as unknown as Spec, undefined, { ast: true }), { expr: expressionInterpreter, renderer: 'none' });
    const items = () => (view.scenegraph() as unknown as { root: { items: { items: { items: (Item & { fill: string })[] }[] }[] } }).root.items[0]!.items[0]!.items;
    await view.runAsync();
    const caches = items().map((item) => item.pathCache);
    const paths = items().map((item) => item.path);
    // A new colour for every area (what a year step sends): re-encoded, not drawn again.
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
    const point = { type: 'Feature', id: 'p', properties: {}, geometry: { type: 'Point', coordinates: [0.1, 0.6] } };
    const empty = { type: 'Feature', id: 'e', properties: {}, geometry: null };
    // A collection with a polygon and then a point: the writer stops at the point and d3-geo draws all of it.
    const mixed = { type: 'Feature', id: 'm', properties: {}, geometry: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', coordinates: [[[0, 0.5], [0.1, 0.5], [0.1, 0.6], [0, 0.5]]] }, { type: 'Point', coordinates: [0.1, 0.6] }] } };
    const { ours, vegas, parses } = await drawBoth([point, empty, mixed]);
    expect(parses.ours, 'the circles are parsed by Vega').to.equal(2);
    expect(ours[0]!.path).to.equal(vegas[0]!.path);
    expect(ours[0]!.path).to.match(/a4\.5/);
    expect(ours[0]!.pathCache?.path, 'Vega parsed it itself').to.equal(ours[0]!.path);
    expect(ours[0]!.bounds.x2 - ours[0]!.bounds.x1).to.be.closeTo(vegas[0]!.bounds.x2 - vegas[0]!.bounds.x1, 1e-9);
    expect(ours[1]!.path).to.equal(null);
    expect(ours[1]!.pathCache).to.equal(undefined);
    expect(ours[2]!.path).to.equal(vegas[2]!.path);
    expect(ours[2]!.path!.split('Z').length - 1, 'the polygon is written once').to.equal(1);
    expect(ours[2]!.path).to.match(/a4\.5/);
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
