/**
 * Side B of coldRenderRatioVsVegaEmbed: the same map drawn the plain way, with vega-embed and
 * Vega-Lite compiled in the browser. Bundled by bench/lib/build.mjs into bench/.tmp/baseline/
 * (never committed) together with the map element's own pure modules, so the data preparation
 * is the element's code, not a re-typed copy:
 *
 *   fetch topology + indicator (in parallel, plain fetch + JSON.parse, no schema check)
 *   → decodeGeometry (topojson feature + mesh, the element's geometry.ts)
 *   → latest year with figures, values, classBreaks/classIndex/schemeColors (classify.ts)
 *   → label points, bounds, aspect ratio, projection fit (projection.ts)
 *   → vegaEmbed(container, the element's map.vl.json with the rows as named datasets and the
 *     fit as param values, { renderer: 'svg', actions: false })
 *
 * The geometry is what a plain vega-embed page has: the longitude/latitude TopoJSON
 * (`municipalities.topo.json`), projected in the browser by Vega with the map's conic projection
 * (the spec's `projection` replaced by it). The element reads the same shapes projected at build
 * time (`municipalities.projected.topo.json`, an `identity` projection): that is one of the
 * element's own savings, so B does not get it.
 *
 * What our element does on top and the baseline does not: the legend, table data, tooltip wiring,
 * localized labels and numbers (Intl), and a case-studies fetch (after the drawing, for selection;
 * before it only when `highlight` outlines the examples).
 * Built-in files are not schema-checked at run time by either side (a partner's `src` file is).
 */
import vegaEmbed from 'vega-embed';
import spec from '../../src/elements/nordic-migration-map/map.vl.json';
import { decodeGeometry } from '../../src/elements/nordic-migration-map/geometry.ts';
import { classBreaks, classIndex, schemeColors } from '../../src/elements/nordic-migration-map/classify.ts';
import { parseCountries, valueAt, yearsWithData } from '../../src/elements/nordic-migration-map/model.ts';
import { PARALLELS, ROTATE_LON, aspectRatio, conicRaw, fitBounds, labelPoint, project } from '../../src/elements/nordic-migration-map/projection.ts';

/** The map's projection, as a plain spec states it (Vega projects every point). */
const conicProjection = { type: 'conicEqualArea', parallels: PARALLELS, rotate: [ROTATE_LON, 0, 0], center: [0, 0], scale: { expr: 'projScale' }, translate: { expr: 'projTranslate' } };

/** Projected bounds `[x0, y0, x1, y1]` (y north) of longitude/latitude polygons. */
function conicBounds(geometries) {
  const b = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c) => {
    if (typeof c[0] === 'number') {
      const [x, y] = conicRaw(c[0], c[1]);
      b[0] = Math.min(b[0], x); b[1] = Math.min(b[1], y); b[2] = Math.max(b[2], x); b[3] = Math.max(b[3], y);
    } else c.forEach(visit);
  };
  for (const g of geometries) if (g) visit(g.coordinates);
  return b;
}

async function fetchJson(url) {
  const response = await fetch(url, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return JSON.parse(await response.text());
}

/** Draws the map into `container` (its width sets the size); resolves with phase times (ms). */
export async function drawWithVegaEmbed(container, { dataBase, indicator = 'foreign-born-share', countries: rawCountries = '' }) {
  const marks = { start: performance.now() };
  const [topology, file] = await Promise.all([
    fetchJson(`${dataBase}municipalities.topo.json`),
    fetchJson(`${dataBase}indicators/${indicator}.json`),
  ]);
  marks.fetched = performance.now();
  const geometry = await decodeGeometry(topology);
  const { countries } = parseCountries(rawCountries);
  const shown = new Set(countries);
  const places = geometry.municipalities.filter((m) => shown.has(m.country));
  const years = yearsWithData(file, countries);
  const year = years[years.length - 1];
  const values = places.map((p) => valueAt(file, p.id, year));
  // As the element: one set of classes for all the years with figures.
  const breaks = classBreaks(years.flatMap((y) => places.map((p) => valueAt(file, p.id, y))), 5, 'quantile');
  const colors = schemeColors('ylgnbu', Math.max(1, breaks.length - 1));
  const width = Math.round(container.clientWidth || 600);
  const bounds = conicBounds(places.map((p) => p.geometry));
  const height = Math.round(width * aspectRatio(bounds));
  const fit = fitBounds(bounds, width, height);
  const areas = places.map((p, i) => {
    const value = values[i] ?? null;
    const cls = classIndex(value, breaks);
    const anchor = labelPoint(p.geometry);
    const [x, y] = anchor ? project(fit, ...conicRaw(anchor[0], anchor[1])) : [0, 0];
    return { type: 'Feature', id: p.id, geometry: p.geometry, fill: cls < 0 ? '#9e9e9e' : colors[cls], highlighted: false, place: p, value, anchor, x, y };
  });
  const data = {
    outlines: geometry.outlines.map((f) => ({ ...f })),
    areas,
    borders: [{ type: 'Feature', properties: {}, geometry: geometry.municipalityBorders }],
  };
  const paramValues = { projScale: fit.scale, projTranslate: fit.translate, focusId: '' };
  const fullSpec = {
    ...spec,
    projection: conicProjection,
    width,
    height,
    params: spec.params.map((param) => (param.name in paramValues ? { ...param, value: paramValues[param.name] } : param)),
    datasets: data,
  };
  marks.prepared = performance.now();
  const result = await vegaEmbed(container, fullSpec, { renderer: 'svg', actions: false });
  marks.drawn = performance.now();
  return {
    view: result.view,
    phases: { fetch: marks.fetched - marks.start, prepare: marks.prepared - marks.fetched, vegaEmbed: marks.drawn - marks.prepared },
  };
}
