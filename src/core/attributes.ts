/**
 * Attributes → configuration, once. An element declares each attribute it reads with its allowed
 * values and default (a {@link Declaration}); {@link readAttributes} turns the raw property values
 * into a typed configuration plus the problems to report, in declaration order. Pure: no DOM, no
 * messages (the words come from error-messages.ts when a problem is shown), so the same
 * declaration can list allowed values for the manifest, a configurator or a bad-input test.
 */
import type { ErrorFacts } from './errors.js';

/** How one attribute is read. `config` holds the attributes declared before it. */
export interface AttributeRule<T> {
  /** The values accepted, where they can be listed (named in the message of a refused value). */
  readonly accepted?: readonly string[];
  readonly fallback?: T;
  read(raw: unknown, attribute: string, config: Readonly<Record<string, unknown>>): { value: T; problems?: ErrorFacts[] };
}

export type Declaration = Record<string, AttributeRule<unknown>>;
export type ConfigOf<D extends Declaration> = { [K in keyof D]: D[K] extends AttributeRule<infer T> ? T : never };

export interface ChoiceOptions {
  /** An unset attribute (`null`/`undefined`) means the default without a problem (default: it is refused like any other value). */
  unsetIsDefault?: boolean;
  /** Compare as written (default: trimmed and lower-cased); a refused value is then reported as it is, not as text. */
  exact?: boolean;
}

/** The facts of a refused value: what was written (as text unless `asWritten`) and what is accepted. */
export function refused(attribute: string, value: unknown, accepted: readonly string[], code: 'invalid-attribute' | 'unknown-id' = 'invalid-attribute', asWritten = false): ErrorFacts {
  return { code, attribute, value: asWritten ? (value as string) : String(value), accepted: [...accepted] };
}

/** One of a list of keywords (`level="country"`); anything else is refused and the default used. */
export function choice<T extends string>(values: readonly T[], fallback: T, options: ChoiceOptions = {}): AttributeRule<T> {
  return {
    accepted: values,
    fallback,
    read(raw, attribute) {
      if (raw == null && options.unsetIsDefault) return { value: fallback };
      const text = options.exact ? String(raw ?? '') : String(raw ?? '').trim().toLowerCase();
      if ((values as readonly string[]).includes(text)) return { value: text as T };
      return { value: fallback, problems: [refused(attribute, raw, values, 'invalid-attribute', options.exact)] };
    },
  };
}

/** A whole number from `min` to `max`; anything else is refused and the default used. */
export function integer(min: number, max: number, fallback: number, options: Pick<ChoiceOptions, 'unsetIsDefault'> = {}): AttributeRule<number> {
  const accepted = Array.from({ length: max - min + 1 }, (_, i) => String(min + i));
  return {
    accepted,
    fallback,
    read(raw, attribute) {
      if (raw == null && options.unsetIsDefault) return { value: fallback };
      const n = typeof raw === 'number' ? raw : Number(String(raw ?? '').trim());
      if (Number.isInteger(n) && n >= min && n <= max) return { value: n };
      return { value: fallback, problems: [refused(attribute, raw, accepted)] };
    },
  };
}

/** Free text, never refused (`src`, `heading`); unset is `fallback`. */
export function text(fallback = ''): AttributeRule<string> {
  return { fallback, read: (raw) => ({ value: raw == null ? fallback : String(raw) }) };
}

/** An attribute with its own reading (lists of ids, values that depend on other attributes). */
export function custom<T>(read: AttributeRule<T>['read'], accepted?: readonly string[]): AttributeRule<T> {
  return accepted ? { accepted, read } : { read };
}

/**
 * Reads every declared attribute from `raw` (the element's property values, by attribute name)
 * in declaration order. Returns the configuration and the problems, in the same order.
 */
export function readAttributes<D extends Declaration>(declaration: D, raw: { readonly [K in keyof D]?: unknown }): { config: ConfigOf<D>; problems: ErrorFacts[] } {
  const config: Record<string, unknown> = {};
  const problems: ErrorFacts[] = [];
  for (const [name, rule] of Object.entries(declaration)) {
    const result = rule.read(raw[name], name, config);
    config[name] = result.value;
    if (result.problems) problems.push(...result.problems);
  }
  return { config: config as ConfigOf<D>, problems };
}

/** The accepted values of each declared attribute that lists them (for docs, configurators and tests). */
export function acceptedValues(declaration: Declaration): Record<string, readonly string[]> {
  return Object.fromEntries(Object.entries(declaration).flatMap(([name, rule]) => (rule.accepted ? [[name, rule.accepted]] : [])));
}
