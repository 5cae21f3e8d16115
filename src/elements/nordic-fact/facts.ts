/**
 * The headline facts, computed from `data/country-series.json` at run time. Pure and tested
 * against the verified figures (stats/CHECKS.md). "Nordic" is the sum of the five countries,
 * and only where all five have a figure.
 */
import { COUNTRY_CODES, type CountryCode, type CountrySeries, type CountrySeriesFile, type CountrySeriesId, type SourceRef } from '../../core/data-types.js';
import type { YearRange } from '../nordic-trend-chart/period.js';

export type FactId = 'population-growth' | 'migration-share' | 'refugees' | 'asylum-applications' | 'resettlement-arrivals';
export const FACT_IDS: readonly FactId[] = ['population-growth', 'migration-share', 'refugees', 'asylum-applications', 'resettlement-arrivals'];

/** Facts that are one year's figure of one series (a stock at the end of the year, or a flow over it). */
export const YEAR_FACTS = {
  refugees: 'refugees',
  'asylum-applications': 'asylum-applications',
  'resettlement-arrivals': 'resettlement-arrivals',
} as const satisfies Partial<Record<FactId, CountrySeriesId>>;
export type YearFactId = keyof typeof YEAR_FACTS;

export function isYearFact(fact: FactId): fact is YearFactId {
  return fact in YEAR_FACTS;
}

export function isFactId(value: string): value is FactId {
  return (FACT_IDS as readonly string[]).includes(value);
}

function at(series: CountrySeries, country: CountryCode, year: number): number | null {
  const index = series.years.indexOf(year);
  return index < 0 ? null : (series.values[country]?.[index] ?? null);
}

/** The sum over `countries` in `year`, or `null` when one of them has no figure. */
export function sumAt(series: CountrySeries, countries: readonly CountryCode[], year: number): number | null {
  let total = 0;
  for (const country of countries) {
    const value = at(series, country, year);
    if (value === null) return null;
    total += value;
  }
  return total;
}

/** Years where every one of `countries` has a figure. */
export function completeYears(series: CountrySeries, countries: readonly CountryCode[]): number[] {
  return series.years.filter((year) => sumAt(series, countries, year) !== null);
}

export interface PopulationGrowth {
  start: number;
  end: number;
  change: number;
  /** Change in percent of the start figure. */
  percent: number;
}

/** Population change from `from` to `to`: `total(to) / total(from) - 1`. */
export function populationGrowth(file: CountrySeriesFile, countries: readonly CountryCode[], period: YearRange): PopulationGrowth | null {
  const population = file.series.population;
  const start = sumAt(population, countries, period.from);
  const end = sumAt(population, countries, period.to);
  if (start === null || end === null || start === 0) return null;
  return { start, end, change: end - start, percent: ((end - start) / start) * 100 };
}

export interface MigrationShare {
  /** Σ net migration over the years `from` … `to − 1`. */
  netMigration: number;
  /** Population change `from` → `to`. */
  growth: number;
  /** Net migration in percent of the population change. */
  percent: number;
  /** True when some of the summed figures are marked as estimates. */
  estimates: boolean;
}

/**
 * The share of population growth that came from net migration:
 * `Σ_c Σ_{y=from}^{to−1} netmig(c, y) / Σ_c (pop(c, to) − pop(c, from))`. Approximate: the
 * population is a mid-year figure, net migration counts calendar years.
 */
export function migrationShare(file: CountrySeriesFile, countries: readonly CountryCode[], period: YearRange): MigrationShare | null {
  const population = file.series.population;
  const net = file.series['net-migration'];
  const start = sumAt(population, countries, period.from);
  const end = sumAt(population, countries, period.to);
  if (start === null || end === null || end === start || period.to <= period.from) return null;
  let netMigration = 0;
  let estimates = false;
  for (let year = period.from; year < period.to; year++) {
    const value = sumAt(net, countries, year);
    if (value === null) return null;
    netMigration += value;
    estimates ||= countries.some((country) => net.estimates?.[country]?.includes(year) ?? false);
  }
  const growth = end - start;
  return { netMigration, growth, percent: (netMigration / growth) * 100, estimates };
}

/** Refugees living in `countries` at the end of `year` (a stock). */
export function refugeeStock(file: CountrySeriesFile, countries: readonly CountryCode[], year: number): number | null {
  return sumAt(file.series.refugees, countries, year);
}

/**
 * One year's figure of a year fact summed over `countries`: refugees living there at the end of
 * the year, new asylum applications during it, or resettled refugees who arrived during it.
 * `null` when one of the countries has no figure.
 */
export function yearFigure(file: CountrySeriesFile, fact: YearFactId, countries: readonly CountryCode[], year: number): number | null {
  const series = file.series[YEAR_FACTS[fact]];
  return series ? sumAt(series, countries, year) : null;
}

/**
 * What `from`/`to` may be for a fact (`allowed`) and the default: the latest period the data
 * allow. For the year facts (`refugees`, `asylum-applications`, `resettlement-arrivals`) only `to`
 * (the year) matters; `from` equals it.
 */
export function factPeriods(file: CountrySeriesFile, fact: FactId, countries: readonly CountryCode[]): { allowed: YearRange; defaults: YearRange } | null {
  const populationYears = completeYears(file.series.population, countries);
  if (isYearFact(fact)) {
    const series = file.series[YEAR_FACTS[fact]];
    if (!series) return null;
    const years = completeYears(series, countries);
    if (!years.length) return null;
    const range = { from: years[0]!, to: years[years.length - 1]! };
    return { allowed: range, defaults: { from: range.to, to: range.to } };
  }
  if (populationYears.length < 2) return null;
  if (fact === 'population-growth') {
    const range = { from: populationYears[0]!, to: populationYears[populationYears.length - 1]! };
    return { allowed: range, defaults: range };
  }
  // migration-share: net migration for from … to − 1 and population for from and to.
  const netYears = new Set(completeYears(file.series['net-migration'], countries));
  const starts = populationYears.filter((year) => netYears.has(year));
  if (!starts.length) return null;
  const from = starts[0]!;
  let to = from;
  while (netYears.has(to) && populationYears.includes(to + 1)) to++;
  if (to === from) return null;
  return { allowed: { from, to }, defaults: { from, to } };
}

export const ALL_COUNTRIES: readonly CountryCode[] = COUNTRY_CODES;

/**
 * Sources that cite the same file under the same licence, merged into one entry (the five
 * national offices of one compiled net-migration file), so a small fact keeps a short source line.
 */
export function mergeSources(sources: readonly SourceRef[]): SourceRef[] {
  const groups = new Map<string, SourceRef[]>();
  for (const source of sources) {
    const key = `${source.url}\u0000${source.licence}`;
    groups.set(key, [...(groups.get(key) ?? []), source]);
  }
  return [...groups.values()].map((group) => {
    if (group.length === 1) return group[0]!;
    const publishers = [...new Set(group.map((s) => s.publisher))];
    const countries = [...new Set(group.flatMap((s) => s.countries ?? []))];
    const organisations = [...new Set(group.flatMap((s) => (s.organisation ? [s.organisation] : [])))];
    const { licence, licenceCode, upstreamLicenceCode, url } = group[0]!;
    return {
      publisher: publishers.join('; '),
      ...(organisations.length ? { organisation: organisations.join(', ') } : {}),
      licence,
      ...(licenceCode ? { licenceCode } : {}),
      ...(upstreamLicenceCode ? { upstreamLicenceCode } : {}),
      url,
      ...(countries.length ? { countries } : {}),
    };
  });
}
