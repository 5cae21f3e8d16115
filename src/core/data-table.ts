/**
 * The accessible table every widget offers as its screen-reader path (and as a view of its
 * own): a real `<table>` with a caption, column headers and sort buttons that announce their
 * state through `aria-sort`. Sorting is pure and tested apart from the DOM.
 */
import { css, html, nothing } from 'lit';
import { msg, str } from '@lit/localize';

export interface TableColumn<Row> {
  key: string;
  label: string;
  /** Numeric columns align right and sort by number; `null` sorts last. */
  numeric?: boolean;
  value: (row: Row) => string | number | null;
  /** Display text; defaults to the value. */
  format?: (row: Row) => string;
}

export interface TableSort {
  key: string;
  direction: 'ascending' | 'descending';
}

/** Rows sorted by a column; the sort is stable and puts missing values last either way. */
export function sortRows<Row>(rows: readonly Row[], columns: readonly TableColumn<Row>[], sort: TableSort | undefined, lang: string): Row[] {
  const column = sort && columns.find((c) => c.key === sort.key);
  if (!column || !sort) return [...rows];
  const collator = new Intl.Collator(lang, { numeric: true, sensitivity: 'base' });
  const sign = sort.direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: column.value(row) }))
    .sort((a, b) => {
      if (a.value === null || a.value === '') return b.value === null || b.value === '' ? a.index - b.index : 1;
      if (b.value === null || b.value === '') return -1;
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map((entry) => entry.row);
}

/** The next sort after a click on a column header. */
export function nextSort(current: TableSort | undefined, key: string): TableSort {
  if (current?.key === key) return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
  return { key, direction: 'ascending' };
}

export interface TableOptions<Row> {
  caption: string;
  columns: readonly TableColumn<Row>[];
  rows: readonly Row[];
  sort: TableSort | undefined;
  lang: string;
  onSort: (sort: TableSort) => void;
  /** Row key for highlighted rows (e.g. the learning examples). */
  isHighlighted?: (row: Row) => boolean;
  /** Called with a row when the reader activates its first cell. */
  onActivate?: (row: Row) => void;
  rowLabel?: (row: Row) => string;
}

export function renderTable<Row>(options: TableOptions<Row>): unknown {
  const { caption, columns, sort, lang, onSort } = options;
  const rows = sortRows(options.rows, columns, sort, lang);
  return html`<div class="table-wrap" part="table" tabindex="0" role="region" aria-label=${caption}>
    <table>
      <caption>${caption}</caption>
      <thead>
        <tr>
          ${columns.map((column) => {
            const state = sort?.key === column.key ? sort.direction : undefined;
            return html`<th scope="col" class=${column.numeric ? 'num' : ''} aria-sort=${state ?? 'none'}>
              <button type="button" @click=${() => onSort(nextSort(sort, column.key))}
                aria-label=${msg(str`Sort by ${column.label}`)}>
                ${column.label}<span aria-hidden="true" class="sort-mark">${state === 'ascending' ? ' ▲' : state === 'descending' ? ' ▼' : ' ↕'}</span>
              </button>
            </th>`;
          })}
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr class=${options.isHighlighted?.(row) ? 'highlighted' : ''}>
            ${columns.map((column, index) => {
              const text = column.format ? column.format(row) : String(column.value(row) ?? '–');
              const cell = index === 0 && options.onActivate
                ? html`<button type="button" class="row-link" @click=${() => options.onActivate!(row)}>${text}</button>`
                : text;
              return index === 0
                ? html`<th scope="row">${cell}</th>`
                : html`<td class=${column.numeric ? 'num' : ''}>${cell}</td>`;
            })}
          </tr>`,
        )}
      </tbody>
    </table>
    ${rows.length ? nothing : html`<p>${msg('No rows to show.')}</p>`}
  </div>`;
}

/** Styles of {@link renderTable} (and visually hidden text, which only widgets with a table use); kept here so elements without a table don't ship them. */
export const tableStyles = css`
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  .table-wrap {
    max-height: var(--nordic-table-max-height, 32rem);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.9rem;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding: 0.5rem 0.6rem;
  }
  th,
  td {
    padding: 0.3rem 0.6rem;
    border-top: 1px solid var(--_border);
    text-align: start;
    font-weight: normal;
  }
  thead th {
    position: sticky;
    top: 0;
    background: var(--_surface);
    font-weight: 600;
  }
  thead button {
    all: unset;
    cursor: pointer;
    font-weight: 600;
  }
  thead button:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .num {
    text-align: end;
  }
  tr.highlighted {
    background: color-mix(in srgb, var(--_accent) 14%, transparent);
  }
  .row-link {
    all: unset;
    cursor: pointer;
    text-decoration: underline;
  }
  .row-link:focus-visible {
    outline: 3px solid var(--_accent);
  }
  .sort-mark {
    color: var(--_muted);
  }
`;
