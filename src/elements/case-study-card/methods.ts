/**
 * The learning examples' methods (a fixed taxonomy, {@link CaseMethod}) with a localized label
 * each. Call inside a render (or `withLocale`) so `msg()` answers in the element's language.
 */
import { msg } from '@lit/localize';
import type { CaseMethod } from '../../core/data-types.js';

/** Every method, in the order the chips show them. */
export const CASE_METHODS: readonly CaseMethod[] = [
  'leadership',
  'housing',
  'coordinator',
  'mentoring',
  'language',
  'work-practice',
  'business-cooperation',
  'civil-society',
  'regional-cooperation',
  'education',
  'welcome-service',
];

export function isCaseMethod(value: string): value is CaseMethod {
  return (CASE_METHODS as readonly string[]).includes(value);
}

/** The reader-facing name of a method ("Mentoring", "Mentorskap", …). */
export function methodLabel(method: CaseMethod): string {
  switch (method) {
    case 'leadership':
      return msg('Municipal leadership');
    case 'housing':
      return msg('Housing');
    case 'coordinator':
      return msg('Integration coordinator');
    case 'mentoring':
      return msg('Mentoring');
    case 'language':
      return msg('Language training');
    case 'work-practice':
      return msg('Work practice');
    case 'business-cooperation':
      return msg('Cooperation with business');
    case 'civil-society':
      return msg('Civil society and volunteers');
    case 'regional-cooperation':
      return msg('Regional cooperation');
    case 'education':
      return msg('Education');
    case 'welcome-service':
      return msg('Welcome service');
  }
}

/**
 * Splits a space- or comma-separated attribute into known and unknown tokens, lower-cased
 * (`"mentoring, Housing foo"` → known `['mentoring', 'housing']`, unknown `['foo']`).
 */
export function parseTokens<T extends string>(value: string | null | undefined, accepted: readonly T[], normalize: (token: string) => string = (t) => t.toLowerCase()): { known: T[]; unknown: string[] } {
  const known: T[] = [];
  const unknown: string[] = [];
  for (const raw of (value ?? '').split(/[\s,]+/)) {
    if (!raw) continue;
    const token = normalize(raw);
    if ((accepted as readonly string[]).includes(token)) {
      if (!known.includes(token as T)) known.push(token as T);
    } else unknown.push(raw);
  }
  return { known, unknown };
}
