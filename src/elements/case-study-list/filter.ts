/**
 * Filtering the learning examples: by country, by method and by a free-text search. Pure;
 * the caller passes the localized texts (country names, method labels) it wants searched.
 */
import type { CaseMethod, LocalizedCaseStudy } from '../../core/data-types.js';

export interface CaseFilter {
  /** Country codes; empty means every country. A case matches any of them. */
  countries: readonly string[];
  /** Methods; empty means every method. A case matches when it uses any of them. */
  methods: readonly CaseMethod[];
  /** Free text; every word must occur somewhere in the case's searchable text. */
  query: string;
}

/** Lower case, without diacritics (`Ísafjarðarbær` → `isafjardarbaer`), for forgiving search. */
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/ð/g, 'd')
    .replace(/þ/g, 'th')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss');
}

/** The words of a search (folded), ignoring punctuation. */
export function searchWords(query: string): string[] {
  return foldText(query)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter(Boolean);
}

/** Everything a reader might search for in a case, folded once. */
export function searchableText(
  study: LocalizedCaseStudy,
  countryName: (code: string) => string,
  methodLabel: (method: CaseMethod) => string,
): string {
  return foldText(
    [
      study.id,
      study.name,
      study.region,
      study.summary,
      study.country,
      countryName(study.country),
      ...study.methods.map(methodLabel),
      ...study.outcomes.map((outcome) => outcome.definition),
    ].join(' \u0001 '),
  );
}

export function matchesFilter(study: LocalizedCaseStudy, filter: CaseFilter, text: string): boolean {
  if (filter.countries.length && !filter.countries.includes(study.country)) return false;
  if (filter.methods.length && !study.methods.some((method) => filter.methods.includes(method))) return false;
  return searchWords(filter.query).every((word) => text.includes(word));
}

export function filterCases(
  cases: readonly LocalizedCaseStudy[],
  filter: CaseFilter,
  text: (study: LocalizedCaseStudy) => string,
): LocalizedCaseStudy[] {
  return cases.filter((study) => matchesFilter(study, filter, text(study)));
}

/** Toggles `value` in a space-separated attribute value, keeping the order of `order`. */
export function toggleToken(current: readonly string[], value: string, order: readonly string[]): string[] {
  const next = current.includes(value) ? current.filter((token) => token !== value) : [...current, value];
  return [...next].sort((a, b) => order.indexOf(a) - order.indexOf(b));
}
