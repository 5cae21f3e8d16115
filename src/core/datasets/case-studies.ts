import type { LangCode, LocalizedCaseStudiesFile } from '../data-types.js';
import { dataUrl, resolveUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';

/** The learning examples in one language (a card page downloads only its language), or a partner's file (`src`, checked against the schema). */
export function loadCaseStudies(lang: LangCode, src?: string): Promise<LocalizedCaseStudiesFile> {
  return src
    ? loadData<LocalizedCaseStudiesFile>(resolveUrl(src), () => import('../../../data/schemas/case-studies-localized.schema.json'))
    : loadData<LocalizedCaseStudiesFile>(dataUrl(`case-studies/${lang}.json`));
}
