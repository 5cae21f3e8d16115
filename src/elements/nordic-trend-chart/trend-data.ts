/**
 * The figures <nordic-trend-chart> draws, from `data/country-series.json`: one point per
 * country (or the Nordic total) and year, in the chosen mode. Pure and tested apart from the DOM.
 */
import { type CountrySeries, type CountrySeriesFile, type CountrySeriesId } from '../../core/data-types.js';
import type { SeriesKey, YearRange } from './period.js';

// Here, not in data-types.ts: a constant there lands in the chunk every element shares (a card page too).
export const SERIES_IDS: readonly CountrySeriesId[] = ['population', 'net-migration', 'asylum-applications', 'resettlement-arrivals', 'refugees', 'asylum-seekers', 'foreign-born'];

export type TrendMode = 'absolute' | 'index' | 'per-1000';
export const MODES: readonly TrendMode[] = ['absolute', 'index', 'per-1000'];

/**
 * Modes that mean something for each series: population per 1,000 inhabitants is always 1,000,
 * and an index of net migration (which changes sign) is meaningless.
 */
export const MODES_BY_SERIES: Record<CountrySeriesId, readonly TrendMode[]> = {
  population: ['absolute', 'index'],
  'net-migration': ['absolute', 'per-1000'],
  'asylum-applications': ['absolute', 'index', 'per-1000'],
  'resettlement-arrivals': ['absolute', 'per-1000'],
  refugees: ['absolute', 'index', 'per-1000'],
  'asylum-seekers': ['absolute', 'index', 'per-1000'],
  'foreign-born': ['absolute', 'index', 'per-1000'],
};

/** Flows over a calendar year (net migration, applications, arrivals): bars. Stocks on a day: lines. */
const FLOWS: readonly CountrySeriesId[] = ['net-migration', 'asylum-applications', 'resettlement-arrivals'];
export function markFor(series: CountrySeriesId): 'bar' | 'line' {
  return FLOWS.includes(series) ? 'bar' : 'line';
}

export function isSeriesId(value: string): value is CountrySeriesId {
  return (SERIES_IDS as readonly string[]).includes(value);
}

export function isMode(value: string): value is TrendMode {
  return (MODES as readonly string[]).includes(value);
}

export interface TrendPoint {
  year: number;
  key: SeriesKey;
  /** The value in the chosen mode; `null` where there is no figure. */
  value: number | null;
  /** The figure in the data file (persons). */
  raw: number | null;
  /** True where the data file marks the figure as an estimate. */
  estimate: boolean;
}

/** The value of `key` in `year`, or `null`. */
export function valueAt(series: CountrySeries, key: SeriesKey, year: number): number | null {
  const index = series.years.indexOf(year);
  if (index < 0) return null;
  return series.values[key]?.[index] ?? null;
}

export function isEstimate(series: CountrySeries, key: SeriesKey, year: number): boolean {
  if (key === 'NORDIC') return Object.values(series.estimates ?? {}).some((years) => years?.includes(year));
  return series.estimates?.[key]?.includes(year) ?? false;
}

/**
 * Years where at least one of `keys` has a figure in `mode` (for `per-1000`, also a population
 * figure), or `undefined` when there are none.
 */
export function availableYears(file: CountrySeriesFile, seriesId: CountrySeriesId, keys: readonly SeriesKey[], mode: TrendMode): YearRange | undefined {
  const series = file.series[seriesId];
  const population = file.series.population;
  const years = series.years.filter((year) =>
    keys.some((key) => valueAt(series, key, year) !== null && (mode !== 'per-1000' || valueAt(population, key, year) !== null)),
  );
  return years.length ? { from: years[0]!, to: years[years.length - 1]! } : undefined;
}

/**
 * The default period: what the data allow, starting no earlier than the population series
 * (the Nordic series of the theme begin there).
 */
export function defaultPeriod(file: CountrySeriesFile, available: YearRange): YearRange {
  const start = file.series.population.years[0] ?? available.from;
  return { from: Math.min(Math.max(available.from, start), available.to), to: available.to };
}

/**
 * Points for `keys` over `period` in `mode`:
 * - `absolute`: the figure;
 * - `index`: the figure divided by the key's figure in the first year of the period that has
 *   one, times 100 (`null` throughout when that base is not positive);
 * - `per-1000`: the figure per 1,000 inhabitants of the same key and year (population series).
 */
export function trendPoints(file: CountrySeriesFile, seriesId: CountrySeriesId, keys: readonly SeriesKey[], period: YearRange, mode: TrendMode): TrendPoint[] {
  const series = file.series[seriesId];
  const population = file.series.population;
  const years = series.years.filter((year) => year >= period.from && year <= period.to);
  const points: TrendPoint[] = [];
  for (const key of keys) {
    const base = mode === 'index' ? years.map((year) => valueAt(series, key, year)).find((v) => v !== null) ?? null : null;
    for (const year of years) {
      const raw = valueAt(series, key, year);
      let value: number | null = raw;
      if (raw !== null && mode === 'index') value = base !== null && base > 0 ? (raw / base) * 100 : null;
      if (raw !== null && mode === 'per-1000') {
        const inhabitants = valueAt(population, key, year);
        value = inhabitants ? (raw / inhabitants) * 1000 : null;
      }
      points.push({ year, key, value, raw, estimate: raw !== null && isEstimate(series, key, year) });
    }
  }
  return points;
}

/** One table row per year: the value of every key. */
export interface YearRow {
  year: number;
  values: Partial<Record<SeriesKey, number | null>>;
  estimates: Partial<Record<SeriesKey, boolean>>;
}

export function yearRows(points: readonly TrendPoint[]): YearRow[] {
  const byYear = new Map<number, YearRow>();
  for (const point of points) {
    let row = byYear.get(point.year);
    if (!row) {
      row = { year: point.year, values: {}, estimates: {} };
      byYear.set(point.year, row);
    }
    row.values[point.key] = point.value;
    if (point.estimate) row.estimates[point.key] = true;
  }
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** The year of `years` nearest to `target` (for the pointer and the arrow keys). */
export function nearestYear(years: readonly number[], target: number): number | undefined {
  let best: number | undefined;
  for (const year of years) if (best === undefined || Math.abs(year - target) < Math.abs(best - target)) best = year;
  return best;
}

/** The next year with a row after a key press (`ArrowLeft`, `ArrowRight`, `Home`, `End`). */
export function stepYear(years: readonly number[], current: number | undefined, key: string): number | undefined {
  if (!years.length) return undefined;
  if (key === 'Home') return years[0];
  if (key === 'End') return years[years.length - 1];
  const index = current === undefined ? -1 : years.indexOf(current);
  if (key === 'ArrowRight') return years[index < 0 ? 0 : Math.min(years.length - 1, index + 1)];
  if (key === 'ArrowLeft') return years[index < 0 ? years.length - 1 : Math.max(0, index - 1)];
  return current;
}

/** Series keys whose figures in the period include estimates. */
export function hasEstimates(points: readonly TrendPoint[]): boolean {
  return points.some((point) => point.estimate);
}
