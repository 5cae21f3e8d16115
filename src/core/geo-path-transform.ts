/**
 * `geopathparsed`: Vega's `geopath` transform (geometry → SVG path string) that also hands Vega
 * the path already in its parsed form. A `path` mark's bounds (and every canvas draw or pick)
 * come from `item.pathCache`; without one, Vega parses the string back with regular expressions,
 * which on a municipality map costs about as much as projecting it. Recording the projected
 * points once gives both, with the same rounding d3-geo uses (3 decimals), so the string is the
 * one `geopath` writes. The build (preparse in scripts/json-modules.mjs) puts it in place of
 * every `geopath` of our specs.
 *
 * It also skips d3-geo's cut along the projection's antimeridian for geometry that cannot reach
 * it (see {@link clipCannotChange}): for such geometry the cut only copies every point into
 * arrays and tests each polygon against the south pole, which on the municipality map cost about
 * as much as the projection itself, and the drawing is the same (tested on every municipality).
 * And, with the conic equal-area projection, it skips d3-geo's resampling where it provably adds
 * no point (see {@link resampleCannotChange}): finding that out costs d3-geo a second projection
 * per segment.
 */
import { Transform } from 'vega-dataflow';
import { geoPath, type GeoProjection } from 'd3-geo';
import { inherits } from 'vega-util';

/** A command as Vega's path parser returns it, e.g. `['M', 10, 20]` or `['Z']`. */
export type PathCommand = ['M' | 'L', number, number] | ['Z'];
/** What Vega keeps in `item.pathCache`: the commands, tagged with the string they came from. */
export type ParsedPath = PathCommand[] & { path?: string };

const round = (value: number) => Math.round(value * 1000) / 1000;

/** A d3-geo path context that records both forms. Points (circles) are drawn by d3-geo's own string path. */
export class PathRecorder {
  private text = '';
  private commands: ParsedPath = [];
  private hasArcs = false;

  moveTo(x: number, y: number): void {
    this.add('M', round(x), round(y));
  }

  lineTo(x: number, y: number): void {
    this.add('L', round(x), round(y));
  }

  closePath(): void {
    this.text += 'Z';
    this.commands.push(['Z']);
  }

  arc(): void {
    this.hasArcs = true;
  }

  /**
   * The path drawn since the last call (`path` null for empty geometry), or undefined if it had
   * points, which this recorder does not write.
   */
  take(): { path: string | null; parsed: ParsedPath | undefined } | undefined {
    const path = this.text || null;
    const parsed = path ? Object.assign(this.commands, { path }) : undefined;
    const hadArcs = this.hasArcs;
    this.text = '';
    this.commands = [];
    this.hasArcs = false;
    return hadArcs ? undefined : { path, parsed };
  }

  private add(command: 'M' | 'L', x: number, y: number): void {
    this.text += `${command}${x},${y}`;
    this.commands.push([command, x, y]);
  }
}

/** How far (degrees) geometry must stay from the antimeridian cut, and from the poles, to skip the cut. */
const CUT_MARGIN = 10;
const POLE_MARGIN = 1;

type Position = number[];
type GeoObject = { type?: string; coordinates?: unknown; geometry?: unknown; geometries?: unknown[]; features?: unknown[] } | null | undefined;

/** Longitude relative to the projection's central meridian, in [-180, 180). */
const shift = (longitude: number, centre: number): number => ((((longitude - centre + 180) % 360) + 360) % 360) - 180;

/** What one pass over a geometry's positions learns besides the cut (degrees). */
export interface Extent {
  latMin: number;
  latMax: number;
  /** The largest longitude and latitude difference between consecutive positions. */
  stepLon: number;
  stepLat: number;
}

/**
 * Twice the signed area (negative: clockwise) of the positions read as a ring, in longitude
 * relative to `centre` and latitude; NaN unless every position is away from the cut and the
 * poles and every step between two is a short one: d3-geo joins positions by great-circle arcs,
 * whose longitude runs straight from one end to the other unless the ends are half the world apart.
 * Widens `extent` to the positions and steps it reads.
 */
function areaClearOfCut(positions: Position[], centre: number, extent: Extent, ring = false): number {
  let area = 0;
  let previousX = NaN;
  let previousY = NaN;
  // d3-geo joins a ring's last position to its first (the same position in valid GeoJSON).
  const count = ring && positions.length > 1 ? positions.length + 1 : positions.length;
  for (let i = 0; i < count; i++) {
    const position = positions[i % positions.length]!;
    let x = position[0]! - centre;
    if (x < -180 || x >= 180) x = shift(position[0]!, centre); // rare: only past ±180° of the centre
    const y = position[1]!;
    if (x > 180 - CUT_MARGIN || x < CUT_MARGIN - 180 || Math.abs(y) > 90 - POLE_MARGIN || Math.abs(x - previousX) > 90) return NaN;
    if (y < extent.latMin) extent.latMin = y;
    if (y > extent.latMax) extent.latMax = y;
    if (i) {
      area += previousX * y - x * previousY;
      const stepLon = Math.abs(x - previousX);
      const stepLat = Math.abs(y - previousY);
      if (stepLon > extent.stepLon) extent.stepLon = stepLon;
      if (stepLat > extent.stepLat) extent.stepLat = stepLat;
    }
    previousX = x;
    previousY = y;
  }
  return area;
}

const clearOfCut = (positions: Position[], centre: number, extent: Extent): boolean => !Number.isNaN(areaClearOfCut(positions, centre, extent));

/** d3-geo reads a polygon as the small area a ring encloses when the outer ring runs clockwise and holes counter-clockwise. */
const woundAsSmall = (rings: Position[][], centre: number, extent: Extent): boolean =>
  rings.every((ring, index) => (index === 0 ? areaClearOfCut(ring, centre, extent, true) < 0 : areaClearOfCut(ring, centre, extent, true) > 0));

/**
 * Whether d3-geo's antimeridian cut leaves this GeoJSON unchanged: every position at least
 * {@link CUT_MARGIN}° from the cut (the meridian opposite `centre`) and off the poles, no long
 * steps, and every polygon wound so that d3-geo reads it as the area it encloses (otherwise the
 * polygon holds the south pole, and the cut draws the sphere around it). One pass over the positions.
 */
export function clipCannotChange(object: unknown, centre: number): boolean {
  return measure(object, centre) !== undefined;
}

/** The geometry's {@link Extent} if d3-geo's antimeridian cut cannot change it ({@link clipCannotChange}), else undefined. */
export function measure(object: unknown, centre: number): Extent | undefined {
  const extent: Extent = { latMin: Infinity, latMax: -Infinity, stepLon: 0, stepLat: 0 };
  return isClearOfCut(object, centre, extent) ? extent : undefined;
}

function isClearOfCut(object: unknown, centre: number, extent: Extent): boolean {
  const geo = object as GeoObject;
  if (!geo) return true;
  const coordinates = geo.coordinates as never;
  switch (geo.type) {
    case 'Feature':
      return isClearOfCut(geo.geometry, centre, extent);
    case 'FeatureCollection':
      return (geo.features ?? []).every((feature) => isClearOfCut(feature, centre, extent));
    case 'GeometryCollection':
      return (geo.geometries ?? []).every((geometry) => isClearOfCut(geometry, centre, extent));
    case 'Point':
      return clearOfCut([coordinates], centre, extent);
    case 'MultiPoint':
      return (coordinates as Position[]).every((point) => clearOfCut([point], centre, extent));
    case 'LineString':
      return clearOfCut(coordinates, centre, extent);
    case 'MultiLineString':
      return (coordinates as Position[][]).every((line) => clearOfCut(line, centre, extent));
    case 'Polygon':
      return woundAsSmall(coordinates, centre, extent);
    case 'MultiPolygon':
      return (coordinates as Position[][][]).every((polygon) => woundAsSmall(polygon, centre, extent));
    default:
      return false;
  }
}

type VegaProjection = GeoProjection & { copy?: () => GeoProjection; type?: string; parallels?: () => [number, number] };

const RAD = Math.PI / 180;

/** A conic equal-area projection's constants (d3-geo's conicEqualAreaRaw), its scale and resampling precision (px). */
export interface Conic {
  n: number;
  c: number;
  scale: number;
  precision: number;
}

/** The constants of a conic equal-area projection with its cone opening north, else undefined. */
export function conicOf(projection: VegaProjection): Conic | undefined {
  if (projection.type !== 'conicequalarea' || typeof projection.parallels !== 'function') return undefined;
  const [phi0, phi1] = projection.parallels().map((degrees) => degrees * RAD) as [number, number];
  const sy0 = Math.sin(phi0);
  const n = (sy0 + Math.sin(phi1)) / 2;
  // n near 0: d3-geo draws a cylindrical projection instead; n < 0: a cone opening south.
  if (!(n > 1e-6)) return undefined;
  return { n, c: 1 + sy0 * (2 * n - sy0), scale: projection.scale(), precision: projection.precision() };
}

/**
 * Whether d3-geo's resampling would add no point to geometry of this extent (already clear of the
 * cut). d3-geo checks each projected segment longer than 2 × precision: it projects the midpoint
 * of the great-circle arc and adds points if that lies more than `precision` off the segment, or
 * more than 0.3 of its length from the segment's middle, or if the arc is over 30°. Neither can
 * happen when the projected arc f(t), t ∈ [0, 1], stays within 0.5 × precision of its chord's
 * middle, and it stays within max|f''| / 8 of it. For the conic equal-area projection at latitude
 * φ ≥ 0 (radius ρ = √(c − 2n sin φ) / n, angle nλ), along an arc of θ radians (from the geodesic
 * equations, with |φ'| ≤ θ, |λ'| ≤ θ / cos φ, |φ'λ'| ≤ θ² / (2 cos φ)):
 *   |f''| ≤ scale · θ² · (2 sin φ / (nρ) + cos²φ / (n²ρ³) + nρ (n + sin φ) / cos²φ + 1 / ρ),
 * bounded over the latitudes the arcs reach with ρ's and the sines' monotony. θ is at most the
 * largest latitude step plus the largest longitude step times the cosine of the lowest latitude.
 */
export function resampleCannotChange(extent: Extent, conic: Conic): boolean {
  return conic.precision > 0 && resampleDeviationBound(extent, conic) <= 0.5 * conic.precision;
}

/** The bound on max|f''| / 8 (px) of {@link resampleCannotChange}; Infinity outside latitudes 0°–89° or for arcs over 30°. */
export function resampleDeviationBound(extent: Extent, conic: Conic): number {
  const arc = (extent.stepLat + extent.stepLon * Math.cos(extent.latMin * RAD)) * RAD;
  // An arc stays within θ/2 of one of its ends.
  const a = extent.latMin * RAD - arc / 2;
  const b = extent.latMax * RAD + arc / 2;
  if (!(a >= 0) || !(b <= (90 - POLE_MARGIN) * RAD) || !(arc <= Math.PI / 6)) return Infinity;
  const { n, c } = conic;
  const rho = (phi: number) => Math.sqrt(c - 2 * n * Math.sin(phi)) / n;
  const rhoA = rho(a);
  const rhoB = rho(b);
  const sinB = Math.sin(b);
  const cosA = Math.cos(a);
  const cosB = Math.cos(b);
  const curvature = (2 * sinB) / (n * rhoB) + (cosA * cosA) / (n * n * rhoB ** 3) + (n * rhoA * (n + sinB)) / (cosB * cosB) + 1 / rhoB;
  return (conic.scale * curvature * arc * arc) / 8;
}

/**
 * Copies of the projection without its antimeridian cut, and its central meridian; undefined when
 * the projection clips otherwise (a clip angle) or is rotated other than about the poles.
 */
function withoutCut(projection: VegaProjection | null): { copy: () => GeoProjection; centre: number } | undefined {
  if (!projection?.copy || typeof projection.preclip !== 'function') return undefined;
  const [lambda, phi = 0, gamma = 0] = projection.rotate();
  // clipAngle() is 0 only with d3-geo's default antimeridian cut (null clip angle).
  if (projection.clipAngle() !== 0 || phi !== 0 || gamma !== 0) return undefined;
  const copy = projection.copy.bind(projection);
  return { copy: () => copy().preclip((stream) => stream), centre: -lambda };
}

interface Uncut {
  centre: number;
  draw: (geometry: unknown) => void;
  /** Draws without resampling, for geometry {@link resampleCannotChange} clears (conic equal-area only). */
  drawUnsampled?: { draw: (geometry: unknown) => void; conic: Conic };
}

interface Drawers {
  recorder: PathRecorder;
  /** Draws into the recorder. */
  record: (geometry: unknown) => void;
  /** Draws into the recorder without the antimeridian cut, for geometry clear of it. */
  recordUncut?: Uncut;
  /** d3-geo's string path (what Vega's geopath uses), for geometry with points. */
  write: (geometry: unknown) => string | null;
  /** The feature geometry each item was last drawn from, with these drawers. */
  drawnFrom: WeakMap<object, unknown>;
}

/**
 * What a feature's path depends on: its geometry, a new object whenever Vega is told the
 * `geometry` field changed. Undefined for anything else (then every change draws again).
 */
const featureGeometry = (value: unknown): unknown =>
  value && typeof value === 'object' && (value as { type?: unknown }).type === 'Feature' ? (value as { geometry?: unknown }).geometry : undefined;

interface Params {
  projection: VegaProjection | null;
  field?: (item: unknown) => unknown;
  as?: string;
  modified(): boolean;
}
interface Pulse {
  ALL: number;
  SOURCE: number;
  ADD: number;
  ADD_MOD: number;
  fork(flags: number): Pulse;
  materialize(): Pulse;
  reflow(): Pulse;
  modified(fields: unknown): boolean;
  visit(flags: number, visitor: (item: Record<string, unknown>) => void): void;
  modifies(field: string): Pulse;
}

/** Vega's operators are prototype-based: a constructor calling Transform, and `inherits`. */
function GeoPathParsed(this: unknown, params: unknown): void {
  (Transform as (this: unknown, value: unknown, params: unknown) => void).call(this, null, params);
}

GeoPathParsed.Definition = {
  type: 'GeoPathParsed',
  metadata: { modifies: true },
  params: [
    { name: 'projection', type: 'projection' },
    { name: 'field', type: 'field' },
    { name: 'as', type: 'string', default: 'path' },
  ],
};

type Constructor = new (...args: never[]) => unknown;
inherits(GeoPathParsed as unknown as Constructor, Transform as unknown as Constructor, {
  transform(this: { value?: Drawers }, _: Params, pulse: Pulse) {
    const out = pulse.fork(pulse.ALL);
    const field = _.field ?? ((item: unknown) => item);
    const as = _.as ?? 'path';
    let flag = out.SOURCE;
    if (!this.value || _.modified()) {
      const recorder = new PathRecorder();
      const uncut = withoutCut(_.projection);
      const conic = uncut && conicOf(_.projection!);
      this.value = {
        recorder,
        record: geoPath(_.projection, recorder),
        recordUncut: uncut && {
          centre: uncut.centre,
          draw: geoPath(uncut.copy(), recorder),
          drawUnsampled: conic ? { draw: geoPath(uncut.copy().precision(0), recorder), conic } : undefined,
        },
        write: geoPath(_.projection),
        drawnFrom: new WeakMap(),
      };
      out.materialize().reflow();
    } else {
      flag = !_.field || pulse.modified((_.field as { fields?: unknown }).fields) ? out.ADD_MOD : out.ADD;
    }
    const { recorder, record, recordUncut, write, drawnFrom } = this.value;
    out.visit(flag, (item) => {
      const geometry = field(item);
      // A modified item whose shape is the one it was drawn from keeps its path: with
      // `field: 'datum'` every change of a datum (a new fill for another year) counts as a change of
      // the field, and Vega's geopath would project the shape again.
      const shape = featureGeometry(geometry);
      if (shape !== undefined) {
        if (drawnFrom.has(item) && drawnFrom.get(item) === shape) return;
        drawnFrom.set(item, shape);
      }
      const extent = recordUncut && measure(geometry, recordUncut.centre);
      if (!extent) record(geometry);
      else if (recordUncut.drawUnsampled && resampleCannotChange(extent, recordUncut.drawUnsampled.conic)) recordUncut.drawUnsampled.draw(geometry);
      else recordUncut.draw(geometry);
      const recorded = recorder.take();
      if (!recorded) {
        item[as] = write(geometry);
        return;
      }
      item[as] = recorded.path;
      // Vega reads the cache of a mark item's `path`; under another name it would be a stray field.
      if (as === 'path' && recorded.parsed) item['pathCache'] = recorded.parsed;
    });
    return out.modifies(as);
  },
});

export { GeoPathParsed };
