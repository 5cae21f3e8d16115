import { expect } from '@open-wc/testing';
import { formatCount, formatPercent, formatValue, formatList } from '../../src/core/format.js';

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
});
