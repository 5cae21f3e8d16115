/**
 * The map's words: names, periods, the tooltip's lines, the drawing's label. Pure functions of
 * the model and the language; `msg()` answers in the language of the surrounding `withLocale`.
 */
import { warmUpIntl } from '../../core/intl-warm-up.js';
import { msg, str } from '@lit/localize';
import type { CountryCode, LangCode } from '../../core/data-types.js';
import { formatValue } from '../../core/format-figures.js';
import { formatPeriod } from '../../core/period.js';
import { countryName } from '../../core/i18n-data.js';
import { withLocale } from '../../core/localization.js';
import type { AreaRow, MapModel } from './map-model.js';
import { formatList } from '../../core/format-figures.js';
import { formatCount } from '../../core/format.js';
import { yieldToMain } from '../../core/yield.js';
import { displayName, sharedYear } from './model.js';

/** When a row's figure refers to, in the reader's words (`2022`, `1 January 2026`, `November 2022`). */
export function periodOf(model: MapModel | undefined, country: CountryCode, year: number, lang: LangCode): ReturnType<typeof formatPeriod> {
  return formatPeriod(year, model?.references[country], lang);
}

/** A row's name: the country's at the country level, else the municipality's. */
export function rowName(model: MapModel | undefined, row: AreaRow, lang: LangCode): string {
  return model?.level === 'country' ? countryName(row.place.country, lang) : displayName(row.place, lang);
}

export interface TooltipText {
  name: string;
  country: string;
  value: string;
  measure: string;
}

export function tooltipText(model: MapModel, row: AreaRow, lang: LangCode): TooltipText {
  return withLocale(lang, () => {
    const period = row.year === undefined ? undefined : periodOf(model, row.place.country, row.year, lang);
    const value = row.value === null ? '' : formatValue(row.value, model.unit, lang);
    return {
      name: model.level === 'country' ? countryName(row.place.country, lang) : displayName(row.place, lang),
      country: countryName(row.place.country, lang),
      measure: row.value === null ? '' : model.measures[row.place.country]?.() ?? '',
      value: !period
        ? msg('No figure')
        : row.value === null
          ? msg(str`No figure for ${period.text}`)
          : period.kind === 'date'
            ? msg(str`${value} on ${period.text}`)
            : period.kind === 'month'
              ? msg(str`${value} in ${period.text}`, { id: 'value-in-month' })
              : msg(str`${value} in ${period.text}`),
    };
  });
}

/** What a screen reader hears for the drawing: the page's `description`, else the indicator and year. */
export function mapLabel(model: MapModel | undefined, lang: LangCode, description: string, heading: string): string {
  return withLocale(lang, () => {
    if (description) return description;
    if (!model) return heading || msg('Map of Nordic municipalities');
    const label = model.label();
    const when = shownYearText(model);
    return model.level === 'country'
      ? msg(str`Map of the Nordic countries: ${label}, ${when}. The table view lists every figure.`)
      : msg(str`Map of Nordic municipalities: ${label}, ${when}. The table view lists every figure.`);
  });
}

/** `2015`; with `latest`, that year when every shown country's latest is the same, else "latest figures". */
export function shownYearText(model: MapModel): string {
  const year = model.year === 'latest' ? sharedYear(model.yearOf) : model.year;
  return year === undefined ? msg('latest figures') : String(year);
}

/** The years shown, for the one-line source: one year or the span (`2015–2026`); the legend names each country's. */
export function shownYears(model: MapModel): string {
  const years = [...new Set(Object.values(model.yearOf))].sort((a, b) => a - b);
  if (!years.length) return String(model.year === 'latest' ? '' : model.year);
  return years.length === 1 ? String(years[0]) : `${years[0]}–${years[years.length - 1]}`;
}

/** The indicator's label with its unit, unless the label already says "per 1,000". */
export function labelWithUnit(model: MapModel): string {
  const label = model.label();
  return model.unit === 'per-1000' ? label : `${label} (${unitText(model.unit)})`;
}

export function unitText(unit: string): string {
  if (unit === 'percent') return msg('per cent');
  if (unit === 'per-1000') return msg('per 1,000 inhabitants');
  if (unit === 'ratio') return msg('1.00 = the country as a whole');
  return msg('persons');
}

/**
 * The first use of each of Intl's formatters the map's text needs (numbers, dates, lists) loads
 * its locale data: tens of milliseconds each, several times that on a phone. Made here while the
 * files are on the way, each in a task of its own, instead of all in the first render; where a
 * worker can load those data first (core/intl-warm-up.ts), the uses here are quick.
 */
export async function warmFormatters(lang: LangCode): Promise<void> {
  await warmUpIntl(lang);
  formatCount(0, lang);
  await yieldToMain();
  formatPeriod(2000, '01-01', lang);
  await yieldToMain();
  formatList(['', ''], lang);
}
