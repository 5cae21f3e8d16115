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


/** A percentage given in percent units (8.1 → `8.1%` / `8,1 %`), as Intl writes it for the locale. */
export function formatPercent(valueInPercent: number, lang: LangCode, decimals = 1): string {
  return numberFormat(lang, {
    style: 'percent',
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
  }).format(valueInPercent / 100);
}




