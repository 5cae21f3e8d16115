import { expect } from '@open-wc/testing';
import { withLocale, loadLocale } from '../../../src/core/localization.js';
import type { CaseMethod, LocalizedCaseStudy } from '../../../src/core/data-types.js';
import {
  CARD_COUNTRIES,
  citedSources,
  fellBack,
  findCase,
  formatOutcomeValue,
  normalizeCaseId,
  placeLine,
  sourceHref,
} from '../../../src/elements/case-study-card/case-model.js';
import { CASE_METHODS, isCaseMethod, methodLabel, parseTokens } from '../../../src/elements/case-study-card/methods.js';

// Synthetic records for pure logic; no figure here is a claim about a municipality.
const source = (id: string, url: string) => ({ id, title: `Title ${id}`, publisher: `Publisher ${id}`, url });
const study = (over: Partial<LocalizedCaseStudy> = {}): LocalizedCaseStudy => ({
  id: 'example',
  name: 'Example',
  country: 'SE',
  municipalityIds: [],
  region: 'Region',
  summary: 'Summary',
  methods: [],
  outcomes: [],
  sources: [source('S1', 'https://example.org/a'), source('S2', 'javascript:alert(1)'), source('S3', 'http://example.org/c')],
  fallback: [],
  ...over,
});

describe('case-model', () => {
  it('finds a case by a forgiving id and lists the ids', () => {
    const file = { format: 'nordic-case-studies-localized/1' as const, lang: 'en' as const, built: '2026-01-01', cases: [study(), study({ id: 'other' })] };
    expect(normalizeCaseId('  Example ')).to.equal('example');
    expect(findCase(file, 'EXAMPLE')?.id).to.equal('example');
    expect(findCase(file, 'nowhere')).to.equal(undefined);
  });

  it('formats outcome values by unit and locale, whole percentages without decimals', () => {
    expect(formatOutcomeValue({ value: 50, unit: 'percent' }, 'en')).to.equal('50%');
    expect(formatOutcomeValue({ value: 50, unit: 'percent' }, 'sv').replace(/\s/g, ' ')).to.equal('50 %');
    expect(formatOutcomeValue({ value: 12.5, unit: 'percent' }, 'fi').replace(/\s/g, ' ')).to.equal('12,5 %');
    expect(formatOutcomeValue({ value: 1234, unit: 'persons' }, 'en')).to.equal('1,234');
    expect(formatOutcomeValue({ value: 1234, unit: 'persons' }, 'da')).to.equal('1.234');
  });

  it('resolves cited sources in order and skips unknown keys', () => {
    expect(citedSources(study(), ['S3', 'S9', 'S1']).map((s) => s.id)).to.deep.equal(['S3', 'S1']);
  });

  it('links only http and https addresses', () => {
    const [a, b, c] = study().sources;
    expect(sourceHref(a!)).to.equal('https://example.org/a');
    expect(sourceHref(b!)).to.equal(undefined);
    expect(sourceHref(c!)).to.equal('http://example.org/c');
    expect(sourceHref({ url: 'data:text/html,<b>x</b>' })).to.equal(undefined);
    expect(sourceHref({ url: 'not a url' })).to.equal(undefined);
  });

  it('reads fallback field names in both notations', () => {
    const s = study({ fallback: ['summary', 'outcomes[1].definition'] });
    expect(fellBack(s, 'summary')).to.equal(true);
    expect(fellBack(s, 'region')).to.equal(false);
    expect(fellBack(s, 'outcomes.1.definition')).to.equal(true);
    expect(fellBack(s, 'outcomes.0.definition')).to.equal(false);
  });

  it('writes the place once when the region already names the country', () => {
    expect(placeLine('Sweden', 'Jämtland County, Sweden')).to.equal('Jämtland County, Sweden');
    expect(placeLine('Sverige', 'Jämtlands län')).to.equal('Sverige · Jämtlands län');
    expect(placeLine('Islande', '')).to.equal('Islande');
  });

  it('accepts the five countries and the Faroe Islands', () => {
    expect([...CARD_COUNTRIES].sort()).to.deep.equal(['DK', 'FI', 'FO', 'IS', 'NO', 'SE']);
  });
});

describe('methods', () => {
  it('has a distinct, non-empty English label for every method', () => {
    const labels = CASE_METHODS.map((method) => withLocale('en', () => methodLabel(method)));
    expect(labels.every((label) => label.trim().length > 2)).to.equal(true);
    expect(new Set(labels).size).to.equal(CASE_METHODS.length);
    expect(CASE_METHODS).to.have.length(11);
  });

  it('answers in the rendering locale (translated or English, never empty)', async () => {
    await loadLocale('sv');
    for (const method of CASE_METHODS) {
      expect(withLocale('sv', () => methodLabel(method as CaseMethod))).to.be.a('string').and.not.equal('');
    }
  });

  it('parses space- and comma-separated tokens into known and unknown', () => {
    expect(isCaseMethod('mentoring')).to.equal(true);
    expect(isCaseMethod('magic')).to.equal(false);
    expect(parseTokens(' mentoring, Housing magic housing ', CASE_METHODS)).to.deep.equal({ known: ['mentoring', 'housing'], unknown: ['magic'] });
    expect(parseTokens('no se xx', CARD_COUNTRIES, (t) => t.toUpperCase())).to.deep.equal({ known: ['NO', 'SE'], unknown: ['xx'] });
    expect(parseTokens('', CASE_METHODS)).to.deep.equal({ known: [], unknown: [] });
  });
});
