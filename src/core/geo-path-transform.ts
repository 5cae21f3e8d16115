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
import { PathRecorder, planarWriter, takeWritten, type PlanarProjection, type PlanarWriter } from './planar-path.js';

type VegaProjection = GeoProjection & PlanarProjection;

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
      const ahead = shape && writePlanar ? takeWritten(shape, writePlanar.key) : undefined;
      if (ahead) {
        item[as] = ahead.path;
        if (as === 'path') item['pathCache'] = ahead.parsed;
        return;
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
