import type { LangCode } from './data-types.js';

/** `Intl` wants a region-neutral tag; Norwegian Bokmål is `nb`, which every engine knows. */
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(lang: LangCode, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = lang + JSON.stringify(options);
  let format = cache.get(key);
  if (!format) {
    format = new Intl.NumberFormat(lang, options);
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

/** A large count in millions (`26.7 million`), using Intl's compact long notation. */
export function formatMillions(value: number, lang: LangCode, decimals = 1): string {
  return numberFormat(lang, {
    notation: 'compact',
    compactDisplay: 'long',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(value);
}

/** A value in an indicator's unit: percent → `8.1 %`, per-1000 → `3.2`, persons → `1,234`. */
export function formatValue(value: number, unit: string, lang: LangCode): string {
  if (unit === 'percent') return formatPercent(value, lang);
  if (unit === 'persons') return formatCount(value, lang);
  return formatDecimal(value, lang);
}

/** A list of names joined for the locale (`Denmark and Iceland`). */
export function formatList(items: string[], lang: LangCode, type: 'conjunction' | 'disjunction' = 'conjunction'): string {
  return new Intl.ListFormat(lang, { style: 'long', type }).format(items);
}
