import { expect } from '@open-wc/testing';
import { acceptedValues, choice, custom, integer, readAttributes, text } from '../../src/core/attributes.js';
import { MAP_ATTRIBUTES, readMapAttributes } from '../../src/elements/nordic-migration-map/attributes.js';
import { readChartAttributes } from '../../src/elements/nordic-trend-chart/attributes.js';

describe('attribute reader', () => {
  const declaration = {
    size: choice(['small', 'large'] as const, 'small'),
    tone: choice(['warm', 'cold'] as const, 'warm', { unsetIsDefault: true }),
    count: integer(3, 5, 4, { unsetIsDefault: true }),
    label: text('none'),
    echo: custom<string>((_raw, _attribute, config) => ({ value: `${String(config['size'])}/${String(config['count'])}` })),
  };

  it('reads valid values, trimmed and lower-cased, into a typed configuration', () => {
    const { config, problems } = readAttributes(declaration, { size: ' LARGE ', tone: 'cold', count: '5', label: 'x' });
    expect(config).to.deep.equal({ size: 'large', tone: 'cold', count: 5, label: 'x', echo: 'large/5' });
    expect(problems).to.deep.equal([]);
  });

  it('unset means the default where declared so, and is refused elsewhere', () => {
    const { config, problems } = readAttributes(declaration, { size: null });
    expect(config).to.deep.equal({ size: 'small', tone: 'warm', count: 4, label: 'none', echo: 'small/4' });
    expect(problems).to.deep.equal([{ code: 'invalid-attribute', attribute: 'size', value: 'null', accepted: ['small', 'large'] }]);
  });

  it('refuses bad values in declaration order, naming the value and what is accepted', () => {
    const { config, problems } = readAttributes(declaration, { size: 'huge', tone: 'hot', count: 9 });
    expect(config.size).to.equal('small');
    expect(config.count).to.equal(4);
    expect(problems.map((p) => [p.attribute, p.value])).to.deep.equal([['size', 'huge'], ['tone', 'hot'], ['count', '9']]);
    expect(problems[2]!.accepted).to.deep.equal(['3', '4', '5']);
  });

  it('exact choices compare as written', () => {
    const exact = { mode: choice(['a', 'b'] as const, 'a', { exact: true }) };
    expect(readAttributes(exact, { mode: 'B' }).problems).to.have.length(1);
    expect(readAttributes(exact, { mode: 'b' }).config.mode).to.equal('b');
  });

  it('lists the accepted values of a declaration', () => {
    expect(acceptedValues(declaration)).to.deep.equal({ size: ['small', 'large'], tone: ['warm', 'cold'], count: ['3', '4', '5'] });
  });
});

describe('map attributes', () => {
  const defaults = { level: 'municipality', view: 'map', renderer: 'svg', countries: '', src: '', indicator: undefined };

  it('defaults: every country, the ratio indicator, quantile classes on ylgnbu', () => {
    const { config, problems } = readMapAttributes(defaults);
    expect(problems).to.deep.equal([]);
    expect(config).to.deep.include({ level: 'municipality', scheme: 'ylgnbu', method: 'quantile', classes: 5, indicator: 'foreign-share-vs-national' });
    expect(config.countries).to.deep.equal(['DK', 'FI', 'IS', 'NO', 'SE']);
  });

  it('the country level has its own indicators and default', () => {
    expect(readMapAttributes({ ...defaults, level: 'country' }).config.indicator).to.equal('net-migration-per-1000');
    const { config, problems } = readMapAttributes({ ...defaults, level: 'country', indicator: 'foreign-born-share' });
    expect(config.indicator).to.equal('net-migration-per-1000');
    expect(problems).to.deep.equal([{ code: 'invalid-attribute', attribute: 'indicator', value: 'foreign-born-share', accepted: ['net-migration-per-1000', 'refugees-per-1000', 'population-change'] }]);
  });

  it('an unknown indicator is refused unless a partner file is given', () => {
    expect(readMapAttributes({ ...defaults, indicator: 'nope' }).problems[0]).to.deep.include({ code: 'unknown-id', attribute: 'indicator', value: 'nope' });
    expect(readMapAttributes({ ...defaults, indicator: 'nope', src: 'x.json' }).problems).to.deep.equal([]);
  });

  it('reports each bad value once, in the order the map always has', () => {
    const { problems } = readMapAttributes({ level: 'region', view: 'chart', renderer: 'webgl', scheme: 'rainbow', method: 'mean', classes: 12, countries: 'SE XX', src: '', indicator: undefined });
    expect(problems.map((p) => `${p.code} ${p.attribute} ${p.value}`)).to.deep.equal([
      'invalid-attribute level region',
      'invalid-attribute view chart',
      'invalid-attribute renderer webgl',
      'invalid-attribute scheme rainbow',
      'invalid-attribute method mean',
      'invalid-attribute classes 12',
      'unknown-id countries XX',
    ]);
  });

  it('lists what each attribute accepts', () => {
    const accepted = acceptedValues(MAP_ATTRIBUTES);
    expect(accepted['level']).to.deep.equal(['municipality', 'country']);
    expect(accepted['classes']).to.deep.equal(['3', '4', '5', '6', '7', '8', '9']);
  });
});

describe('chart attributes', () => {
  it('defaults: population, absolute, the five countries', () => {
    const { config, problems } = readChartAttributes({ series: 'population', mode: 'absolute', view: 'chart', countries: '' });
    expect(problems).to.deep.equal([]);
    expect(config).to.deep.equal({ series: 'population', mode: 'absolute', view: 'chart', countries: ['DK', 'FI', 'IS', 'NO', 'SE'] });
  });

  it('the accepted modes follow the series; series and view compare as written', () => {
    const { config, problems } = readChartAttributes({ series: 'Population', mode: 'squares', view: 'TABLE', countries: 'SE nordic xx' });
    expect(config.series).to.equal('population');
    expect(config.mode).to.equal('absolute');
    expect(config.countries).to.deep.equal(['SE', 'NORDIC']);
    expect(problems.map((p) => `${p.code} ${p.attribute} ${p.value}`)).to.deep.equal([
      'invalid-attribute series Population',
      'invalid-attribute mode squares',
      'invalid-attribute view TABLE',
      'unknown-id countries xx',
    ]);
  });
});
