/**
 * The map's first picture: the drawing in plain SVG, shown on a slow CPU while the Vega view is
 * built out of sight. Building the view and its thousand paths takes most of a second on a
 * phone-class CPU; the picture needs only the path data, written from the same planar positions
 * with the same writer Vega's transform uses (so the shapes are the same), one path per fill
 * colour, and a dozen elements for the browser to style. Each area's path is written here in any
 * case and handed to the view's transform, not written twice; how long that took tells a fast CPU,
 * where the view is built at once and no picture is shown, from a slow one ({@link paceOf}). When
 * the view is complete it takes the picture's place in one step (same size: nothing moves); only
 * then is the map ready (`nordic-ready`) and interactive.
 */
import type { PlanarProjection } from '../../core/planar-path.js';
import type { AreaRow } from './map-model.js';
import { TaskBudget } from '../../core/yield.js';

type GeoRuntime = Pick<typeof import('./geo-runtime.js'), 'PathRecorder' | 'planarWriter' | 'keepWritten'>;

const SVG = 'http://www.w3.org/2000/svg';

/** One path of the picture: a layer of the drawing, or the areas of one fill colour. */
export interface PictureLayer {
  /** The class of the Vega mark it stands for (the stylesheet outlines `areas_marks` paths). */
  className: string;
  d: string;
  fill: string | null;
  stroke: string | null;
  strokeWidth: number | null;
}

/** Line widths of the layers drawn with a stroke, as the marks in map.vl.json have them (a test compares). */
export const PICTURE_STROKE_WIDTHS = { outlines: 0.5, country_borders: 0.9, highlighted: 2 } as const;

/** What the picture is drawn from: the drawing's data as the view gets it. */
export interface PictureInput {
  rows: readonly AreaRow[];
  outlines: readonly unknown[];
  borders: readonly unknown[];
}

/** The spec's projection (map.vl.json: identity, north up) with the scale and translation of `signals`. */
export function mapProjection(signals: Record<string, unknown>): PlanarProjection {
  const scale = Number(signals['projScale']);
  const translate = signals['projTranslate'] as [number, number];
  return { type: 'identity', scale: () => scale, translate: () => translate, reflectY: () => true };
}

/**
 * The picture's paths, bottom to top as the spec layers them: country outlines, the areas (one
 * path per fill, in the order the fills first occur), borders between countries, highlighted
 * areas. `pathOf` writes the path data of several GeoJSON objects as one path. Empty layers are left out.
 */
export function pictureLayers(
  input: PictureInput,
  signals: Record<string, unknown>,
  pathOf: (objects: readonly unknown[]) => string,
  areaPath: (row: AreaRow) => string = (row) => pathOf([row]),
): PictureLayer[] {
  const color = (name: string) => String(signals[name]);
  const byFill = new Map<string, AreaRow[]>();
  for (const row of input.rows) {
    const fill = row.fill ?? '';
    const same = byFill.get(fill);
    if (same) same.push(row);
    else byFill.set(fill, [row]);
  }
  const highlighted = input.rows.filter((row) => row.highlighted);
  const layers: PictureLayer[] = [
    { className: 'outlines_marks', d: pathOf(input.outlines), fill: color('landFill'), stroke: color('borderColor'), strokeWidth: PICTURE_STROKE_WIDTHS.outlines },
    ...[...byFill].map(([fill, rows]) => ({ className: 'areas_marks', d: rows.map(areaPath).join(''), fill: fill || null, stroke: null, strokeWidth: null })),
    { className: 'country_borders_marks', d: pathOf(input.borders), fill: null, stroke: color('borderColor'), strokeWidth: PICTURE_STROKE_WIDTHS.country_borders },
    { className: 'highlighted_marks', d: pathOf(highlighted), fill: null, stroke: color('highlightColor'), strokeWidth: PICTURE_STROKE_WIDTHS.highlighted },
  ];
  return layers.filter((layer) => layer.d);
}

/**
 * How long writing the areas' paths may go on in one task (ms), and the measure of
 * {@link paceOf}. `ms` can be changed (tests).
 */
export const PICTURE_BUDGET = new TaskBudget(30);

/**
 * What the time spent writing the areas' paths says of the CPU; building the view takes three
 * to four times as long. `fast`: within half a task, so the view stays about within a long
 * task's 50 ms: it is built in place, in one run, and a picture would only delay it. `slow`:
 * within a task: the picture shows while the view is built out of sight, in pieces. `slower`:
 * beyond it: the picture also gets a frame of its own first.
 */
export type Pace = 'fast' | 'slow' | 'slower';

export function paceOf(tookMs: number, budgetMs: number): Pace {
  return tookMs <= budgetMs / 2 ? 'fast' : tookMs <= budgetMs ? 'slow' : 'slower';
}

/**
 * Writes each area's path once (handed over to the view's transform), in tasks of about
 * `budget` ms: on a phone-class CPU the thousand paths take tens of ms. Needs the path writer of
 * the geometry's chunk. Undefined if the projection is not planar. `pace`: see {@link paceOf};
 * `layers()` joins the written paths into the picture's layers.
 */
export async function writeFirstPicture(
  input: PictureInput,
  signals: Record<string, unknown>,
  { PathRecorder, planarWriter, keepWritten }: GeoRuntime,
  budget: Pick<TaskBudget, 'ms' | 'yield'> = PICTURE_BUDGET,
): Promise<{ layers(): PictureLayer[]; pace: Pace } | undefined> {
  const write = planarWriter(mapProjection(signals));
  if (!write) return undefined;
  const began = performance.now();
  const recorder = new PathRecorder();
  const pathOf = (objects: readonly unknown[]): string => {
    for (const object of objects) write(object, recorder);
    return recorder.take()?.path ?? '';
  };
  const written = new Map<AreaRow, string>();
  for (const row of input.rows) {
    write(row, recorder);
    const path = recorder.take();
    if (path?.path && path.parsed) {
      keepWritten(row.geometry, write.key, path.path, path.parsed);
      written.set(row, path.path);
    }
    await budget.yield();
  }
  return { layers: () => pictureLayers(input, signals, pathOf, (row) => written.get(row) ?? ''), pace: paceOf(performance.now() - began, budget.ms) };
}

/**
 * Draws the picture into `container` (`width` × `height`, as the view will be): DOM methods only,
 * no markup parsed. `data-areas` says how many areas it shows (the bench counts them as drawn).
 */
export function drawFirstPicture(container: HTMLElement, layers: readonly PictureLayer[], size: { width: number; height: number; areas: number }): SVGSVGElement {
  const { width, height } = size;
  const svg = document.createElementNS(SVG, 'svg');
  svg.setAttribute('width', String(width));
  svg.setAttribute('height', String(height));
  svg.setAttribute('viewBox', `0 0 ${width} ${height}`);
  svg.setAttribute('data-areas', String(size.areas));
  for (const layer of layers) {
    const group = document.createElementNS(SVG, 'g');
    group.setAttribute('class', layer.className);
    const path = document.createElementNS(SVG, 'path');
    path.setAttribute('d', layer.d);
    path.setAttribute('fill', layer.fill ?? 'none');
    if (layer.stroke) path.setAttribute('stroke', layer.stroke);
    if (layer.strokeWidth !== null) path.setAttribute('stroke-width', String(layer.strokeWidth));
    group.append(path);
    svg.append(group);
  }
  container.append(svg);
  return svg;
}
