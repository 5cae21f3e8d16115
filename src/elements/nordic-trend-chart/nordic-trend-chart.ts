import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { msg, str } from '@lit/localize';
import type { Runtime, View } from 'vega';
import { SeriesElement } from '../../core/series-element.js';
import { renderTable, tableStyles, type TableColumn, type TableSort } from '../../core/data-table.js';
import type { CountrySeries, CountrySeriesFile, CountrySeriesId, LangCode, SourceRef } from '../../core/data-types.js';
import { downloadCsv, downloadView, fileName } from '../../core/downloads.js';
import { formatCount, formatDecimal, formatList } from '../../core/format.js';
import { countryName, localized } from '../../core/i18n-data.js';
import { renderSourceLine, yearSpan } from '../../core/source-line.js';
import { baseStyles } from '../../core/styles.js';
import { styleProps } from '../../core/style-props.js';
import { withLocale } from '../../core/localization.js';
import { cssValues, DrawingHostController } from '../../core/drawing-host.js';
import { createView, finalizeView, preloadVega } from '../../core/vega-loader.js';
import barsSpec from './trend-bars.vl.json';
import linesSpec from './trend-lines.vl.json';
import { trendStyles } from './nordic-trend-chart.styles.js';
import { ALL_KEYS, readChartAttributes } from './attributes.js';
import { resolvePeriod, type SeriesKey, type YearRange } from './period.js';
import {
  availableYears,
  defaultPeriod,
  hasEstimates,
  isMode,
  isSeriesId,
  markFor,
  MODES_BY_SERIES,
  nearestYear,
  SERIES_IDS,
  stepYear,
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
  static override styles = [baseStyles, tableStyles, trendStyles];

  /**
   * The series: `population` (default, mid-year), `net-migration` (calendar year),
   * `asylum-applications` (new asylum applications per calendar year), `resettlement-arrivals`
   * (resettled refugees arriving per calendar year), `refugees` and `asylum-seekers` (stocks on
   * 31 December) or `foreign-born` (stock on 1 January).
   */
  @property({ reflect: true }) series = 'population';

  /** Space-separated country codes (`DK FI IS NO SE`) and/or `nordic` for the Nordic total. Default: the five countries. */
  @property({ reflect: true }) countries = '';

  /** First year shown. Default: the first year of the population series (1990) or of the data, whichever is later. */
  @property({ reflect: true }) from = '';

  /** Last year shown. Default: the latest year with figures. */
  @property({ reflect: true }) to = '';

  /** `absolute` (default, persons), `index` (first year = 100) or `per-1000` (per 1,000 inhabitants). */
  @property({ reflect: true }) mode = 'absolute';

  /** `chart` (default) or `table`. */
  @property({ reflect: true }) view = 'chart';

  /** Adds a series picker, a chart/table toggle and downloads (CSV, PNG, SVG). */
  @property({ type: Boolean, reflect: true }) controls = false;

  /** Replaces the heading (by default the series, unit and period). */
  @property({ reflect: true }) heading = '';

  @state() private model: TrendModel | undefined;
  @state() private hoverYear: number | undefined;
  @state() private hoverX = 0;
  @state() private announce = '';
  @state() private tableSort: TableSort | undefined;
  @state() private drawnView: View | undefined;

  private chart: View | undefined;
  private drawToken = 0;
  private readonly drawing = new DrawingHostController(this, {
    onSchemeChange: () => this.redraw(),
    onWidthChange: (width) => {
      if (this.chart) void this.chart.signal('width', Math.max(280, width)).runAsync();
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

  protected override whileSeriesLoads(): void {
    formatCount(0, this.locale); // loads the number locale data while the file is on the way (see the map)
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
    this.hoverYear = undefined;
    this.model = { series, keys, mode, period: { from: period.from, to: period.to }, points, rows: yearRows(points) };
  }

  // ---- text -------------------------------------------------------------------------------

  private keyName(key: SeriesKey): string {
    return key === 'NORDIC' ? msg('Nordic total') : countryName(key, this.locale);
  }

  private unitText(mode: TrendMode): string {
    if (mode === 'index') return msg('Index, first year = 100');
    if (mode === 'per-1000') return msg('Per 1,000 inhabitants');
    return msg('Persons');
  }

  /** When a year's figures refer to, from the series' `reference`. */
  private referenceText(series: CountrySeries): string {
    const reference = series.reference;
    if (reference === 'year') return msg('Figures: the total over each calendar year (a flow).');
    if (reference === '12-31') return msg('Figures: a stock on 31 December of each year.');
    if (reference === '01-01') return msg('Figures: a stock on 1 January of each year.');
    if (reference === '07-01') return msg('Figures: a mid-year estimate (1 July) of each year.');
    return '';
  }

  private titleText(model: TrendModel): string {
    if (this.heading) return this.heading;
    const label = localized(this.data!.series[model.series].label, this.locale);
    const unit = this.unitText(model.mode);
    return msg(str`${label} (${unit}), ${yearSpan(model.period.from, model.period.to)}`);
  }

  private formatValue(value: number | null, mode: TrendMode, lang: LangCode = this.locale): string {
    if (value === null) return '–';
    return mode === 'absolute' ? formatCount(value, lang) : formatDecimal(value, lang, 1);
  }

  private cellText(row: YearRow, key: SeriesKey, mode: TrendMode): string {
    const value = row.values[key] ?? null;
    const text = this.formatValue(value, mode);
    return value !== null && row.estimates[key] ? msg(str`${text} (estimate)`) : text;
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
    void this.draw().catch((error: unknown) => this.report({ code: 'render', detail: error instanceof Error ? error.message : String(error) }));
  }

  private async draw(): Promise<void> {
    const model = this.model;
    if (!model || this.currentView !== 'chart') return;
    await this.updateComplete;
    const container = this.renderRoot.querySelector<HTMLElement>('.plot');
    if (!container) return;
    const token = ++this.drawToken;
    const lang = this.locale;
    const themeColor = cssValues(this);
    const colors = Object.fromEntries([...ALL_KEYS, 'NORDIC'].map((key) => [key, themeColor(`--_c-${key}`, '#555')]));
    const rows = model.points
      .filter((point) => point.value !== null)
      .map((point) => ({ year: point.year, key: point.key, value: point.value, estimate: point.estimate, color: colors[point.key] }));
    const runtime = (markFor(model.series) === 'bar' ? barsSpec : linesSpec) as unknown as Runtime;
    const width = Math.max(280, Math.floor(container.clientWidth || this.clientWidth || 640));
    // Outside render, msg() answers in the widget's language only inside withLocale.
    const texts = withLocale(lang, () => ({ xTitle: msg('Year'), yTitle: this.unitText(model.mode), description: this.chartLabel(model) }));
    const view = await createView(runtime, document.createElement('div'), {
      renderer: 'svg',
      numberLocale: vegaNumberLocale(lang),
      data: { rows },
      signals: {
        width,
        xTitle: texts.xTitle,
        yTitle: texts.yTitle,
        yFormat: model.mode === 'absolute' ? ',d' : ',~f',
        textColor: themeColor('--_text', '#1d2329'),
        mutedColor: themeColor('--_muted', '#4f5b66'),
        gridColor: themeColor('--_border', '#c9d1d9'),
        surfaceColor: themeColor('--_surface', '#ffffff'),
      },
      description: texts.description,
    });
    if (token !== this.drawToken || !this.isConnected) {
      finalizeView(view);
      return;
    }
    finalizeView(this.chart);
    this.chart = view;
    const target = this.renderRoot.querySelector<HTMLElement>('.plot') ?? container;
    const drawing = view.container()?.firstElementChild;
    target.querySelectorAll('svg').forEach((node) => node.remove());
    if (drawing) target.prepend(drawing);
    this.drawnView = view;
    this.drawing.observeWidth(target);
    if (this.hoverYear !== undefined) void this.setHover(this.hoverYear, false);
    this.markReady();
  }

  private chartLabel(model: TrendModel): string {
    const names = formatList(model.keys.map((key) => this.keyName(key)), this.locale);
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

  private yearAtPointer(event: PointerEvent | MouseEvent): number | undefined {
    const svg = this.renderRoot.querySelector('.plot svg');
    if (!svg || !this.model) return undefined;
    const x = event.clientX - svg.getBoundingClientRect().left;
    const years = this.model.rows.map((row) => row.year);
    let best: number | undefined;
    let distance = Infinity;
    for (const year of years) {
      const position = this.yearX(year);
      if (position !== undefined && Math.abs(position - x) < distance) {
        distance = Math.abs(position - x);
        best = year;
      }
    }
    return best === undefined ? nearestYear(years, years[0]!) : best;
  }

  private async setHover(year: number | undefined, speak: boolean): Promise<void> {
    this.hoverYear = year;
    this.hoverX = year === undefined ? 0 : (this.yearX(year) ?? 0);
    this.announce = speak && year !== undefined ? withLocale(this.locale, () => this.yearSummary(year)) : '';
    if (this.chart) await this.chart.signal('hover', year ?? null).runAsync();
  }

  private yearSummary(year: number): string {
    const model = this.model!;
    const row = model.rows.find((r) => r.year === year);
    if (!row) return '';
    return `${year}: ${model.keys.map((key) => `${this.keyName(key)} ${this.cellText(row, key, model.mode)}`).join('; ')}`;
  }

  private onPointerMove = (event: PointerEvent): void => {
    const year = this.yearAtPointer(event);
    if (year !== this.hoverYear) void this.setHover(year, false);
  };

  private onPointerLeave = (): void => {
    if (this.renderRoot.querySelector('.plot') !== (this.renderRoot as ShadowRoot).activeElement) void this.setHover(undefined, false);
  };

  private onClick = (event: MouseEvent): void => {
    const year = this.yearAtPointer(event);
    if (year !== undefined) this.select(year);
  };

  private onKeyDown = (event: KeyboardEvent): void => {
    const model = this.model;
    if (!model) return;
    const years = model.rows.map((row) => row.year);
    if (['ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) {
      event.preventDefault();
      void this.setHover(stepYear(years, this.hoverYear, event.key), true);
    } else if (event.key === 'Escape') {
      void this.setHover(undefined, false);
    } else if ((event.key === 'Enter' || event.key === ' ') && this.hoverYear !== undefined) {
      event.preventDefault();
      this.select(this.hoverYear);
    }
  };

  private onFocus = (): void => {
    if (this.hoverYear === undefined && this.model?.rows.length) void this.setHover(this.model.rows[this.model.rows.length - 1]!.year, true);
  };

  private onBlur = (): void => {
    void this.setHover(undefined, false);
  };

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

  // ---- downloads --------------------------------------------------------------------------

  private downloadName(model: TrendModel, extension: string): string {
    return fileName(['nordic', model.series, model.mode, yearSpan(model.period.from, model.period.to)], extension);
  }

  private downloadCsv(): void {
    const model = this.model!;
    const round = (value: number | null) => (value === null || model.mode === 'absolute' ? value : Math.round(value * 100) / 100);
    const estimates = hasEstimates(model.points);
    const header = withLocale(this.locale, () => [msg('Year'), ...model.keys.map((key) => this.keyName(key)), ...(estimates ? [msg('Estimates')] : [])]);
    const rows = model.rows.map((row) => [
      row.year,
      ...model.keys.map((key) => round(row.values[key] ?? null)),
      ...(estimates ? [model.keys.filter((key) => row.estimates[key]).join(' ')] : []),
    ]);
    downloadCsv(this.downloadName(model, 'csv'), header, rows);
  }

  private async downloadImage(format: 'png' | 'svg'): Promise<void> {
    if (this.chart) await downloadView(this.chart, format, this.downloadName(this.model!, format));
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

  private columns(model: TrendModel): TableColumn<YearRow>[] {
    return [
      { key: 'year', label: msg('Year'), value: (row) => row.year, format: (row) => String(row.year) },
      ...model.keys.map(
        (key): TableColumn<YearRow> => ({
          key,
          label: this.keyName(key),
          numeric: true,
          value: (row) => row.values[key] ?? null,
          format: (row) => this.cellText(row, key, model.mode),
        }),
      ),
    ];
  }

  private renderTable(model: TrendModel, caption: string): unknown {
    return renderTable({
      caption,
      columns: this.columns(model),
      rows: model.rows,
      sort: this.tableSort,
      lang: this.locale,
      onSort: (sort) => (this.tableSort = sort),
    });
  }

  private renderControls(model: TrendModel): unknown {
    if (!this.controls) return nothing;
    const view = this.currentView;
    const data = this.data!;
    return html`<div class="toolbar" part="controls">
      <label class="series-picker">${msg('Series')}
        <select @change=${(event: Event) => this.setSeries((event.target as HTMLSelectElement).value)}>
          ${SERIES_IDS.filter((id) => data.series[id]).map(
            (id) => html`<option value=${id} ?selected=${id === model.series}>${localized(data.series[id].label, this.locale)}</option>`,
          )}
        </select>
      </label>
      <div class="group" role="group" aria-label=${msg('View')}>
        <button type="button" aria-pressed=${view === 'chart' ? 'true' : 'false'} @click=${() => this.setView('chart')}>${msg('Chart')}</button>
        <button type="button" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${() => this.setView('table')}>${msg('Table')}</button>
      </div>
      <div class="group" role="group" aria-label=${msg('Download')}>
        <button type="button" class="download-csv" @click=${() => this.downloadCsv()}>${msg('Download CSV')}</button>
        ${view === 'chart' && this.drawnView
          ? html`<button type="button" class="download-png" @click=${() => void this.downloadImage('png')}>${msg('Download PNG')}</button>
              <button type="button" class="download-svg" @click=${() => void this.downloadImage('svg')}>${msg('Download SVG')}</button>`
          : nothing}
      </div>
    </div>`;
  }

  private renderLegend(model: TrendModel): unknown {
    const bar = markFor(model.series) === 'bar';
    return html`<ul class="legend" part="legend" aria-label=${msg('Legend')}>
      ${model.keys.map(
        (key) => html`<li>
          <span class="swatch ${bar ? 'bar' : key === 'NORDIC' ? 'nordic' : ''}" ${styleProps({ color: `var(--_c-${key})` })} aria-hidden="true"></span>
          ${this.keyName(key)}
        </li>`,
      )}
    </ul>`;
  }

  private renderTooltip(model: TrendModel): unknown {
    const year = this.hoverYear;
    const row = year === undefined ? undefined : model.rows.find((r) => r.year === year);
    if (!row) return nothing;
    const plot = this.renderRoot.querySelector<HTMLElement>('.plot');
    const width = plot?.clientWidth ?? 640;
    const left = this.hoverX > width / 2 ? undefined : this.hoverX + 12;
    const right = left === undefined ? width - this.hoverX + 12 : undefined;
    return html`<div class="tooltip" part="tooltip" aria-hidden="true"
      ${styleProps({ left: left === undefined ? 'auto' : `${left}px`, right: right === undefined ? 'auto' : `${right}px` })}>
      <p class="tooltip-year">${row.year}</p>
      <dl>
        ${model.keys.map(
          (key) => html`<dt><span class="dot" ${styleProps({ color: `var(--_c-${key})` })}></span>${this.keyName(key)}</dt>
            <dd>${this.cellText(row, key, model.mode)}</dd>`,
        )}
      </dl>
    </div>`;
  }

  protected override renderContent(): unknown {
    const model = this.model;
    if (!model) return this.hasProblems ? nothing : html`<div class="base placeholder" part="base" aria-busy="true"></div>`;
    const data = this.data!;
    const series = data.series[model.series];
    const title = this.titleText(model);
    const estimates = hasEstimates(model.points);
    const chart = this.currentView === 'chart';
    return html`<div class="base" part="base">
      <p class="title" part="title">${title}</p>
      <p class="definition">${localized(series.definition, this.locale)}</p>
      ${this.referenceText(series) ? html`<p class="reference" part="reference">${this.referenceText(series)}</p>` : nothing}
      ${this.renderControls(model)}
      ${chart
        ? html`${this.renderLegend(model)}
            <div class="chart">
              <div class="plot" part="chart" tabindex="0" role="group"
                aria-label=${this.chartLabel(model)}
                aria-describedby="chart-hint"
                @pointermove=${this.onPointerMove} @pointerleave=${this.onPointerLeave} @click=${this.onClick}
                @keydown=${this.onKeyDown} @focus=${this.onFocus} @blur=${this.onBlur}></div>
              ${this.renderTooltip(model)}
            </div>
            <p class="hint" id="chart-hint">${msg('Arrow keys move between years; the figures of each year are also in the table below.')}</p>
            <div class="visually-hidden" aria-live="polite">${this.announce}</div>
            <div class="visually-hidden">${this.renderTable(model, title)}</div>`
        : this.renderTable(model, title)}
      ${estimates
        ? html`<p class="note" part="note">
            ${chart ? (markFor(model.series) === 'bar' ? msg('Faded bars are estimates.') : msg('Open circles are estimates.')) : nothing}
            ${localized(series.estimateNote, this.locale)}
          </p>`
        : nothing}
      ${renderSourceLine(this.sources(model), yearSpan(model.period.from, model.period.to))}
    </div>`;
  }
}
