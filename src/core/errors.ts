/**
 * The one error display: turns what went wrong into a localized sentence that names the bad
 * value and what is accepted. Called inside {@link withLocale} so `msg()` answers in the
 * element's language.
 */
import { msg, str } from '@lit/localize';
import { DataError } from './data-loader.js';
import type { NordicErrorCode, NordicErrorDetail } from './events.js';

/** What the element knows about a problem before it is put into words. */
export interface ErrorFacts {
  code: NordicErrorCode;
  attribute?: string;
  value?: string;
  accepted?: string[];
  /** Extra machine detail (a schema path), shown after the sentence. */
  detail?: string;
  /** HTTP status of a failed fetch. */
  status?: number;
}

/** Accepted values, shortened when there are very many (municipality codes). */
function acceptedList(accepted: string[] | undefined): string {
  if (!accepted?.length) return '';
  const shown = accepted.length > 12 ? [...accepted.slice(0, 12), '…'] : accepted;
  return shown.join(', ');
}

export function describeError(facts: ErrorFacts): string {
  const value = facts.value ?? '';
  const attribute = facts.attribute ?? '';
  const accepted = acceptedList(facts.accepted);
  const detail = facts.detail ? ` (${facts.detail})` : '';
  const acceptedNote = accepted ? ' ' + msg(str`Accepted: ${accepted}.`) : '';
  switch (facts.code) {
    case 'invalid-attribute':
      return msg(str`"${value}" is not a valid value for ${attribute}.`) + acceptedNote;
    case 'unknown-id':
      return msg(str`Unknown ${attribute}: "${value}".`) + acceptedNote;
    case 'data-fetch':
      return msg(str`Could not load the data from ${value}.`) + (facts.status ? ` (HTTP ${facts.status})` : '');
    case 'data-parse':
      return msg(str`The file ${value} is not valid JSON.`);
    case 'data-schema':
      return msg(str`The file ${value} does not have the expected format.`) + detail;
    case 'no-data':
      return msg(str`There are no figures for ${value}.`) + (accepted ? ' ' + msg(str`Available: ${accepted}.`) : '');
    case 'render':
      return msg('The chart could not be drawn.') + detail;
  }
}

/** Facts about a failed load, from the loader's error. */
export function dataErrorFacts(error: unknown, attribute?: string): ErrorFacts {
  if (error instanceof DataError) {
    const first = error.schemaErrors[0];
    return {
      code: error.code,
      value: error.url,
      ...(attribute ? { attribute } : {}),
      ...(error.status ? { status: error.status } : {}),
      ...(first ? { detail: `${first.path}: ${first.message}` } : {}),
    };
  }
  return { code: 'render', detail: error instanceof Error ? error.message : String(error) };
}

export function toDetail(facts: ErrorFacts, message: string): NordicErrorDetail {
  return {
    code: facts.code,
    message,
    ...(facts.attribute ? { attribute: facts.attribute } : {}),
    ...(facts.value !== undefined ? { value: facts.value } : {}),
    ...(facts.accepted ? { accepted: facts.accepted } : {}),
  };
}
