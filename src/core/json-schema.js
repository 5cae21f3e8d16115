// @ts-check
/**
 * A small validator for the JSON Schema subset our data files use (draft 2020-12 keywords:
 * type, required, properties, additionalProperties, patternProperties, items, enum, const,
 * pattern, minimum, maximum, minItems, maxItems, minLength, $ref to local $defs, anyOf).
 * Plain JavaScript so the Node data script and the browser widgets share this one copy.
 * Partner files are validated with it, so every error names the field path that failed.
 */

/**
 * @typedef {{
 *   type?: string | string[];
 *   required?: string[];
 *   properties?: Record<string, Schema>;
 *   additionalProperties?: boolean | Schema;
 *   patternProperties?: Record<string, Schema>;
 *   items?: Schema;
 *   enum?: unknown[];
 *   const?: unknown;
 *   pattern?: string;
 *   minimum?: number;
 *   maximum?: number;
 *   minItems?: number;
 *   maxItems?: number;
 *   minLength?: number;
 *   anyOf?: Schema[];
 *   $ref?: string;
 *   $defs?: Record<string, Schema>;
 *   [key: string]: unknown;
 * }} Schema
 */

/** @typedef {{ path: string; message: string }} SchemaError */

/** @param {unknown} value */
function typeOf(value) {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

/** @param {string} actual @param {string} expected */
function typeMatches(actual, expected) {
  return actual === expected || (expected === 'number' && actual === 'integer');
}

/** @param {string} path @param {string} key */
function join(path, key) {
  return path ? `${path}.${key}` : key;
}

/** @param {unknown} value */
function show(value) {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

/**
 * Validates `data` against `schema`; returns at most `limit` errors (none when valid).
 * @param {Schema} schema
 * @param {unknown} data
 * @param {number} [limit]
 * @returns {SchemaError[]}
 */
export function validate(schema, data, limit = 10) {
  /** @type {SchemaError[]} */
  const errors = [];
  /** @type {Map<string, RegExp>} */
  const patterns = new Map();
  /** @param {string} source */
  const regex = (source) => {
    let re = patterns.get(source);
    if (!re) patterns.set(source, (re = new RegExp(source, 'u')));
    return re;
  };
  /** @param {string} ref @returns {Schema} */
  const resolve = (ref) => {
    const name = ref.replace(/^#\/\$defs\//, '');
    const target = schema.$defs?.[name];
    if (!target) throw new Error(`Schema reference ${ref} not found`);
    return target;
  };

  /** @param {Schema} node @param {unknown} value @param {string} path @returns {boolean} */
  function check(node, value, path) {
    if (errors.length >= limit) return false;
    if (node.$ref) return check(resolve(node.$ref), value, path);
    const fail = (/** @type {string} */ message) => {
      errors.push({ path: path || '(root)', message });
      return false;
    };
    if (node.anyOf) {
      const before = errors.length;
      for (const option of node.anyOf) {
        const probe = validate({ ...option, $defs: schema.$defs }, value, 1);
        if (probe.length === 0) return true;
      }
      errors.length = before;
      return fail(`does not match any allowed form (got ${show(value)})`);
    }
    const actual = typeOf(value);
    if (node.type !== undefined) {
      const types = Array.isArray(node.type) ? node.type : [node.type];
      if (!types.some((t) => typeMatches(actual, t))) {
        return fail(`expected ${types.join(' or ')}, got ${actual === 'integer' ? 'number' : actual}`);
      }
    }
    if (node.const !== undefined && value !== node.const) return fail(`must be ${show(node.const)}, got ${show(value)}`);
    if (node.enum && !node.enum.includes(value)) {
      return fail(`must be one of ${node.enum.map(show).join(', ')}; got ${show(value)}`);
    }
    if (typeof value === 'string') {
      if (node.minLength !== undefined && value.length < node.minLength) return fail(`must have at least ${node.minLength} characters`);
      if (node.pattern && !regex(node.pattern).test(value)) return fail(`${show(value)} does not match ${node.pattern}`);
    }
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) return fail('must be a finite number');
      if (node.minimum !== undefined && value < node.minimum) return fail(`must be ≥ ${node.minimum}, got ${value}`);
      if (node.maximum !== undefined && value > node.maximum) return fail(`must be ≤ ${node.maximum}, got ${value}`);
    }
    let ok = true;
    if (Array.isArray(value)) {
      if (node.minItems !== undefined && value.length < node.minItems) ok = fail(`must have at least ${node.minItems} items`);
      if (node.maxItems !== undefined && value.length > node.maxItems) ok = fail(`must have at most ${node.maxItems} items`);
      if (node.items) {
        for (let i = 0; i < value.length && errors.length < limit; i++) {
          ok = check(node.items, value[i], `${path}[${i}]`) && ok;
        }
      }
    } else if (actual === 'object') {
      const object = /** @type {Record<string, unknown>} */ (value);
      for (const key of node.required ?? []) {
        if (!(key in object)) {
          errors.push({ path: join(path, key), message: 'is required' });
          ok = false;
        }
      }
      for (const [key, child] of Object.entries(object)) {
        if (errors.length >= limit) break;
        const childPath = join(path, key);
        const declared = node.properties?.[key];
        if (declared) {
          ok = check(declared, child, childPath) && ok;
          continue;
        }
        let matched = false;
        for (const [source, sub] of Object.entries(node.patternProperties ?? {})) {
          if (regex(source).test(key)) {
            matched = true;
            ok = check(sub, child, childPath) && ok;
          }
        }
        if (matched) continue;
        if (node.additionalProperties === false) {
          errors.push({ path: childPath, message: 'is not allowed (unknown field)' });
          ok = false;
        }
        else if (typeof node.additionalProperties === 'object') ok = check(node.additionalProperties, child, childPath) && ok;
      }
    }
    return ok;
  }

  check(schema, data, '');
  return errors;
}
