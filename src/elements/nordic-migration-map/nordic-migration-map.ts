import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg } from '@lit/localize';
import { NordicElement } from '../../core/base-element.js';
import { tableStyles, type TableSort } from '../../core/data-table.js';
import { dataErrorFacts, type ErrorFacts } from '../../core/errors.js';
import { countryName } from '../../core/i18n-data.js';
import { renderSourceLine, sourceLineStyles } from '../../core/source-line.js';
import { baseStyles } from '../../core/styles.js';
import { cssValues, DrawingHostController } from '../../core/drawing-host.js';
import { preloadVega } from '../../core/vega-loader.js';
import { warmUpIntl } from '../../core/intl-warm-up.js';
import { afterNextPaint, TaskBudget, yieldToMain } from '../../core/yield.js';
import { buildMapModel, type AreaRow, type MapModel } from './map-model.js';
import { readMapAttributes } from './attributes.js';
import { startLoads } from './map-data.js';
import { mapLabel, shownYears, warmFormatters } from './map-text.js';
import { DownloadsController } from './controllers/downloads.js';
import { PlaybackController } from './controllers/playback.js';
import { SearchController } from './controllers/search.js';
import { MapViewController } from './controllers/vega-view.js';
import { KeyboardController } from './controllers/keyboard.js';
import { TooltipController } from './controllers/tooltip.js';
import { TouchTooltipController } from './controllers/touch.js';
import { renderControls, renderFigures, renderLegend } from './templates.js';
import { mapStyles } from './nordic-migration-map.styles.js';
import { boundarySources, type DecodedGeometry } from './geometry.js';
import { RENDERERS, VIEWS, caseIdFor, displayName, oneOf, type MapRenderer, type MapView } from './model.js';

/** One drawn area (municipality or country): a GeoJSON feature Vega draws, plus what we show. */
/** Properties whose change means new figures or geometry. */
const MODEL_PROPS = ['indicator', 'year', 'level', 'countries', 'highlight', 'src', 'scheme', 'classes', 'method', 'view', 'renderer'];

/**
 * A choropleth of every Nordic municipality (or the five countries) coloured by a migration
 * indicator, with a legend, an accessible table view, keyboard navigation and cited sources.
 *
 * @tagname nordic-migration-map
 * @summary A map of Nordic municipalities coloured by a migration indicator.
 *
 * @csspart heading - The heading above the map.
 * @csspart controls - The year slider, view toggle, search box and downloads.
 * @csspart map - The box holding the drawing (focusable).
 * @csspart tooltip - The tooltip shown on hover and keyboard focus.
 * @csspart legend - The legend below the map.
 * @csspart table - The table view.
 * @csspart footer - The source line.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop --nordic-map-land - Fill of land without municipality figures shown (context countries).
 * @cssprop --nordic-map-border - Colour of country borders and outlines.
 * @cssprop --nordic-map-area-stroke - Outline of each municipality.
 * @cssprop --nordic-map-no-data - Fill of municipalities without a figure.
 * @cssprop --nordic-map-highlight - Outline of highlighted municipalities.
 * @cssprop --nordic-map-focus - Outline of the municipality under the pointer or keyboard focus.
 * @cssprop --nordic-tooltip-surface - Tooltip background.
 * @cssprop --nordic-tooltip-text - Tooltip text colour.
 *
 * @event nordic-select - A municipality (or country) was clicked or chosen with Enter; `detail` is `{id, code, name, country, value, year, caseId?}`.
 * @event nordic-ready - After the first complete drawing.
 * @event nordic-error - Bad input or a failing file; the message is shown in the widget too.
 *
 * @slot - Nothing is slotted; everything comes from attributes and data files.
 */
export class NordicMigrationMap extends NordicElement {
  static override styles = [baseStyles, sourceLineStyles, tableStyles, mapStyles];

  /**
   * Indicator id from `data/indicators/` (listed in the README). At `level="country"`: `net-migration-per-1000`, `refugees-per-1000` or `population-change`. Default: `foreign-share-vs-national` (municipalities: each one's share of residents of foreign origin relative to its own country's, under that country's measure), `net-migration-per-1000` (countries).
   * @type {'foreign-share-vs-national' | 'immigrant-background-share' | 'foreign-born-share' | 'foreign-citizen-share' | 'foreign-language-share' | 'refugees-per-1000' | 'refugees-received' | 'net-migration-per-1000' | 'refugees-in-work' | 'establishment-exit-to-work' | 'refugees-first-municipality' | 'immigrants-in-work' | 'population-change'}
   */
  @property({ reflect: true }) indicator: string | undefined;

  /** `latest` (default): every country's latest figures, each country's year and reference date named in the legend, tooltip and table. A year (`2015`) shows that year only. */
  @property({ reflect: true }) year: string | number | undefined;

  /**
   * `municipality` (default) or `country` (figures computed from the country series, so all five countries have one).
   * @type {'municipality' | 'country'}
   */
  @property({ reflect: true }) level: string = 'municipality';

  /** Space-separated ISO codes of the countries to show and zoom to (`SE NO`). Default: all five. */
  @property({ reflect: true }) countries = '';

  /** Space-separated municipality ids (`SE-2309`) or codes (`2309`), or `case-studies` for the learning examples; outlined and named in the legend. */
  @property({ reflect: true }) highlight = '';

  /**
   * `map` (default) or `table` (an accessible, sortable table with the same figures).
   * @type {'map' | 'table'}
   */
  @property({ reflect: true }) view: string = 'map';

  /** Shows the year slider with play, the municipality search and the downloads. */
  @property({ reflect: true, type: Boolean }) controls = false;

  /** Address of a partner's own indicator file (format `nordic-indicator/1`, checked against the schema). Overrides `indicator`. */
  @property({ reflect: true }) src = '';

  /**
   * Colour scheme: `ylgnbu` (default), `bupu`, `blues`, `orrd` or `viridis`; all sequential and colour-blind-safe. A ratio to the country (the default indicator) has fixed classes around 1 on a diverging ramp unless `scheme`, `classes` or `method` is set.
   * @type {'ylgnbu' | 'bupu' | 'blues' | 'orrd' | 'viridis'}
   */
  @property({ reflect: true }) scheme: string | undefined;

  /**
   * Number of colour classes, 3 to 9 (default 5).
   * @type {3 | 4 | 5 | 6 | 7 | 8 | 9}
   */
  @property({ reflect: true, type: Number }) classes: number | undefined;

  /**
   * Classification: `quantile` (default), `equal` (equal intervals) or `jenks` (natural breaks).
   * @type {'quantile' | 'equal' | 'jenks'}
   */
  @property({ reflect: true }) method: string | undefined;

  /**
   * `svg` (default) or `canvas` (faster with many maps on a page; the table stays the accessible path).
   * @type {'svg' | 'canvas'}
   */
  @property({ reflect: true }) renderer: string = 'svg';

  /** Heading shown above the map. */
  @property({ reflect: true }) heading = '';

  /** What a screen reader hears for the map drawing. Default: the indicator, year and a pointer to the table. */
  @property({ reflect: true }) description = '';

  @state() private model: MapModel | undefined;
  @state() private awaitingFirstDrawing = true;
  @state() private tableSort: TableSort | undefined = { key: 'value', direction: 'descending' };
  /** The narrow toolbar's options behind "More" are open. */
  @state() private moreOpen = false;

  private geometry: DecodedGeometry | undefined;
  private started = false;
  private refreshRun = 0;
  private problemKey = '';
  /** Loads and draws again from the start (the Retry of a failed load or drawing). */
  private readonly retry = (): void => {
    this.problemKey = '';
    void this.refresh(true);
  };
  private readonly drawing = new DrawingHostController(this, {
    onPaletteChange: () => this.redraw(),
    onWidthChange: (width) => {
      if (this.model && width > 0 && Math.abs(width - this.vega.drawnWidth) > 2) this.redraw();
    },
  });
  private readonly vega: MapViewController = new MapViewController(this, {
    model: () => this.model,
    geometry: () => this.geometry,
    container: () => this.canvasElement,
    overlay: () => this.renderRoot.querySelector<SVGSVGElement>('.overlay'),
    observedWidth: () => this.drawing.width,
    hidden: () => this.shownView === 'table',
    label: () => this.mapLabel(),
    focusId: () => this.keyboard.focusId,
    tooltipVisible: () => this.tooltip.visible,
    pointer: {
      move: (row, pointer) => {
        if (!row) return this.tooltip.hide();
        const box = this.frameElement?.getBoundingClientRect();
        if (box) this.tooltip.show(row.id, pointer.clientX - box.left, pointer.clientY - box.top);
        this.setFocusOutline(row.id);
        this.touch.shown();
      },
      out: () => {
        if (this.frameElement?.matches(':focus') || this.touch.holds) return;
        this.tooltip.hide();
        this.setFocusOutline('');
      },
      click: (row) => {
        this.keyboard.focusId = row.id;
        this.select(row);
      },
    },
    drawn: () => {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      if (id) this.focusMunicipality(id);
      else if (this.tooltip.visible && this.keyboard.focusId) this.tooltip.show(this.keyboard.focusId);
      this.markReady();
    },
    // With Retry: a drawing also fails when a Vega chunk could not be downloaded.
    failed: (error) => this.report(dataErrorFacts(error), this.retry),
  });
  private readonly playback = new PlaybackController(this, {
    current: () => this.model,
    show: (year) => (this.year = String(year)),
  });
  private readonly search = new SearchController(this, {
    places: () => this.model?.rows.map((r) => r.place),
    lang: () => this.locale,
    focus: (id) => this.focusMunicipality(id),
    select: (id) => {
      const row = this.model?.byId.get(id);
      if (row) this.select(row);
    },
  });
  private readonly tooltip: TooltipController = new TooltipController(this, { root: () => this.renderRoot, model: () => this.model, lang: () => this.locale });
  private readonly touch = new TouchTooltipController(this, {
    release: () => {
      this.tooltip.hide();
      this.setFocusOutline('');
    },
  });
  private readonly keyboard: KeyboardController = new KeyboardController(this, {
    model: () => this.model,
    size: () => ({ width: this.vega.drawnWidth, height: this.canvasElement?.clientHeight ?? this.vega.drawnWidth }),
    show: (id) => {
      this.setFocusOutline(id);
      this.tooltip.show(id);
    },
    hide: (tooltipOnly) => {
      this.tooltip.hide();
      if (!tooltipOnly) this.setFocusOutline('');
    },
    select: (row) => this.select(row),
  });
  private readonly downloads = new DownloadsController(this, { model: () => this.model, exporting: (work) => this.vega.withOutlines(work), lang: () => this.locale });
  private pendingFocus: string | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Even the table view needs this chunk: the topology decoder (names, countries) is in it.
    // Through the map's own entry it is loaded already; through index.js it starts here.
    preloadVega();
    // The browser's locale data load off the main thread from now, as Vega does: started with the
    // first figures instead, the model waited for them (at 1× CPU 16 ms, at 4× 25 ms).
    void warmUpIntl(this.locale);
    // The wait for the viewport starts now, not after the first render: a map in view starts
    // loading its files with its code (a refresh asked for meanwhile supersedes this one).
    if (!this.started && !this.model) void this.refresh();
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (MODEL_PROPS.some((name) => changed.has(name)) || (!this.started && !this.model)) void this.refresh();
    else if (changed.has('theme')) this.redraw();
    if (changed.has('locale') || changed.has('description') || changed.has('heading')) {
      this.vega.describe(this.mapLabel());
      if (this.tooltip.visible) this.tooltip.show(this.keyboard.focusId);
    }
    const frame = this.frameElement;
    if (frame) this.drawing.observeWidth(frame);
  }

  private get frameElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.frame');
  }

  private get canvasElement(): HTMLElement | null {
    return this.renderRoot.querySelector<HTMLElement>('.canvas');
  }

  private get shownView(): MapView {
    return oneOf(VIEWS, this.view) ?? 'map';
  }

  // ---- data -------------------------------------------------------------------------------

  /** Re-reads the attributes, loads what they need and redraws. Reports bad input once per change. */
  private async refresh(force = false): Promise<void> {
    const run = ++this.refreshRun;
    if (!this.started) {
      // The look at the viewport (a layout) and the loads in the task right after the one that
      // put the element on the page, which may be the long evaluation of its code. (The first
      // render stays in that task: a frame painted before it would move what follows the map.)
      await yieldToMain();
      await this.nearViewport();
      this.started = true;
    }
    if (run !== this.refreshRun) return;
    const classesRaw = Number.isNaN(this.classes) ? this.getAttribute('classes') : this.classes;
    const { config, problems: refused } = readMapAttributes({
      level: this.level, view: this.view, renderer: this.renderer, scheme: this.scheme, method: this.method,
      classes: classesRaw, countries: this.countries, src: this.src, indicator: this.indicator,
    });
    const problems: { facts: ErrorFacts; retry?: () => void }[] = refused.map((facts) => ({ facts }));
    const { level, renderer, scheme, method, classes, countries } = config;
    const indicatorId = config.indicator;

    // Everything the drawing needs starts at once: geometry, figures and Vega itself.
    preloadVega(); // already under way since connect, unless that load failed (Retry)
    const loads = startLoads(config, this.highlight, this.locale, (facts) => problems.push({ facts, retry: this.retry }));
    // While all that is on the way: a page's first Intl formatters load their locale data
    // (about 50 ms in Chromium), better spent now than between the data and the drawing.
    // The first drawing goes in tasks of its own (model, text, shapes); later ones (a new year)
    // at once, as one change.
    const first = !this.model;
    const formatters = first ? warmFormatters(this.locale) : undefined;
    // A pause only where the task has run long already (a phone): each may cost a frame.
    const budget = new TaskBudget(30);
    const pause = first ? () => budget.yield() : () => Promise.resolve();
    try {
      this.geometry = await loads.geometry;
    } catch (error) {
      if (run !== this.refreshRun) return;
      problems.push({ facts: dataErrorFacts(error), retry: this.retry });
      this.setProblems(problems, true);
      this.awaitingFirstDrawing = false;
      return;
    }
    const { indicatorFile, series, failure } = await loads.figures;
    if (failure) problems.push({ facts: failure, retry: this.retry });
    const cases = loads.cases && (await loads.cases)?.cases;
    // The model, the element's text around the drawing and the drawing each in tasks of their
    // own (on a phone each is tens of milliseconds; together they would block the page).
    await formatters;
    await pause();
    if (run !== this.refreshRun) return;

    const { model, problems: found } = buildMapModel({
      level,
      indicatorId,
      countries,
      geometry: this.geometry,
      indicatorFile,
      series,
      cases,
      year: this.getAttribute('year'),
      highlight: this.highlight,
      scheme,
      method,
      classes,
      classesSet: this.scheme != null || this.method != null || this.classes != null,
      noData: cssValues(this)('--_map-no-data', '#9e9e9e'),
      locale: () => this.locale,
    });
    problems.push(...found.map((facts) => ({ facts })));
    await pause();
    if (run !== this.refreshRun) return;
    // A new year (or highlight) on the drawn areas: the new colours are painted first, the text
    // around the drawing (legend, controls, table) follows after that frame.
    if (!first && (await this.vega.recolour(model))) {
      await afterNextPaint();
      if (run !== this.refreshRun) return;
    }
    this.model = model;
    this.awaitingFirstDrawing = false;
    this.setProblems(problems, force);
    if (this.keyboard.focusId && !model.byId.has(this.keyboard.focusId)) this.keyboard.focusId = '';
    await this.updateComplete;
    await pause();
    if (run !== this.refreshRun) return;
    await this.redraw(renderer);
    if (!loads.cases && model.level === 'municipality') {
      const later = (await loads.loadCases())?.cases;
      if (this.model === model) model.cases = later;
    }
  }

  /** Shows the problems of this run; emits again only when they differ from the last run's. */
  private setProblems(problems: { facts: ErrorFacts; retry?: () => void }[], force = false): void {
    const key = JSON.stringify(problems.map((p) => p.facts));
    if (key === this.problemKey && !force) return;
    this.problemKey = key;
    this.clearProblems();
    for (const problem of problems) this.report(problem.facts, problem.retry);
  }

  // ---- drawing ----------------------------------------------------------------------------

  private redraw(renderer?: MapRenderer): Promise<void> {
    return this.vega.redraw(renderer ?? oneOf(RENDERERS, this.renderer) ?? 'svg');
  }

  private setFocusOutline(id: string): void {
    this.vega.setOutline(id);
  }

  // ---- tooltip, keyboard, selection -------------------------------------------------------

  /**
   * Moves keyboard focus and the tooltip to a municipality, outlines it and scrolls the map into
   * view (used by `<case-study-list for="map-id">`). Unknown ids are reported.
   */
  focusMunicipality(id: string): void {
    const model = this.model;
    if (!model || !this.vega.view) {
      this.pendingFocus = id;
      return;
    }
    const row = model.byId.get(id) ?? [...model.byId.values()].find((r) => r.id.toUpperCase() === id.toUpperCase());
    if (!row) {
      // A real municipality of a country this map does not show is not an error of the reader's.
      if (this.geometry?.municipalities.some((m) => m.id.toUpperCase() === id.toUpperCase())) this.warnOnce(`focusMunicipality: ${id} is not shown on this map (countries="${this.countries}").`);
      else this.report({ code: 'unknown-id', attribute: 'id', value: id, accepted: [...model.byId.keys()] });
      return;
    }
    if (this.shownView !== 'map') this.view = 'map';
    this.keyboard.focusId = row.id;
    this.setFocusOutline(row.id);
    const frame = this.frameElement;
    frame?.scrollIntoView?.({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    frame?.focus({ preventScroll: true });
    this.tooltip.show(row.id);
  }

  private select(row: AreaRow): void {
    const model = this.model!;
    const caseId = model.level === 'municipality' ? caseIdFor(row.id, model.cases) : undefined;
    this.emit('nordic-select', {
      ...(model.level === 'municipality' ? { id: row.id, code: row.place.code } : { code: row.place.country }),
      name: model.level === 'country' ? countryName(row.place.country, this.locale) : displayName(row.place, this.locale),
      country: row.place.country,
      value: row.value,
      ...(row.year === undefined ? {} : { year: row.year }),
      ...(caseId ? { caseId } : {}),
    });
  }

  // ---- controls ---------------------------------------------------------------------------

  private setYearIndex(index: number): void {
    const year = this.model?.years[index];
    if (year !== undefined) this.year = String(year);
  }

  private setView(view: MapView): void {
    this.view = view;
    if (view === 'map') void this.updateComplete.then(() => this.redraw());
  }

  // ---- rendering --------------------------------------------------------------------------

  private mapLabel(): string {
    return mapLabel(this.model, this.locale, this.description, this.heading);
  }

  protected override renderContent(): unknown {
    const model = this.model;
    const view = this.shownView;
    return html`
      ${this.heading ? html`<h2 class="heading" part="heading">${this.heading}</h2>` : nothing}
      ${renderControls({
        model,
        view,
        controls: this.controls,
        playing: this.playback.playing,
        suggestionsWanted: this.search.suggestionsWanted,
        searchMessage: this.search.message,
        moreOpen: this.moreOpen,
        lang: this.locale,
        onMore: (open, focusButton) => {
          this.moreOpen = open;
          if (focusButton) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>('.more')?.focus());
        },
        onView: (v) => this.setView(v),
        onYearIndex: (i) => this.setYearIndex(i),
        onLatest: () => {
          this.playback.stop();
          this.year = 'latest';
        },
        onTogglePlay: () => this.playback.toggle(),
        onSearchFocus: () => this.search.wantSuggestions(),
        onSearch: (e) => this.search.search(e),
        onDownloadCsv: () => this.downloads.csv(),
        onDownloadImage: (format) => void this.downloads.image(format),
      })}
      <div class="frame" part="map" tabindex="0" role="group" aria-roledescription=${msg('map')} aria-label=${this.mapLabel()}
        aria-describedby="keys" ?hidden=${view !== 'map'}
        @keydown=${this.keyboard.onKeydown} @focus=${this.keyboard.onFocus} @blur=${this.keyboard.onBlur}>
        <div class="canvas ${this.awaitingFirstDrawing ? 'reserved' : ''}"></div>
        <svg class="overlay" aria-hidden="true" width="0" height="0"><path class="focus-outline" d=""></path></svg>
        ${this.awaitingFirstDrawing ? html`<div class="loading">${msg('Loading the map…')}</div>` : nothing}
        <div class="tooltip" part="tooltip" hidden></div>
      </div>
      <p class="visually-hidden live" aria-live="polite"></p>
      ${view === 'map' ? html`<p class="keys visually-hidden" id="keys">${msg('Arrow keys move between municipalities, Enter selects, Escape hides the tooltip.')}</p>` : nothing}
      ${view === 'table' && model
        ? renderFigures(model, { lang: this.locale, sort: this.tableSort, onSort: (sort) => (this.tableSort = sort), onActivate: (r) => this.select(r) })
        : nothing}
      ${model ? renderLegend(model, this.locale) : nothing}
      ${model
        ? renderSourceLine(model.sources, shownYears(model), {
            lang: this.locale,
            boundaries: this.geometry ? boundarySources(this.geometry.sources, model.countries) : [],
            notes: model.sourceNotes(),
          })
        : nothing}
    `;
  }
}
