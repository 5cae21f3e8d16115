// Derives data/municipalities.projected.topo.json from the lon/lat topology: the same objects and
// arcs, each point projected once here with the map's own projection (the widgets' projection.ts,
// so the formula lives in one place) instead of in every reader's browser. The projection is
// fixed (equal-area conic, parallels 58° and 68° N, central meridian 15° E); a map only scales and
// moves it to fit the countries shown, so one planar file serves every view.
import { meshArcs } from 'topojson-client';
import { importSource } from './ts-module.mjs';

/**
 * The borders a map draws over its areas, as TopoJSON objects of the file's own arcs: between
 * municipalities of different countries (municipality level) and between countries (country
 * level). Found once here instead of by every map in the browser (topojson-client's mesh walks
 * every municipality's rings: 15–35 ms on a phone-class CPU).
 */
export function borderObjects(topology) {
  const countryOf = (geometry) => geometry.properties?.country;
  return {
    'municipality-borders': meshArcs(topology, topology.objects.municipalities, (a, b) => a !== b && countryOf(a) !== countryOf(b)),
    'country-borders': meshArcs(topology, topology.objects.countries, (a, b) => a !== b),
  };
}

/**
 * Steps of the planar grid across the whole extent: 10,000 gives steps of about 5.9e-5 × 6.3e-5
 * units, no coarser than the lon/lat grid they come from (0.013° of longitude ≈ 1.1e-4 units at
 * 60° N, 0.0038° of latitude ≈ 6.6e-5), so projecting here loses nothing that was there; finer
 * grids only add bytes (20,000: +5.5 KB gzipped).
 */
export const PLANAR_QUANTIZATION = 10000;

/**
 * The projected topology. Arcs keep their index (the objects are shared unchanged, plus the
 * borders of {@link borderObjects}); consecutive
 * points that fall on the same grid cell are merged, but every arc keeps at least two points.
 */
export async function projectTopology(topology, { quantization = PLANAR_QUANTIZATION } = {}) {
  const { conicRaw, PARALLELS, ROTATE_LON } = await importSource('src/elements/nordic-migration-map/projection.ts');
  const { scale: [kx, ky], translate: [tx, ty] } = topology.transform;
  const planarArcs = topology.arcs.map((arc) => {
    let x = 0;
    let y = 0;
    return arc.map(([dx, dy]) => conicRaw((x += dx) * kx + tx, (y += dy) * ky + ty));
  });
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity;
  for (const arc of planarArcs) for (const [x, y] of arc) {
    if (x < x0) x0 = x;
    if (x > x1) x1 = x;
    if (y < y0) y0 = y;
    if (y > y1) y1 = y;
  }
  const sx = (x1 - x0) / (quantization - 1) || 1;
  const sy = (y1 - y0) / (quantization - 1) || 1;
  const arcs = planarArcs.map((arc) => {
    const grid = arc.map(([x, y]) => [Math.round((x - x0) / sx), Math.round((y - y0) / sy)]);
    const kept = grid.filter((p, i) => i === 0 || p[0] !== grid[i - 1][0] || p[1] !== grid[i - 1][1]);
    if (kept.length < 2) kept.push(grid[grid.length - 1]);
    let px = 0;
    let py = 0;
    return kept.map(([qx, qy]) => {
      const delta = [qx - px, qy - py];
      px = qx;
      py = qy;
      return delta;
    });
  });
  const { metadata, ...rest } = topology;
  return {
    ...rest,
    // The arcs keep their indices, so the borders found on the lon/lat file hold here too.
    objects: { ...topology.objects, ...borderObjects(topology) },
    transform: { scale: [sx, sy], translate: [x0, y0] },
    arcs,
    metadata: {
      ...metadata,
      // Says what the coordinates are, so nobody reads them as longitude and latitude.
      projection: {
        type: 'conicEqualArea',
        parallels: PARALLELS,
        rotate: [ROTATE_LON, 0, 0],
        units: 'the projection of the unit sphere before scale and translate (d3-geo conicEqualAreaRaw); y points north',
        from: 'municipalities.topo.json',
      },
    },
  };
}
