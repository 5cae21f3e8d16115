import type { LangCode, LocalizedText } from './data-types.js';

/** The text in `lang`, else English (data files always carry `en`). */
export function localized(text: LocalizedText | undefined, lang: LangCode): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

/** True when `text` has no translation for `lang` and shows English instead. */
export function isFallback(text: LocalizedText | undefined, lang: LangCode): boolean {
  return !!text && lang !== 'en' && !text[lang];
}

const regionNames = new Map<LangCode, Intl.DisplayNames>();

/**
 * A country's name in the reader's language (`SE` → "Sverige", "Ruotsi", "Svíþjóð"), from the
 * browser's own CLDR data, so no country name is typed into our code or translations.
 */
export function countryName(code: string, lang: LangCode): string {
  let names = regionNames.get(lang);
  if (!names) {
    names = new Intl.DisplayNames([lang], { type: 'region', fallback: 'code' });
    regionNames.set(lang, names);
  }
  try {
    return names.of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}
