import localizedCasesSchema from '../../../data/schemas/case-studies-localized.schema.json';
import type { LangCode, LocalizedCaseStudiesFile } from '../data-types.js';
import { dataUrl, resolveUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';
import type { Schema } from '../json-schema.js';

/** The learning examples in one language: a card page downloads only its language. */
export function loadCaseStudies(lang: LangCode, src?: string): Promise<LocalizedCaseStudiesFile> {
  return loadData<LocalizedCaseStudiesFile>(src ? resolveUrl(src) : dataUrl(`case-studies/${lang}.json`), localizedCasesSchema as Schema);
}
