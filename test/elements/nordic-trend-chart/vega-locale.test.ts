import { expect } from '@open-wc/testing';
import { vegaNumberLocale } from '../../../src/elements/nordic-trend-chart/vega-locale.js';
import { formatDecimal } from '../../../src/core/format-figures.js';

// The axis locale must punctuate as the widget's own text does (format.ts), in every language.
describe('vegaNumberLocale', () => {
  it('takes decimal, grouping and minus signs from the same formatter as the text', () => {
    for (const lang of ['en', 'sv', 'nb', 'da', 'fi', 'is'] as const) {
      const locale = vegaNumberLocale(lang);
      const text = formatDecimal(-1234567.5, lang);
      expect(text, lang).to.equal(`${locale.minus}1${locale.thousands}234${locale.thousands}567${locale.decimal}5`);
    }
  });

  it('writes Swedish and Icelandic numbers their way, not in English', () => {
    expect(vegaNumberLocale('sv')).to.include({ decimal: ',', thousands: '\u00a0', minus: '\u2212' });
    expect(vegaNumberLocale('is')).to.include({ decimal: ',', thousands: '.' });
    expect(vegaNumberLocale('en')).to.include({ decimal: '.', thousands: ',', minus: '-' });
  });
});
