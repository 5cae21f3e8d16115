/**
 * The map's attributes, their allowed values and defaults, in one place. Read with the shared
 * reader (core/attributes.ts) into a {@link MapConfig} and the problems to report. `year` and
 * `highlight` are checked later, against the loaded figures and geometry.
 */
import { choice, custom, integer, readAttributes, refused, text, type ConfigOf } from '../../core/attributes.js';
import { COUNTRY_CODES } from '../../core/data-types.js';
import { BUILT_IN_INDICATORS, isBuiltInIndicator } from '../../core/datasets/indicators.js';
import { DEFAULT_SCHEME, MAX_CLASSES, METHODS, MIN_CLASSES, SCHEME_NAMES } from './classify.js';
import { COUNTRY_INDICATORS, DEFAULT_COUNTRY_INDICATOR, DEFAULT_INDICATOR, LEVELS, RENDERERS, VIEWS, isCountryIndicator, parseCountries, type MapLevel } from './model.js';

/** In this order: the problems are reported in it. */
export const MAP_ATTRIBUTES = {
  level: choice(LEVELS, 'municipality'),
  view: choice(VIEWS, 'map'),
  renderer: choice(RENDERERS, 'svg'),
  // Unset (no attribute, or removed: null) means the default; set but unknown is reported.
  scheme: choice(SCHEME_NAMES, DEFAULT_SCHEME, { unsetIsDefault: true }),
  method: choice(METHODS, 'quantile', { unsetIsDefault: true }),
  classes: integer(MIN_CLASSES, MAX_CLASSES, 5, { unsetIsDefault: true }),
  countries: custom((raw, attribute) => {
    const { countries, unknown } = parseCountries(raw as string | null | undefined);
    return { value: countries, problems: unknown.length ? [refused(attribute, unknown.join(' '), COUNTRY_CODES, 'unknown-id')] : [] };
  }, COUNTRY_CODES),
  src: text(),
  /** Depends on `level` (the country level has its own three) and `src` (a partner's file overrides it). */
  indicator: custom<string>((raw, attribute, config) => {
    const level = config['level'] as MapLevel;
    const id = (raw == null ? '' : String(raw).trim()) || (level === 'country' ? DEFAULT_COUNTRY_INDICATOR : DEFAULT_INDICATOR);
    if (level === 'country' && !isCountryIndicator(id)) return { value: DEFAULT_COUNTRY_INDICATOR, problems: [refused(attribute, id, COUNTRY_INDICATORS)] };
    if (level === 'municipality' && !config['src'] && !isBuiltInIndicator(id)) return { value: DEFAULT_INDICATOR, problems: [refused(attribute, id, BUILT_IN_INDICATORS, 'unknown-id')] };
    return { value: id };
  }),
};

export type MapConfig = ConfigOf<typeof MAP_ATTRIBUTES>;

/** The map's attributes read into its configuration, with the problems to report. */
export function readMapAttributes(raw: { readonly [K in keyof typeof MAP_ATTRIBUTES]?: unknown }): ReturnType<typeof readAttributes<typeof MAP_ATTRIBUTES>> {
  return readAttributes(MAP_ATTRIBUTES, raw);
}
