/**
 * When a figure refers to, in the reader's words. Apart from format.ts so the chunk every element
 * shares stays small: the map formats periods in the browser, while the cards get theirs already
 * written in their language file (scripts/lib/build-case-studies.mjs runs this same module).
 */
import type { LangCode } from './data-types.js';
import { intlKnows } from './format.js';

/** Icelandic month names: Chromium's `Intl` has no Icelandic data, and a stand-in would name the months in its own language. */
const ICELANDIC_MONTHS = ['janúar', 'febrúar', 'mars', 'apríl', 'maí', 'júní', 'júlí', 'ágúst', 'september', 'október', 'nóvember', 'desember'];
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A quarter of a year in each language (`Intl` has no quarter format): `Q4 2014`, `4. kvartal 2014`. */
const QUARTERS: Record<LangCode, string> = { en: 'Q# Y', sv: 'kvartal # Y', nb: '#. kvartal Y', da: '#. kvartal Y', fi: '#. neljännes Y', is: '#. ársfjórðungur Y' };

/**
 * When a figure refers to, as a reader says it: a year (`2022`) for a flow (`reference` `year` or
 * absent), a day (`1 January 2026`, `1.1.2026`) for a stock on `MM-DD`, a month (`November 2022`)
 * for `MM`, a quarter (`Q4 2014`) for `Q1`-`Q4`. `kind` lets a sentence pick its preposition.
 */
export function formatPeriod(year: number, reference: string | undefined, lang: LangCode): { text: string; kind: 'year' | 'date' | 'month' | 'quarter' } {
  const quarter = /^Q([1-4])$/.exec(reference ?? '');
  if (quarter) return { text: QUARTERS[lang].replace('#', quarter[1]).replace('Y', String(year)), kind: 'quarter' };
  const match = /^(\d{2})(?:-(\d{2}))?$/.exec(reference ?? '');
  if (!match) return { text: String(year), kind: 'year' };
  const month = Number(match[1]);
  const day = match[2] === undefined ? undefined : Number(match[2]);
  if (lang === 'is' && !intlKnows('is')) {
    const name = ICELANDIC_MONTHS[month - 1] ?? String(month);
    return day === undefined ? { text: `${name} ${year}`, kind: 'month' } : { text: `${day}. ${name} ${year}`, kind: 'date' };
  }
  const key = lang + (day === undefined ? 'm' : 'd');
  let format = dateFormats.get(key);
  if (!format) {
    // British English writes the day first (31 December 2022), as Nordic readers do.
    format = new Intl.DateTimeFormat(lang === 'en' ? 'en-GB' : lang, day === undefined ? { year: 'numeric', month: 'long', timeZone: 'UTC' } : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
    dateFormats.set(key, format);
  }
  return { text: format.format(Date.UTC(year, month - 1, day ?? 1)), kind: day === undefined ? 'month' : 'date' };
}
