import { expect } from '@open-wc/testing';
import { JENKS_SAMPLE, RATIO_BOUNDS, SCHEMES, SCHEME_NAMES, classBreaks, classIndex, parseClasses, ratioClasses, schemeColors } from '../../../src/elements/nordic-migration-map/classify.js';

const hex = (color: string) => [1, 3, 5].map((i) => parseInt(color.slice(i, i + 2), 16));
const distance = (a: string, b: string) => Math.hypot(...hex(a).map((v, i) => v - hex(b)[i]!));

describe('classify', () => {
  const values = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, null, 11, 12];

  it('quantile breaks put about the same number of values in each class', () => {
    const breaks = classBreaks(values, 4, 'quantile');
    expect(breaks).to.have.length(5);
    expect(breaks[0]).to.equal(1);
    expect(breaks[4]).to.equal(12);
    const counts = [0, 0, 0, 0];
    for (const v of values) if (v !== null) counts[classIndex(v, breaks)]!++;
    expect(counts).to.deep.equal([3, 3, 3, 3]);
  });

  it('equal intervals split the range evenly', () => {
    expect(classBreaks([0, 10, 5, 2], 5, 'equal')).to.deep.equal([0, 2, 4, 6, 8, 10]);
  });

  it('jenks finds the natural gaps', () => {
    const breaks = classBreaks([1, 1.2, 1.1, 5, 5.3, 5.1, 10, 10.4, 9.9], 3, 'jenks');
    expect(breaks).to.deep.equal([1, 5, 9.9, 10.4]);
    expect(classIndex(1.2, breaks)).to.equal(0);
    expect(classIndex(5.3, breaks)).to.equal(1);
    expect(classIndex(10.4, breaks)).to.equal(2);
  });

  it('jenks on many values (all years of a map) works from a sample and still finds the gaps', () => {
    // Three clusters, 3,000 values each: far more than the exact method is run on.
    const clustered = [1, 5, 10].flatMap((centre) => Array.from({ length: 3000 }, (_, i) => centre + (i % 100) / 1000));
    expect(clustered.length).to.be.greaterThan(JENKS_SAMPLE);
    const breaks = classBreaks(clustered, 3, 'jenks');
    expect(breaks).to.have.length(4);
    expect(breaks[0]).to.equal(1);
    expect(breaks[3]).to.equal(10.099);
    expect(breaks[1]).to.be.within(1.099, 5);
    expect(breaks[2]).to.be.within(5.099, 10);
    for (const [value, cls] of [[1.05, 0], [5.05, 1], [10.05, 2]] as const) expect(classIndex(value, breaks)).to.equal(cls);
  });

  it('gives fewer classes for ties and handles missing and constant values', () => {
    const tied = [3, 3, 3, 3, 3, 3, 4];
    const breaks = classBreaks(tied, 5, 'quantile');
    expect(breaks.length - 1, 'fewer classes than asked').to.be.lessThan(5);
    breaks.slice(1).forEach((b, i) => expect(b).to.be.greaterThan(breaks[i]!));
    const used = new Set(tied.map((v) => classIndex(v, breaks)));
    expect(used.size, 'no empty class').to.equal(breaks.length - 1);
    expect(classBreaks([7, 7], 5, 'quantile')).to.deep.equal([7, 7]);
    expect(classBreaks([null, undefined], 5, 'quantile')).to.deep.equal([]);
    expect(classIndex(null, [1, 2, 3])).to.equal(-1);
    expect(classIndex(3, [1, 2, 3])).to.equal(1);
    expect(classIndex(0, [1, 2, 3])).to.equal(0);
  });

  it('accepts 3 to 9 classes', () => {
    expect(parseClasses('5')).to.equal(5);
    expect(parseClasses(9)).to.equal(9);
    expect(parseClasses('2')).to.equal(undefined);
    expect(parseClasses('10')).to.equal(undefined);
    expect(parseClasses('five')).to.equal(undefined);
    expect(parseClasses(4.5)).to.equal(undefined);
  });

  it('picks distinct colours, light to dark, for every class count', () => {
    for (const name of SCHEME_NAMES) {
      for (let n = 3; n <= 9; n++) {
        const colors = schemeColors(name, n);
        expect(colors, `${name} ${n}`).to.have.length(n);
        expect(new Set(colors).size, `${name} ${n} distinct`).to.equal(n);
      }
      expect(schemeColors(name, 9)).to.deep.equal([...SCHEMES[name]]);
    }
  });

  it('keeps the no-data grey distinct from every class colour (light and dark defaults)', () => {
    for (const noData of ['#9e9e9e', '#6b6b6b']) {
      for (const name of SCHEME_NAMES) for (const color of SCHEMES[name]) expect(distance(noData, color), `${noData} vs ${color}`).to.be.greaterThan(40);
    }
  });

  it('gives ratios to the country fixed classes around 1, each class keeping its colour', () => {
    const all = ratioClasses([0.3, 0.9, 1.1, 3.2, null]);
    expect(all.breaks).to.deep.equal([0.3, ...RATIO_BOUNDS, 3.2]);
    expect(all.colors).to.have.length(5);
    // The middle class holds 1.00 ("as the country") and is the ramp's neutral middle.
    expect(classIndex(1, all.breaks)).to.equal(2);
    // Values that reach only part of the range: the classes they reach, with the same colours.
    const part = ratioClasses([0.9, 1.1, 1.6]);
    expect(part.breaks).to.deep.equal([0.9, 1.25, 1.6]);
    expect(part.colors).to.deep.equal([all.colors[2], all.colors[3]]);
    const low = ratioClasses([0.1, 0.4]);
    expect(low.colors).to.deep.equal([all.colors[0]]);
    expect(ratioClasses([])).to.deep.equal({ breaks: [], colors: [] });
    expect(ratioClasses([2, 2]).colors).to.deep.equal([all.colors[3]]);
  });
});
