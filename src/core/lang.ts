import { LANG_CODES, type LangCode } from './data-types.js';

/** The language a page or element falls back to when nothing we support is asked for. */
export const SOURCE_LANG: LangCode = 'en';

/**
 * Maps a BCP 47 tag to a supported UI language: `sv-FI` → `sv`, `no`/`nn`/`nb-NO` → `nb`,
 * anything unsupported → `null` (the caller decides the fallback).
 */
export function normalizeLang(tag: string | null | undefined): LangCode | null {
  if (!tag) return null;
  const primary = tag.trim().toLowerCase().split(/[-_]/)[0] ?? '';
  if (primary === 'no' || primary === 'nn') return 'nb';
  return (LANG_CODES as readonly string[]).includes(primary) ? (primary as LangCode) : null;
}

/**
 * The language an element renders in: its own `lang`, else the closest ancestor's (crossing
 * shadow roots), else `<html lang>`, else the browser's; `en` when none of these is supported.
 * An explicit but unsupported tag on the element or an ancestor stops the search and gives `en`,
 * because the author asked for that language and we must not guess another one.
 */
export function resolveLang(element: Element, browserLanguages: readonly string[] = navigator.languages): LangCode {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element && node.hasAttribute('lang')) {
      const tag = node.getAttribute('lang');
      if (tag) return normalizeLang(tag) ?? SOURCE_LANG;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  for (const tag of browserLanguages) {
    const lang = normalizeLang(tag);
    if (lang) return lang;
  }
  return SOURCE_LANG;
}
