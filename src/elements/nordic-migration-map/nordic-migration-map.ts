import { html, nothing, render, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Runtime, View } from 'vega';
import { NordicElement } from '../../core/base-element.js';
import { type CountryCode, type CountrySeriesFile, type IndicatorFile, type LocalizedCaseStudiesFile, type SourceRef } from '../../core/data-types.js';
import { BUILT_IN_INDICATORS, loadIndicator } from '../../core/datasets/indicators.js';
import { loadCountrySeries } from '../../core/datasets/country-series.js';
import { loadCaseStudies } from '../../core/datasets/case-studies.js';
import { loadTopology } from '../../core/datasets/topology.js';
import { renderTable, tableStyles, type TableColumn, type TableSort } from '../../core/data-table.js';
import { downloadCsv, downloadView, fileName } from '../../core/downloads.js';
import { dataErrorFacts, type ErrorFacts } from '../../core/errors.js';
import { formatCount, formatList, formatPeriod, formatValue } from '../../core/format.js';
import { countryName, localized } from '../../core/i18n-data.js';
import { withLocale } from '../../core/localization.js';
import { renderSourceLine } from '../../core/source-line.js';
import { baseStyles } from '../../core/styles.js';
import { styleProps } from '../../core/style-props.js';
import { cssValues, DrawingHostController } from '../../core/drawing-host.js';
import { createView, finalizeView, modifyTuples, preloadVega, setChangedSignals } from '../../core/vega-loader.js';
import spec from './map.vl.json';
import { readMapAttributes } from './attributes.js';
import { mapStyles } from './nordic-migration-map.styles.js';
import { classBreaks, classIndex, ratioClasses, schemeColors } from './classify.js';
import { boundarySources, decodeGeometry, type DecodedGeometry } from './geometry.js';
import {
  RENDERERS,
  VIEWS,
  caseIdFor,
  countrySeriesUsed,
  countryUnit,
  countryValues,
  countryYears,
  displayName,
  nearestInDirection,
  oneOf,
  parseYearChoice,
  resolveHighlight,
  searchPlace,
  valueAt,
  yearList,
  yearsByCountry,
  sharedYear,
  yearsWithData,
  type CountryIndicator,
  type Direction,
  type MapLevel,
  type MapRenderer,
  type MapView,
  type Place,
  type YearChoice,
} from './model.js';
import { aspectRatio, fitBounds, labelPoint, project, rawBounds } from './projection.js';
import type { Geometry } from 'geojson';

/** One drawn area (municipality or country): a GeoJSON feature Vega draws, plus what we show. */
interface AreaRow {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  fill: string;
  highlighted: boolean;
  place: Place;
  value: number | null;
  /** The year of `value` (its country's year); absent where the country has no figures to show. */
  year: number | undefined;
  /** Longitude/latitude of the label point. */
  anchor: [number, number] | undefined;
  /** Screen position of the label point at the current size. */
  x: number;
  y: number;
}

interface MapModel {
  level: MapLevel;
  indicatorId: string;
  label: () => string;
  unit: string;
  /** `latest`: each country's own latest year; else the one year shown. */
  year: YearChoice;
  /** The year each shown country's figures come from (absent: no figures). */
  yearOf: Partial<Record<CountryCode, number>>;
  /** When each country's figures refer to (`coverage[country].reference` of the file). */
  references: Partial<Record<CountryCode, string>>;
  /** Each shown country's own measure, where the national definitions differ: its definition and a short name. */
  countryDefinitions: { country: CountryCode; text: () => string }[];
  measures: Partial<Record<CountryCode, () => string>>;
  years: number[];
  rows: AreaRow[];
  byId: Map<string, AreaRow>;
  breaks: number[];
  colors: string[];
  sources: SourceRef[];
  missing: CountryCode[];
  countries: CountryCode[];
  bounds: [number, number, number, number];
  outlines: unknown[];
  borders: unknown[];
  cases: LocalizedCaseStudiesFile['cases'] | undefined;
  /** Caveats for the legend, given the year each country shows. */
  notes: ((yearOf: Partial<Record<CountryCode, number>>) => string)[];
}

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
  static override styles = [baseStyles, tableStyles, mapStyles];

  /** Indicator id from `data/indicators/` (listed in the README). At `level="country"`: `net-migration-per-1000`, `refugees-per-1000` or `population-change`. Default: `foreign-share-vs-national` (municipalities: each one's share of residents of foreign origin relative to its own country's, under that country's measure), `net-migration-per-1000` (countries). */
  @property({ reflect: true }) indicator: string | undefined;

  /** `latest` (default): every country's latest figures, each country's year and reference date named in the legend, tooltip and table. A year (`2015`) shows that year only. */
  @property({ reflect: true }) year: string | number | undefined;

  /** `municipality` (default) or `country` (figures computed from the country series, so all five countries have one). */
  @property({ reflect: true }) level: string = 'municipality';

  /** Space-separated ISO codes of the countries to show and zoom to (`SE NO`). Default: all five. */
  @property({ reflect: true }) countries = '';

  /** Space-separated municipality ids (`SE-2309`) or codes (`2309`), or `case-studies` for the learning examples; outlined and named in the legend. */
  @property({ reflect: true }) highlight = '';

  /** `map` (default) or `table` (an accessible, sortable table with the same figures). */
  @property({ reflect: true }) view: string = 'map';

  /** Shows the year slider with play, the municipality search and the downloads. */
  @property({ reflect: true, type: Boolean }) controls = false;

  /** Address of a partner's own indicator file (format `nordic-indicator/1`, checked against the schema). Overrides `indicator`. */
  @property({ reflect: true }) src = '';

  /** Colour scheme: `ylgnbu` (default), `bupu`, `blues`, `orrd` or `viridis`; all sequential and colour-blind-safe. A ratio to the country (the default indicator) has fixed classes around 1 on a diverging ramp unless `scheme`, `classes` or `method` is set. */
  @property({ reflect: true }) scheme: string | undefined;

  /** Number of colour classes, 3 to 9 (default 5). */
  @property({ reflect: true, type: Number }) classes: number | undefined;

  /** Classification: `quantile` (default), `equal` (equal intervals) or `jenks` (natural breaks). */
  @property({ reflect: true }) method: string | undefined;

  /** `svg` (default) or `canvas` (faster with many maps on a page; the table stays the accessible path). */
  @property({ reflect: true }) renderer: string = 'svg';

  /** Heading shown above the map. */
  @property({ reflect: true }) heading = '';

  /** What a screen reader hears for the map drawing. Default: the indicator, year and a pointer to the table. */
  @property({ reflect: true }) description = '';

  @state() private model: MapModel | undefined;
  @state() private loading = true;
  @state() private tableSort: TableSort | undefined = { key: 'value', direction: 'descending' };
  @state() private playing = false;
  @state() private searchMessage = '';
  /** The search's suggestions (one per municipality, over a thousand) are made when the field is first focused: most readers never search. */
  @state() private suggestionsWanted = false;

  private vegaView: View | undefined;
  private viewRenderer: MapRenderer | undefined;
  private geometry: DecodedGeometry | undefined;
  private started = false;
  private refreshRun = 0;
  private problemKey = '';
  private drawChain: Promise<void> = Promise.resolve();
  private readonly drawing = new DrawingHostController(this, {
    onSchemeChange: () => this.redraw(),
    onWidthChange: (width) => {
      if (this.model && width > 0 && Math.abs(width - this.drawnWidth) > 2) this.redraw();
    },
  });
  private drawnWidth = 0;
  private focusId = '';
  private tooltipVisible = false;
  private pendingFocus: string | undefined;
  private playTimer: ReturnType<typeof setInterval> | undefined;
  private readonly pathIndex = new Map<string, SVGPathElement>();
  /** What the Vega view holds: the geometry and level it was given and its area tuples by id. */
  private sent: { geometry: DecodedGeometry | undefined; level: MapLevel; areas: Map<string, AreaRow> } | undefined;

  override connectedCallback(): void {
    super.connectedCallback();
    // Even the table view needs this chunk: the topology decoder (names, countries) is in it.
    // Through the map's own entry it is loaded already; through index.js it starts here.
    preloadVega();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.stopPlaying();
    finalizeView(this.vegaView);
    this.vegaView = undefined;
    this.sent = undefined;
    this.viewRenderer = undefined;
    this.drawnWidth = 0;
  }

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    if (MODEL_PROPS.some((name) => changed.has(name)) || (!this.started && !this.model)) void this.refresh();
    else if (changed.has('theme')) this.redraw();
    if (changed.has('locale') || changed.has('description') || changed.has('heading')) {
      this.vegaView?.description(this.mapLabel());
      this.fixSvgRole();
      if (this.tooltipVisible) this.showTooltip(this.focusId);
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
    const invalid = (attribute: string, value: unknown, accepted: readonly string[]) =>
      problems.push({ facts: { code: 'invalid-attribute', attribute, value: String(value), accepted: [...accepted] } });
    const { level, renderer, scheme, method, classes, countries } = config;
    let indicatorId = config.indicator;

    const retry = () => {
      this.problemKey = '';
      void this.refresh(true);
    };
    // Everything the drawing needs starts at once: geometry, figures and Vega itself. The learning
    // examples are part of the drawing only when `highlight` outlines them; otherwise they only
    // name a clicked municipality's example (nordic-select), and load once the map is drawn.
    preloadVega(); // already under way since connect, unless that load failed (Retry)
    const geometryPromise = loadTopology().then(decodeGeometry);
    geometryPromise.catch(() => undefined);
    const wantsCases = /(^|[\s,])case-studies($|[\s,])/i.test(this.highlight);
    const loadCases = () =>
      loadCaseStudies(this.locale).catch((error: unknown) => {
        if (wantsCases) problems.push({ facts: dataErrorFacts(error, 'highlight'), retry });
        return undefined;
      });
    const casesPromise = wantsCases ? loadCases() : undefined;
    const figuresPromise: Promise<IndicatorFile | CountrySeriesFile> =
      level === 'country' ? loadCountrySeries() : loadIndicator(this.src ? { src: this.src } : { id: indicatorId as (typeof BUILT_IN_INDICATORS)[number] });
    figuresPromise.catch(() => undefined);
    // While all that is on the way: a page's first Intl.NumberFormat loads the locale data
    // (about 50 ms in Chromium), better spent now than between the data and the drawing.
    formatCount(0, this.locale);
    try {
      this.geometry = await geometryPromise;
    } catch (error) {
      if (run !== this.refreshRun) return;
      problems.push({ facts: dataErrorFacts(error), retry });
      this.setProblems(problems, true);
      this.loading = false;
      return;
    }
    let indicatorFile: IndicatorFile | undefined;
    let series: CountrySeriesFile | undefined;
    try {
      const figures = await figuresPromise;
      if (level === 'country') series = figures as CountrySeriesFile;
      else indicatorFile = figures as IndicatorFile;
    } catch (error) {
      problems.push({ facts: dataErrorFacts(error, this.src && level === 'municipality' ? 'src' : 'indicator'), retry });
    }
    const cases = casesPromise && (await casesPromise)?.cases;
    if (run !== this.refreshRun) return;

    const geometry = this.geometry;
    const shown = new Set<string>(countries);
    let places: { place: Place; geometry: Geometry }[];
    let years: number[] = [];
    let unit = 'percent';
    let label: () => string = () => '';
    let sources: SourceRef[] = [];
    let notes: MapModel['notes'] = [];
    let valueOf: (id: string, year: number) => number | null = () => null;
    let yearsOfCountry: (country: CountryCode) => readonly number[] = () => [];
    let references: Partial<Record<CountryCode, string>> = {};
    let countryDefinitions: MapModel['countryDefinitions'] = [];
    let measures: MapModel['measures'] = {};

    if (level === 'country') {
      const countryIndicator = indicatorId as CountryIndicator;
      // Åland is part of Finland in the country figures.
      places = geometry.outlines
        .filter((f) => shown.has(f.id === 'AX' ? 'FI' : String(f.id)))
        .map((f) => {
          const country = (f.id === 'AX' ? 'FI' : f.id) as CountryCode;
          return { place: { id: String(f.id), code: country, name: country, country }, geometry: f.geometry };
        });
      if (series) {
        const file = series;
        years = countryYears(file, countryIndicator, countries);
        unit = countryUnit(countryIndicator);
        label = () => countryIndicatorLabel(countryIndicator);
        const seen = new Set<string>();
        sources = countrySeriesUsed(countryIndicator).flatMap((id) => file.series[id].sources).filter((s) => !seen.has(s.url + s.publisher) && !!seen.add(s.url + s.publisher));
        const cache = new Map<number, Record<CountryCode, number | null>>();
        valueOf = (id, year) => {
          let values = cache.get(year);
          if (!values) cache.set(year, (values = countryValues(file, countryIndicator, year)));
          return values[(id === 'AX' ? 'FI' : id) as CountryCode] ?? null;
        };
        yearsOfCountry = (country) => years.filter((year) => valueOf(country, year) !== null);
        // The estimate note only where an estimated figure is shown.
        const net = file.series['net-migration'];
        notes = countryIndicator === 'net-migration-per-1000' && net.estimateNote
          ? [(yearOf) => Object.entries(net.estimates ?? {}).some(([c, ys]) => ys?.includes(yearOf[c as CountryCode] ?? NaN)) ? localized(net.estimateNote, this.locale) : '']
          : [];
      }
    } else {
      places = geometry.municipalities.filter((m) => shown.has(m.country)).map((m) => ({ place: m, geometry: m.geometry }));
      if (indicatorFile) {
        const file = indicatorFile;
        indicatorId = file.id;
        years = yearsWithData(file, countries);
        if (!years.length) years = [...file.years];
        unit = file.unit;
        label = () => localized(file.label, this.locale);
        sources = file.sources.filter((s) => !s.countries?.length || s.countries.some((c) => shown.has(c)));
        valueOf = (id, year) => valueAt(file, id, year);
        const perCountry = new Map(countries.map((c) => [c, yearsWithData(file, [c])]));
        yearsOfCountry = (country) => perCountry.get(country) ?? [];
        const coverage = file.coverage ?? {};
        references = Object.fromEntries(countries.map((c) => [c, coverage[c]?.reference]));
        countryDefinitions = countries.flatMap((country) => {
          const definition = coverage[country]?.definition;
          return definition ? [{ country, text: () => localized(definition, this.locale) }] : [];
        });
        measures = Object.fromEntries(countries.flatMap((country) => {
          const measure = coverage[country]?.measure;
          return measure ? [[country, () => localized(measure, this.locale)]] : [];
        }));
        notes = Object.entries(coverage)
          .filter(([country, coverage]) => shown.has(country) && coverage?.note)
          .map(([, coverage]) => () => localized(coverage!.note, this.locale));
      }
    }

    const askedYear = this.getAttribute('year');
    const { choice: year, invalid: badYear } = parseYearChoice(askedYear, years);
    if (badYear) invalid('year', askedYear, ['latest', ...yearList(years)]);
    const yearOf = yearsByCountry(year, countries, yearsOfCountry);
    // A country without figures in a chosen year still names that year ("No figure for 2015").
    const rowYear = (country: CountryCode) => yearOf[country] ?? (year === 'latest' ? undefined : year);

    const highlight = resolveHighlight(
      this.highlight,
      places.map((p) => p.place),
      cases?.flatMap((c) => c.municipalityIds),
    );
    if (highlight.unknown.length) {
      problems.push({
        facts: { code: 'unknown-id', attribute: 'highlight', value: highlight.unknown.join(' '), accepted: ['case-studies', ...places.map((p) => p.place.id)] },
      });
    }

    const values = places.map((p) => {
      const shownYear = yearOf[p.place.country];
      return shownYear === undefined ? null : valueOf(p.place.id, shownYear);
    });
    // One set of classes for all the years of the slider, so a colour means the same in every
    // year and the legend stays put while the years play.
    const pooled = years.length > 1 ? years.flatMap((y) => places.map((p) => valueOf(p.place.id, y))) : values;
    // A ratio to the country gets fixed classes around 1 on a diverging ramp, unless the page asks for its own.
    const fixedRatio = unit === 'ratio' && this.scheme == null && this.method == null && this.classes == null;
    const { breaks, colors } = fixedRatio
      ? ratioClasses(pooled)
      : (() => {
          const b = classBreaks(pooled, classes, method);
          return { breaks: b, colors: schemeColors(scheme, Math.max(1, b.length - 1)) };
        })();
    const noData = cssValues(this)('--_map-no-data', '#9e9e9e');
    const rows: AreaRow[] = places.map((p, i) => {
      const value = values[i] ?? null;
      const cls = classIndex(value, breaks);
      return {
        type: 'Feature',
        id: p.place.id,
        geometry: p.geometry,
        fill: cls < 0 ? noData : colors[cls]!,
        highlighted: highlight.ids.has(p.place.id),
        place: p.place,
        value,
        year: rowYear(p.place.country),
        anchor: labelPoint(p.geometry),
        x: 0,
        y: 0,
      };
    });
    const outlines = geometry.outlines.map((f) => ({ ...f }));
    const borders = [{ type: 'Feature', properties: {}, geometry: level === 'country' ? geometry.countryBorders : geometry.municipalityBorders }];
    const model: MapModel = {
      level,
      indicatorId,
      label,
      unit,
      year,
      yearOf,
      references,
      countryDefinitions,
      measures,
      years,
      rows,
      byId: new Map(rows.map((r) => [r.id, r])),
      breaks,
      colors,
      sources,
      missing: countries.filter((c) => yearOf[c] === undefined),
      countries,
      bounds: rawBounds(places.map((p) => p.geometry)),
      outlines,
      borders,
      cases,
      notes,
    };
    this.model = model;
    this.loading = false;
    this.setProblems(problems, force);
    if (this.focusId && !model.byId.has(this.focusId)) this.focusId = '';
    await this.updateComplete;
    if (run !== this.refreshRun) return;
    await this.redraw(renderer);
    if (!casesPromise && model.level === 'municipality') {
      const later = (await loadCases())?.cases;
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

  /** Draws (or updates) the Vega view; calls are queued so two never overlap. */
  private redraw(renderer?: MapRenderer): Promise<void> {
    this.drawChain = this.drawChain.then(() => this.draw(renderer ?? oneOf(RENDERERS, this.renderer) ?? 'svg')).catch((error: unknown) => {
      this.report(dataErrorFacts(error));
    });
    return this.drawChain;
  }

  private async draw(renderer: MapRenderer): Promise<void> {
    const model = this.model;
    const container = this.canvasElement;
    if (!model || !container || !this.isConnected) return;
    // Hidden (table view) → keep the last drawing; width is measured when the map shows again.
    // The last width the resize observer reported (the canvas fills the frame), so drawing
    // right after a render forces no layout; measured only before the first report.
    const width = Math.round(this.drawing.width || container.clientWidth || this.clientWidth || 600);
    if (this.shownView === 'table' && this.vegaView) return;
    // A sensible aspect ratio for the countries shown, but never taller than most of the window.
    const maxHeight = Math.max(320, Math.round((window.innerHeight || 900) * 0.85));
    const height = Math.min(Math.round(width * aspectRatio(model.bounds)), maxHeight);
    const fit = fitBounds(model.bounds, width, height);
    for (const row of model.rows) {
      if (!row.anchor) continue;
      [row.x, row.y] = project(fit, row.anchor[0], row.anchor[1]);
    }
    const cssColor = cssValues(this);
    const noData = cssColor('--_map-no-data', '#9e9e9e');
    for (const row of model.rows) if (row.value === null) row.fill = noData;
    const signals = {
      width,
      height,
      projScale: fit.scale,
      projTranslate: fit.translate,
      focusId: this.focusId,
      landFill: cssColor('--_map-land', '#e6e9ec'),
      borderColor: cssColor('--_map-border', '#6b7681'),
      areaStroke: cssColor('--_map-area-stroke', '#ffffff'),
      highlightColor: cssColor('--_map-highlight', '#c2185b'),
      focusColor: cssColor('--_map-focus', '#1d2329'),
    };
    const copyAreas = () => {
      // Vega marks the objects it is given; copies keep the model's rows (and the decoded geometry) clean.
      const areas = model.rows.map((r) => ({ ...r }));
      this.sent = { geometry: this.geometry, level: model.level, areas: new Map(areas.map((a) => [a.id, a])) };
      return areas;
    };
    if (!this.vegaView || this.viewRenderer !== renderer) {
      finalizeView(this.vegaView);
      this.vegaView = undefined;
      container.replaceChildren();
      const data = { outlines: model.outlines, areas: copyAreas(), borders: model.borders };
      const view = await createView(spec as unknown as Runtime, container, { renderer, data, signals, description: this.mapLabel() });
      if (!this.isConnected || this.model !== model) {
        // A newer refresh is drawing; keep this view only if nothing replaced the model.
        if (!this.isConnected) {
          finalizeView(view);
          return;
        }
      }
      this.vegaView = view;
      this.viewRenderer = renderer;
      this.listen(view);
    } else {
      // An update sends only what changed: a new year or theme recolours the areas it holds
      // (no new paths, no projection); new countries or a new size redraw them.
      const view = this.vegaView;
      const sent = this.sent;
      if (sent?.geometry !== this.geometry) view.data('outlines', model.outlines);
      if (sent?.geometry !== this.geometry || sent?.level !== model.level) view.data('borders', model.borders);
      const sameAreas = sent?.areas.size === model.rows.length && model.rows.every((row) => sent.areas.has(row.id));
      if (sent && sent.geometry === this.geometry && sameAreas) {
        const changes: [AreaRow, keyof AreaRow, unknown][] = [];
        for (const row of model.rows) {
          const drawn = sent.areas.get(row.id)!;
          for (const field of ['fill', 'value', 'highlighted'] as const) if (drawn[field] !== row[field]) changes.push([drawn, field, row[field]]);
        }
        await modifyTuples(view, 'areas', changes);
      } else view.data('areas', copyAreas());
      setChangedSignals(view, signals);
      view.description(this.mapLabel());
      await view.runAsync();
    }
    this.drawnWidth = width;
    this.indexPaths(width, height);
    this.fixSvgRole();
    if (this.pendingFocus) {
      const id = this.pendingFocus;
      this.pendingFocus = undefined;
      this.focusMunicipality(id);
    } else if (this.tooltipVisible && this.focusId) this.showTooltip(this.focusId);
    this.markReady();
  }

  /** Finds the drawn path of each area (Vega keeps its scenegraph item on the element) and sizes the overlay. */
  private indexPaths(width: number, height: number): void {
    this.pathIndex.clear();
    const overlay = this.renderRoot.querySelector<SVGSVGElement>('.overlay');
    if (this.viewRenderer !== 'svg' || !overlay) return;
    overlay.setAttribute('width', String(width));
    overlay.setAttribute('height', String(height));
    overlay.setAttribute('viewBox', `0 0 ${width} ${height}`);
    for (const path of this.canvasElement?.querySelectorAll('path') ?? []) {
      const item = (path as unknown as { __data__?: { mark?: { name?: string }; datum?: { id?: unknown } } }).__data__;
      if (item?.mark?.name === 'areas_marks' && typeof item.datum?.id === 'string') this.pathIndex.set(item.datum.id, path);
    }
    this.setFocusOutline(this.tooltipVisible ? this.focusId : '');
  }

  /** The drawing is one image for screen readers; the table is the way to the figures. */
  private fixSvgRole(): void {
    const svg = this.canvasElement?.querySelector('svg');
    if (svg) {
      svg.setAttribute('role', 'img');
      svg.setAttribute('aria-label', this.mapLabel());
      svg.removeAttribute('aria-roledescription');
    }
    const canvas = this.canvasElement?.querySelector('canvas');
    if (canvas) {
      canvas.setAttribute('role', 'img');
      canvas.setAttribute('aria-label', this.mapLabel());
    }
  }

  private listen(view: View): void {
    const rowOf = (item: unknown): AreaRow | undefined => {
      const datum = (item as { datum?: { id?: unknown; place?: unknown } } | null)?.datum;
      return typeof datum?.id === 'string' && datum.place ? this.model?.byId.get(datum.id) : undefined;
    };
    view.addEventListener('mousemove', (event, item) => {
      const row = rowOf(item);
      if (!row) {
        this.hideTooltip();
        return;
      }
      const frame = this.frameElement;
      const pointer = event as MouseEvent;
      const box = frame?.getBoundingClientRect();
      if (box) this.showTooltip(row.id, pointer.clientX - box.left, pointer.clientY - box.top);
      this.setFocusOutline(row.id);
    });
    view.addEventListener('mouseout', (_event, item) => {
      if (rowOf(item) && !this.frameElement?.matches(':focus')) {
        this.hideTooltip();
        this.setFocusOutline('');
      }
    });
    view.addEventListener('click', (_event, item) => {
      const row = rowOf(item);
      if (row) {
        this.focusId = row.id;
        this.select(row);
      }
    });
  }

  /**
   * Outlines the municipality under the pointer or keyboard focus. With SVG, the outline is a
   * copy of the drawn path in a small overlay of its own, so a hover repaints one shape and never
   * re-runs Vega's dataflow; the canvas renderer uses the spec's `focusId` signal instead.
   */
  private setFocusOutline(id: string): void {
    const overlay = this.renderRoot.querySelector<SVGSVGElement>('.overlay');
    if (this.viewRenderer === 'svg' && overlay) {
      const outline = overlay.firstElementChild as SVGPathElement;
      const source = id ? this.pathIndex.get(id) : undefined;
      outline.setAttribute('d', source?.getAttribute('d') ?? '');
      const transform = source?.getAttribute('transform');
      if (transform) outline.setAttribute('transform', transform);
      else outline.removeAttribute('transform');
      return;
    }
    if (!this.vegaView || this.vegaView.signal('focusId') === id) return;
    this.vegaView.signal('focusId', id);
    void this.vegaView.runAsync();
  }

  // ---- tooltip, keyboard, selection -------------------------------------------------------

  /** When a row's figure refers to, in the reader's words (`2022`, `1 January 2026`, `November 2022`). */
  private period(country: CountryCode, year: number): ReturnType<typeof formatPeriod> {
    return formatPeriod(year, this.model?.references[country], this.locale);
  }

  private tooltipText(row: AreaRow): { name: string; country: string; value: string; measure: string } {
    const model = this.model!;
    return withLocale(this.locale, () => {
      const period = row.year === undefined ? undefined : this.period(row.place.country, row.year);
      const value = row.value === null ? '' : formatValue(row.value, model.unit, this.locale);
      return {
        name: model.level === 'country' ? countryName(row.place.country, this.locale) : displayName(row.place, this.locale),
        country: countryName(row.place.country, this.locale),
        measure: row.value === null ? '' : model.measures[row.place.country]?.() ?? '',
        value: !period
          ? msg('No figure')
          : row.value === null
            ? msg(str`No figure for ${period.text}`)
            : period.kind === 'date'
              ? msg(str`${value} on ${period.text}`)
              : period.kind === 'month'
                ? msg(str`${value} in ${period.text}`, { id: 'value-in-month' })
                : msg(str`${value} in ${period.text}`),
      };
    });
  }

  private showTooltip(id: string, x?: number, y?: number): void {
    const row = this.model?.byId.get(id);
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    const live = this.renderRoot.querySelector<HTMLElement>('.live');
    if (!row || !tooltip) return;
    const text = this.tooltipText(row);
    const sameCountry = this.model!.level === 'country';
    render(
      html`<strong>${text.name}</strong>${sameCountry ? nothing : html`<span>${text.country}</span><br />`}<span>${text.value}</span>${text.measure ? html`<br /><span class="measure">${text.measure}</span>` : nothing}`,
      tooltip,
    );
    tooltip.style.left = `${x ?? row.x}px`;
    tooltip.style.top = `${y ?? row.y}px`;
    tooltip.hidden = false;
    this.tooltipVisible = true;
    if (live && x === undefined) live.textContent = `${text.name}${sameCountry ? '' : `, ${text.country}`}: ${text.value}${text.measure ? ` (${text.measure})` : ''}`;
  }

  private hideTooltip(): void {
    const tooltip = this.renderRoot.querySelector<HTMLElement>('.tooltip');
    if (tooltip) tooltip.hidden = true;
    this.tooltipVisible = false;
  }

  /**
   * Moves keyboard focus and the tooltip to a municipality, outlines it and scrolls the map into
   * view (used by `<case-study-list for="map-id">`). Unknown ids are reported.
   */
  focusMunicipality(id: string): void {
    const model = this.model;
    if (!model || !this.vegaView) {
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
    this.focusId = row.id;
    this.setFocusOutline(row.id);
    const frame = this.frameElement;
    frame?.scrollIntoView?.({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    frame?.focus({ preventScroll: true });
    this.showTooltip(row.id);
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

  private onFocus(): void {
    const model = this.model;
    if (!model || !model.rows.length) return;
    if (!this.focusId || !model.byId.has(this.focusId)) {
      const width = this.drawnWidth;
      const height = this.canvasElement?.clientHeight ?? width;
      const start = model.rows.find((r) => r.highlighted) ?? nearestTo(model.rows, width / 2, height / 2);
      if (!start) return;
      this.focusId = start.id;
    }
    this.setFocusOutline(this.focusId);
    this.showTooltip(this.focusId);
  }

  private onBlur(): void {
    this.hideTooltip();
    this.setFocusOutline('');
  }

  private onKeydown(event: KeyboardEvent): void {
    const model = this.model;
    if (!model) return;
    const directions: Record<string, Direction> = { ArrowLeft: 'left', ArrowRight: 'right', ArrowUp: 'up', ArrowDown: 'down' };
    const direction = directions[event.key];
    const current = model.byId.get(this.focusId);
    if (direction) {
      event.preventDefault();
      if (!current) {
        this.onFocus();
        return;
      }
      const next = nearestInDirection(current, model.rows.filter((r) => r.anchor), direction);
      if (next) {
        this.focusId = next.id;
        this.setFocusOutline(next.id);
        this.showTooltip(next.id);
      }
    } else if (event.key === 'Enter' || event.key === ' ') {
      if (current) {
        event.preventDefault();
        this.select(current);
      }
    } else if (event.key === 'Escape') {
      this.hideTooltip();
    }
  }

  private onSearch(event: Event): void {
    const input = event.target as HTMLInputElement;
    const model = this.model;
    if (!model) return;
    const match = searchPlace(input.value, model.rows.map((r) => r.place));
    if (!match) {
      const query = input.value.trim();
      this.searchMessage = query ? withLocale(this.locale, () => msg(str`No municipality matches "${query}".`)) : '';
      return;
    }
    this.searchMessage = '';
    this.focusMunicipality(match.id);
    const row = model.byId.get(match.id);
    if (row && (event as KeyboardEvent).key === 'Enter') this.select(row);
  }

  // ---- controls ---------------------------------------------------------------------------

  private setYearIndex(index: number): void {
    const year = this.model?.years[index];
    if (year !== undefined) this.year = String(year);
  }

  private togglePlay(): void {
    if (this.playing) {
      this.stopPlaying();
      return;
    }
    const model = this.model;
    if (!model || model.years.length < 2) return;
    if (model.year === 'latest' || model.year === model.years[model.years.length - 1]) this.year = String(model.years[0]);
    this.playing = true;
    this.playTimer = setInterval(() => {
      const years = this.model?.years ?? [];
      const shown = this.model?.year;
      const index = typeof shown === 'number' ? years.indexOf(shown) : -1;
      if (index < 0 || index >= years.length - 1) this.stopPlaying();
      else this.year = String(years[index + 1]);
    }, 1200);
  }

  private stopPlaying(): void {
    if (this.playTimer) clearInterval(this.playTimer);
    this.playTimer = undefined;
    this.playing = false;
  }

  private setView(view: MapView): void {
    this.view = view;
    if (view === 'map') void this.updateComplete.then(() => this.redraw());
  }

  private downloadCsv(): void {
    const model = this.model;
    if (!model) return;
    const label = model.label();
    downloadCsv(
      fileName(['nordic', model.indicatorId, model.year], 'csv'),
      withLocale(this.locale, () => [msg('id'), msg('Name'), msg('Country'), msg('Indicator'), msg('Year'), msg('Value')]),
      model.rows.map((r) => [model.level === 'country' ? r.place.country : r.id, this.rowName(r), r.place.country, label, r.year ?? '', r.value]),
    );
  }

  private async downloadImage(format: 'png' | 'svg'): Promise<void> {
    if (!this.vegaView) return;
    const model = this.model!;
    await downloadView(this.vegaView, format, fileName(['nordic', model.indicatorId, model.year], format));
  }

  private rowName(row: AreaRow): string {
    return this.model?.level === 'country' ? countryName(row.place.country, this.locale) : displayName(row.place, this.locale);
  }

  // ---- rendering --------------------------------------------------------------------------

  private mapLabel(): string {
    return withLocale(this.locale, () => {
      if (this.description) return this.description;
      const model = this.model;
      if (!model) return this.heading || msg('Map of Nordic municipalities');
      const label = model.label();
      const when = this.shownYearText(model);
      return model.level === 'country'
        ? msg(str`Map of the Nordic countries: ${label}, ${when}. The table view lists every figure.`)
        : msg(str`Map of Nordic municipalities: ${label}, ${when}. The table view lists every figure.`);
    });
  }

  /** `2015`; with `latest`, that year when every shown country's latest is the same, else "latest figures". */
  private shownYearText(model: MapModel): string {
    const year = model.year === 'latest' ? sharedYear(model.yearOf) : model.year;
    return year === undefined ? msg('latest figures') : String(year);
  }

  /** The distinct years shown, for the source line (`2015, 2022, 2026`). */
  private shownYears(model: MapModel): string {
    const years = [...new Set(Object.values(model.yearOf))].sort((a, b) => a - b);
    return years.length ? years.join(', ') : String(model.year === 'latest' ? '' : model.year);
  }

  /** The indicator's label with its unit, unless the label already says "per 1,000". */
  private labelWithUnit(model: MapModel): string {
    const label = model.label();
    return model.unit === 'per-1000' ? label : `${label} (${this.unitText(model.unit)})`;
  }

  private unitText(unit: string): string {
    if (unit === 'percent') return msg('per cent');
    if (unit === 'per-1000') return msg('per 1,000 inhabitants');
    if (unit === 'ratio') return msg('1.00 = the country as a whole');
    return msg('persons');
  }

  protected override renderContent(): unknown {
    const model = this.model;
    const view = this.shownView;
    return html`
      ${this.heading ? html`<h2 class="heading" part="heading">${this.heading}</h2>` : nothing}
      ${this.renderControls()}
      <div class="frame" part="map" tabindex="0" role="group" aria-roledescription=${msg('map')} aria-label=${this.mapLabel()}
        aria-describedby="keys" ?hidden=${view !== 'map'}
        @keydown=${this.onKeydown} @focus=${this.onFocus} @blur=${this.onBlur}>
        <div class="canvas"></div>
        <svg class="overlay" aria-hidden="true" width="0" height="0"><path class="focus-outline" d=""></path></svg>
        ${this.loading ? html`<div class="loading">${msg('Loading the map…')}</div>` : nothing}
        <div class="tooltip" part="tooltip" hidden></div>
      </div>
      <p class="visually-hidden live" aria-live="polite"></p>
      ${view === 'map' ? html`<p class="keys visually-hidden" id="keys">${msg('Arrow keys move between municipalities, Enter selects, Escape hides the tooltip.')}</p>` : nothing}
      ${view === 'table' && model ? this.renderFigures(model) : nothing}
      ${model ? this.renderLegend(model) : nothing}
      ${model ? renderSourceLine(model.sources, this.shownYears(model)) : nothing}
      ${model && this.geometry ? renderSourceLine(boundarySources(this.geometry.sources, model.countries), undefined, msg('Boundaries:')) : nothing}
    `;
  }

  private renderControls(): unknown {
    const model = this.model;
    const view = this.shownView;
    const toggle = html`<div class="group" role="group" aria-label=${msg('Show as')}>
      <button type="button" class="show-map" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => this.setView('map')}>${msg('Map')}</button>
      <button type="button" class="show-table" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${() => this.setView('table')}>${msg('Table')}</button>
    </div>`;
    if (!this.controls || !model) return html`<div class="controls" part="controls">${toggle}</div>`;
    const index = model.year === 'latest' ? model.years.length - 1 : Math.max(0, model.years.indexOf(model.year));
    const yearText = model.year === 'latest' ? msg('Latest') : String(model.year);
    return html`<div class="controls" part="controls">
      ${model.years.length > 1
        ? html`<div class="group">
            <label for="year">${msg('Year')}</label>
            <input id="year" type="range" min="0" max=${model.years.length - 1} step="1" .value=${String(index)}
              aria-valuetext=${yearText} @input=${(e: Event) => this.setYearIndex(Number((e.target as HTMLInputElement).value))} />
            <span class="year-value" aria-hidden="true">${yearText}</span>
            <button type="button" class="latest" aria-pressed=${model.year === 'latest' ? 'true' : 'false'}
              @click=${() => { this.stopPlaying(); this.year = 'latest'; }}>${msg('Latest figures')}</button>
            <button type="button" class="play" aria-pressed=${this.playing ? 'true' : 'false'} @click=${this.togglePlay}>
              ${this.playing ? msg('Pause') : msg('Play')}
            </button>
          </div>`
        : nothing}
      ${toggle}
      ${model.level === 'municipality'
        ? html`<div class="group">
            <label for="search">${msg('Find a municipality')}</label>
            <input id="search" type="search" list="places" autocomplete="off"
              @focus=${() => (this.suggestionsWanted = true)}
              @change=${this.onSearch} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && this.onSearch(e)} />
            <datalist id="places">${this.suggestionsWanted ? model.rows.map((r) => html`<option value=${displayName(r.place, this.locale)}></option>`) : nothing}</datalist>
            <span class="search-message" role="status">${this.searchMessage}</span>
          </div>`
        : nothing}
      <div class="group" role="group" aria-label=${msg('Download')}>
        <button type="button" class="download-csv" aria-label=${msg('Download the figures as CSV')} @click=${this.downloadCsv}>${'CSV'}</button>
        <button type="button" class="download-png" aria-label=${msg('Download the map as PNG')} @click=${() => this.downloadImage('png')}>${'PNG'}</button>
        <button type="button" class="download-svg" aria-label=${msg('Download the map as SVG')} @click=${() => this.downloadImage('svg')}>${'SVG'}</button>
      </div>
    </div>`;
  }

  private renderFigures(model: MapModel): unknown {
    const columns: TableColumn<AreaRow>[] = [
      { key: 'name', label: model.level === 'country' ? msg('Country') : msg('Municipality'), value: (r) => this.rowName(r) },
      ...(model.level === 'country' ? [] : [{ key: 'country', label: msg('Country'), value: (r: AreaRow) => countryName(r.place.country, this.locale) }]),
      {
        key: 'value',
        label: this.labelWithUnit(model),
        numeric: true,
        value: (r) => r.value,
        format: (r) => (r.value === null ? '–' : formatValue(r.value, model.unit, this.locale)),
      },
      // Each country's own measure, where they differ.
      ...(new Set(model.countries.filter((c) => model.yearOf[c] !== undefined).map((c) => model.measures[c]?.() ?? '')).size > 1
        ? [{ key: 'measure', label: msg('Measure'), value: (r: AreaRow) => model.measures[r.place.country]?.() ?? '' }]
        : []),
      // Each country's own year: the column says which figure is from when.
      ...(model.year === 'latest' && sharedYear(model.yearOf) === undefined
        ? [{ key: 'year', label: msg('Year'), numeric: true, value: (r: AreaRow) => r.year ?? null, format: (r: AreaRow) => (r.year === undefined ? '–' : this.period(r.place.country, r.year).text) }]
        : []),
    ];
    return renderTable<AreaRow>({
      caption: msg(str`${model.label()}, ${this.shownYearText(model)}`),
      columns,
      rows: model.level === 'country' ? model.rows.filter((r) => r.id !== 'AX') : model.rows,
      sort: this.tableSort,
      lang: this.locale,
      onSort: (sort) => (this.tableSort = sort),
      isHighlighted: (r) => r.highlighted,
      onActivate: (r) => this.select(r),
    });
  }

  private renderLegend(model: MapModel): unknown {
    const format = (v: number) => formatValue(v, model.unit, this.locale);
    const classes = model.breaks.length > 1 ? model.colors.map((color, i) => ({ color, from: model.breaks[i]!, to: model.breaks[i + 1]! })) : [];
    const highlighted = model.rows.filter((r) => r.highlighted);
    const missing = model.missing.map((c) => countryName(c, this.locale));
    const shownCountries = model.countries.filter((c) => model.yearOf[c] !== undefined);
    const periods = shownCountries.map((c) => ({ country: countryName(c, this.locale), period: this.period(c, model.yearOf[c]!) }));
    // Which figure is from when: always with the latest figures, and for a chosen year when it is a day or month.
    const periodNote = periods.length && (model.year === 'latest' || periods.some((p) => p.period.kind !== 'year'))
      ? msg(str`Figures: ${formatList(periods.sort((a, b) => a.country.localeCompare(b.country)).map((p) => `${p.country} ${p.period.text}`), this.locale)}.`)
      : '';
    const definitions = model.countryDefinitions.filter((d) => model.yearOf[d.country] !== undefined);
    return html`<div class="legend" part="legend">
      <p class="legend-title">${this.labelWithUnit(model)}, ${this.shownYearText(model)}</p>
      <ul>
        ${classes.map(
          (c) => html`<li><span class="swatch" ${styleProps({ background: c.color })}></span>${format(c.from)} – ${format(c.to)}</li>`,
        )}
        <li><span class="swatch no-data"></span>${msg('No figure')}</li>
        ${highlighted.length
          ? html`<li class="highlight-list"><span class="swatch outline"></span>${msg(str`Outlined: ${formatList(highlighted.map((r) => this.rowName(r)), this.locale)}`)}</li>`
          : nothing}
      </ul>
      ${model.years.length > 1 && classes.length
        ? html`<p class="note classes-span">${msg(str`Colour classes cover ${model.years[0]!}–${model.years[model.years.length - 1]!}, so colours compare across years.`)}</p>`
        : nothing}
      ${periodNote ? html`<p class="note periods">${periodNote}</p>` : nothing}
      ${missing.length
        ? html`<p class="note missing">${model.year === 'latest'
            ? msg(str`No figures for ${formatList(missing, this.locale)}.`)
            : msg(str`No figures for ${formatList(missing, this.locale)} in ${model.year}.`)}</p>`
        : nothing}
      ${this.renderAbout(definitions, model.notes.map((note) => note(model.yearOf)).filter(Boolean))}
    </div>`;
  }

  /** Each country's measure and the file's caveats, behind one disclosure so the legend stays short. */
  private renderAbout(definitions: MapModel['countryDefinitions'], notes: string[]): unknown {
    if (!definitions.length && !notes.length) return nothing;
    return html`<details class="about">
      <summary>${definitions.length ? msg('How each country measures it') : msg('About the figures')}</summary>
      ${definitions.map((d) => html`<p class="note country-definition">${countryName(d.country, this.locale)}: ${d.text()}</p>`)}
      ${notes.map((note) => html`<p class="note">${note}</p>`)}
    </details>`;
  }
}

function countryIndicatorLabel(indicator: CountryIndicator): string {
  switch (indicator) {
    case 'net-migration-per-1000':
      return msg('Net migration per 1,000 inhabitants');
    case 'refugees-per-1000':
      return msg('Refugees living in the country at year end per 1,000 inhabitants');
    case 'population-change':
      return msg('Population change from the previous year');
  }
}

function nearestTo<T extends { x: number; y: number; anchor: unknown }>(rows: readonly T[], x: number, y: number): T | undefined {
  let best: T | undefined;
  let distance = Infinity;
  for (const row of rows) {
    if (!row.anchor) continue;
    const d = Math.hypot(row.x - x, row.y - y);
    if (d < distance) {
      distance = d;
      best = row;
    }
  }
  return best;
}
