import { expect } from '@open-wc/testing';
import type { CaseMethod, LocalizedCaseStudy } from '../../../src/core/data-types.js';
import { filterCases, foldText, searchWords, searchableText, toggleToken } from '../../../src/elements/case-study-list/filter.js';

// Synthetic records: pure filtering logic, no figures.
const make = (id: string, country: LocalizedCaseStudy['country'], methods: CaseMethod[], summary = ''): LocalizedCaseStudy => ({
  id,
  name: id[0]!.toUpperCase() + id.slice(1),
  country,
  municipalityIds: [],
  region: `Region of ${id}`,
  summary,
  methods,
  outcomes: [],
  sources: [],
  fallback: [],
});

const cases = [
  make('alpha', 'NO', ['mentoring', 'housing'], 'A library became the meeting place.'),
  make('bravo', 'SE', ['housing']),
  make('charlie', 'SE', ['language'], 'Ísafjarðarbær-like letters: Åre, Närpes'),
  make('delta', 'FO', ['civil-society']),
];
const label = (method: CaseMethod) => `label ${method}`;
const text = (study: LocalizedCaseStudy) => searchableText(study, (code) => `country ${code}`, label);
const ids = (filter: Parameters<typeof filterCases>[1]) => filterCases(cases, filter, text).map((c) => c.id);

describe('case filter', () => {
  it('shows everything without filters', () => {
    expect(ids({ countries: [], methods: [], query: '' })).to.deep.equal(['alpha', 'bravo', 'charlie', 'delta']);
  });

  it('filters by any of the countries', () => {
    expect(ids({ countries: ['SE'], methods: [], query: '' })).to.deep.equal(['bravo', 'charlie']);
    expect(ids({ countries: ['NO', 'FO'], methods: [], query: '' })).to.deep.equal(['alpha', 'delta']);
  });

  it('filters by any of the methods, and combines with countries', () => {
    expect(ids({ countries: [], methods: ['housing'], query: '' })).to.deep.equal(['alpha', 'bravo']);
    expect(ids({ countries: ['SE'], methods: ['housing'], query: '' })).to.deep.equal(['bravo']);
    expect(ids({ countries: ['DK'], methods: [], query: '' })).to.deep.equal([]);
  });

  it('searches every word, ignoring case and diacritics, in texts, country names and method labels', () => {
    expect(ids({ countries: [], methods: [], query: 'LIBRARY meeting' })).to.deep.equal(['alpha']);
    expect(ids({ countries: [], methods: [], query: 'library nothing' })).to.deep.equal([]);
    expect(ids({ countries: [], methods: [], query: 'isafjardarbaer' })).to.deep.equal(['charlie']);
    expect(ids({ countries: [], methods: [], query: 'narpes are' })).to.deep.equal(['charlie']);
    expect(ids({ countries: [], methods: [], query: 'country FO' })).to.deep.equal(['delta']);
    expect(ids({ countries: [], methods: [], query: 'label mentoring' })).to.deep.equal(['alpha']);
  });

  it('folds Nordic letters', () => {
    expect(foldText('Ísafjarðarbær Þórshöfn Øre Åre')).to.equal('isafjardarbaer thorshofn ore are');
    expect(searchWords('  Åre,  Krokom! ')).to.deep.equal(['are', 'krokom']);
  });

  it('toggles tokens in a fixed order', () => {
    const order = ['DK', 'FI', 'IS', 'NO', 'SE'];
    expect(toggleToken([], 'SE', order)).to.deep.equal(['SE']);
    expect(toggleToken(['SE'], 'NO', order)).to.deep.equal(['NO', 'SE']);
    expect(toggleToken(['NO', 'SE'], 'SE', order)).to.deep.equal(['NO']);
  });
});
