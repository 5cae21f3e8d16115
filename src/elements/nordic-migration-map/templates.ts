/**
 * The map's templates beside the element: controls, figures (the table view) and legend. Each a
 * function of what it shows and the handlers it calls; the element wires them.
 */
import { html, nothing } from 'lit';
import { msg, str } from '@lit/localize';
import type { LangCode } from '../../core/data-types.js';
import { renderTable, type TableColumn, type TableSort } from '../../core/data-table.js';
import { formatList, formatValue } from '../../core/format-figures.js';
import { countryName } from '../../core/i18n-data.js';
import { styleProps } from '../../core/style-props.js';
import type { AreaRow, MapModel } from './map-model.js';
import { labelWithUnit, periodOf, rowName, shownYearText } from './map-text.js';
import { displayName, sharedYear, type MapView } from './model.js';

export interface ControlsInput {
  model: MapModel | undefined;
  view: MapView;
  /** The `controls` attribute: the year slider, search and downloads besides the view toggle. */
  controls: boolean;
  playing: boolean;
  /** The search's suggestions (one per municipality, over a thousand) once the field was focused. */
  suggestionsWanted: boolean;
  searchMessage: string;
  /** On a narrow toolbar: the options behind "More" are shown. */
  moreOpen: boolean;
  lang: LangCode;
  /** Opens or closes the options behind "More" (Escape: closed, focus back on the button). */
  onMore(open: boolean, focusButton?: boolean): void;
  onView(view: MapView): void;
  onYearIndex(index: number): void;
  onLatest(): void;
  onTogglePlay(): void;
  onSearchFocus(): void;
  onSearch(event: Event): void;
  onDownloadCsv(): void;
  onDownloadImage(format: 'png' | 'svg'): void;
}

export function renderControls(c: ControlsInput): unknown {
  const { model, view } = c;
  const toggle = html`<div class="group" role="group" aria-label=${msg('Show as')}>
    <button type="button" class="show-map" aria-pressed=${view === 'map' ? 'true' : 'false'} @click=${() => c.onView('map')}>${msg('Map')}</button>
    <button type="button" class="show-table" aria-pressed=${view === 'table' ? 'true' : 'false'} @click=${() => c.onView('table')}>${msg('Table')}</button>
  </div>`;
  if (!c.controls || !model) return html`<div class="controls" part="controls">${toggle}</div>`;
  const index = model.year === 'latest' ? model.years.length - 1 : Math.max(0, model.years.indexOf(model.year));
  const yearText = model.year === 'latest' ? msg('Latest') : String(model.year);
  // Narrow (a phone, a partner's narrow column; a container query in the styles): the year and
  // Play in one row, everything else behind one "More" button. Wide: all in a row as before.
  const escape = (e: KeyboardEvent) => {
    if (e.key === 'Escape' && c.moreOpen) {
      e.stopPropagation();
      c.onMore(false, true);
    }
  };
  return html`<div class="controls" part="controls">
    <div class="toolbar">
      ${model.years.length > 1
        ? html`<div class="group year-group">
            <label for="year">${msg('Year')}</label>
            <input id="year" type="range" min="0" max=${model.years.length - 1} step="1" .value=${String(index)}
              aria-valuetext=${yearText} @input=${(e: Event) => c.onYearIndex(Number((e.target as HTMLInputElement).value))} />
            <span class="year-value" aria-hidden="true">${yearText}</span>
            <button type="button" class="play" aria-pressed=${c.playing ? 'true' : 'false'} @click=${() => c.onTogglePlay()}>
              ${c.playing ? msg('Pause') : msg('Play')}
            </button>
          </div>`
        : nothing}
      <button type="button" class="more" aria-expanded=${c.moreOpen ? 'true' : 'false'} aria-controls="more-controls"
        @click=${() => c.onMore(!c.moreOpen)} @keydown=${escape}>${c.moreOpen ? msg('Fewer options') : msg('More')}</button>
      <div class="more-controls ${c.moreOpen ? 'open' : ''}" id="more-controls" @keydown=${escape}>
        ${model.years.length > 1
          ? html`<button type="button" class="latest" aria-pressed=${model.year === 'latest' ? 'true' : 'false'}
              @click=${() => c.onLatest()}>${msg('Latest figures')}</button>`
          : nothing}
        ${toggle}
        ${model.level === 'municipality'
          ? html`<div class="group">
              <label for="search">${msg('Find a municipality')}</label>
              <input id="search" type="search" list="places" autocomplete="off"
                @focus=${() => c.onSearchFocus()}
                @change=${(e: Event) => c.onSearch(e)} @keydown=${(e: KeyboardEvent) => e.key === 'Enter' && c.onSearch(e)} />
              <datalist id="places">${c.suggestionsWanted ? model.rows.map((r) => html`<option value=${displayName(r.place, c.lang)}></option>`) : nothing}</datalist>
              <span class="search-message" role="status">${c.searchMessage}</span>
            </div>`
          : nothing}
        <div class="group" role="group" aria-label=${msg('Download')}>
          <button type="button" class="download-csv" aria-label=${msg('Download the figures as CSV')} @click=${() => c.onDownloadCsv()}>${'CSV'}</button>
          <button type="button" class="download-png" aria-label=${msg('Download the map as PNG')} @click=${() => c.onDownloadImage('png')}>${'PNG'}</button>
          <button type="button" class="download-svg" aria-label=${msg('Download the map as SVG')} @click=${() => c.onDownloadImage('svg')}>${'SVG'}</button>
        </div>
      </div>
    </div>
  </div>`;
}

export interface FiguresInput {
  lang: LangCode;
  sort: TableSort | undefined;
  onSort(sort: TableSort | undefined): void;
  onActivate(row: AreaRow): void;
}

/** The table view: every figure, sortable, with each country's measure and year where they differ. */
export function renderFigures(model: MapModel, f: FiguresInput): unknown {
  const lang = f.lang;
  const columns: TableColumn<AreaRow>[] = [
    { key: 'name', label: model.level === 'country' ? msg('Country') : msg('Municipality'), value: (r) => rowName(model, r, lang) },
    ...(model.level === 'country' ? [] : [{ key: 'country', label: msg('Country'), value: (r: AreaRow) => countryName(r.place.country, lang) }]),
    {
      key: 'value',
      label: labelWithUnit(model),
      numeric: true,
      value: (r) => r.value,
      format: (r) => (r.value === null ? '–' : formatValue(r.value, model.unit, lang)),
    },
    // Each country's own measure, where they differ.
    ...(new Set(model.countries.filter((c) => model.yearOf[c] !== undefined).map((c) => model.measures[c]?.() ?? '')).size > 1
      ? [{ key: 'measure', label: msg('Measure'), value: (r: AreaRow) => model.measures[r.place.country]?.() ?? '' }]
      : []),
    // Each country's own year: the column says which figure is from when.
    ...(model.year === 'latest' && sharedYear(model.yearOf) === undefined
      ? [{ key: 'year', label: msg('Year'), numeric: true, value: (r: AreaRow) => r.year ?? null, format: (r: AreaRow) => (r.year === undefined ? '–' : periodOf(model, r.place.country, r.year, lang).text) }]
      : []),
  ];
  return renderTable<AreaRow>({
    caption: msg(str`${model.label()}, ${shownYearText(model)}`),
    columns,
    rows: model.level === 'country' ? model.rows.filter((r) => r.id !== 'AX') : model.rows,
    sort: f.sort,
    lang,
    onSort: f.onSort,
    isHighlighted: (r) => r.highlighted,
    onActivate: f.onActivate,
  });
}

/** The legend: classes, no figure, the outlined places, which figure is from when, and the caveats. */
export function renderLegend(model: MapModel, lang: LangCode): unknown {
  const format = (v: number) => formatValue(v, model.unit, lang);
  const classes = model.breaks.length > 1 ? model.colors.map((color, i) => ({ color, dark: model.darkColors[i] ?? color, from: model.breaks[i]!, to: model.breaks[i + 1]! })) : [];
  const highlighted = model.rows.filter((r) => r.highlighted);
  const missing = model.missing.map((c) => countryName(c, lang));
  const shownCountries = model.countries.filter((c) => model.yearOf[c] !== undefined);
  const periods = shownCountries.map((c) => ({ country: countryName(c, lang), period: periodOf(model, c, model.yearOf[c]!, lang) }));
  // Which figure is from when: always with the latest figures, and for a chosen year when it is a day or month.
  const periodNote = periods.length && (model.year === 'latest' || periods.some((p) => p.period.kind !== 'year'))
    ? msg(str`Figures: ${formatList(periods.sort((a, b) => a.country.localeCompare(b.country)).map((p) => `${p.country} ${p.period.text}`), lang)}.`)
    : '';
  const definitions = model.countryDefinitions.filter((d) => model.yearOf[d.country] !== undefined);
  return html`<div class="legend" part="legend">
    <p class="legend-title">${labelWithUnit(model)}, ${shownYearText(model)}</p>
    <ul>
      ${classes.map(
        (c) => html`<li><span class="swatch class" ${styleProps({ '--_swatch-light': c.color, '--_swatch-dark': c.dark })}></span>${format(c.from)} – ${format(c.to)}</li>`,
      )}
      <li><span class="swatch no-data"></span>${msg('No figure')}</li>
      ${highlighted.length
        ? html`<li class="highlight-list"><span class="swatch outline"></span>${msg(str`Outlined: ${formatList(highlighted.map((r) => rowName(model, r, lang)), lang)}`)}</li>`
        : nothing}
    </ul>
    ${model.years.length > 1 && classes.length
      ? html`<p class="note classes-span">${msg(str`Colour classes cover ${model.years[0]!}–${model.years[model.years.length - 1]!}, so colours compare across years.`)}</p>`
      : nothing}
    ${periodNote ? html`<p class="note periods">${periodNote}</p>` : nothing}
    ${missing.length
      ? html`<p class="note missing">${model.year === 'latest'
          ? msg(str`No figures for ${formatList(missing, lang)}.`)
          : msg(str`No figures for ${formatList(missing, lang)} in ${model.year}.`)}</p>`
      : nothing}
    ${renderAbout(definitions, model.notes.map((note) => note(model.yearOf)).filter(Boolean), lang)}
  </div>`;
}

/** Each country's measure and the file's caveats, behind one disclosure so the legend stays short. */
function renderAbout(definitions: MapModel['countryDefinitions'], notes: string[], lang: LangCode): unknown {
  if (!definitions.length && !notes.length) return nothing;
  return html`<details class="about">
    <summary>${definitions.length ? msg('How each country measures it') : msg('About the figures')}</summary>
    ${definitions.map((d) => html`<p class="note country-definition">${countryName(d.country, lang)}: ${d.text()}</p>`)}
    ${notes.map((note) => html`<p class="note">${note}</p>`)}
  </details>`;
}
