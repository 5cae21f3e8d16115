/**
 * The chart's templates beside the element: controls, legend, tooltip and table. Each a function
 * of what it shows and the handlers it calls; the element wires them.
 */
import { html, nothing } from 'lit';
import { msg } from '@lit/localize';
import type { CountrySeriesFile, CountrySeriesId, LangCode } from '../../core/data-types.js';
import { renderTable, type TableColumn, type TableSort } from '../../core/data-table.js';
import { localized } from '../../core/i18n-data.js';
import { styleProps } from '../../core/style-props.js';
import { cellText, keyName } from './chart-text.js';
import type { SeriesKey } from './period.js';
import { markFor, SERIES_IDS, type TrendMode, type YearRow } from './trend-data.js';

/** What the templates need of the chart's model. */
export interface TrendView {
  series: CountrySeriesId;
  keys: SeriesKey[];
  mode: TrendMode;
  rows: YearRow[];
}

export interface ChartControlsInput {
  model: TrendView;
  data: CountrySeriesFile;
  view: 'chart' | 'table';
  /** A drawing is there to download. */
  drawn: boolean;
  lang: LangCode;
  onSeries(series: string): void;
  onView(view: 'chart' | 'table'): void;
  onDownloadCsv(): void;
  onDownloadImage(format: 'png' | 'svg'): void;
}

export function renderChartControls(c: ChartControlsInput): unknown {
  const { model, data, view } = c;
  return html`<div class="toolbar" part="controls">
    <label class="series-picker">${msg('Series')}
      <select @change=${(event: Event) => c.onSeries((event.target as HTMLSelectElement).value)}>
        ${SERIES_IDS.filter((id) => data.series[id]).map(
          (id) => html`<option value=${id} ?selected=${id === model.series}>${localized(data.series[id].label, c.lang)}</option>`,
        )}
      </select>
    </label>
    <div class="group" role="group" aria-label=${msg('View')}>
      <button type="button" aria-pressed=${view === 'chart' ? 'true' : 'false'} @click=${() => c.onView('chart')}>${msg('Chart')}</button>
      <button type="button" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${() => c.onView('table')}>${msg('Table')}</button>
    </div>
    <div class="group" role="group" aria-label=${msg('Download')}>
      <button type="button" class="download-csv" @click=${() => c.onDownloadCsv()}>${msg('Download CSV')}</button>
      ${view === 'chart' && c.drawn
        ? html`<button type="button" class="download-png" @click=${() => c.onDownloadImage('png')}>${msg('Download PNG')}</button>
            <button type="button" class="download-svg" @click=${() => c.onDownloadImage('svg')}>${msg('Download SVG')}</button>`
        : nothing}
    </div>
  </div>`;
}

export function renderChartLegend(model: TrendView, lang: LangCode): unknown {
  const bar = markFor(model.series) === 'bar';
  return html`<ul class="legend" part="legend" aria-label=${msg('Legend')}>
    ${model.keys.map(
      (key) => html`<li>
        <span class="swatch ${bar ? 'bar' : key === 'NORDIC' ? 'nordic' : ''}" ${styleProps({ color: `var(--_c-${key})` })} aria-hidden="true"></span>
        ${keyName(key, lang)}
      </li>`,
    )}
  </ul>`;
}

/** The figures of the hovered or focused year, beside it (on the left of it past the middle). */
export function renderChartTooltip(model: TrendView, year: number | undefined, x: number, plotWidth: number, lang: LangCode): unknown {
  const row = year === undefined ? undefined : model.rows.find((r) => r.year === year);
  if (!row) return nothing;
  const left = x > plotWidth / 2 ? undefined : x + 12;
  const right = left === undefined ? plotWidth - x + 12 : undefined;
  return html`<div class="tooltip" part="tooltip" aria-hidden="true"
    ${styleProps({ left: left === undefined ? 'auto' : `${left}px`, right: right === undefined ? 'auto' : `${right}px` })}>
    <p class="tooltip-year">${row.year}</p>
    <dl>
      ${model.keys.map(
        (key) => html`<dt><span class="dot" ${styleProps({ color: `var(--_c-${key})` })}></span>${keyName(key, lang)}</dt>
          <dd>${cellText(row, key, model.mode, lang)}</dd>`,
      )}
    </dl>
  </div>`;
}

export function renderChartTable(model: TrendView, caption: string, lang: LangCode, sort: TableSort | undefined, onSort: (sort: TableSort) => void): unknown {
  const columns: TableColumn<YearRow>[] = [
    { key: 'year', label: msg('Year'), value: (row) => row.year, format: (row) => String(row.year) },
    ...model.keys.map(
      (key): TableColumn<YearRow> => ({
        key,
        label: keyName(key, lang),
        numeric: true,
        value: (row) => row.values[key] ?? null,
        format: (row) => cellText(row, key, model.mode, lang),
      }),
    ),
  ];
  return renderTable({ caption, columns, rows: model.rows, sort, lang, onSort });
}
