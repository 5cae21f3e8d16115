/**
 * SVG path data written straight from planar positions (the map's geometry is projected at build
 * time), in both forms Vega keeps: the string and its parsed commands. Used by the Vega transform
 * (geo-path-transform.ts) and by the map's first picture, so both draw the same path. No
 * dependencies: it sits in the lowest Vega chunk, which every map has loaded to decode its geometry.
 */
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
/** What {@link planarWriter} reads of a projection (Vega's, or the map's own fit). */
export interface PlanarProjection {
  type?: string;
  scale(): number;
  translate(): [number, number] | number[];
  reflectX?: () => boolean;
  reflectY?: () => boolean;
  angle?: () => number;
  clipExtent?: () => unknown;
}

/** Writes a geometry into the recorder; false if it holds points (circles), which it leaves to d3-geo. */
export type PlanarWriter = ((geometry: unknown, recorder: PathRecorder) => boolean) & {
  /** Names the writer's scale, translation and reflection: paths written with equal keys are equal. */
  key: string;
};

/**
 * For an `identity` projection (planar data: only scale, translate and reflection, no rotation or
 * clip extent), a writer that turns positions into the path directly, with what d3-geo's stream
 * would call on its path context: every ring's positions but the closing one, then Z; every line's
 * positions. Planar geometry needs no projection, and d3-geo's stream costs more than the
 * arithmetic it does here (an array and four calls per position). Undefined for any other projection.
 */
export function planarWriter(projection: PlanarProjection | null): PlanarWriter | undefined {
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
  const write = ((object: unknown, recorder: PathRecorder): boolean => {
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
  }) as PlanarWriter;
  write.key = `${kx} ${ky} ${tx} ${ty}`;
  return write;
}

/**
 * Paths written ahead of Vega, by the geometry they were written from: the map's first picture
 * writes each area's path with the view's own projection, and the view's transform takes it
 * instead of writing it again. Each is taken once; the geometry's lifetime bounds the rest.
 */
const writtenAhead = new WeakMap<object, { key: string; path: string; parsed: ParsedPath }>();

export function keepWritten(geometry: object, key: string, path: string, parsed: ParsedPath): void {
  writtenAhead.set(geometry, { key, path, parsed });
}

/** The path written ahead for `geometry` with a writer of this `key`, once. */
export function takeWritten(geometry: object, key: string): { path: string; parsed: ParsedPath } | undefined {
  const written = writtenAhead.get(geometry);
  if (!written) return undefined;
  writtenAhead.delete(geometry);
  return written.key === key ? written : undefined;
}
