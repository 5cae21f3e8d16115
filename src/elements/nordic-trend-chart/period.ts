/**
 * Attribute parsing shared by <nordic-trend-chart> and <nordic-fact>: country lists and year
 * periods. Pure: bad values come back as {@link ErrorFacts} for the element to report, together
 * with what can still be shown.
 */
import { COUNTRY_CODES, type CountryCode } from '../../core/data-types.js';
import type { ErrorFacts } from '../../core/errors.js';

/** A country, or `NORDIC`: the sum of the five. */
export type SeriesKey = CountryCode | 'NORDIC';

export interface YearRange {
  from: number;
  to: number;
}

/** Accepted tokens of `countries`/`country`, as a reader writes them. */
export const COUNTRY_TOKENS: readonly string[] = [...COUNTRY_CODES, 'nordic'];

/**
 * `countries="SE NO"`, `countries="nordic"`, `countries="nordic SE"`: case-insensitive, space or
 * comma separated, duplicates dropped. Unknown tokens are reported and left out; when nothing
 * valid remains the fallback is used.
 */
export function parseCountries(
  raw: string | null | undefined,
  fallback: readonly SeriesKey[],
  attribute = 'countries',
): { keys: SeriesKey[]; problems: ErrorFacts[] } {
  const tokens = (raw ?? '').split(/[\s,]+/).filter(Boolean);
  const keys: SeriesKey[] = [];
  const problems: ErrorFacts[] = [];
  for (const token of tokens) {
    const upper = token.toUpperCase();
    const key: SeriesKey | undefined = upper === 'NORDIC' ? 'NORDIC' : (COUNTRY_CODES as readonly string[]).includes(upper) ? (upper as CountryCode) : undefined;
    if (!key) problems.push({ code: 'unknown-id', attribute, value: token, accepted: [...COUNTRY_TOKENS] });
    else if (!keys.includes(key)) keys.push(key);
  }
  return { keys: keys.length ? keys : [...fallback], problems };
}

/** A four-digit year, `undefined` for an empty attribute, `NaN` for anything else. */
export function parseYear(raw: string | null | undefined): number | undefined {
  const text = (raw ?? '').trim();
  if (!text) return undefined;
  return /^\d{4}$/.test(text) ? Number(text) : NaN;
}

/** `1990–2024`, the form the messages use for a range of accepted years. */
export function rangeText(range: YearRange): string {
  return range.from === range.to ? String(range.from) : `${range.from}–${range.to}`;
}

/**
 * The period to show from the `from` and `to` attributes.
 * - empty: the default;
 * - not a year: reported, the default is used;
 * - outside what the data allow (`allowed`): reported, the nearest allowed year is used;
 * - `from` after `to` (or equal, when `strict`): reported, the default period is used.
 */
export function resolvePeriod(
  fromRaw: string | null | undefined,
  toRaw: string | null | undefined,
  allowed: YearRange,
  defaults: YearRange,
  strict = false,
): YearRange & { problems: ErrorFacts[] } {
  const problems: ErrorFacts[] = [];
  const accepted = [rangeText(allowed)];
  const pick = (raw: string | null | undefined, attribute: 'from' | 'to', fallback: number): number => {
    const year = parseYear(raw);
    if (year === undefined) return fallback;
    if (Number.isNaN(year)) {
      problems.push({ code: 'invalid-attribute', attribute, value: String(raw).trim(), accepted });
      return fallback;
    }
    if (year < allowed.from || year > allowed.to) {
      problems.push({ code: 'invalid-attribute', attribute, value: String(year), accepted });
      return Math.min(allowed.to, Math.max(allowed.from, year));
    }
    return year;
  };
  const from = pick(fromRaw, 'from', defaults.from);
  const to = pick(toRaw, 'to', defaults.to);
  if (from > to || (strict && from === to)) {
    const last = strict ? to - 1 : to;
    problems.push({
      code: 'invalid-attribute',
      attribute: 'from',
      value: String(from),
      accepted: [last >= allowed.from ? rangeText({ from: allowed.from, to: last }) : rangeText(allowed)],
    });
    return { ...defaults, problems };
  }
  return { from, to, problems };
}
