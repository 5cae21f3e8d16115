/**
 * The map's Vega view: created on the first draw (and again for another renderer), updated with
 * only what changed afterwards, its draws queued so two never overlap, finalized when the
 * element leaves the page. Also keeps the focus outline drawn over it.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Runtime, View } from 'vega';
import { cssValues } from '../../../core/drawing-host.js';
import { createView, finalizeView, insertTuples, modifyTuples, setChangedSignals } from '../../../core/vega-loader.js';
import { afterNextPaint, yieldToMain } from '../../../core/yield.js';
import spec from '../map.vl.json';
import { AREA_STROKE_WIDTH, FocusOutline, areaChanges, drawingSignals, layOut, listenToAreas, markAsImage, sameAreas, type AreaPointer } from '../drawing.js';
import type { DecodedGeometry } from '../geometry.js';
import { drawFirstPicture, writeFirstPicture, type PictureLayer } from '../first-picture.js';
import type { AreaRow, MapModel } from '../map-model.js';
import type { MapLevel, MapRenderer } from '../model.js';

type GeoRuntime = typeof import('../geo-runtime.js');

/**
 * The path writer, from the chunk that decodes the geometry (so it is there before any drawing).
 * Asked for once, when the first map is made: a draw awaits this settled promise (a microtask),
 * not a new `import()` (which settles in a task of its own, where a frame may be painted).
 */
let geoRuntime: Promise<GeoRuntime | undefined> | undefined;

export interface MapViewOptions {
  model(): MapModel | undefined;
  geometry(): DecodedGeometry | undefined;
  /** The box the view draws in, and the overlay for the focus outline. */
  container(): HTMLElement | null;
  overlay(): SVGSVGElement | null;
  /** The width last reported by the resize observer (0 before its first report). */
  observedWidth(): number;
  /** The table shows instead of the map: keep the last drawing. */
  hidden(): boolean;
  /** What a screen reader hears for the drawing. */
  label(): string;
  focusId(): string;
  tooltipVisible(): boolean;
  pointer: AreaPointer;
  /** After each draw. */
  drawn(): void;
  failed(error: unknown): void;
}

/**
 * Areas drawn with the view's first run, and the time a later piece may take (ms), where the view
 * is built in pieces (a canvas; an SVG on a slow CPU). Between two pieces the browser may paint
 * (the canvas renderer shows the areas as they come; an SVG view is built out of sight behind the
 * first picture): at 4× CPU, pieces of 60 ms gave less blocking time than pieces of 25 or 45 ms
 * when each frame styled and painted the drawing so far.
 */
const FIRST_AREAS = 100;
const PIECE_MS = 60;

export class MapViewController implements ReactiveController {
  view: View | undefined;
  renderer: MapRenderer | undefined;
  /** The width of the last drawing. */
  drawnWidth = 0;
  /** What the Vega view holds: the geometry and level it was given and its area tuples by id. */
  private sent: { geometry: DecodedGeometry | undefined; level: MapLevel; areas: Map<string, AreaRow> } | undefined;
  private chain: Promise<void> = Promise.resolve();
  private readonly outline: FocusOutline;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly options: MapViewOptions,
  ) {
    this.outline = new FocusOutline(options.overlay);
    host.addController(this);
    geoRuntime ??= import('../geo-runtime.js').catch(() => undefined);
  }

  hostDisconnected(): void {
    finalizeView(this.view);
    this.view = undefined;
    this.sent = undefined;
    this.renderer = undefined;
    this.drawnWidth = 0;
  }

  /** Draws (or updates) the view; calls are queued so two never overlap. */
  redraw(renderer: MapRenderer): Promise<void> {
    this.chain = this.chain.then(() => this.draw(renderer)).catch((error: unknown) => this.options.failed(error));
    return this.chain;
  }

  /** Outlines the area under the pointer or keyboard focus (empty id: none). */
  setOutline(id: string): void {
    this.outline.set(id, this.renderer, this.view);
  }

  /** Gives the drawing a new label (language, heading or description changed). */
  describe(label: string): void {
    this.view?.description(label);
    markAsImage(this.options.container(), label);
  }

  /**
   * Gives the view the areas from `start` on, a piece per task, each piece as large as fits in
   * about {@link PIECE_MS} (measured on the previous piece): a phone draws the thousand
   * municipalities in several short tasks instead of one of most of a second. False when the view
   * was taken down meanwhile.
   */
  private async addInPieces(view: View, areas: readonly AreaRow[], start: number): Promise<boolean> {
    let size = start;
    for (let i = start; i < areas.length; ) {
      await yieldToMain();
      if (this.view !== view) return false;
      const began = performance.now();
      const piece = areas.slice(i, i + size);
      await insertTuples(view, 'areas', piece);
      await view.runAsync();
      i += piece.length;
      const spent = Math.max(1, performance.now() - began);
      size = Math.max(20, Math.min(areas.length, Math.round((piece.length * PIECE_MS) / spent)));
    }
    return this.view === view;
  }

  /**
   * Gives the drawn areas the colours and figures of `model` at once (a year step), if the view
   * holds exactly its areas; the text around the drawing and the full update can follow. Queued
   * like a draw. False when nothing was drawn.
   */
  recolour(model: MapModel): Promise<boolean> {
    const recoloured = this.chain.then(async () => {
      const { view, sent } = this;
      if (!view || !sent || this.options.hidden() || sent.geometry !== this.options.geometry() || sent.level !== model.level || !sameAreas(sent.areas, model.rows)) return false;
      this.colourRows(model);
      await modifyTuples(view, 'areas', areaChanges(sent.areas, model.rows));
      await view.runAsync();
      return true;
    });
    this.chain = recoloured.then(
      () => undefined,
      (error: unknown) => this.options.failed(error),
    );
    return recoloured.catch(() => false);
  }

  /**
   * Runs `work` (an export of the drawing) with the areas' outlines drawn by Vega itself: on
   * screen the SVG takes them from the stylesheet, which an exported image does not have.
   * Queued like a draw; undefined without a view.
   */
  withOutlines<T>(work: (view: View) => Promise<T>): Promise<T | undefined> {
    const done = this.chain.then(async () => {
      const view = this.view;
      if (!view) return undefined;
      const onScreen = { areaStroke: view.signal('areaStroke') as unknown, areaStrokeWidth: view.signal('areaStrokeWidth') as unknown };
      setChangedSignals(view, { areaStroke: cssValues(this.host)('--_map-area-stroke', '#ffffff'), areaStrokeWidth: AREA_STROKE_WIDTH });
      try {
        await view.runAsync();
        return await work(view);
      } finally {
        setChangedSignals(view, onScreen);
        await view.runAsync();
      }
    });
    this.chain = done.then(
      () => undefined,
      () => undefined,
    );
    return done;
  }

  /** Each row's fill: its class's colour in the page's theme (the legend's swatches show the same). */
  private colourRows(model: MapModel): void {
    const cssColor = cssValues(this.host);
    const noData = cssColor('--_map-no-data', '#9e9e9e');
    const colors = cssColor('--_map-theme', 'light') === 'dark' ? model.darkColors : model.colors;
    for (const row of model.rows) row.fill = row.cls < 0 || row.value === null ? noData : colors[row.cls] ?? noData;
  }

  /**
   * Draws the first picture into `container` (painted first where the CPU is slower still) and
   * returns the hidden box the view is built in.
   */
  private async showFirstPicture(container: HTMLElement, layers: readonly PictureLayer[], size: { width: number; height: number; areas: number }, paintFirst: boolean): Promise<HTMLElement> {
    drawFirstPicture(container, layers, size);
    markAsImage(container, this.options.label());
    const stage = document.createElement('div');
    stage.hidden = true;
    container.append(stage);
    // The view's pieces yield with scheduler.yield, which runs ahead of rendering: a slower CPU
    // paints the picture first; otherwise the view is there a moment later.
    if (paintFirst) await afterNextPaint();
    return stage;
  }

  private async draw(renderer: MapRenderer): Promise<void> {
    const { options, host } = this;
    const model = options.model();
    const container = options.container();
    if (!model || !container || !host.isConnected) return;
    // Hidden (table view) → keep the last drawing; width is measured when the map shows again.
    // The last width the resize observer reported (the canvas fills the frame), so drawing
    // right after a render forces no layout; measured only before the first report.
    const width = Math.round(options.observedWidth() || container.clientWidth || host.clientWidth || 600);
    if (options.hidden() && this.view) return;
    const { height, fit } = layOut(model, width, window.innerHeight);
    const cssColor = cssValues(host);
    this.colourRows(model);
    const signals = drawingSignals(cssColor, width, height, fit, options.focusId(), renderer === 'svg');
    const geometry = options.geometry();
    const copyAreas = () => {
      // Vega marks the objects it is given; copies keep the model's rows (and the decoded geometry) clean.
      const areas = model.rows.map((r) => ({ ...r }));
      this.sent = { geometry, level: model.level, areas: new Map(areas.map((a) => [a.id, a])) };
      return areas;
    };
    if (!this.view || this.renderer !== renderer) {
      finalizeView(this.view);
      this.view = undefined;
      // The drawing's height is held while it is prepared: a frame painted meanwhile must not
      // show the emptied box at its minimum height (what follows the map would move).
      container.style.minHeight = `${height}px`;
      // SVG: each area's path is written ahead (and handed to the view). Where that was slow, a
      // first picture of those paths shows while the view is built out of sight, in pieces
      // (first-picture.ts, paceOf); on a fast CPU the view is built in place in one run (at 1× CPU
      // ready about 20 ms sooner than behind a picture). A canvas shows its areas as the pieces come.
      const runtime = renderer === 'svg' ? await geoRuntime : undefined;
      const picture = runtime ? await writeFirstPicture(model, signals, runtime) : undefined;
      if (!host.isConnected) return;
      container.replaceChildren();
      const areas = copyAreas();
      const showPicture = picture !== undefined && picture.pace !== 'fast';
      const inPieces = !picture || showPicture;
      const stage = showPicture ? await this.showFirstPicture(container, picture.layers(), { width, height, areas: model.rows.length }, picture.pace === 'slower') : container;
      const firstAreas = inPieces ? FIRST_AREAS : areas.length;
      const data = { outlines: model.outlines, areas: areas.slice(0, firstAreas), borders: model.borders };
      const view = await createView(spec as unknown as Runtime, stage, { renderer, data, signals, description: options.label() });
      if (!host.isConnected) {
        finalizeView(view);
        return;
      }
      this.view = view;
      this.renderer = renderer;
      listenToAreas(view, (id) => options.model()?.byId.get(id), options.pointer);
      // The width is drawn already: the resize observer's first report (the same width) while
      // the pieces go in must not start a second drawing.
      this.drawnWidth = width;
      if (!(await this.addInPieces(view, areas, firstAreas))) return;
      if (stage !== container) {
        // The complete view takes the picture's place at once, at the same size.
        stage.hidden = false;
        container.replaceChildren(stage);
      }
      container.style.minHeight = '';
    } else {
      // An update sends only what changed: a new year or theme recolours the areas it holds
      // (no new paths, no projection); new countries or a new size redraw them.
      const view = this.view;
      const sent = this.sent;
      if (sent?.geometry !== geometry) view.data('outlines', model.outlines);
      if (sent?.geometry !== geometry || sent?.level !== model.level) view.data('borders', model.borders);
      if (sent && sent.geometry === geometry && sameAreas(sent.areas, model.rows)) await modifyTuples(view, 'areas', areaChanges(sent.areas, model.rows));
      else view.data('areas', copyAreas());
      setChangedSignals(view, signals);
      view.description(options.label());
      await view.runAsync();
    }
    this.drawnWidth = width;
    if (this.outline.index(this.renderer, options.container(), width, height)) this.setOutline(options.tooltipVisible() ? options.focusId() : '');
    markAsImage(options.container(), options.label());
    options.drawn();
  }
}
