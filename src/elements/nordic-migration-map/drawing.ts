/**
 * The drawing's pieces that need no element: its size and projection, the signals it gets, what
 * changed since the areas were sent, its role for screen readers, the pointer's area, and the
 * focus outline over it.
 */
import type { View } from 'vega';
import type { AreaRow, MapModel } from './map-model.js';
import type { MapRenderer } from './model.js';
import { aspectRatio, fitBounds, project } from './projection.js';

/**
 * Height and projection of a drawing `width` wide (a sensible aspect ratio for the countries
 * shown, but never taller than most of the window); gives each row its screen position.
 */
export function layOut(model: MapModel, width: number, windowHeight: number): { height: number; fit: ReturnType<typeof fitBounds> } {
  const maxHeight = Math.max(320, Math.round((windowHeight || 900) * 0.85));
  const height = Math.min(Math.round(width * aspectRatio(model.bounds)), maxHeight);
  const fit = fitBounds(model.bounds, width, height);
  for (const row of model.rows) {
    if (!row.anchor) continue;
    [row.x, row.y] = project(fit, row.anchor[0], row.anchor[1]);
  }
  return { height, fit };
}

/** Width of each area's outline (px); the same in the stylesheet (`.areas_marks > path`). */
export const AREA_STROKE_WIDTH = 0.3;

/**
 * The spec's signals: size, projection, focus and the theme's colours. With `outlinesFromCss`
 * (SVG on screen) the areas get no outline from Vega: one stylesheet rule gives it to all of
 * them, instead of two attributes on each of a thousand paths for the browser to read.
 */
export function drawingSignals(
  cssColor: (name: string, fallback: string) => string,
  width: number,
  height: number,
  fit: ReturnType<typeof fitBounds>,
  focusId: string,
  outlinesFromCss = false,
): Record<string, unknown> {
  return {
    width,
    height,
    projScale: fit.scale,
    projTranslate: fit.translate,
    focusId,
    landFill: cssColor('--_map-land', '#e6e9ec'),
    borderColor: cssColor('--_map-border', '#6b7681'),
    areaStroke: outlinesFromCss ? null : cssColor('--_map-area-stroke', '#ffffff'),
    areaStrokeWidth: outlinesFromCss ? null : AREA_STROKE_WIDTH,
    highlightColor: cssColor('--_map-highlight', '#c2185b'),
    focusColor: cssColor('--_map-focus', '#1d2329'),
  };
}

/** Whether the view holds exactly these areas (then an update only recolours them). */
export function sameAreas(sent: Map<string, AreaRow> | undefined, rows: readonly AreaRow[]): boolean {
  return sent?.size === rows.length && rows.every((row) => sent.has(row.id));
}

/** The fields of the sent tuples that differ from the rows: `[tuple, field, new value]`. */
export function areaChanges(sent: Map<string, AreaRow>, rows: readonly AreaRow[]): [AreaRow, keyof AreaRow, unknown][] {
  const changes: [AreaRow, keyof AreaRow, unknown][] = [];
  for (const row of rows) {
    const drawn = sent.get(row.id)!;
    for (const field of ['fill', 'value', 'highlighted'] as const) if (drawn[field] !== row[field]) changes.push([drawn, field, row[field]]);
  }
  return changes;
}

/** The drawing is one image for screen readers; the table is the way to the figures. */
export function markAsImage(container: Element | null, label: string): void {
  const svg = container?.querySelector('svg');
  if (svg) {
    svg.setAttribute('role', 'img');
    svg.setAttribute('aria-label', label);
    svg.removeAttribute('aria-roledescription');
  }
  const canvas = container?.querySelector('canvas');
  if (canvas) {
    canvas.setAttribute('role', 'img');
    canvas.setAttribute('aria-label', label);
  }
}

export interface AreaPointer {
  /** The pointer moved over an area (undefined: over no area). */
  move(row: AreaRow | undefined, event: MouseEvent): void;
  /** The pointer left an area. */
  out(row: AreaRow): void;
  click(row: AreaRow): void;
}

/** Follows the pointer over the view's areas; `rowById` finds the model's row of a drawn area. */
export function listenToAreas(view: View, rowById: (id: string) => AreaRow | undefined, on: AreaPointer): void {
  const rowOf = (item: unknown): AreaRow | undefined => {
    const datum = (item as { datum?: { id?: unknown; place?: unknown } } | null)?.datum;
    return typeof datum?.id === 'string' && datum.place ? rowById(datum.id) : undefined;
  };
  view.addEventListener('mousemove', (event, item) => on.move(rowOf(item), event as MouseEvent));
  view.addEventListener('mouseout', (_event, item) => {
    const row = rowOf(item);
    if (row) on.out(row);
  });
  view.addEventListener('click', (_event, item) => {
    const row = rowOf(item);
    if (row) on.click(row);
  });
}

/**
 * Outlines the area under the pointer or keyboard focus. With SVG, the outline is a copy of the
 * drawn path in a small overlay of its own, so a hover repaints one shape and never re-runs
 * Vega's dataflow; the canvas renderer uses the spec's `focusId` signal instead.
 */
export class FocusOutline {
  private readonly paths = new Map<string, SVGPathElement>();

  constructor(private readonly overlay: () => SVGSVGElement | null) {}

  /**
   * Finds the drawn path of each area (Vega keeps its scenegraph item on the element) and sizes
   * the overlay. False when there is no overlay to draw in (canvas).
   */
  index(renderer: MapRenderer | undefined, canvas: Element | null, width: number, height: number): boolean {
    this.paths.clear();
    const overlay = this.overlay();
    if (renderer !== 'svg' || !overlay) return false;
    overlay.setAttribute('width', String(width));
    overlay.setAttribute('height', String(height));
    overlay.setAttribute('viewBox', `0 0 ${width} ${height}`);
    for (const path of canvas?.querySelectorAll('path') ?? []) {
      const item = (path as unknown as { __data__?: { mark?: { name?: string }; datum?: { id?: unknown } } }).__data__;
      if (item?.mark?.name === 'areas_marks' && typeof item.datum?.id === 'string') this.paths.set(item.datum.id, path);
    }
    return true;
  }

  set(id: string, renderer: MapRenderer | undefined, view: View | undefined): void {
    const overlay = this.overlay();
    if (renderer === 'svg' && overlay) {
      const outline = overlay.firstElementChild as SVGPathElement;
      const source = id ? this.paths.get(id) : undefined;
      outline.setAttribute('d', source?.getAttribute('d') ?? '');
      const transform = source?.getAttribute('transform');
      if (transform) outline.setAttribute('transform', transform);
      else outline.removeAttribute('transform');
      return;
    }
    if (!view || view.signal('focusId') === id) return;
    view.signal('focusId', id);
    void view.runAsync();
  }
}
