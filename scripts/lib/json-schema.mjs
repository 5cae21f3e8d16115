// The data script uses the widgets' own validator (src/core/json-schema.js, plain JavaScript), so
// the files we build are checked exactly as the widgets check a partner's file.
import { validate as validateSchema } from '../../src/core/json-schema.js';

const SUPPORTED = new Set(['$schema', '$id', '$defs', '$ref', 'title', 'description', 'type', 'required', 'properties',
  'additionalProperties', 'items', 'enum', 'const', 'pattern', 'minimum', 'maximum', 'minItems', 'patternProperties']);

/** Throws if the schema uses a keyword outside the subset the data files keep to. */
export function checkSchemaKeywords(schema, path = '#') {
  if (typeof schema !== 'object' || schema === null) return;
  for (const [k, v] of Object.entries(schema)) {
    if (!SUPPORTED.has(k)) throw new Error(`${path}: unsupported keyword "${k}"`);
    if (k === 'properties' || k === 'patternProperties' || k === '$defs') for (const [n, s] of Object.entries(v)) checkSchemaKeywords(s, `${path}/${k}/${n}`);
    if (k === 'items' || (k === 'additionalProperties' && typeof v === 'object')) checkSchemaKeywords(v, `${path}/${k}`);
  }
}

/** Validates `data` against `schema`; returns `path: message` strings (empty when valid). */
export function validate(schema, data, { limit = 50 } = {}) {
  return validateSchema(schema, data, limit).map((error) => `${error.path}: ${error.message}`);
}
