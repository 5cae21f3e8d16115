/**
 * The one data loader: each address is fetched and parsed once per page (concurrent callers
 * share the same request), and checked against a JSON Schema before any widget sees it.
 * Failures are thrown as {@link DataError}, which the base element turns into the visible
 * message and a `nordic-error` event. A failed load is forgotten so that "Retry" fetches again.
 */
import { diagnostics } from './diagnostics.js';
import { validate, type Schema, type SchemaError } from './json-schema.js';

export type DataErrorCode = 'data-fetch' | 'data-parse' | 'data-schema';

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly url: string,
    /** HTTP status for `data-fetch`, the first schema errors for `data-schema`. */
    readonly status?: number,
    readonly schemaErrors: SchemaError[] = [],
  ) {
    super(`${code}: ${url}${status ? ` (HTTP ${status})` : ''}${schemaErrors.length ? ` ${schemaErrors[0]!.path}: ${schemaErrors[0]!.message}` : ''}`);
    this.name = 'DataError';
  }
}

const parsed = new Map<string, Promise<unknown>>();
const validated = new WeakMap<object, WeakSet<Schema>>();

/** How many network fetches the loader has started on this page (for tests and the benchmark). */
export function dataFetchCount(): number {
  return diagnostics.dataFetches;
}

async function fetchJson(url: string): Promise<unknown> {
  diagnostics.dataFetches++;
  let response: Response;
  try {
    response = await fetch(url, { credentials: 'same-origin' });
  } catch {
    throw new DataError('data-fetch', url);
  }
  if (!response.ok) throw new DataError('data-fetch', url, response.status);
  const text = await response.text();
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataError('data-parse', url);
  }
}

/**
 * Loads `url` (absolute) and checks it against `schema`. Resolves to the parsed file, typed as
 * `T` by the caller's schema; rejects with a {@link DataError}.
 */
export async function loadData<T>(url: string, schema: Schema): Promise<T> {
  let pending = parsed.get(url);
  if (!pending) {
    pending = fetchJson(url);
    parsed.set(url, pending);
    pending.catch(() => parsed.delete(url));
  }
  const data = await pending;
  if (typeof data === 'object' && data !== null) {
    const schemas = validated.get(data) ?? new WeakSet<Schema>();
    if (!schemas.has(schema)) {
      const errors = validate(schema, data, 5);
      if (errors.length) throw new DataError('data-schema', url, undefined, errors);
      schemas.add(schema);
      validated.set(data, schemas);
    }
    return data as T;
  }
  const errors = validate(schema, data, 5);
  throw new DataError('data-schema', url, undefined, errors.length ? errors : [{ path: '(root)', message: 'expected object' }]);
}
