/**
 * Formats the figures of charts, maps and facts (decimals, signed changes, millions, an indicator's
 * unit, lists of names). Apart from format.ts, which every element needs, so a page with only a
 * card does not download them.
 */
import type { LangCode } from './data-types.js';
import { formatCount, formatPercent, intlKnows, intlLocales, numberFormat } from './format.js';

/** A number with a fixed count of decimals: `12.3` / `12,3`. */
export function formatDecimal(value: number, lang: LangCode, decimals = 1): string {
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A signed change in percent (`+15.2%`). */
export function formatSignedPercent(valueInPercent: number, lang: LangCode, decimals = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    signDisplay: 'exceptZero',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(valueInPercent / 100);
}

/**
 * A large count in millions (`26.7 million`), using Intl's compact long notation; the full count
 * where `Intl` lacks the language (a stand-in would name the millions in its own language).
 */
export function formatMillions(value: number, lang: LangCode, decimals = 1): string {
  if (!intlKnows(lang)) return formatCount(value, lang);
  return numberFormat(lang, {
    notation: 'compact',
    compactDisplay: 'long',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A value in an indicator's unit: percent → `8.1 %`, per-1000 → `3.2`, persons → `1,234`, ratio → `1.45`. */
export function formatValue(value: number, unit: string, lang: LangCode): string {
  if (unit === 'percent') return formatPercent(value, lang);
  if (unit === 'persons') return formatCount(value, lang);
  if (unit === 'ratio') return formatDecimal(value, lang, 2);
  return formatDecimal(value, lang);
}

/** One list format per language and type (like numberFormat: Intl's formatters are slow to make). */
const listFormats = new Map<string, Intl.ListFormat>();

/** A list of names joined for the locale (`Denmark and Iceland`). */
export function formatList(items: string[], lang: LangCode, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  let format = listFormats.get(lang + type);
  if (!format) listFormats.set(lang + type, (format = new Intl.ListFormat(intlLocales(lang, 'list'), { style: 'long', type })));
  return format.format(items);
}
