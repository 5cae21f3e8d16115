/**
 * The map's projection: an equal-area conic (areas compare truthfully in a choropleth) with
 * standard parallels at 58° and 68° N, centred on 15° E; the formulas are d3-geo's
 * `geoConicEqualArea` with `center [0, 0]`. It is applied once, at build time
 * (`scripts/lib/projected-geometry.mjs` writes `municipalities.projected.topo.json` with
 * {@link conicRaw}): the map reads planar positions (y north) and only scales and moves them to fit
 * the features shown, here for its own use and in Vega as an `identity` projection with the same
 * scale and translate (signals), so the browser never projects a point.
 */
import type { Geometry, Position } from 'geojson';

export const PARALLELS: [number, number] = [58, 68];
export const ROTATE_LON = -15;

const RAD = Math.PI / 180;
const sy0 = Math.sin(PARALLELS[0] * RAD);
const n = (sy0 + Math.sin(PARALLELS[1] * RAD)) / 2;
const c = 1 + sy0 * (2 * n - sy0);
const r0 = Math.sqrt(c) / n;

/** Raw projection of a longitude/latitude (degrees) before scale and translate; y points north. Used by the data build. */
export function conicRaw(lon: number, lat: number): [number, number] {
  let lambda = (lon + ROTATE_LON) * RAD;
  if (lambda > Math.PI) lambda -= 2 * Math.PI;
  if (lambda < -Math.PI) lambda += 2 * Math.PI;
  const r = Math.sqrt(c - 2 * n * Math.sin(lat * RAD)) / n;
  return [r * Math.sin(lambda * n), r0 - r * Math.cos(lambda * n)];
}

export interface Fit {
  scale: number;
  translate: [number, number];
}

/** Screen position (y down) of a planar position (y north) under a fit. */
export function project(fit: Fit, x: number, y: number): [number, number] {
  return [fit.translate[0] + x * fit.scale, fit.translate[1] - y * fit.scale];
}

function eachPosition(geometry: Geometry | null | undefined, fn: (p: Position) => void): void {
  if (!geometry) return;
  switch (geometry.type) {
    case 'Point':
      fn(geometry.coordinates);
      break;
    case 'MultiPoint':
    case 'LineString':
      geometry.coordinates.forEach(fn);
      break;
    case 'MultiLineString':
    case 'Polygon':
      geometry.coordinates.forEach((line) => line.forEach(fn));
      break;
    case 'MultiPolygon':
      geometry.coordinates.forEach((poly) => poly.forEach((ring) => ring.forEach(fn)));
      break;
    case 'GeometryCollection':
      geometry.geometries.forEach((g) => eachPosition(g, fn));
      break;
  }
}

type Bounds = [number, number, number, number];
/** Each geometry's bounds once: a new year or colour scheme rebuilds the model, not the shapes. */
const boundsOf = new WeakMap<Geometry, Bounds>();

function geometryBounds(geometry: Geometry): Bounds {
  let bounds = boundsOf.get(geometry);
  if (!bounds) {
    const b: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    eachPosition(geometry, ([x, y]) => {
      if (x! < b[0]) b[0] = x!;
      if (x! > b[2]) b[2] = x!;
      if (y! < b[1]) b[1] = y!;
      if (y! > b[3]) b[3] = y!;
    });
    boundsOf.set(geometry, (bounds = b));
  }
  return bounds;
}

/** Planar bounds `[x0, y0, x1, y1]` (y north) of geometries. */
export function rawBounds(geometries: readonly (Geometry | null | undefined)[]): Bounds {
  const all: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  for (const g of geometries) {
    if (!g) continue;
    const [x0, y0, x1, y1] = geometryBounds(g);
    if (x0 < all[0]) all[0] = x0;
    if (y0 < all[1]) all[1] = y0;
    if (x1 > all[2]) all[2] = x1;
    if (y1 > all[3]) all[3] = y1;
  }
  return all;
}

/** Height ÷ width of the shown features, kept between `min` and `max` so the map stays usable. */
export function aspectRatio(bounds: readonly number[], min = 0.55, max = 1.5): number {
  const [x0, y0, x1, y1] = bounds as [number, number, number, number];
  const w = x1 - x0;
  const h = y1 - y0;
  if (!(w > 0) || !(h > 0)) return 1;
  return Math.min(max, Math.max(min, h / w));
}

/** Scale and translate that fit `bounds` centred into `width` × `height` with `margin` pixels. */
export function fitBounds(bounds: readonly number[], width: number, height: number, margin = 8): Fit {
  const [x0, y0, x1, y1] = bounds as [number, number, number, number];
  const w = Math.max(x1 - x0, 1e-9);
  const h = Math.max(y1 - y0, 1e-9);
  const scale = Math.min((width - 2 * margin) / w, (height - 2 * margin) / h);
  const cx = (x0 + x1) / 2;
  const cy = (y0 + y1) / 2;
  return { scale, translate: [width / 2 - cx * scale, height / 2 + cy * scale] };
}

/**
 * A point inside a feature for keyboard movement and the tooltip: the vertex-average of the
 * largest polygon's outer ring (good enough to order neighbours; not a true centroid).
 */
export function labelPoint(geometry: Geometry | null | undefined): [number, number] | undefined {
  if (!geometry) return undefined;
  if (!labelPoints.has(geometry)) labelPoints.set(geometry, findLabelPoint(geometry));
  return labelPoints.get(geometry);
}

const labelPoints = new WeakMap<Geometry, [number, number] | undefined>();

function findLabelPoint(geometry: Geometry): [number, number] | undefined {
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.type === 'MultiPolygon' ? geometry.coordinates : [];
  let best: Position[] | undefined;
  let bestArea = -1;
  for (const poly of polygons) {
    const ring = poly[0];
    if (!ring?.length) continue;
    let area = 0;
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) area += ring[j]![0]! * ring[i]![1]! - ring[i]![0]! * ring[j]![1]!;
    if (Math.abs(area) > bestArea) {
      bestArea = Math.abs(area);
      best = ring;
    }
  }
  if (!best) return undefined;
  const points = best.length > 1 ? best.slice(0, -1) : best;
  const x = points.reduce((s, p) => s + p[0]!, 0) / points.length;
  const y = points.reduce((s, p) => s + p[1]!, 0) / points.length;
  return [x, y];
}
