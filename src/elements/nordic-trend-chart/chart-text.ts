/**
 * The chart's words: names of the series keys, units, when figures refer to, cell values. Pure
 * functions of their arguments and the language; `msg()` answers in the language of the
 * surrounding `withLocale` (the element's render, or a `withLocale` of its own).
 */
import { msg, str } from '@lit/localize';
import type { CountrySeries, LangCode } from '../../core/data-types.js';
import { formatCount } from '../../core/format.js';
import { formatDecimal } from '../../core/format-figures.js';
import { countryName } from '../../core/i18n-data.js';
import type { SeriesKey } from './period.js';
import type { TrendMode, YearRow } from './trend-data.js';

export function keyName(key: SeriesKey, lang: LangCode): string {
  return key === 'NORDIC' ? msg('Nordic total') : countryName(key, lang);
}

export function unitText(mode: TrendMode): string {
  if (mode === 'index') return msg('Index, first year = 100');
  if (mode === 'per-1000') return msg('Per 1,000 inhabitants');
  return msg('Persons');
}

/** When a year's figures refer to, from the series' `reference`. */
export function referenceText(series: CountrySeries): string {
  const reference = series.reference;
  if (reference === 'year') return msg('Figures: the total over each calendar year (a flow).');
  if (reference === '12-31') return msg('Figures: a stock on 31 December of each year.');
  if (reference === '01-01') return msg('Figures: a stock on 1 January of each year.');
  if (reference === '07-01') return msg('Figures: a mid-year estimate (1 July) of each year.');
  return '';
}

export function formatTrendValue(value: number | null, mode: TrendMode, lang: LangCode): string {
  if (value === null) return '–';
  return mode === 'absolute' ? formatCount(value, lang) : formatDecimal(value, lang, 1);
}

/** A table cell or tooltip line: the value, marked when it is an estimate. */
export function cellText(row: YearRow, key: SeriesKey, mode: TrendMode, lang: LangCode): string {
  const value = row.values[key] ?? null;
  const text = formatTrendValue(value, mode, lang);
  return value !== null && row.estimates[key] ? msg(str`${text} (estimate)`) : text;
}

/** A year's figures in one line, for the live region (`2020: Denmark 5,831,000; …`). */
export function yearSummary(rows: readonly YearRow[], keys: readonly SeriesKey[], mode: TrendMode, year: number, lang: LangCode): string {
  const row = rows.find((r) => r.year === year);
  if (!row) return '';
  return `${year}: ${keys.map((key) => `${keyName(key, lang)} ${cellText(row, key, mode, lang)}`).join('; ')}`;
}
