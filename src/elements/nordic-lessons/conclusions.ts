/**
 * The theme's three conclusions as numbers, and which of the learning examples' methods
 * belong to which: small on purpose, since every card imports it (the conclusions' full
 * texts are in `lessons.ts`, loaded only with `<nordic-lessons>`).
 */
import { msg } from '@lit/localize';
import type { CaseMethod } from '../../core/data-types.js';

/** 1: leadership that sees growth; 2: a permanent home; 3: working together. */
export type ConclusionId = 1 | 2 | 3;

export const CONCLUSION_IDS: readonly ConclusionId[] = [1, 2, 3];

/**
 * The conclusion each method puts into practice. Leadership is conclusion 1 and housing 2;
 * every other method is one of the forms of cooperation that conclusion 3 names: the
 * coordinator (integration or work placement), mentoring, language training, work practice,
 * cooperation with employers, civil society, regional cooperation; education stands for the
 * skills mapping and qualification it lists, and the welcome service for cooperation across
 * the municipality's own services and for social contact.
 */
export const METHOD_CONCLUSION: Readonly<Record<CaseMethod, ConclusionId>> = {
  leadership: 1,
  housing: 2,
  coordinator: 3,
  mentoring: 3,
  language: 3,
  'work-practice': 3,
  'business-cooperation': 3,
  'civil-society': 3,
  'regional-cooperation': 3,
  education: 3,
  'welcome-service': 3,
};

/** A conclusion's short name ("Leadership that sees growth"); call inside a render. */
export function conclusionName(id: ConclusionId): string {
  switch (id) {
    case 1:
      return msg('Leadership that sees growth');
    case 2:
      return msg('A permanent home nearby');
    case 3:
      return msg('Working together');
  }
}
