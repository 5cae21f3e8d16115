/**
 * What the map loads, started all at once: the geometry, the figures (an indicator file, or the
 * country series at the country level) and, when `highlight` outlines them, the learning
 * examples. Otherwise the examples only name a clicked municipality's example (nordic-select)
 * and are loaded once the map is drawn ({@link MapLoads.loadCases}).
 */
import type { CountrySeriesFile, IndicatorFile, LangCode, LocalizedCaseStudiesFile } from '../../core/data-types.js';
import { loadCaseStudies } from '../../core/datasets/case-studies.js';
import { loadCountrySeries } from '../../core/datasets/country-series.js';
import { loadIndicator, type BuiltInIndicator } from '../../core/datasets/indicators.js';
import { loadTopology } from '../../core/datasets/topology.js';
import { dataErrorFacts, type ErrorFacts } from '../../core/errors.js';
import type { MapConfig } from './attributes.js';
import { decodeGeometry, type DecodedGeometry } from './geometry.js';

export interface MapLoads {
  geometry: Promise<DecodedGeometry>;
  /** Settles with the figures, or with the facts of their failure. */
  figures: Promise<{ indicatorFile?: IndicatorFile; series?: CountrySeriesFile; failure?: ErrorFacts }>;
  /** The learning examples, when `highlight` asks for them. */
  cases: Promise<LocalizedCaseStudiesFile | undefined> | undefined;
  loadCases(): Promise<LocalizedCaseStudiesFile | undefined>;
}

/** Whether `highlight` outlines the learning examples. */
export function wantsCases(highlight: string): boolean {
  return /(^|[\s,])case-studies($|[\s,])/i.test(highlight);
}

/**
 * Starts the loads `config` needs. A failure of the examples is passed to `onCasesFailure` only
 * when `highlight` asks for them (they are part of the drawing then).
 */
export function startLoads(config: Pick<MapConfig, 'level' | 'src' | 'indicator'>, highlight: string, lang: LangCode, onCasesFailure: (facts: ErrorFacts) => void): MapLoads {
  const geometry = loadTopology().then(decodeGeometry);
  geometry.catch(() => undefined);
  const wanted = wantsCases(highlight);
  const loadCases = () =>
    loadCaseStudies(lang).catch((error: unknown) => {
      if (wanted) onCasesFailure(dataErrorFacts(error, 'highlight'));
      return undefined;
    });
  const cases = wanted ? loadCases() : undefined;
  const { level, src } = config;
  const figures =
    level === 'country'
      ? loadCountrySeries().then((series) => ({ series }))
      : loadIndicator(src ? { src } : { id: config.indicator as BuiltInIndicator }).then((indicatorFile) => ({ indicatorFile }));
  return {
    geometry,
    figures: figures.catch((error: unknown) => ({ failure: dataErrorFacts(error, src && level === 'municipality' ? 'src' : 'indicator') })),
    cases,
    loadCases,
  };
}
