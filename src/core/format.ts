import type { LangCode } from './data-types.js';

/**
 * Stand-ins for a language the browser's `Intl` lacks: Chromium ships no Icelandic data and would
 * write `1,234.5` (which an Icelandic reader takes for 1.2345). Dutch numbers look like Icelandic
 * ones (`1.234,5`, `43,7%`), and Danish lists like Icelandic lists (`a, b og c`).
 */
const STAND_INS: Partial<Record<LangCode, { number: string; list: string }>> = { is: { number: 'nl', list: 'da' } };

/** The locales to hand to `Intl` for `lang`: the language itself first, then a stand-in with the same conventions. */
export function intlLocales(lang: LangCode, kind: 'number' | 'list' = 'number'): string[] {
  const standIn = STAND_INS[lang]?.[kind];
  return standIn ? [lang, standIn] : [lang];
}

/** True when `Intl` formats numbers in `lang` itself, not through a stand-in. */
export function intlKnows(lang: LangCode): boolean {
  return Intl.NumberFormat.supportedLocalesOf([lang]).length > 0;
}

/** One formatter per language and options: the first `Intl.NumberFormat` of a page costs tens of ms. */
const cache = new Map<string, Intl.NumberFormat>();

export function numberFormat(lang: LangCode, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(intlLocales(lang), options);
    cache.set(key, format);
  }
  return format;
}

/** A count of people: `1,877,050` / `1 877 050`. */
export function formatCount(value: number, lang: LangCode): string {
  return numberFormat(lang, { maximumFractionDigits: 0 }).format(value);
}

/** A number with a fixed count of decimals: `12.3` / `12,3`. */
export function formatDecimal(value: number, lang: LangCode, decimals = 1): string {
  return numberFormat(lang, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** A percentage given in percent units (8.1 → `8.1%` / `8,1 %`), as Intl writes it for the locale. */
export function formatPercent(valueInPercent: number, lang: LangCode, decimals = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(valueInPercent / 100);
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

/** A list of names joined for the locale (`Denmark and Iceland`). */
export function formatList(items: string[], lang: LangCode, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(intlLocales(lang, 'list'), { style: 'long', type }).format(items);
}
