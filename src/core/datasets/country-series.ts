import countrySeriesSchema from '../../../data/schemas/country-series.schema.json';
import type { CountrySeriesFile } from '../data-types.js';
import { dataUrl, resolveUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';
import type { Schema } from '../json-schema.js';

/** Population, net migration, refugee and asylum-seeker series per country (or a partner file). */
export function loadCountrySeries(src?: string): Promise<CountrySeriesFile> {
  return loadData<CountrySeriesFile>(src ? resolveUrl(src) : dataUrl('country-series.json'), countrySeriesSchema as Schema);
}
