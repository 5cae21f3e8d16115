// The two-way link with the real <nordic-migration-map> (the stand-in test in
// case-study-list.test.ts covers the same API without Vega and geometry).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { LocalizedCaseStudiesFile } from '../../../src/core/data-types.js';
import type { CaseStudyList } from '../../../src/elements/case-study-list/index.js';
import type { NordicMigrationMap } from '../../../src/elements/nordic-migration-map/index.js';
import '../../../src/elements/case-study-list/index.js';
import '../../../src/elements/nordic-migration-map/index.js';

describe('<case-study-list for> with the real <nordic-migration-map>', () => {
  it('focuses the case municipality on the map, and the map scrolls to and focuses the case', async () => {
    const en = (await (await fetch(new URL('../../../data/case-studies/en.json', import.meta.url))).json()) as LocalizedCaseStudiesFile;
    const swedish = en.cases.filter((study) => study.country === 'SE' && study.municipalityIds.length);
    expect(swedish.length).to.be.greaterThan(1);
    const [first, second] = swedish as [LocalizedCaseStudiesFile['cases'][number], LocalizedCaseStudiesFile['cases'][number]];

    const wrapper = await fixture<HTMLDivElement>(html`<div lang="en">
      <nordic-migration-map id="cases-map" style="width: 800px" highlight="case-studies"></nordic-migration-map>
      <case-study-list for="cases-map" layout="list"></case-study-list>
    </div>`);
    const map = wrapper.querySelector<NordicMigrationMap>('nordic-migration-map')!;
    const list = wrapper.querySelector<CaseStudyList>('case-study-list')!;
    await waitUntil(() => map.shadowRoot?.querySelector('.canvas svg path, .canvas canvas:not([data-areas])'), 'the map did not draw', { timeout: 20000 });
    await waitUntil(() => list.cardFor(first.id)?.shadowRoot?.querySelector('article'), 'the list did not render', { timeout: 8000 });

    // list → map
    list.cardFor(first.id)!.shadowRoot!.querySelector<HTMLElement>('article')!.click();
    await waitUntil(() => map.shadowRoot!.activeElement === map.shadowRoot!.querySelector('.frame'), 'the map did not take focus', { timeout: 5000 });
    expect(map.shadowRoot!.querySelector('.live')!.textContent).to.contain(first.name);

    // map → list: choosing a case's municipality on the map (Enter) focuses that case, even when
    // the list's filters hid it.
    list.setAttribute('country', 'NO');
    await list.updateComplete;
    expect(list.cardFor(second.id)).to.equal(null);
    map.focusMunicipality(second.municipalityIds[0]!);
    map.shadowRoot!.querySelector('.frame')!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
    await waitUntil(() => !!list.cardFor(second.id) && list.shadowRoot!.activeElement === list.cardFor(second.id), 'the case did not get focus', { timeout: 5000 });
    expect(list.selected).to.equal(second.id);
    const card = list.cardFor(second.id)!;
    expect(card.shadowRoot!.activeElement?.localName).to.equal('article');
  });
});
