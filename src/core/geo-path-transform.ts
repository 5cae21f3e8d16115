/**
 * `geopathparsed`: Vega's `geopath` transform (geometry → SVG path string) that also hands Vega
 * the path already in its parsed form. A `path` mark's bounds (and every canvas draw or pick)
 * come from `item.pathCache`; without one, Vega parses the string back with regular expressions,
 * which on a municipality map costs about as much as projecting it. Recording the projected
 * points once gives both, with the same rounding d3-geo uses (3 decimals), so the string is the
 * one `geopath` writes. The build (preparse in scripts/json-modules.mjs) puts it in place of
 * every `geopath` of our specs.
 *
 * The map's geometry is projected at build time and drawn with an `identity` projection; for
 * that the path is written straight from the positions ({@link planarWriter}), any other
 * projection goes through d3-geo.
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

type Position = number[];
type GeoObject = { type?: string; coordinates?: unknown; geometry?: unknown; geometries?: unknown[]; features?: unknown[] } | null | undefined;
type VegaProjection = GeoProjection & {
  type?: string;
  reflectX?: () => boolean;
  reflectY?: () => boolean;
  angle?: () => number;
  clipExtent?: () => unknown;
};

/** Writes a geometry into the recorder; false if it holds points (circles), which it leaves to d3-geo. */
type PlanarWriter = (geometry: unknown, recorder: PathRecorder) => boolean;

/**
 * For an `identity` projection (planar data: only scale, translate and reflection, no rotation or
 * clip extent), a writer that turns positions into the path directly, with what d3-geo's stream
 * would call on its path context: every ring's positions but the closing one, then Z; every line's
 * positions. Planar geometry needs no projection, and d3-geo's stream costs more than the
 * arithmetic it does here (an array and four calls per position). Undefined for any other projection.
 */
export function planarWriter(projection: VegaProjection | null): PlanarWriter | undefined {
  if (projection?.type !== 'identity' || projection.clipExtent?.() != null || (projection.angle?.() ?? 0) !== 0) return undefined;
  const k = projection.scale();
  const kx = projection.reflectX?.() ? -k : k;
  const ky = projection.reflectY?.() ? -k : k;
  const [tx, ty] = projection.translate();
  const line = (positions: Position[], recorder: PathRecorder, ring: boolean): void => {
    const count = ring ? positions.length - 1 : positions.length;
    for (let i = 0; i < count; i++) {
      const position = positions[i]!;
      const x = position[0]! * kx + tx;
      const y = position[1]! * ky + ty;
      if (i) recorder.lineTo(x, y);
      else recorder.moveTo(x, y);
    }
    if (ring) recorder.closePath();
  };
  const write: PlanarWriter = (object, recorder) => {
    const geo = object as GeoObject;
    if (!geo) return true;
    const coordinates = geo.coordinates as never;
    switch (geo.type) {
      case 'Feature':
        return write(geo.geometry, recorder);
      case 'FeatureCollection':
        return (geo.features ?? []).every((feature) => write(feature, recorder));
      case 'GeometryCollection':
        return (geo.geometries ?? []).every((geometry) => write(geometry, recorder));
      case 'LineString':
        line(coordinates, recorder, false);
        return true;
      case 'MultiLineString':
        for (const positions of coordinates as Position[][]) line(positions, recorder, false);
        return true;
      case 'Polygon':
        for (const ring of coordinates as Position[][]) line(ring, recorder, true);
        return true;
      case 'MultiPolygon':
        for (const polygon of coordinates as Position[][][]) for (const ring of polygon) line(ring, recorder, true);
        return true;
      default:
        return false;
    }
  };
  return write;
}

interface Drawers {
  recorder: PathRecorder;
  /** Draws into the recorder through d3-geo. */
  record: (geometry: unknown) => void;
  /** Writes planar geometry into the recorder without d3-geo (an identity projection). */
  writePlanar?: PlanarWriter;
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
      this.value = {
        recorder,
        record: geoPath(_.projection, recorder),
        writePlanar: planarWriter(_.projection),
        write: geoPath(_.projection),
        drawnFrom: new WeakMap(),
      };
      out.materialize().reflow();
    } else {
      flag = !_.field || pulse.modified((_.field as { fields?: unknown }).fields) ? out.ADD_MOD : out.ADD;
    }
    const { recorder, record, writePlanar, write, drawnFrom } = this.value;
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
      if (!writePlanar?.(geometry, recorder)) {
        recorder.take(); // what a writer that met a point wrote
        record(geometry);
      }
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
