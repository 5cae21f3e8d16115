/**
 * The one data loader: each address is fetched and parsed once per page (concurrent callers
 * share the same request). A partner's file is checked against its JSON Schema before any widget
 * sees it; the validator and the schema load on demand, so pages with only built-in data (checked
 * with the same validator when `npm run data` builds them, and by the tests) don't download them.
 * Failures are thrown as {@link DataError}, which the base element turns into the visible
 * message and a `nordic-error` event. A failed load is forgotten so that "Retry" fetches again.
 * Every file must arrive within {@link LOAD_LIMITS}.timeout, a partner's file within its size cap
 * (checked before parsing); both are documented in the README ("Security and CSP").
 */
import { diagnostics } from './diagnostics.js';
import type { Schema, SchemaError } from './json-schema.js';

/** Loads a schema when it is needed (a dynamic import of a `*.schema.json` module). */
export type SchemaLoader = () => Promise<{ default: unknown }>;

export type DataErrorCode = 'data-fetch' | 'data-timeout' | 'data-too-large' | 'data-parse' | 'data-schema';

/** Limits on reading a file. An object (not two constants) only so tests can shorten them. */
export const LOAD_LIMITS = {
  /** Milliseconds from the request to a file's last byte; later, the widget says so and offers Retry. */
  timeout: 30_000,
  /** Bytes of a partner's file (`src`); a larger one is refused unparsed. Built-in files are under 350 kB. */
  partnerBytes: 2_000_000,
};

export class DataError extends Error {
  constructor(
    readonly code: DataErrorCode,
    readonly url: string,
    /** HTTP status for `data-fetch`, the first schema errors for `data-schema`. */
    readonly status?: number,
    readonly schemaErrors: SchemaError[] = [],
  ) {
    super(`${code} ${url}`);
    this.name = 'DataError';
  }
}

const parsed = new Map<string, Promise<unknown>>();
const validated = new WeakMap<object, WeakSet<SchemaLoader>>();

async function fetchJson(url: string, partner: boolean): Promise<unknown> {
  diagnostics.dataFetches++;
  let text: string;
  try {
    // The signal also ends a body that stops halfway, and a late answer is dropped, never drawn.
    const response = await fetch(url, { credentials: 'same-origin', signal: AbortSignal.timeout(LOAD_LIMITS.timeout) });
    if (!response.ok) throw new DataError('data-fetch', url, response.status);
    text = partner ? await (await import('./partner-checks.js')).readCapped(response, url) : await response.text();
  } catch (error) {
    throw error instanceof DataError ? error : new DataError((error as Error).name === 'TimeoutError' ? 'data-timeout' : 'data-fetch', url);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new DataError('data-parse', url);
  }
}

/**
 * Loads `url` (absolute). With `schema`, the file is checked against it first (partner files);
 * without, it is trusted (our own built-in files). Resolves to the parsed file, typed as `T` by
 * the caller; rejects with a {@link DataError}.
 */
export async function loadData<T>(url: string, schema?: SchemaLoader): Promise<T> {
  let pending = parsed.get(url);
  if (!pending) {
    pending = fetchJson(url, !!schema);
    parsed.set(url, pending);
    pending.catch(() => parsed.delete(url));
  }
  const data = await pending;
  if (!schema) return data as T;
  const isObject = typeof data === 'object' && data !== null;
  if (isObject && validated.get(data)?.has(schema)) return data as T;
  const [{ checkPartnerFile }, loadedSchema] = await Promise.all([import('./partner-checks.js'), schema()]);
  const errors = checkPartnerFile(loadedSchema.default as Schema, data, 5);
  if (errors.length) throw new DataError('data-schema', url, undefined, errors);
  if (isObject) validated.set(data, (validated.get(data) ?? new WeakSet<SchemaLoader>()).add(schema));
  return data as T;
}
