/**
 * The map's pure data logic: attribute parsing, which figures are shown for a year, the
 * country-level indicators computed from the country series, search and keyboard movement.
 * No DOM, no Vega: everything here is unit-tested.
 */
import { COUNTRY_CODES, type CountryCode, type CountrySeriesFile, type IndicatorFile } from '../../core/data-types.js';

export const LEVELS = ['municipality', 'country'] as const;
export type MapLevel = (typeof LEVELS)[number];
export const VIEWS = ['map', 'table'] as const;
export type MapView = (typeof VIEWS)[number];
export const RENDERERS = ['svg', 'canvas'] as const;
export type MapRenderer = (typeof RENDERERS)[number];

/** Indicators at country level, computed from `data/country-series.json`. */
export const COUNTRY_INDICATORS = ['net-migration-per-1000', 'refugees-per-1000', 'population-change'] as const;
export type CountryIndicator = (typeof COUNTRY_INDICATORS)[number];
/**
 * The default view: every municipality's share of residents of foreign origin relative to its own
 * country's share, each under its national office's measure, so every country with figures is
 * coloured and a colour never compares two different definitions (see the README).
 */
export const DEFAULT_INDICATOR = 'foreign-share-vs-national';
export const DEFAULT_COUNTRY_INDICATOR: CountryIndicator = 'net-migration-per-1000';

export function isCountryIndicator(id: string): id is CountryIndicator {
  return (COUNTRY_INDICATORS as readonly string[]).includes(id);
}

export function oneOf<T extends string>(list: readonly T[], raw: string | null | undefined): T | undefined {
  const value = (raw ?? '').trim().toLowerCase();
  return (list as readonly string[]).includes(value) ? (value as T) : undefined;
}

/** Space- or comma-separated tokens, empty ones dropped. */
export function tokens(raw: string | null | undefined): string[] {
  return (raw ?? '').split(/[\s,]+/).filter(Boolean);
}

/** `countries="SE no"` → the known codes (in the order given, no repeats) and the unknown tokens. */
export function parseCountries(raw: string | null | undefined): { countries: CountryCode[]; unknown: string[] } {
  const countries: CountryCode[] = [];
  const unknown: string[] = [];
  for (const token of tokens(raw)) {
    const code = token.toUpperCase();
    if ((COUNTRY_CODES as readonly string[]).includes(code)) {
      if (!countries.includes(code as CountryCode)) countries.push(code as CountryCode);
    } else unknown.push(token);
  }
  return { countries: countries.length ? countries : [...COUNTRY_CODES], unknown };
}

/** What the map needs to know of a municipality feature. */
export interface Place {
  id: string;
  code: string;
  name: string;
  nameSv?: string;
  country: CountryCode;
}

/**
 * `highlight="SE-2309 0114 case-studies"`: feature ids (any case) or official codes (every
 * municipality with that code among `places`), or `case-studies` for the learning examples.
 */
export function resolveHighlight(
  raw: string | null | undefined,
  places: readonly Place[],
  caseMunicipalityIds: readonly string[] | undefined,
): { ids: Set<string>; unknown: string[]; wantsCases: boolean } {
  const ids = new Set<string>();
  const unknown: string[] = [];
  let wantsCases = false;
  const byId = new Map(places.map((p) => [p.id.toUpperCase(), p.id]));
  for (const token of tokens(raw)) {
    if (token.toLowerCase() === 'case-studies') {
      wantsCases = true;
      for (const id of caseMunicipalityIds ?? []) if (byId.has(id.toUpperCase())) ids.add(id);
      continue;
    }
    const id = byId.get(token.toUpperCase());
    if (id) {
      ids.add(id);
      continue;
    }
    const matches = places.filter((p) => p.code.toUpperCase() === token.toUpperCase());
    if (matches.length) matches.forEach((p) => ids.add(p.id));
    else unknown.push(token);
  }
  return { ids, unknown, wantsCases };
}

const yearsWithDataCache = new WeakMap<IndicatorFile, Map<string, number[]>>();

/**
 * The years (ascending) in which at least one municipality of `countries` has a figure. Found
 * once per file and countries (a year step asks again for the same ones); do not change the
 * returned array.
 */
export function yearsWithData(file: IndicatorFile, countries: readonly CountryCode[]): number[] {
  const key = countries.join(' ');
  const cached = yearsWithDataCache.get(file)?.get(key);
  if (cached) return cached;
  const years = findYearsWithData(file, countries);
  yearsWithDataCache.set(file, (yearsWithDataCache.get(file) ?? new Map<string, number[]>()).set(key, years));
  return years;
}

function findYearsWithData(file: IndicatorFile, countries: readonly CountryCode[]): number[] {
  const prefixes = countries.map((c) => `${c}-`);
  const has = new Array<boolean>(file.years.length).fill(false);
  for (const [id, values] of Object.entries(file.values)) {
    if (!prefixes.some((p) => id.startsWith(p))) continue;
    values.forEach((v, i) => {
      if (v !== null) has[i] = true;
    });
  }
  return file.years.filter((_, i) => has[i]);
}

/** `year`: `latest` (the default, also when empty) shows each country's latest figures; a year shows that year only. */
export type YearChoice = number | 'latest';

/** Reads the `year` attribute against the years with figures; `invalid` when it names none of them. */
export function parseYearChoice(raw: string | null | undefined, years: readonly number[]): { choice: YearChoice; invalid: boolean } {
  const value = String(raw ?? '').trim().toLowerCase();
  if (value === '' || value === 'latest') return { choice: 'latest', invalid: false };
  const year = Number(value);
  if (/^\d{4}$/.test(value) && years.includes(year)) return { choice: year, invalid: false };
  return { choice: 'latest', invalid: years.length > 0 };
}

/**
 * The year each shown country's figures come from: the chosen year where the country has figures
 * then, or with `latest` the country's own latest year. A country left out has no figure to show.
 */
export function yearsByCountry(choice: YearChoice, countries: readonly CountryCode[], yearsOf: (country: CountryCode) => readonly number[]): Partial<Record<CountryCode, number>> {
  const out: Partial<Record<CountryCode, number>> = {};
  for (const country of countries) {
    const years = yearsOf(country);
    const year = choice === 'latest' ? years[years.length - 1] : years.includes(choice) ? choice : undefined;
    if (year !== undefined) out[country] = year;
  }
  return out;
}

/** The one year every shown country's figures come from, or `undefined` when they differ (or none is shown). */
export function sharedYear(yearOf: Partial<Record<CountryCode, number>>): number | undefined {
  const years = new Set(Object.values(yearOf));
  return years.size === 1 ? [...years][0] : undefined;
}

/** The figure of one feature in one year, `null` where there is none. */
export function valueAt(file: IndicatorFile, id: string, year: number): number | null {
  const index = file.years.indexOf(year);
  if (index < 0) return null;
  return file.values[id]?.[index] ?? null;
}

/** The shown countries that have no figure at all for `year` (derived from the file, never typed in). */
export function countriesWithoutFigures(file: IndicatorFile, year: number, countries: readonly CountryCode[]): CountryCode[] {
  const index = file.years.indexOf(year);
  const covered = new Set<string>();
  if (index >= 0) {
    for (const [id, values] of Object.entries(file.values)) if (values[index] !== null && values[index] !== undefined) covered.add(id.slice(0, 2));
  }
  return countries.filter((c) => !covered.has(c));
}

/** Country-level figures for a year, computed from the country series. */
export function countryValues(file: CountrySeriesFile, indicator: CountryIndicator, year: number): Record<CountryCode, number | null> {
  const population = file.series.population;
  const at = (series: { years: number[]; values: Record<string, (number | null)[]> }, country: CountryCode, y: number): number | null => {
    const i = series.years.indexOf(y);
    return i < 0 ? null : series.values[country]?.[i] ?? null;
  };
  const out = {} as Record<CountryCode, number | null>;
  for (const country of COUNTRY_CODES) {
    const pop = at(population, country, year);
    let value: number | null = null;
    if (indicator === 'population-change') {
      const before = at(population, country, year - 1);
      value = pop !== null && before ? ((pop - before) / before) * 100 : null;
    } else {
      const series = indicator === 'net-migration-per-1000' ? file.series['net-migration'] : file.series.refugees;
      const count = at(series, country, year);
      value = count !== null && pop ? (count / pop) * 1000 : null;
    }
    out[country] = value;
  }
  return out;
}

/** The years with a country-level figure for at least one of `countries`. */
export function countryYears(file: CountrySeriesFile, indicator: CountryIndicator, countries: readonly CountryCode[]): number[] {
  const series = indicator === 'net-migration-per-1000' ? file.series['net-migration'] : indicator === 'refugees-per-1000' ? file.series.refugees : file.series.population;
  return series.years.filter((year) => {
    const values = countryValues(file, indicator, year);
    return countries.some((c) => values[c] !== null);
  });
}

/** The unit of a country-level indicator. */
export function countryUnit(indicator: CountryIndicator): 'percent' | 'per-1000' {
  return indicator === 'population-change' ? 'percent' : 'per-1000';
}

/** The series a country-level indicator is computed from (for its source line). */
export function countrySeriesUsed(indicator: CountryIndicator): ('population' | 'net-migration' | 'refugees')[] {
  if (indicator === 'population-change') return ['population'];
  return [indicator === 'net-migration-per-1000' ? 'net-migration' : 'refugees', 'population'];
}

/** Lower-case, accents removed (å → a, ö → o, ä → a), for matching typed names. */
export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/ø/g, 'o').replace(/æ/g, 'ae').replace(/ð/g, 'd').replace(/þ/g, 'th').toLowerCase().trim();
}

/**
 * The municipality a search query means: an exact name first (Finnish or Swedish name in
 * Finland), then a name that starts with the query, then one that contains it.
 */
export function searchPlace<P extends Place>(query: string, places: readonly P[]): P | undefined {
  const q = normalizeName(query);
  if (!q) return undefined;
  const names = (p: P) => [p.name, p.nameSv, `${p.name} / ${p.nameSv}`].filter((n): n is string => !!n).map(normalizeName);
  return (
    places.find((p) => names(p).includes(q)) ??
    places.find((p) => names(p).some((n) => n.startsWith(q))) ??
    places.find((p) => names(p).some((n) => n.includes(q)))
  );
}

/**
 * The name shown for a place: `Helsinki / Helsingfors` where Finland has a Swedish name; a
 * Swedish reader (`lang` `sv`) gets the Swedish name alone (Helsingfors, Vasa, Närpes).
 */
export function displayName(place: Pick<Place, 'name' | 'nameSv'>, lang?: string): string {
  if (lang === 'sv' && place.nameSv) return place.nameSv;
  return place.nameSv ? `${place.name} / ${place.nameSv}` : place.name;
}

export type Direction = 'left' | 'right' | 'up' | 'down';

/**
 * The nearest point in a direction (screen coordinates, y down): among the points within 60° of
 * the direction, the one with the smallest distance weighted by how far off-axis it lies.
 */
export function nearestInDirection<P extends { x: number; y: number }>(from: { x: number; y: number }, points: readonly P[], direction: Direction): P | undefined {
  const [ux, uy] = direction === 'left' ? [-1, 0] : direction === 'right' ? [1, 0] : direction === 'up' ? [0, -1] : [0, 1];
  let best: P | undefined;
  let bestScore = Infinity;
  for (const point of points) {
    const dx = point.x - from.x;
    const dy = point.y - from.y;
    const distance = Math.hypot(dx, dy);
    if (distance < 1e-9) continue;
    const along = (dx * ux + dy * uy) / distance; // cos of the angle to the direction
    if (along < 0.5) continue;
    const score = distance * (2 - along);
    if (score < bestScore) {
      bestScore = score;
      best = point;
    }
  }
  return best;
}

/** The learning example a municipality belongs to. */
export function caseIdFor(id: string, cases: readonly { id: string; municipalityIds: string[] }[] | undefined): string | undefined {
  return cases?.find((c) => c.municipalityIds.includes(id))?.id;
}

/** Accepted year values as a short list: `1997–2022` when consecutive. */
export function yearList(years: readonly number[]): string[] {
  if (!years.length) return [];
  const consecutive = years.every((y, i) => i === 0 || y === years[i - 1]! + 1);
  return consecutive && years.length > 2 ? [`${years[0]}–${years[years.length - 1]}`] : years.map(String);
}
