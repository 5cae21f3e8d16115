/**
 * What the map draws and lists, worked out from its configuration and the loaded files: the
 * areas with their values, colours and years, the classes, sources and notes. No DOM: the
 * element passes in what it reads from the page (the no-data colour, the language).
 */
import { msg } from '@lit/localize';
import type { Geometry } from 'geojson';
import { refused } from '../../core/attributes.js';
import type { CountryCode, CountrySeriesFile, IndicatorFile, LangCode, LocalizedCaseStudiesFile, SourceRef } from '../../core/data-types.js';
import type { ErrorFacts } from '../../core/errors.js';
import { localized } from '../../core/i18n-data.js';
import { classBreaks, classIndex, ratioClasses, schemeColors, type ClassMethod, type SchemeName } from './classify.js';
import type { DecodedGeometry } from './geometry.js';
import {
  countrySeriesUsed,
  countryUnit,
  countryValues,
  countryYears,
  parseYearChoice,
  resolveHighlight,
  valueAt,
  yearList,
  yearsByCountry,
  yearsWithData,
  type CountryIndicator,
  type MapLevel,
  type Place,
  type YearChoice,
} from './model.js';
import { labelPoint, rawBounds } from './projection.js';

/** One drawn area (municipality or country): a GeoJSON feature Vega draws, plus what we show. */
export interface AreaRow {
  type: 'Feature';
  id: string;
  geometry: Geometry;
  fill: string;
  /** The colour class (0-based), -1 without a figure: the fill is the theme's colour of it. */
  cls: number;
  highlighted: boolean;
  place: Place;
  value: number | null;
  /** The year of `value` (its country's year); absent where the country has no figures to show. */
  year: number | undefined;
  /** Planar position (the projected geometry's, y north) of the label point. */
  anchor: [number, number] | undefined;
  /** Screen position of the label point at the current size. */
  x: number;
  y: number;
}

export interface MapModel {
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
  /** The classes' colours on a light page (low pale, high dark)… */
  colors: string[];
  /** …and on a dark page (low dim, high bright); the drawing and the legend pick by theme. */
  darkColors: string[];
  sources: SourceRef[];
  missing: CountryCode[];
  countries: CountryCode[];
  bounds: [number, number, number, number];
  outlines: unknown[];
  borders: unknown[];
  cases: LocalizedCaseStudiesFile['cases'] | undefined;
  /** Caveats for the legend, given the year each country shows. */
  notes: ((yearOf: Partial<Record<CountryCode, number>>) => string)[];
  /** The indicator file's own notes, in the reader's language, for the sources disclosure. */
  sourceNotes: () => string[];
}


export interface ModelInput {
  level: MapLevel;
  indicatorId: string;
  countries: CountryCode[];
  geometry: DecodedGeometry;
  /** The figures (municipality level), absent when they failed to load. */
  indicatorFile?: IndicatorFile | undefined;
  /** The country series (country level), absent when it failed to load. */
  series?: CountrySeriesFile | undefined;
  cases: LocalizedCaseStudiesFile['cases'] | undefined;
  /** The `year` attribute as written. */
  year: string | null;
  highlight: string;
  scheme: SchemeName;
  method: ClassMethod;
  classes: number;
  /** The page set `scheme`, `classes` or `method` (a ratio then gets classes of its own). */
  classesSet: boolean;
  /** Fill of areas without a figure. */
  noData: string;
  /** The language of labels, read when they are shown. */
  locale: () => LangCode;
}

type Classes = { breaks: number[]; colors: string[]; darkColors: string[] };
const classesCache = new WeakMap<object, Map<string, Classes>>();

/** The model of one drawing, and the problems found against the data (`year`, `highlight`). */
export function buildMapModel(input: ModelInput): { model: MapModel; problems: ErrorFacts[] } {
  const { geometry, countries, level, indicatorFile, series, cases } = input;
  let indicatorId = input.indicatorId;
  const problems: ErrorFacts[] = [];
  const shown = new Set<string>(countries);
  let places: { place: Place; geometry: Geometry }[];
  let years: number[] = [];
  let unit = 'percent';
  let label: () => string = () => '';
  let sources: SourceRef[] = [];
  let notes: MapModel['notes'] = [];
  let sourceNotes: MapModel['sourceNotes'] = () => [];
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
        ? [(yearOf) => Object.entries(net.estimates ?? {}).some(([c, ys]) => ys?.includes(yearOf[c as CountryCode] ?? NaN)) ? localized(net.estimateNote, input.locale()) : '']
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
      label = () => localized(file.label, input.locale());
      sources = file.sources.filter((s) => !s.countries?.length || s.countries.some((c) => shown.has(c)));
      sourceNotes = () => (file.notes ?? []).map((note) => localized(note, input.locale()));
      valueOf = (id, year) => valueAt(file, id, year);
      // A partner's figures for an id the map does not know would silently go missing.
      const known = new Set(geometry.municipalities.map((m) => m.id));
      const unknown = Object.keys(file.values).filter((id) => !known.has(id));
      if (unknown.length) problems.push({ code: 'unknown-id', attribute: 'src', value: unknown.slice(0, 5).join(' ') + (unknown.length > 5 ? ' …' : '') });
      const perCountry = new Map(countries.map((c) => [c, yearsWithData(file, [c])]));
      yearsOfCountry = (country) => perCountry.get(country) ?? [];
      const coverage = file.coverage ?? {};
      references = Object.fromEntries(countries.map((c) => [c, coverage[c]?.reference]));
      countryDefinitions = countries.flatMap((country) => {
        const definition = coverage[country]?.definition;
        return definition ? [{ country, text: () => localized(definition, input.locale()) }] : [];
      });
      measures = Object.fromEntries(countries.flatMap((country) => {
        const measure = coverage[country]?.measure;
        return measure ? [[country, () => localized(measure, input.locale())]] : [];
      }));
      notes = Object.entries(coverage)
        .filter(([country, coverage]) => shown.has(country) && coverage?.note)
        .map(([, coverage]) => () => localized(coverage!.note, input.locale()));
    }
  }

  const askedYear = input.year;
  const { choice: year, invalid: badYear } = parseYearChoice(askedYear, years);
  if (badYear) problems.push(refused('year', askedYear, ['latest', ...yearList(years)]));
  const yearOf = yearsByCountry(year, countries, yearsOfCountry);
  // A country without figures in a chosen year still names that year ("No figure for 2015").
  const rowYear = (country: CountryCode) => yearOf[country] ?? (year === 'latest' ? undefined : year);

  const highlight = resolveHighlight(
    input.highlight,
    places.map((p) => p.place),
    cases?.flatMap((c) => c.municipalityIds),
  );
  if (highlight.unknown.length) {
    problems.push({ code: 'unknown-id', attribute: 'highlight', value: highlight.unknown.join(' '), accepted: ['case-studies', ...places.map((p) => p.place.id)] });
  }

  const values = places.map((p) => {
    const shownYear = yearOf[p.place.country];
    return shownYear === undefined ? null : valueOf(p.place.id, shownYear);
  });
  // One set of classes for all the years of the slider, so a colour means the same in every
  // year and the legend stays put while the years play.
  // A ratio to the country gets fixed classes around 1 on a diverging ramp, unless the page asks for its own.
  const fixedRatio = unit === 'ratio' && !input.classesSet;
  const makeClasses = (): Classes => {
    const pooled = years.length > 1 ? years.flatMap((y) => places.map((p) => valueOf(p.place.id, y))) : values;
    if (fixedRatio) return { ...ratioClasses(pooled), darkColors: ratioClasses(pooled, 'dark').colors };
    const b = classBreaks(pooled, input.classes, input.method);
    const count = Math.max(1, b.length - 1);
    return { breaks: b, colors: schemeColors(input.scheme, count), darkColors: schemeColors(input.scheme, count, 'dark') };
  };
  // Pooled over every year, the classes do not change with the year shown: found once per file
  // and choice, so a year step (or the player) only recolours.
  const figures = indicatorFile ?? series;
  const classesKey = years.length > 1 ? JSON.stringify([level, indicatorId, countries, input.classes, input.method, input.scheme, fixedRatio]) : '';
  let known = figures && classesKey ? classesCache.get(figures)?.get(classesKey) : undefined;
  if (!known) {
    known = makeClasses();
    if (figures && classesKey) classesCache.set(figures, (classesCache.get(figures) ?? new Map<string, Classes>()).set(classesKey, known));
  }
  const { breaks, colors, darkColors } = known;
  const noData = input.noData;
  const rows: AreaRow[] = places.map((p, i) => {
    const value = values[i] ?? null;
    const cls = classIndex(value, breaks);
    return {
      type: 'Feature',
      id: p.place.id,
      geometry: p.geometry,
      fill: cls < 0 ? noData : colors[cls]!,
      cls,
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
    darkColors,
    sources,
    missing: countries.filter((c) => yearOf[c] === undefined),
    countries,
    bounds: rawBounds(places.map((p) => p.geometry)),
    outlines,
    borders,
    cases,
    notes,
    sourceNotes,
  };
  return { model, problems };
}

export function countryIndicatorLabel(indicator: CountryIndicator): string {
  switch (indicator) {
    case 'net-migration-per-1000':
      return msg('Net migration per 1,000 inhabitants');
    case 'refugees-per-1000':
      return msg('Refugees living in the country at year end per 1,000 inhabitants');
    case 'population-change':
      return msg('Population change from the previous year');
  }
}

