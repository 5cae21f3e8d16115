/**
 * Built-in data sets are split one module each, so a page bundles only what it uses. All go
 * through the one loader in data-loader.ts; partner files (`src`) are checked against the schema.
 */
import type { IndicatorFile } from '../data-types.js';
import { dataUrl, resolveUrl } from '../data-url.js';
import { loadData } from '../data-loader.js';

/** Indicator ids shipped in `data/indicators/`. */
export const BUILT_IN_INDICATORS = [
  'foreign-share-vs-national',
  'immigrant-background-share',
  'foreign-born-share',
  'foreign-citizen-share',
  'refugees-per-1000',
  'refugees-received',
  'net-migration-per-1000',
  'foreign-language-share',
  'refugees-in-work',
  'establishment-exit-to-work',
  'refugees-first-municipality',
  'immigrants-in-work',
] as const;

export type BuiltInIndicator = (typeof BUILT_IN_INDICATORS)[number];

export function isBuiltInIndicator(id: string): id is BuiltInIndicator {
  return (BUILT_IN_INDICATORS as readonly string[]).includes(id);
}

/** A built-in indicator by id, or a partner's file by address (`src`). */
export function loadIndicator(source: { id: BuiltInIndicator } | { src: string }): Promise<IndicatorFile> {
  return 'src' in source
    ? loadData<IndicatorFile>(resolveUrl(source.src), () => import('../../../data/schemas/indicator.schema.json'))
    : loadData<IndicatorFile>(dataUrl(`indicators/${source.id}.json`));
}
