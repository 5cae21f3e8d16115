import type { CaseMethod, CountryCode } from './data-types.js';

/** What went wrong, for `nordic-error` and the visible message. */
export type NordicErrorCode =
  /** An attribute has a value the element does not accept. */
  | 'invalid-attribute'
  /** An id (municipality, case, country) that the data does not know. */
  | 'unknown-id'
  /** A data file could not be fetched (network error, HTTP status). */
  | 'data-fetch'
  /** A data file did not arrive in time (the loader's documented timeout). */
  | 'data-timeout'
  /** A partner's data file is over the documented size cap; it was not read. */
  | 'data-too-large'
  /** A data file is not valid JSON. */
  | 'data-parse'
  /** A data file does not match its schema. */
  | 'data-schema'
  /** The data has no figure for what was asked. */
  | 'no-data'
  /** Drawing failed (e.g. Vega could not load). */
  | 'render';

export interface NordicErrorDetail {
  code: NordicErrorCode;
  /** The localized message shown in the widget. */
  message: string;
  /** The attribute whose value was refused, if any. */
  attribute?: string;
  /** The refused value, or the failing address. */
  value?: string;
  /** What would have been accepted. */
  accepted?: string[];
}

export interface NordicSelectDetail {
  /** Municipality feature id (`SE-2309`), when a municipality was selected. */
  id?: string;
  /** Official code without the country prefix. */
  code?: string;
  name?: string;
  country?: CountryCode | 'FO';
  value?: number | null;
  year?: number;
  /** The learning example, when the selection is (or belongs to) one. */
  caseId?: string;
  /** The municipalities of a selected learning example. */
  municipalityIds?: string[];
  /** One of the theme's three conclusions (1–3), when `<nordic-lessons>` selected it. */
  conclusion?: 1 | 2 | 3;
  /** The learning examples' methods that put the selected conclusion into practice. */
  methods?: CaseMethod[];
}

export interface NordicReadyDetail {
  /** The language the element rendered in. */
  lang: string;
}

/** Every event our elements emit, with its detail type. */
export interface NordicEventMap {
  'nordic-select': CustomEvent<NordicSelectDetail>;
  'nordic-ready': CustomEvent<NordicReadyDetail>;
  'nordic-error': CustomEvent<NordicErrorDetail>;
}

declare global {
  // Lets `el.addEventListener('nordic-select', e => e.detail.id)` type-check in user code.
  // eslint-disable-next-line @typescript-eslint/no-empty-interface
  interface HTMLElementEventMap extends NordicEventMap {}
}
