/**
 * The chart's attributes, their allowed values and defaults, in one place. Read with the shared
 * reader (core/attributes.ts). `from` and `to` are checked later, against the years of the data.
 */
import { choice, custom, readAttributes, refused, type ConfigOf } from '../../core/attributes.js';
import { parseCountries, type SeriesKey } from './period.js';
import { isMode, MODES_BY_SERIES, SERIES_IDS, type TrendMode } from './trend-data.js';
import type { CountrySeriesId } from '../../core/data-types.js';

export const ALL_KEYS: readonly SeriesKey[] = ['DK', 'FI', 'IS', 'NO', 'SE'];

/** In this order: the problems are reported in it. */
export const CHART_ATTRIBUTES = {
  series: choice<CountrySeriesId>(SERIES_IDS, 'population', { exact: true }),
  /** The modes depend on the series (a stock has no index of its flow, …). */
  mode: custom<TrendMode>((raw, attribute, config) => {
    const modes = MODES_BY_SERIES[config['series'] as CountrySeriesId];
    const mode = raw as string;
    return isMode(mode) && modes.includes(mode) ? { value: mode } : { value: 'absolute', problems: [refused(attribute, raw, modes, 'invalid-attribute', true)] };
  }),
  view: choice(['chart', 'table'] as const, 'chart', { exact: true }),
  countries: custom<SeriesKey[]>((raw, attribute) => {
    const parsed = parseCountries(raw as string | null | undefined, ALL_KEYS, attribute);
    return { value: parsed.keys, problems: parsed.problems };
  }),
};

export type ChartConfig = ConfigOf<typeof CHART_ATTRIBUTES>;

export function readChartAttributes(raw: { readonly [K in keyof typeof CHART_ATTRIBUTES]?: unknown }): ReturnType<typeof readAttributes<typeof CHART_ATTRIBUTES>> {
  return readAttributes(CHART_ATTRIBUTES, raw);
}
