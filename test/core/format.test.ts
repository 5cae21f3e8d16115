import { expect } from '@open-wc/testing';
import { formatCount, formatPercent } from '../../src/core/format.js';
import { formatValue, formatList } from '../../src/core/format-figures.js';
import { formatPeriod } from '../../src/core/period.js';

// Intl output is the reference: the test checks we pass the right locale and options,
// and the decimal and grouping characters each language uses.
describe('format', () => {
  it('writes percentages with one decimal in the locale style', () => {
    expect(formatPercent(8.14, 'sv').replace(/\s/g, ' ')).to.equal('8,1 %');
    expect(formatPercent(8.14, 'en')).to.equal('8.1%');
    expect(formatPercent(8.16, 'fi').replace(/\s/g, ' ')).to.equal('8,2 %');
  });

  it('groups thousands', () => {
    expect(formatCount(1877050, 'en')).to.equal('1,877,050');
    expect(formatCount(1877050, 'sv').replace(/\s/g, ' ')).to.equal('1 877 050');
    expect(formatCount(1877050, 'da')).to.equal('1.877.050');
  });

  it('formats by unit', () => {
    expect(formatValue(3.456, 'per-1000', 'en')).to.equal('3.5');
    expect(formatValue(830, 'persons', 'en')).to.equal('830');
    expect(formatValue(12.34, 'percent', 'en')).to.equal('12.3%');
  });

  it('joins lists', () => {
    expect(formatList(['Denmark', 'Iceland'], 'en')).to.equal('Denmark and Iceland');
    expect(formatList(['Danmark', 'Island'], 'sv')).to.equal('Danmark och Island');
  });

  it('names when a figure refers to: a year for flows, the day of a stock, the month of a survey', () => {
    expect(formatPeriod(2022, 'year', 'en')).to.deep.equal({ text: '2022', kind: 'year' });
    expect(formatPeriod(2022, undefined, 'sv')).to.deep.equal({ text: '2022', kind: 'year' });
    expect(formatPeriod(2022, '12-31', 'en')).to.deep.equal({ text: '31 December 2022', kind: 'date' });
    expect(formatPeriod(2026, '01-01', 'sv')).to.deep.equal({ text: '1 januari 2026', kind: 'date' });
    expect(formatPeriod(2026, '01-01', 'da').text).to.equal('1. januar 2026');
    expect(formatPeriod(2022, '11', 'nb')).to.deep.equal({ text: 'november 2022', kind: 'month' });
    expect(formatPeriod(2022, '11', 'en').text).to.equal('November 2022');
    // Chromium has no Icelandic dates: our own month names, never a stand-in language's.
    expect(formatPeriod(2026, '01-01', 'is')).to.deep.equal({ text: '1. janúar 2026', kind: 'date' });
    expect(formatPeriod(2022, '11', 'is').text).to.equal('nóvember 2022');
    // A quarter (a register count whose month the source does not state) in each language.
    expect(formatPeriod(2014, 'Q4', 'en')).to.deep.equal({ text: 'Q4 2014', kind: 'quarter' });
    expect(formatPeriod(2014, 'Q4', 'nb').text).to.equal('4. kvartal 2014');
    expect(formatPeriod(2014, 'Q4', 'is').text).to.equal('4. ársfjórðungur 2014');
    expect(formatPeriod(2014, 'Q5', 'en')).to.deep.equal({ text: '2014', kind: 'year' });
    // A malformed reference is shown as the plain year, never as a made-up date.
    expect(formatPeriod(2022, '31-12-2022', 'en')).to.deep.equal({ text: '2022', kind: 'year' });
  });

  it('writes a ratio to its country with two decimals', () => {
    expect(formatValue(1.456, 'ratio', 'en')).to.equal('1.46');
    expect(formatValue(0.5, 'ratio', 'fi')).to.equal('0,50');
  });
});
