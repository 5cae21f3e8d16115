import { expect } from '@open-wc/testing';
import { parseCountries, parseYear, resolvePeriod } from '../../../src/elements/nordic-trend-chart/period.js';

describe('trend attribute parsing', () => {
  it('reads country lists, nordic and mixed case, and reports unknown tokens', () => {
    expect(parseCountries('se no', ['NORDIC']).keys).to.deep.equal(['SE', 'NO']);
    expect(parseCountries('nordic, SE SE', ['DK']).keys).to.deep.equal(['NORDIC', 'SE']);
    expect(parseCountries('', ['DK', 'FI']).keys).to.deep.equal(['DK', 'FI']);
    const bad = parseCountries('SE XX', ['DK']);
    expect(bad.keys).to.deep.equal(['SE']);
    expect(bad.problems).to.have.length(1);
    expect(bad.problems[0]).to.deep.include({ code: 'unknown-id', attribute: 'countries', value: 'XX' });
    expect(bad.problems[0]!.accepted).to.include('nordic');
    expect(parseCountries('XX', ['DK']).keys, 'nothing valid: the fallback').to.deep.equal(['DK']);
  });

  it('reads years', () => {
    expect(parseYear('1990')).to.equal(1990);
    expect(parseYear(' 2016 ')).to.equal(2016);
    expect(parseYear('')).to.equal(undefined);
    expect(parseYear('soon')).to.be.NaN;
    expect(parseYear('19900')).to.be.NaN;
  });

  const allowed = { from: 1990, to: 2024 };
  it('uses the default period for empty attributes', () => {
    expect(resolvePeriod('', null, allowed, { from: 1995, to: 2020 })).to.deep.equal({ from: 1995, to: 2020, problems: [] });
    expect(resolvePeriod('2000', '2010', allowed, allowed)).to.deep.equal({ from: 2000, to: 2010, problems: [] });
  });

  it('reports a year outside the data and uses the nearest one', () => {
    const result = resolvePeriod('1980', '2030', allowed, allowed);
    expect([result.from, result.to]).to.deep.equal([1990, 2024]);
    expect(result.problems.map((p) => [p.attribute, p.value, p.accepted])).to.deep.equal([
      ['from', '1980', ['1990–2024']],
      ['to', '2030', ['1990–2024']],
    ]);
  });

  it('reports a non-year and from after to', () => {
    expect(resolvePeriod('abc', '', allowed, allowed).problems[0]).to.deep.include({ code: 'invalid-attribute', attribute: 'from', value: 'abc' });
    const reversed = resolvePeriod('2020', '2000', allowed, { from: 1990, to: 2024 });
    expect([reversed.from, reversed.to]).to.deep.equal([1990, 2024]);
    expect(reversed.problems[0]).to.deep.include({ attribute: 'from', value: '2020' });
    expect(reversed.problems[0]!.accepted).to.deep.equal(['1990–2000']);
    expect(resolvePeriod('2000', '2000', allowed, allowed).problems).to.deep.equal([]);
    expect(resolvePeriod('2000', '2000', allowed, allowed, true).problems[0]!.accepted).to.deep.equal(['1990–1999']);
  });
});
