/**
 * Pure helpers for the learning examples: finding a case, formatting its figures, resolving
 * its sources. No DOM, no `msg()`: tested fast on their own.
 */
import type { CaseSource, CountryCode, LangCode, LocalizedCaseStudiesFile, LocalizedCaseStudy } from '../../core/data-types.js';
import { COUNTRY_CODES } from '../../core/data-types.js';
import { formatCount, formatPercent } from '../../core/format.js';
import { safeHref } from '../../core/safe-href.js';

export type LocalizedOutcome = LocalizedCaseStudy['outcomes'][number];

/** Countries a card accepts: the five with municipality geometry, and the Faroe Islands. */
export const CARD_COUNTRIES: readonly (CountryCode | 'FO')[] = [...COUNTRY_CODES, 'FO'];

/** Case ids are lowercase ASCII slugs; a page author may type `Krokom` or ` krokom `. */
export function normalizeCaseId(id: string | null | undefined): string {
  return (id ?? '').trim().toLowerCase();
}

export function caseIds(file: LocalizedCaseStudiesFile): string[] {
  return file.cases.map((study) => study.id);
}

export function findCase(file: LocalizedCaseStudiesFile, id: string): LocalizedCaseStudy | undefined {
  const wanted = normalizeCaseId(id);
  return file.cases.find((study) => study.id === wanted);
}

/** `56 %` (whole numbers without decimals), `12.5 %`, `1,400` — as Intl writes them for `lang`. */
export function formatOutcomeValue(outcome: { value: number; unit: string }, lang: LangCode): string {
  if (outcome.unit === 'percent') return formatPercent(outcome.value, lang, Number.isInteger(outcome.value) ? 0 : 1);
  return formatCount(outcome.value, lang);
}

/** The case's sources that an outcome (or the population) cites, in the order cited; unknown keys are skipped. */
export function citedSources(study: Pick<LocalizedCaseStudy, 'sources'>, keys: readonly string[]): CaseSource[] {
  return keys.flatMap((key) => study.sources.filter((source) => source.id === key));
}

/** Sources with an address that may become a link (`http:`/`https:` only), else `undefined` href. */
export function sourceHref(source: Pick<CaseSource, 'url'>): string | undefined {
  return safeHref(source.url);
}

/**
 * True when a field of the case fell back to English. `fallback` names fields as the data
 * script writes them (`summary`, `region`, `outcomes.0.definition`, `outcomes[0].definition`).
 */
export function fellBack(study: Pick<LocalizedCaseStudy, 'fallback'>, field: string): boolean {
  return study.fallback.some((name) => name === field || name.replace(/\[(\d+)\]/g, '.$1') === field);
}

/** "Sweden · Jämtland" — the region alone when it already names the country ("Jämtland County, Sweden"). */
export function placeLine(country: string, region: string): string {
  const fold = (text: string) => text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  if (!region) return country;
  if (!country || fold(region).includes(fold(country))) return region;
  return `${country} · ${region}`;
}

/** The first sentence of a text (by `Intl.Segmenter`, so "e.g." and decimals do not end one), trimmed. */
export function firstSentence(text: string, lang: LangCode): string {
  for (const { segment } of new Intl.Segmenter(lang, { granularity: 'sentence' }).segment(text.trim())) return segment.trim();
  return '';
}
