import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import { yieldToMain } from '../../core/yield.js';
import type { Runtime, View } from 'vega';
import { SeriesElement } from '../../core/series-element.js';
import { tableStyles, type TableSort } from '../../core/data-table.js';
import type { CountrySeriesFile, CountrySeriesId, SourceRef } from '../../core/data-types.js';
import { dataErrorFacts } from '../../core/errors.js';
import { formatCount } from '../../core/format.js';
import { warmUpIntl } from '../../core/intl-warm-up.js';
import { formatList } from '../../core/format-figures.js';
import { localized } from '../../core/i18n-data.js';
import { renderSourceLine, yearSpan, sourceLineStyles } from '../../core/source-line.js';
import { baseStyles } from '../../core/styles.js';
import { withLocale } from '../../core/localization.js';
import { cssValues, DrawingHostController } from '../../core/drawing-host.js';
import { createView, finalizeView, modifyTuples, preloadVega, setChangedSignals } from '../../core/vega-loader.js';
import barsSpec from './trend-bars.vl.json';
import linesSpec from './trend-lines.vl.json';
import { trendStyles } from './nordic-trend-chart.styles.js';
import { ALL_KEYS, readChartAttributes } from './attributes.js';
import { keyName, referenceText, unitText, yearSummary } from './chart-text.js';
import { ChartDownloadsController } from './controllers/downloads.js';
import { YearFocusController } from './controllers/year-focus.js';
import { renderChartControls, renderChartLegend, renderChartTable, renderChartTooltip } from './templates.js';
import { resolvePeriod, type SeriesKey, type YearRange } from './period.js';
import {
  availableYears,
  defaultPeriod,
  hasEstimates,
  isMode,
  isSeriesId,
  markFor,
  MODES_BY_SERIES,
  trendPoints,
  yearRows,
  type TrendMode,
  type TrendPoint,
  type YearRow,
} from './trend-data.js';
import { vegaNumberLocale } from './vega-locale.js';

/** What is drawn, worked out from the attributes and the data file. */
interface TrendModel {
  series: CountrySeriesId;
  keys: SeriesKey[];
  mode: TrendMode;
  period: YearRange;
  points: TrendPoint[];
  rows: YearRow[];
}

/**
 * The Nordic country series: population, net migration, new asylum applications, resettled
 * refugees, the refugee and asylum-seeker stocks and foreign-born residents, per country or for
 * the Nordic total, as lines (stocks) or bars (flows over a calendar year) or a table, in persons,
 * as an index or per 1,000 inhabitants. Each series states when its figures refer to (a stock on
 * 31 December or 1 January, a mid-year estimate, or a calendar year).
 *
 * @tagname nordic-trend-chart
 * @summary A chart of a Nordic country series over the years, with a table view.
 *
 * @csspart base - The box around the widget.
 * @csspart title - The heading line (series, unit, period).
 * @csspart controls - The series picker, view toggle and downloads (with `controls`).
 * @csspart reference - When the figures refer to (a stock's day, or the calendar year of a flow).
 * @csspart legend - The legend.
 * @csspart chart - The drawing; focusable, the arrow keys move the year.
 * @csspart tooltip - The figures of the hovered or focused year.
 * @csspart table - The table (table view).
 * @csspart note - Caveats (estimates).
 * @csspart footer - The source line.
 * @csspart error - The message shown for bad input.
 *
 * @cssprop --nordic-color-dk - Colour of Denmark (likewise `-fi`, `-is`, `-no`, `-se`, and `-nordic` for the total).
 * @cssprop --nordic-color-fi - Colour of Finland.
 * @cssprop --nordic-color-is - Colour of Iceland.
 * @cssprop --nordic-color-no - Colour of Norway.
 * @cssprop --nordic-color-se - Colour of Sweden.
 * @cssprop --nordic-color-nordic - Colour of the Nordic total (default the text colour).
 * @cssprop --nordic-accent - Accent colour (focus ring, pressed buttons).
 * @cssprop --nordic-surface - Background.
 * @cssprop --nordic-text - Text and axis colour.
 * @cssprop --nordic-muted - Secondary text colour.
 * @cssprop --nordic-border - Border and grid colour.
 * @cssprop --nordic-table-max-height - Height limit of the table view.
 *
 * @event nordic-select - When a year is chosen (click, or Enter on the focused chart); `detail` is `{year, country?, value?}`.
 * @event nordic-ready - After the first complete render (chart drawn, or table shown).
 * @event nordic-error - For an unknown `series`, `countries` or `mode`, years outside the data, `from` after `to`, or a failing data file.
 */
export class NordicTrendChart extends SeriesElement {
  static override styles = [baseStyles, sourceLineStyles, tableStyles, trendStyles];

  /**
   * The series: `population` (default, mid-year), `net-migration` (calendar year),
   * `asylum-applications` (new asylum applications per calendar year), `resettlement-arrivals`
   * (resettled refugees arriving per calendar year), `refugees` and `asylum-seekers` (stocks on
   * 31 December) or `foreign-born` (stock on 1 January).
   * @type {'population' | 'net-migration' | 'asylum-applications' | 'resettlement-arrivals' | 'refugees' | 'asylum-seekers' | 'foreign-born'}
   */
  @property({ reflect: true }) series = 'population';

  /** Space-separated country codes (`DK FI IS NO SE`) and/or `nordic` for the Nordic total. Default: the five countries. */
  @property({ reflect: true }) countries = '';

  /** First year shown. Default: the first year of the population series (1990) or of the data, whichever is later. */
  @property({ reflect: true }) from = '';

  /** Last year shown. Default: the latest year with figures. */
  @property({ reflect: true }) to = '';

  /**
   * `absolute` (default, persons), `index` (first year = 100) or `per-1000` (per 1,000 inhabitants).
   * @type {'absolute' | 'index' | 'per-1000'}
   */
  @property({ reflect: true }) mode = 'absolute';

  /**
   * `chart` (default) or `table`.
   * @type {'chart' | 'table'}
   */
  @property({ reflect: true }) view = 'chart';

  /** Adds a series picker, a chart/table toggle and downloads (CSV, PNG, SVG). */
  @property({ type: Boolean, reflect: true }) controls = false;

  /** Replaces the heading (by default the series, unit and period). */
  @property({ reflect: true }) heading = '';

  @state() private model: TrendModel | undefined;
  @state() private tableSort: TableSort | undefined;
  @state() private drawnView: View | undefined;
  @state() private hiddenTableShown = false;

  private chart: View | undefined;
  /** The width the chart was last drawn for. */
  private drawnWidth = 0;
  private readonly hover = new YearFocusController(this, {
    years: () => this.model?.rows.map((row) => row.year),
    yearX: (year) => this.yearX(year),
    plotLeft: () => this.renderRoot.querySelector('.plot svg')?.getBoundingClientRect().left,
    plotFocused: () => this.renderRoot.querySelector('.plot') === (this.renderRoot as ShadowRoot).activeElement,
    summary: (year) => withLocale(this.locale, () => yearSummary(this.model!.rows, this.model!.keys, this.model!.mode, year, this.locale)),
    mark: async (year) => {
      if (this.chart) await this.chart.signal('hover', year ?? null).runAsync();
    },
    select: (year) => this.select(year),
  });
  private readonly downloads = new ChartDownloadsController(this, { model: () => this.model, view: () => this.chart, lang: () => this.locale });
  private drawToken = 0;
  private readonly drawing = new DrawingHostController(this, {
    onPaletteChange: () => void this.recolour().catch(this.drawingFailed),
    onWidthChange: (width) => {
      // The observer's first report is the width just drawn: the view's own `width` signal then
      // holds the plot's width (fitted within it), so setting it again would lay the chart out anew.
      const next = Math.max(280, width);
      if (!this.chart || Math.abs(next - this.drawnWidth) < 2) return;
      this.drawnWidth = next;
      void this.chart.signal('width', next).runAsync();
    },
  });

  override connectedCallback(): void {
    super.connectedCallback();
    // A table needs no Vega until the reader switches to the chart.
    if (this.currentView === 'chart') preloadVega();
    if (this.data) this.redraw();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.drawToken++;
    finalizeView(this.chart);
    this.chart = undefined;
    this.drawnView = undefined;
  }

  protected override async whileSeriesLoads(): Promise<void> {
    // The number locale data load while the file is on the way (see core/intl-warm-up.ts and the map).
    const lang = this.locale;
    await warmUpIntl(lang);
    formatCount(0, lang);
  }

  protected readonly inputs = ['series', 'countries', 'from', 'to', 'mode', 'view'];

  protected override updated(changed: PropertyValues): void {
    super.updated(changed);
    const redraw = ['model', 'locale', 'theme', 'view'].some((key) => changed.has(key));
    if (redraw && this.model) {
      if (this.currentView === 'chart') this.redraw();
      else {
        this.discardChart();
        this.markReady();
      }
    }
  }

  private get currentView(): 'chart' | 'table' {
    return this.view === 'table' ? 'table' : 'chart';
  }

  /** Resolves the attributes against the data; reports each bad value and keeps what still works. */
  protected compute(data: CountrySeriesFile): void {
    this.clearProblems();
    const { config, problems } = readChartAttributes({ series: this.series, mode: this.mode, view: this.view, countries: this.countries });
    const { series, mode, countries: keys } = config;

    const available = availableYears(data, series, keys, mode);
    if (!available) {
      problems.push({ code: 'no-data', value: `${series} (${keys.join(' ')})` });
      problems.forEach((problem) => this.report(problem));
      this.model = undefined;
      return;
    }
    const period = resolvePeriod(this.from, this.to, available, defaultPeriod(data, available));
    problems.push(...period.problems);
    const points = trendPoints(data, series, keys, period, mode);
    problems.forEach((problem) => this.report(problem));
    this.hover.year = undefined;
    this.model = { series, keys, mode, period: { from: period.from, to: period.to }, points, rows: yearRows(points) };
  }

  protected override dataLost(): void {
    this.model = undefined;
    this.discardChart();
  }

  // ---- text -------------------------------------------------------------------------------

  private titleText(model: TrendModel): string {
    if (this.heading) return this.heading;
    const label = localized(this.data!.series[model.series].label, this.locale);
    const unit = unitText(model.mode);
    return msg(str`${label} (${unit}), ${yearSpan(model.period.from, model.period.to)}`);
  }

  private sources(model: TrendModel): SourceRef[] {
    const data = this.data!;
    const countries = new Set(model.keys.includes('NORDIC') ? ALL_KEYS : model.keys);
    const relevant = (sources: SourceRef[]) => sources.filter((s) => !s.countries || s.countries.some((c) => countries.has(c)));
    const own = relevant(data.series[model.series].sources);
    if (model.mode !== 'per-1000' || model.series === 'population') return own;
    return [...own, ...relevant(data.series.population.sources).filter((s) => !own.some((o) => o.url === s.url && o.publisher === s.publisher))];
  }

  // ---- drawing ----------------------------------------------------------------------------

  private discardChart(): void {
    this.drawToken++;
    this.drawing.unobserveWidth();
    finalizeView(this.chart);
    this.chart = undefined;
    if (this.drawnView) this.drawnView = undefined;
  }

  private redraw(): void {
    void this.draw().catch((error: unknown) => {
      this.hiddenTableShown = true;
      this.drawingFailed(error);
    });
  }

  private readonly drawingFailed = (error: unknown): void => this.report(dataErrorFacts(error));

  private async draw(): Promise<void> {
    const model = this.model;
    if (!model || this.currentView !== 'chart') return;
    await this.updateComplete;
    const token = ++this.drawToken;
    // The chart's text (just rendered) and its drawing in tasks of their own: together, on a
    // phone, they would block the page for a long task.
    await yieldToMain();
    const container = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!container || token !== this.drawToken || !this.isConnected) return;
    const lang = this.locale;
    const { rows, axisColors } = this.palette(model);
    const runtime = (markFor(model.series) === 'bar' ? barsSpec : linesSpec) as unknown as Runtime;
    const width = Math.max(280, Math.floor(container.clientWidth || this.clientWidth || 640));
    // Outside render, msg() answers in the widget's language only inside withLocale.
    const texts = withLocale(lang, () => ({ xTitle: msg('Year'), yTitle: unitText(model.mode), description: this.chartLabel(model) }));
    const view = await createView(runtime, document.createElement('div'), {
      renderer: 'svg',
      numberLocale: vegaNumberLocale(lang),
      data: { rows },
      signals: {
        width,
        xTitle: texts.xTitle,
        yTitle: texts.yTitle,
        yFormat: model.mode === 'absolute' ? ',d' : ',~f',
        ...axisColors,
        // The axes write in the widget's font: the host page's, or --nordic-font.
        font: getComputedStyle(this).fontFamily || 'sans-serif',
      },
      description: texts.description,
    });
    if (token !== this.drawToken || !this.isConnected) {
      finalizeView(view);
      return;
    }
    // The drawing goes into the page in a task after Vega's rendering.
    await yieldToMain();
    if (token !== this.drawToken || !this.isConnected) {
      finalizeView(view);
      return;
    }
    finalizeView(this.chart);
    this.chart = view;
    this.drawnWidth = width;
    const target = this.renderRoot.querySelector<HTMLElement>('.plot') ?? container;
    const drawing = view.container()?.firstElementChild;
    target.querySelectorAll('svg').forEach((node) => node.remove());
    if (drawing) target.prepend(drawing);
    this.drawnView = view;
    this.drawing.observeWidth(target);
    if (this.hover.year !== undefined) void this.hover.set(this.hover.year, false);
    await this.showHiddenTable();
    this.markReady();
  }

  /** The drawing's rows, series colours and axis colours in the theme's palette (or the light one, printing). */
  private palette(model: TrendModel) {
    const themeColor = cssValues(this);
    const seriesColors: Record<string, string> = Object.fromEntries([...ALL_KEYS, 'NORDIC'].map((key) => [key, themeColor(`--_c-${key}`, '#555')]));
    const rows = model.points
      .filter((point) => point.value !== null)
      .map((point) => ({ year: point.year, key: point.key, value: point.value, estimate: point.estimate, color: seriesColors[point.key] }));
    const axisColors = {
      textColor: themeColor('--_text', '#1d2329'),
      mutedColor: themeColor('--_muted', '#4f5b66'),
      gridColor: themeColor('--_border', '#c9d1d9'),
      surfaceColor: themeColor('--_surface', '#ffffff'),
    };
    return { rows, seriesColors, axisColors };
  }

  /**
   * New colours for the view already drawn (the system scheme changed, or printing began or
   * ended), in microtasks only: the printed page is laid out right after `beforeprint`. The rows
   * the view holds get their new colour in place (new rows would make new marks, whose first run
   * may wait for a task: see vega-runtime.ts).
   */
  private async recolour(): Promise<void> {
    const view = this.chart;
    if (!view || !this.model) return this.redraw();
    const { seriesColors, axisColors } = this.palette(this.model);
    const held = view.data('rows') as { key: string; color: string }[];
    await modifyTuples(view, 'rows', held.filter((row) => row.color !== seriesColors[row.key]).map((row) => [row, 'color', seriesColors[row.key]] as const));
    setChangedSignals(view, axisColors);
    await view.runAsync();
  }

  /**
   * The screen readers' table under the chart first renders once the chart is drawn (or failed to
   * draw), a task after it: rendered and laid out with the chart's text, its few hundred cells
   * made that first frame a long task on a phone-class CPU.
   */
  private async showHiddenTable(): Promise<void> {
    if (this.hiddenTableShown) return;
    await this.updateComplete;
    await yieldToMain();
    this.hiddenTableShown = true;
    await this.updateComplete;
  }

  private chartLabel(model: TrendModel): string {
    const names = formatList(model.keys.map((key) => keyName(key, this.locale)), this.locale);
    const kind = markFor(model.series) === 'bar' ? msg('Bar chart') : msg('Line chart');
    return msg(str`${kind}: ${this.titleText(model)}; ${names}.`);
  }

  /** Pixel position of a year's centre in the plot, from the view's own x scale. */
  private yearX(year: number): number | undefined {
    const view = this.chart;
    if (!view) return undefined;
    const scale = view.scale('x') as ((value: number) => number) & { bandwidth?: () => number };
    const x = scale(year);
    if (!Number.isFinite(x)) return undefined;
    return x + (scale.bandwidth ? scale.bandwidth() / 2 : 0) + view.origin()[0];
  }

  private select(year: number): void {
    const model = this.model!;
    const row = model.rows.find((r) => r.year === year);
    const only = model.keys.length === 1 ? model.keys[0] : undefined;
    this.emit('nordic-select', {
      year,
      ...(only && only !== 'NORDIC' ? { country: only } : {}),
      ...(only && row ? { value: row.values[only] ?? null } : {}),
    });
  }

  private setView(view: 'chart' | 'table'): void {
    this.view = view;
  }

  /** The series picker: keeps the mode where the new series allows it, else shows persons. */
  private setSeries(series: string): void {
    if (!isSeriesId(series)) return;
    if (!isMode(this.mode) || !MODES_BY_SERIES[series].includes(this.mode)) this.mode = 'absolute';
    this.series = series;
  }

  // ---- rendering --------------------------------------------------------------------------

  /** The last table rendered and what it was rendered from. */
  private table: { model: TrendModel; caption: string; lang: string; sort: TableSort | undefined; template: unknown } | undefined;

  /**
   * The table, rendered again only when what it shows changed: the chart renders anew on every
   * hover and once it is drawn, and a few hundred formatted cells each time took tens of
   * milliseconds on a phone-class CPU.
   */
  private renderTable(model: TrendModel, caption: string): unknown {
    const last = this.table;
    if (last && last.model === model && last.caption === caption && last.lang === this.locale && last.sort === this.tableSort) return last.template;
    const template = renderChartTable(model, caption, this.locale, this.tableSort, (sort) => (this.tableSort = sort));
    this.table = { model, caption, lang: this.locale, sort: this.tableSort, template };
    return template;
  }

  protected override renderContent(): unknown {
    const model = this.model;
    // Until it draws: the page's own heading (if it gave one) over the space the chart will take.
    if (!model) {
      return this.hasProblems
        ? nothing
        : html`<div class="base placeholder" part="base" aria-busy="true">${this.heading ? html`<p class="title" part="title">${this.heading}</p>` : nothing}</div>`;
    }
    const data = this.data!;
    const series = data.series[model.series];
    const title = this.titleText(model);
    const estimates = hasEstimates(model.points);
    const chart = this.currentView === 'chart';
    return html`<div class="base" part="base">
      <p class="title" part="title">${title}</p>
      <p class="definition">${localized(series.definition, this.locale)}</p>
      ${referenceText(series) ? html`<p class="reference" part="reference">${referenceText(series)}</p>` : nothing}
      ${this.controls
        ? renderChartControls({
            model,
            data,
            view: this.currentView,
            drawn: !!this.drawnView,
            lang: this.locale,
            onSeries: (id) => this.setSeries(id),
            onView: (view) => this.setView(view),
            onDownloadCsv: () => this.downloads.csv(),
            onDownloadImage: (format) => void this.downloads.image(format),
          })
        : nothing}
      ${chart
        ? html`${renderChartLegend(model, this.locale)}
            <div class="chart">
              <div class="plot" part="chart" tabindex="0" role="group"
                aria-label=${this.chartLabel(model)}
                aria-describedby="chart-hint"
                @pointermove=${this.hover.onPointerMove} @pointerleave=${this.hover.onPointerLeave} @click=${this.hover.onClick}
                @keydown=${this.hover.onKeyDown} @focus=${this.hover.onFocus} @blur=${this.hover.onBlur}></div>
              ${renderChartTooltip(model, this.hover.year, this.hover.x, this.renderRoot.querySelector<HTMLElement>('.plot')?.clientWidth ?? 640, this.locale)}
            </div>
            <p class="hint" id="chart-hint">${msg('Arrow keys move between years; the figures of each year are also in the table below.')}</p>
            <div class="visually-hidden" aria-live="polite">${this.hover.announce}</div>
            <div class="visually-hidden">${this.hiddenTableShown ? this.renderTable(model, title) : nothing}</div>`
        : this.renderTable(model, title)}
      ${estimates
        ? html`<p class="note" part="note">
            ${chart ? (markFor(model.series) === 'bar' ? msg('Faded bars are estimates.') : msg('Open circles are estimates.')) : nothing}
            ${localized(series.estimateNote, this.locale)}
          </p>`
        : nothing}
      ${renderSourceLine(this.sources(model), yearSpan(model.period.from, model.period.to), { lang: this.locale })}
    </div>`;
  }
}
