import type { CountrySeriesFile } from '../data-types.js';
import { dataUrl, resolveUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';

/** Population, net migration, refugee and asylum-seeker series per country, or a partner's file (`src`, checked against the schema). */
export function loadCountrySeries(src?: string): Promise<CountrySeriesFile> {
  return src
    ? loadData<CountrySeriesFile>(resolveUrl(src), () => import('../../../data/schemas/country-series.schema.json'))
    : loadData<CountrySeriesFile>(dataUrl('country-series.json'));
}
