/**
 * What a partner's file must satisfy beyond its JSON Schema (which cannot compare one field with
 * another): no year or id twice, one figure per year in every array. Loaded with the validator,
 * only when a partner's file is read, so pages with built-in data never download it. The errors
 * have the validator's shape (field path, English detail) and are reported the same way.
 */
import { DataError, LOAD_LIMITS } from './data-loader.js';
import { validate, type Schema, type SchemaError } from './json-schema.js';

type Json = Record<string, unknown>;

const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);

/** `years[3]: 2019 appears twice` for the first repeated entry of `values`. */
function repeated(values: unknown[], pathOf: (index: number) => string): SchemaError[] {
  const seen = new Set<unknown>();
  for (const [index, value] of values.entries()) {
    if (seen.has(value)) return [{ path: pathOf(index), message: `${JSON.stringify(value)} appears twice` }];
    seen.add(value);
  }
  return [];
}

/** Every array in `values` has one entry per year. */
function alignedWithYears(values: Json, years: unknown[], path: string): SchemaError[] {
  return Object.entries(values).flatMap(([key, list]) =>
    Array.isArray(list) && list.length !== years.length ? [{ path: `${path}.${key}`, message: `${list.length} figures for ${years.length} years` }] : [],
  );
}

/** Years and figures of an indicator, or of one country series. */
function checkYearsAndValues(file: Json, path: string): SchemaError[] {
  const years = Array.isArray(file['years']) ? file['years'] : [];
  return [...repeated(years, (i) => `${join(path, 'years')}[${i}]`), ...(isObject(file['values']) ? alignedWithYears(file['values'], years, join(path, 'values')) : [])];
}

const join = (path: string, key: string): string => (path ? `${path}.${key}` : key);

/** The consistency rules of each partner format, by its schema's `$id`. */
const RULES: [RegExp, (file: Json) => SchemaError[]][] = [
  [/\/indicator\.schema\.json$/, (file) => checkYearsAndValues(file, '')],
  [/\/country-series\.schema\.json$/, (file) => Object.entries(isObject(file['series']) ? file['series'] : {}).flatMap(([id, series]) => (isObject(series) ? checkYearsAndValues(series, `series.${id}`) : []))],
  [/\/case-studies-localized\.schema\.json$/, (file) => repeated((Array.isArray(file['cases']) ? file['cases'] : []).map((c) => (isObject(c) ? c['id'] : undefined)), (i) => `cases[${i}].id`)],
];

/** Schema errors first; when there are none, the errors of the format's own rules (at most `limit`). */
export function checkPartnerFile(schema: Schema, data: unknown, limit: number): SchemaError[] {
  const errors = validate(schema, data, limit);
  if (errors.length || !isObject(data)) return errors;
  const rule = RULES.find(([id]) => id.test(String(schema.$id)));
  return rule ? rule[1](data).slice(0, limit) : [];
}

/**
 * A partner's file as text, refused (`data-too-large`) past {@link LOAD_LIMITS}.partnerBytes:
 * at once when the server announces a larger Content-Length, else as soon as that many bytes
 * have streamed in, so a huge or endless file is never held in memory or parsed.
 */
export async function readCapped(response: Response, url: string): Promise<string> {
  const cap = LOAD_LIMITS.partnerBytes;
  const tooLarge = (): DataError => new DataError('data-too-large', url);
  if (Number(response.headers.get('content-length')) > cap) {
    void response.body?.cancel().catch(() => undefined);
    throw tooLarge();
  }
  const reader = response.body?.getReader();
  if (!reader) return '';
  const decoder = new TextDecoder();
  let text = '';
  let bytes = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    bytes += value.byteLength;
    if (bytes > cap) {
      void reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    text += decoder.decode(value, { stream: true });
  }
}
