// The allowed values the manifest lists (JSDoc @type unions in the elements, read by the
// configurator, the reference and editor tooling) are exactly the values the elements accept.
import { expect } from '@open-wc/testing';
import { MAP_ATTRIBUTES } from '../../src/elements/nordic-migration-map/attributes.js';
import { COUNTRY_INDICATORS } from '../../src/elements/nordic-migration-map/model.js';
import { BUILT_IN_INDICATORS } from '../../src/core/datasets/indicators.js';
import { CHART_ATTRIBUTES } from '../../src/elements/nordic-trend-chart/attributes.js';
import { MODES, SERIES_IDS } from '../../src/elements/nordic-trend-chart/trend-data.js';
import { FACT_IDS } from '../../src/elements/nordic-fact/facts.js';
import { COUNTRY_CODES, LANG_CODES } from '../../src/core/data-types.js';

interface Declaration {
  tagName?: string;
  attributes?: { name: string; type?: { text: string } }[];
}

describe('allowed values in custom-elements.json', () => {
  let declarations: Declaration[];
  before(async () => {
    const manifest = await (await fetch('/custom-elements.json')).json();
    declarations = manifest.modules.flatMap((module: { declarations?: Declaration[] }) => module.declarations ?? []);
  });
  const listed = (tag: string, attribute: string) => {
    const text = declarations.find((d) => d.tagName === tag)?.attributes?.find((a) => a.name === attribute)?.type?.text ?? '';
    return [...text.matchAll(/'([^']*)'|\b(\d+)\b/g)].map((m) => m[1] ?? m[2]).sort();
  };
  const sorted = (values: readonly (string | number)[]) => values.map(String).sort();

  it('<nordic-migration-map>', () => {
    for (const name of ['level', 'view', 'renderer', 'scheme', 'method', 'classes'] as const) {
      expect(listed('nordic-migration-map', name), name).to.deep.equal(sorted(MAP_ATTRIBUTES[name].accepted!));
    }
    expect(listed('nordic-migration-map', 'indicator')).to.deep.equal(sorted([...new Set([...BUILT_IN_INDICATORS, ...COUNTRY_INDICATORS])]));
  });

  it('<nordic-trend-chart>', () => {
    expect(listed('nordic-trend-chart', 'series')).to.deep.equal(sorted(SERIES_IDS));
    expect(listed('nordic-trend-chart', 'mode')).to.deep.equal(sorted(MODES));
    expect(listed('nordic-trend-chart', 'view')).to.deep.equal(sorted(CHART_ATTRIBUTES.view.accepted!));
  });

  it('<nordic-fact>, and every element\'s lang', () => {
    expect(listed('nordic-fact', 'fact')).to.deep.equal(sorted(FACT_IDS));
    expect(listed('nordic-fact', 'country')).to.deep.equal(sorted(['nordic', ...COUNTRY_CODES]));
    for (const declaration of declarations.filter((d) => d.tagName)) expect(listed(declaration.tagName!, 'lang'), declaration.tagName).to.deep.equal(sorted(LANG_CODES));
  });
});
