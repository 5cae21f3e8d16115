/**
 * What the elements know about a problem before it is put into words. The words themselves
 * (error-messages.ts) load only when a problem occurs, so pages that work never download them.
 */
import { DataError } from './data-loader.js';
import type { NordicErrorCode } from './events.js';

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

