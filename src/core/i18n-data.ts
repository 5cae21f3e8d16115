import { msg } from '@lit/localize';
import type { LangCode, LocalizedText } from './data-types.js';
import { withLocale } from './localization.js';

/** The text in `lang`, else English (data files always carry `en`). */
export function localized(text: LocalizedText | undefined, lang: LangCode): string {
  if (!text) return '';
  return text[lang] ?? text.en;
}

const regionNames = new Map<LangCode, Intl.DisplayNames>();

/**
 * The Nordic countries and territories by our own translations: browsers' CLDR data is not
 * complete for every Nordic language (Chromium has no Icelandic region names).
 */
function nordicName(code: string): string | undefined {
  switch (code) {
    case 'DK': return msg('Denmark');
    case 'FI': return msg('Finland');
    case 'IS': return msg('Iceland');
    case 'NO': return msg('Norway');
    case 'SE': return msg('Sweden');
    case 'FO': return msg('Faroe Islands');
    case 'AX': return msg('Åland');
    case 'GL': return msg('Greenland');
    default: return undefined;
  }
}

/**
 * A country's name in the reader's language (`SE` → "Sverige", "Ruotsi", "Svíþjóð"): the Nordic
 * ones from our translations, any other from the browser's own CLDR data.
 */
export function countryName(code: string, lang: LangCode): string {
  const nordic = withLocale(lang, () => nordicName(code.toUpperCase()));
  if (nordic) return nordic;
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
