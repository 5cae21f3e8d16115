/**
 * The one localization setup. UI strings use @lit/localize's `msg()` (extracted to `xliff/`,
 * generated into `src/generated/locales/`). Runtime mode in @lit/localize has one locale per
 * page, but each of our elements may render in its own language (`lang` on the element), so we
 * install a `msg` implementation that reads the locale of the element being rendered
 * ({@link withLocale}) and resolves templates with @lit/localize's own runtime lookup.
 */
import { _installMsgImplementation } from '@lit/localize/init/install.js';
import { runtimeMsg } from '@lit/localize/internal/runtime-msg.js';
import type { LangCode } from './data-types.js';
import { SOURCE_LANG } from './lang.js';

type Templates = Parameters<typeof runtimeMsg>[0];
type MsgImpl = Parameters<typeof _installMsgImplementation>[0];

/** Each target locale's messages, loaded on first use (rollup splits one small chunk each). */
const localeLoaders: Record<Exclude<LangCode, 'en'>, () => Promise<{ templates: Templates }>> = {
  sv: () => import('../generated/locales/sv.js'),
  nb: () => import('../generated/locales/nb.js'),
  da: () => import('../generated/locales/da.js'),
  fi: () => import('../generated/locales/fi.js'),
  is: () => import('../generated/locales/is.js'),
};

const loaded = new Map<LangCode, Templates>([[SOURCE_LANG, undefined]]);
const loading = new Map<LangCode, Promise<void>>();
let renderingLocale: LangCode = SOURCE_LANG;

try {
  _installMsgImplementation(((template, options) =>
    runtimeMsg(loaded.get(renderingLocale), template, options)) as MsgImpl);
} catch {
  // Another copy of @lit/localize on the page was configured first (a partner's own app with a
  // deduplicated dependency). Our strings then come out in English rather than breaking the page.
  console.warn('@lit/localize configured elsewhere: widgets show English.');
}

/** True when the locale's messages are in memory, so a render in it is complete. */
export function isLocaleLoaded(lang: LangCode): boolean {
  return loaded.has(lang);
}

/**
 * Loads a locale's messages once per page; concurrent callers share one import. Never rejects:
 * messages that cannot be loaded (a failed chunk request) leave that language's widgets in English.
 */
export function loadLocale(lang: LangCode): Promise<void> {
  if (loaded.has(lang)) return Promise.resolve();
  let pending = loading.get(lang);
  if (!pending) {
    pending = localeLoaders[lang as Exclude<LangCode, 'en'>]().then(
      (mod) => void loaded.set(lang, mod.templates),
      () => void loaded.set(lang, undefined),
    );
    loading.set(lang, pending);
  }
  return pending;
}

/** Runs `fn` (a render, or code building a message) with `msg()` answering in `lang`. */
export function withLocale<T>(lang: LangCode, fn: () => T): T {
  const previous = renderingLocale;
  renderingLocale = loaded.has(lang) ? lang : SOURCE_LANG;
  try {
    return fn();
  } finally {
    renderingLocale = previous;
  }
}
