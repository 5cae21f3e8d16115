/**
 * `geopathparsed`: Vega's `geopath` transform (geometry → SVG path string) that also hands Vega
 * the path already in its parsed form. A `path` mark's bounds (and every canvas draw or pick)
 * come from `item.pathCache`; without one, Vega parses the string back with regular expressions,
 * which on a municipality map costs about as much as projecting it. Recording the projected
 * points once gives both, with the same rounding d3-geo uses (3 decimals), so the string is the
 * one `geopath` writes. The build (preparse in scripts/json-modules.mjs) puts it in place of
 * every `geopath` of our specs.
 */
import { Transform } from 'vega-dataflow';
import { geoPath } from 'd3-geo';
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

interface Drawers {
  recorder: PathRecorder;
  /** Draws into the recorder. */
  record: (geometry: unknown) => void;
  /** d3-geo's string path (what Vega's geopath uses), for geometry with points. */
  write: (geometry: unknown) => string | null;
}

interface Params {
  projection: Parameters<typeof geoPath>[0];
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
      this.value = { recorder, record: geoPath(_.projection, recorder), write: geoPath(_.projection) };
      out.materialize().reflow();
    } else {
      flag = !_.field || pulse.modified((_.field as { fields?: unknown }).fields) ? out.ADD_MOD : out.ADD;
    }
    const { recorder, record, write } = this.value;
    out.visit(flag, (item) => {
      const geometry = field(item);
      record(geometry);
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
