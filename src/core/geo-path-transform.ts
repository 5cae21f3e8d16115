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

/**
 * Twice the signed area (negative: clockwise) of the positions read as a ring, in longitude
 * relative to `centre` and latitude; NaN unless every position is away from the cut and the
 * poles and every step between two is a short one: d3-geo joins positions by great-circle arcs,
 * whose longitude runs straight from one end to the other unless the ends are half the world apart.
 */
function areaClearOfCut(positions: Position[], centre: number): number {
  let area = 0;
  let previousX = NaN;
  let previousY = NaN;
  for (let i = 0; i < positions.length; i++) {
    const position = positions[i]!;
    let x = position[0]! - centre;
    if (x < -180 || x >= 180) x = shift(position[0]!, centre); // rare: only past ±180° of the centre
    const y = position[1]!;
    if (x > 180 - CUT_MARGIN || x < CUT_MARGIN - 180 || Math.abs(y) > 90 - POLE_MARGIN || Math.abs(x - previousX) > 90) return NaN;
    if (i) area += previousX * y - x * previousY;
    previousX = x;
    previousY = y;
  }
  return area;
}

const clearOfCut = (positions: Position[], centre: number): boolean => !Number.isNaN(areaClearOfCut(positions, centre));

/** d3-geo reads a polygon as the small area a ring encloses when the outer ring runs clockwise and holes counter-clockwise. */
const woundAsSmall = (rings: Position[][], centre: number): boolean =>
  rings.every((ring, index) => (index === 0 ? areaClearOfCut(ring, centre) < 0 : areaClearOfCut(ring, centre) > 0));

/**
 * Whether d3-geo's antimeridian cut leaves this GeoJSON unchanged: every position at least
 * {@link CUT_MARGIN}° from the cut (the meridian opposite `centre`) and off the poles, no long
 * steps, and every polygon wound so that d3-geo reads it as the area it encloses (otherwise the
 * polygon holds the south pole, and the cut draws the sphere around it). One pass over the positions.
 */
export function clipCannotChange(object: unknown, centre: number): boolean {
  const geo = object as GeoObject;
  if (!geo) return true;
  const coordinates = geo.coordinates as never;
  switch (geo.type) {
    case 'Feature':
      return clipCannotChange(geo.geometry, centre);
    case 'FeatureCollection':
      return (geo.features ?? []).every((feature) => clipCannotChange(feature, centre));
    case 'GeometryCollection':
      return (geo.geometries ?? []).every((geometry) => clipCannotChange(geometry, centre));
    case 'Point':
      return clearOfCut([coordinates], centre);
    case 'MultiPoint':
      return (coordinates as Position[]).every((point) => clearOfCut([point], centre));
    case 'LineString':
      return clearOfCut(coordinates, centre);
    case 'MultiLineString':
      return (coordinates as Position[][]).every((line) => clearOfCut(line, centre));
    case 'Polygon':
      return woundAsSmall(coordinates, centre);
    case 'MultiPolygon':
      return (coordinates as Position[][][]).every((polygon) => woundAsSmall(polygon, centre));
    default:
      return false;
  }
}

type VegaProjection = GeoProjection & { copy?: () => GeoProjection };

/**
 * The projection without its antimeridian cut, and its central meridian; undefined when the
 * projection clips otherwise (a clip angle) or is rotated other than about the poles.
 */
function withoutCut(projection: VegaProjection | null): { projection: GeoProjection; centre: number } | undefined {
  if (!projection?.copy || typeof projection.preclip !== 'function') return undefined;
  const [lambda, phi = 0, gamma = 0] = projection.rotate();
  // clipAngle() is 0 only with d3-geo's default antimeridian cut (null clip angle).
  if (projection.clipAngle() !== 0 || phi !== 0 || gamma !== 0) return undefined;
  return { projection: projection.copy().preclip((stream) => stream), centre: -lambda };
}

interface Drawers {
  recorder: PathRecorder;
  /** Draws into the recorder. */
  record: (geometry: unknown) => void;
  /** Draws into the recorder without the antimeridian cut, for geometry clear of it. */
  recordUncut?: { draw: (geometry: unknown) => void; centre: number };
  /** d3-geo's string path (what Vega's geopath uses), for geometry with points. */
  write: (geometry: unknown) => string | null;
}

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
      this.value = {
        recorder,
        record: geoPath(_.projection, recorder),
        recordUncut: uncut && { draw: geoPath(uncut.projection, recorder), centre: uncut.centre },
        write: geoPath(_.projection),
      };
      out.materialize().reflow();
    } else {
      flag = !_.field || pulse.modified((_.field as { fields?: unknown }).fields) ? out.ADD_MOD : out.ADD;
    }
    const { recorder, record, recordUncut, write } = this.value;
    out.visit(flag, (item) => {
      const geometry = field(item);
      if (recordUncut && clipCannotChange(geometry, recordUncut.centre)) recordUncut.draw(geometry);
      else record(geometry);
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
