import type { LangCode } from '../../core/data-types.js';
import { numberFormat } from '../../core/format.js';

/** d3-format's number locale, taken from Intl so axis labels group and punctuate like the text. */
export interface VegaNumberLocale {
  decimal: string;
  thousands: string;
  grouping: number[];
  currency: [string, string];
  minus: string;
}

export function vegaNumberLocale(lang: LangCode): VegaNumberLocale {
  const parts = numberFormat(lang, {}).formatToParts(-1234567.5);
  const part = (type: string, fallback: string) => parts.find((p) => p.type === type)?.value ?? fallback;
  return { decimal: part('decimal', '.'), thousands: part('group', ','), grouping: [3], currency: ['', ''], minus: part('minusSign', '-') };
}
