/**
 * The shapes of the files in `data/`. They are the contract between the data script
 * (`scripts/build-data.mjs`), the JSON Schemas in `data/schemas/` and the elements.
 * Change all three together.
 */

/** The five Nordic countries with municipality geometry. */
export type CountryCode = 'DK' | 'FI' | 'IS' | 'NO' | 'SE';
export const COUNTRY_CODES: readonly CountryCode[] = ['DK', 'FI', 'IS', 'NO', 'SE'];

/** The supported UI languages; `en` is the source language. */
export type LangCode = 'en' | 'sv' | 'nb' | 'da' | 'fi' | 'is';
export const LANG_CODES: readonly LangCode[] = ['en', 'sv', 'nb', 'da', 'fi', 'is'];

/** Text in several languages; `en` is always present. */
export type LocalizedText = { en: string } & Partial<Record<LangCode, string>>;

/** A citation of a published source. */
export interface SourceRef {
  /** Who published the figures, e.g. "Statistics Sweden (SCB) via Kolada". */
  publisher: string;
  /** Table, indicator or dataset name, e.g. "N02926 Utrikes födda, andel (%)". */
  table?: string;
  /** The office or organisation, short ("Statistics Sweden"), for the one-line source; several joined by ", ". */
  organisation?: string;
  /** Licence as an English note, e.g. "CC BY 4.0"; "not stated" when the source states none. */
  licence: string;
  /**
   * The licence as a code the widgets translate: an SPDX id (`CC-BY-4.0`, `ODC-PDDL-1.0`, `MIT`,
   * `NLOD-2.0`, …), `public-domain` or `not-stated`. Without it the widgets show `licence`.
   */
  licenceCode?: string;
  /** Where the copy states no licence: the original publisher's licence, as a code. */
  upstreamLicenceCode?: string;
  /** http(s) address of the source. */
  url: string;
  /** Countries whose figures come from this source. */
  countries?: CountryCode[];
}

/**
 * `data/municipalities.topo.json`: TopoJSON with two objects.
 * - `municipalities`: one geometry per municipality; `id` is `<ISO country>-<official code>`
 *   (`SE-0114`, `NO-1818`, `DK-101`, `FI-091`, `IS-<slug>`); properties {@link MunicipalityProps}.
 * - `countries`: context outlines; `id` is ISO alpha-2 (`SE`, `NO`, `DK`, `FI`, `IS`, `AX`, `FO`,
 *   `GL`, and neighbours if kept); properties `{ name: string }`.
 * Coordinates are WGS84 longitude/latitude (quantized). `data/municipalities.projected.topo.json`,
 * what the map draws, holds the same objects with the positions projected at build time
 * (`metadata.projection`; planar, y north; see elements/nordic-migration-map/projection.ts).
 */
export interface MunicipalityProps {
  /** Official name (Finland: Finnish name). */
  name: string;
  /** Swedish name in Finland where it differs (Helsingfors), else absent. */
  nameSv?: string;
  country: CountryCode;
  /** The official code without the country prefix (`0114`, `101`, `091`). */
  code: string;
}

export type IndicatorUnit = 'percent' | 'per-1000' | 'persons' | 'ratio';

/**
 * When a year's figure refers to: `MM-DD` a stock on that day of the year (`12-31`, `01-01`),
 * `MM` a month of the year (`11`: employment in November), `Q1`-`Q4` a quarter of the year (`Q4`: a register
 * count in the fourth quarter whose month the source does not state), `year` the whole calendar year (flows).
 */
export type ReferencePeriod = string;

export interface IndicatorCoverage {
  from: number;
  to: number;
  municipalities: number;
  /** When each year's figure refers to (see {@link ReferencePeriod}); absent in older partner files. */
  reference?: ReferencePeriod;
  /** This country's own measure, where the national definitions differ in detail. */
  definition?: LocalizedText;
  /** A short name of that measure for tooltips and tables (`immigrants and descendants`). */
  measure?: LocalizedText;
  note?: LocalizedText;
}

/** `data/indicators/<id>.json`: one indicator, all countries and years that have figures. */
export interface IndicatorFile {
  format: 'nordic-indicator/1';
  /** e.g. `foreign-born-share`, `refugees-per-1000`, `refugees-received`, `net-migration-per-1000`. */
  id: string;
  /** `percent`, `per-1000`, `persons`, or `ratio` (a municipality's figure divided by its country's). */
  unit: IndicatorUnit;
  label: LocalizedText;
  /** The indicator's one definition; where national offices measure it differently in detail, each country's measure is in `coverage[country].definition`. */
  definition: LocalizedText;
  sources: SourceRef[];
  /** Sorted ascending; every array in `values` is aligned with it. */
  years: number[];
  /** Which countries have figures, for which years, for how many municipalities, and when the figures refer to. */
  coverage: Partial<Record<CountryCode, IndicatorCoverage>>;
  /** ISO date (YYYY-MM-DD) the file was built. */
  built: string;
  /** A country's own figure under the same definition, aligned with `years` (for comparisons beside a municipality's). */
  national?: Partial<Record<CountryCode, (number | null)[]>>;
  /** Feature id → one value per year in `years` (`null` where there is no figure). */
  values: Record<string, (number | null)[]>;
  /** Caveats a reader should see (e.g. crosswalk notes). */
  notes?: LocalizedText[];
}

export type CountrySeriesId =
  | 'population'
  | 'net-migration'
  | 'asylum-applications'
  | 'resettlement-arrivals'
  | 'refugees'
  | 'asylum-seekers'
  | 'foreign-born';

/** One series of `data/country-series.json`. */
export interface CountrySeries {
  id: CountrySeriesId;
  /** `persons` for every series today. */
  unit: 'persons';
  /**
   * When a year's figure refers to (see {@link ReferencePeriod}): `year` for a flow over the
   * calendar year (applications, arrivals, net migration), `12-31` / `01-01` for a stock on that
   * day, `07-01` for a mid-year estimate.
   */
  reference: ReferencePeriod;
  label: LocalizedText;
  definition: LocalizedText;
  sources: SourceRef[];
  years: number[];
  /** Country code (and `NORDIC`, the sum of the five where all five have a figure) → values aligned with `years`. */
  values: Record<CountryCode | 'NORDIC', (number | null)[]>;
  /** Figures that are estimates rather than registered counts: country → years. */
  estimates?: Partial<Record<CountryCode, number[]>>;
  estimateNote?: LocalizedText;
}

/** `data/country-series.json`. */
export interface CountrySeriesFile {
  format: 'nordic-country-series/1';
  built: string;
  series: Record<CountrySeriesId, CountrySeries>;
}

/** Methods of the learning examples: a fixed taxonomy. */
export type CaseMethod =
  | 'leadership'
  | 'housing'
  | 'coordinator'
  | 'mentoring'
  | 'language'
  | 'work-practice'
  | 'business-cooperation'
  | 'civil-society'
  | 'regional-cooperation'
  | 'education'
  | 'welcome-service';

export interface CaseOutcome {
  value: number;
  /** e.g. `percent`, `persons`. */
  unit: 'percent' | 'persons';
  /** Year (or the last year of a period) the figure refers to. */
  year: number;
  /** What exactly was measured. */
  definition: LocalizedText;
  /** Keys into the case's `sources`. */
  sources: string[];
}

export interface CaseSource {
  /** Stable key, the FACTS.md source id (`S7`). */
  id: string;
  title: string;
  publisher: string;
  year?: number;
  url: string;
}

/**
 * A built indicator's latest figure for a learning example's municipality, beside its country's own
 * figure of the same year (read from `data/indicators/<indicator>.json` by the data script).
 */
export interface CaseIndicatorOutcome {
  /** Indicator id (`refugees-in-work`, `refugees-first-municipality`, `immigrants-in-work`). */
  indicator: string;
  /** Feature id of the municipality the figure is for. */
  municipalityId: string;
  /** Its name in the geometry (today's municipality, which may be larger than the example's). */
  municipality: string;
  /** The latest year with a figure for the municipality. */
  year: number;
  value: number;
  /** The country's own figure for the same year, under the same definition, where the file has one. */
  national?: number;
  unit: IndicatorUnit;
  /** When the year's figure refers to (see {@link ReferencePeriod}). */
  reference: ReferencePeriod;
  label: LocalizedText;
  definition: LocalizedText;
  sources: SourceRef[];
}

/** One learning example in `data/case-studies.json` (all languages). */
export interface CaseStudy {
  /** Lowercase ASCII slug: `krokom`, `heroy`, `isafjardarbaer`. */
  id: string;
  name: string;
  country: CountryCode | 'FO';
  /** Feature ids in the geometry (empty for Klaksvík, which has no municipality polygon). */
  municipalityIds: string[];
  region: LocalizedText;
  population?: { value: number; year: number; approximate: boolean; sources: string[] };
  summary: LocalizedText;
  methods: CaseMethod[];
  outcomes: CaseOutcome[];
  /** The municipality's latest figures in the built outcome indicators (absent in older files). */
  indicatorOutcomes?: CaseIndicatorOutcome[];
  sources: CaseSource[];
  /** Tiny locator map made at build time: SVG path data in a 0..100 box. */
  locator?: { viewBox: string; country: string; municipality: string };
}

export interface CaseStudiesFile {
  format: 'nordic-case-studies/1';
  built: string;
  cases: CaseStudy[];
}

/**
 * `data/case-studies/<lang>.json`: the same records with every `LocalizedText` reduced to the
 * one language (falling back to `en`), so a card page downloads only its language.
 * `fallback` lists the fields that fell back to English.
 */
export type LocalizedCaseStudy = Omit<CaseStudy, 'region' | 'summary' | 'outcomes' | 'indicatorOutcomes'> & {
  region: string;
  summary: string;
  outcomes: (Omit<CaseOutcome, 'definition'> & { definition: string })[];
  indicatorOutcomes?: LocalizedIndicatorOutcome[];
  fallback: string[];
};

/** A {@link CaseIndicatorOutcome} with its texts in one language. */
export type LocalizedIndicatorOutcome = Omit<CaseIndicatorOutcome, 'label' | 'definition'> & {
  label: string;
  definition: string;
  /** When the figure refers to, written in the file's language at build time (`November 2022`, `1. januar 2015`). */
  period: string;
};

export interface LocalizedCaseStudiesFile {
  format: 'nordic-case-studies-localized/1';
  lang: LangCode;
  built: string;
  cases: LocalizedCaseStudy[];
}
