import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { LocalizedCaseStudiesFile } from '../../../src/core/data-types.js';
import type { CaseStudyCard } from '../../../src/elements/case-study-card/index.js';
import type { CaseStudyList } from '../../../src/elements/case-study-list/index.js';
import '../../../src/elements/case-study-list/index.js';

/** A stand-in with the public API of <nordic-migration-map> that the list relies on. */
class StandInMap extends HTMLElement {
  focused: string[] = [];
  focusMunicipality(id: string): void {
    this.focused.push(id);
  }
  choose(detail: Record<string, unknown>): void {
    this.dispatchEvent(new CustomEvent('nordic-select', { detail, bubbles: true, composed: true }));
  }
}
customElements.define('stand-in-map', StandInMap);

let en: LocalizedCaseStudiesFile;

function shownIds(list: CaseStudyList): string[] {
  return [...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')].map((card) => card.dataset['case']!);
}

async function rendered(list: CaseStudyList): Promise<void> {
  await waitUntil(() => list.shadowRoot?.querySelector('.count'), 'list did not render', { timeout: 8000 });
  await list.updateComplete;
}

async function settle(list: CaseStudyList): Promise<void> {
  await list.updateComplete;
  await Promise.all([...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')].map((card) => card.updateComplete));
}

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

const idsWhere = (test: (study: LocalizedCaseStudiesFile['cases'][number]) => boolean) => en.cases.filter(test).map((study) => study.id);

describe('<case-study-list>', () => {
  before(async () => {
    en = (await (await fetch(new URL('../../../data/case-studies/en.json', import.meta.url))).json()) as LocalizedCaseStudiesFile;
  });

  it('shows all 13 examples, each card with its name', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en"></case-study-list>`);
    await rendered(list);
    await settle(list);
    expect(en.cases).to.have.length(13);
    expect(shownIds(list)).to.deep.equal(en.cases.map((study) => study.id));
    const names = [...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')].map((card) =>
      card.shadowRoot!.querySelector('[part="heading"]')!.textContent!.trim(),
    );
    expect(names).to.deep.equal(en.cases.map((study) => study.name));
    expect(list.shadowRoot!.querySelector('.count')!.textContent).to.contain('13');
    // A real grid: more than one card per row at this width.
    const tops = [...list.shadowRoot!.querySelectorAll('.cards > li')].slice(0, 2).map((li) => li.getBoundingClientRect().top);
    expect(tops[0]).to.equal(tops[1]);
  });

  it('filters by country and method attributes', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en" country="NO SE"></case-study-list>`);
    await rendered(list);
    const bothCountries = idsWhere((s) => s.country === 'NO' || s.country === 'SE');
    expect(shownIds(list)).to.deep.equal(bothCountries);
    expect(bothCountries.length).to.be.within(1, 12);
    list.setAttribute('country', '');
    list.setAttribute('method', 'mentoring');
    await list.updateComplete;
    const mentoring = idsWhere((s) => s.methods.includes('mentoring'));
    expect(mentoring.length).to.be.greaterThan(0);
    expect(shownIds(list)).to.deep.equal(mentoring);
    list.setAttribute('country', 'SE');
    await list.updateComplete;
    expect(shownIds(list)).to.deep.equal(idsWhere((s) => s.country === 'SE' && s.methods.includes('mentoring')));
  });

  it('filters with chips a reader clicks, reflected to the attributes', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en"></case-study-list>`);
    await rendered(list);
    const chip = list.shadowRoot!.querySelector<HTMLButtonElement>('button[data-country="FI"]')!;
    expect(chip.textContent!.trim()).to.equal(new Intl.DisplayNames(['en'], { type: 'region' }).of('FI'));
    expect(chip.getAttribute('aria-pressed')).to.equal('false');
    chip.click();
    await list.updateComplete;
    expect(list.getAttribute('country')).to.equal('FI');
    expect(chip.getAttribute('aria-pressed')).to.equal('true');
    expect(shownIds(list)).to.deep.equal(idsWhere((s) => s.country === 'FI'));

    const methodChip = list.shadowRoot!.querySelector<HTMLButtonElement>('button[data-method="housing"]')!;
    methodChip.click();
    await list.updateComplete;
    expect(list.getAttribute('method')).to.equal('housing');
    expect(shownIds(list)).to.deep.equal(idsWhere((s) => s.country === 'FI' && s.methods.includes('housing')));

    chip.click();
    await list.updateComplete;
    expect(list.getAttribute('country')).to.equal('');
    expect(shownIds(list)).to.deep.equal(idsWhere((s) => s.methods.includes('housing')));
    // Only methods that some example uses get a chip.
    const methodChips = [...list.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[data-method]')].map((b) => b.dataset['method']);
    expect(methodChips.every((method) => en.cases.some((s) => s.methods.includes(method as never)))).to.equal(true);
  });

  it('searches names and texts, and says when nothing matches', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en"></case-study-list>`);
    await rendered(list);
    const target = en.cases.find((study) => study.name !== study.id)!;
    const input = list.shadowRoot!.querySelector<HTMLInputElement>('input[type="search"]')!;
    expect(list.shadowRoot!.querySelector(`label[for="${input.id}"]`)).to.exist;
    input.value = target.name.toUpperCase();
    input.dispatchEvent(new Event('input'));
    await list.updateComplete;
    expect(shownIds(list)).to.include(target.id);
    expect(shownIds(list).length).to.be.lessThan(en.cases.length);
    input.value = 'qqqzzzxxx';
    input.dispatchEvent(new Event('input'));
    await list.updateComplete;
    expect(shownIds(list)).to.deep.equal([]);
    expect(list.shadowRoot!.querySelector('.empty')).to.exist;
    list.shadowRoot!.querySelector<HTMLButtonElement>('.empty .clear')!.click();
    await list.updateComplete;
    expect(shownIds(list)).to.have.length(en.cases.length);
  });

  it('reports unknown filter values and layouts, and still filters by the known ones', async () => {
    const list = document.createElement('case-study-list') as CaseStudyList;
    list.lang = 'en';
    list.setAttribute('country', 'SE XX');
    const error = oneEvent(list, 'nordic-error');
    document.body.append(list);
    try {
      const event = await error;
      expect(event.detail.code).to.equal('invalid-attribute');
      expect(event.detail.attribute).to.equal('country');
      expect(event.detail.value).to.equal('XX');
      await rendered(list);
      expect(list.shadowRoot!.querySelector('[role="alert"]')!.textContent).to.contain('XX');
      expect(shownIds(list)).to.deep.equal(idsWhere((s) => s.country === 'SE'));
      const attributes: string[] = [];
      list.addEventListener('nordic-error', (e) => attributes.push(e.detail.attribute ?? ''));
      list.setAttribute('layout', 'carousel');
      await waitUntil(() => attributes.includes('layout'), 'no error for layout');
      expect(shownIds(list)).to.deep.equal(idsWhere((s) => s.country === 'SE'));
    } finally {
      list.remove();
    }
  });

  it('shows one column of compact cards with layout="list"', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en" layout="list"></case-study-list>`);
    await rendered(list);
    const cards = [...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')];
    expect(cards.every((card) => card.compact)).to.equal(true);
    const [a, b] = [...list.shadowRoot!.querySelectorAll('.cards > li')].map((li) => li.getBoundingClientRect());
    expect(b!.top).to.be.greaterThan(a!.top);
    expect(b!.left).to.equal(a!.left);
  });

  it('links to a map both ways through for="…"', async () => {
    const wrapper = await fixture<HTMLDivElement>(html`<div>
      <stand-in-map id="linked-map"></stand-in-map>
      <case-study-list lang="en" for="linked-map"></case-study-list>
    </div>`);
    const map = wrapper.querySelector<StandInMap>('stand-in-map')!;
    const list = wrapper.querySelector<CaseStudyList>('case-study-list')!;
    await rendered(list);
    await settle(list);
    const withPlace = en.cases.filter((study) => study.municipalityIds.length > 0);
    const first = withPlace[0]!;

    // list → map: activating a card focuses its municipality on the map.
    const card = list.cardFor(first.id)!;
    card.shadowRoot!.querySelector<HTMLElement>('article')!.click();
    expect(map.focused).to.deep.equal([first.municipalityIds[0]]);
    await list.updateComplete;
    expect(card.selected).to.equal(true);
    expect(list.selected).to.equal(first.id);

    // map → list: a selection on the map that belongs to a case scrolls to and focuses the card,
    // even when the list's filters hid it.
    const last = withPlace[withPlace.length - 1]!;
    list.setAttribute('country', en.cases.find((s) => s.country !== last.country)!.country);
    await list.updateComplete;
    expect(shownIds(list)).to.not.include(last.id);
    map.choose({ id: last.municipalityIds[0], caseId: last.id });
    await waitUntil(() => list.shadowRoot!.activeElement?.getAttribute('data-case') === last.id, 'the case did not get focus', { timeout: 8000 });
    const lastCard = list.cardFor(last.id)!;
    expect(lastCard.shadowRoot!.activeElement?.localName).to.equal('article');
    expect(lastCard.selected).to.equal(true);
    const box = lastCard.getBoundingClientRect();
    await waitUntil(() => lastCard.getBoundingClientRect().top < innerHeight && lastCard.getBoundingClientRect().bottom > 0, `card not scrolled into view (${box.top})`, { timeout: 8000 });

    // Selections without a case, or from other elements, move nothing.
    (document.activeElement as HTMLElement | null)?.blur();
    map.choose({ id: 'SE-0000' });
    const other = document.createElement('stand-in-map') as StandInMap;
    wrapper.append(other);
    other.choose({ caseId: first.id });
    await list.updateComplete;
    expect(list.selected).to.equal(last.id);
    expect(map.focused).to.have.length(1);
  });

  it('works alone without for, and with a for that names nothing', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en" for="no-such-map"></case-study-list>`);
    await rendered(list);
    await settle(list);
    const seen = oneEvent(list, 'nordic-select');
    list.shadowRoot!.querySelector<CaseStudyCard>('case-study-card')!.shadowRoot!.querySelector<HTMLElement>('article')!.click();
    const event = await seen;
    expect(event.detail.caseId).to.equal(en.cases[0]!.id);
    expect(await list.showCase('not-a-case')).to.equal(false);
  });
  it('shows each card short (first sentence, key outcome) until its Read more, an accessible disclosure', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en"></case-study-list>`);
    await rendered(list);
    await settle(list);
    const cards = [...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')];
    const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' });
    for (const card of cards) {
      const study = en.cases.find((s) => s.id === card.dataset['case'])!;
      const root = card.shadowRoot!;
      const first = [...segmenter.segment(study.summary)][0]!.segment.trim();
      expect(first.length, study.id).to.be.lessThan(study.summary.length);
      expect(text(root.querySelector('.summary')), study.id).to.equal(first);
      expect(root.querySelectorAll('[part="figure"]').length, study.id).to.equal(Math.min(1, study.outcomes.length));
      expect(root.querySelector('[part="sources"]'), study.id).to.equal(null);
      const more = root.querySelector<HTMLButtonElement>('button[part="more"]')!;
      expect(text(more)).to.equal('Read more');
      expect(more.getAttribute('aria-expanded')).to.equal('false');
      expect(root.getElementById(more.getAttribute('aria-controls')!)).to.equal(root.querySelector('article'));
    }
    const card = cards[0]!;
    const study = en.cases.find((s) => s.id === card.dataset['case'])!;
    const selections: unknown[] = [];
    list.addEventListener('nordic-select', (event) => selections.push(event));
    const more = card.shadowRoot!.querySelector<HTMLButtonElement>('button[part="more"]')!;
    more.click();
    await card.updateComplete;
    expect(selections, 'the button does not select the card').to.have.length(0);
    expect(more.getAttribute('aria-expanded')).to.equal('true');
    expect(text(more)).to.equal('Show less');
    expect(text(card.shadowRoot!.querySelector('.summary'))).to.equal(text({ textContent: study.summary } as Element));
    expect(card.shadowRoot!.querySelectorAll('[part="figure"]')).to.have.length(study.outcomes.length);
    expect(card.shadowRoot!.querySelector('[part="sources"]')).to.exist;
    more.click();
    await card.updateComplete;
    expect(more.getAttribute('aria-expanded')).to.equal('false');
  });

  it('gives the cards the heading level below the list\'s', async () => {
    const levels = (list: CaseStudyList) =>
      [...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')].map((card) => card.shadowRoot!.querySelector('[part="heading"]')!.getAttribute('aria-level'));
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en" heading="Examples" heading-level="3"></case-study-list>`);
    await rendered(list);
    await settle(list);
    const heading = list.shadowRoot!.querySelector('[part="heading"]')!;
    expect(heading.getAttribute('role')).to.equal('heading');
    expect(heading.getAttribute('aria-level')).to.equal('3');
    expect(new Set(levels(list))).to.deep.equal(new Set(['4']));
    list.headingLevel = 2;
    await settle(list);
    expect(heading.getAttribute('aria-level')).to.equal('2');
    expect(new Set(levels(list))).to.deep.equal(new Set(['3']));
  });

  it('groups the method chips by the theme conclusion they belong to', async () => {
    const list = await fixture<CaseStudyList>(html`<case-study-list lang="en"></case-study-list>`);
    await rendered(list);
    const groups = [...list.shadowRoot!.querySelectorAll<HTMLElement>('[role="group"][data-conclusion]')];
    expect(groups.map((group) => group.dataset['conclusion'])).to.deep.equal(['1', '2', '3']);
    const of = (n: string) => [...groups.find((g) => g.dataset['conclusion'] === n)!.querySelectorAll<HTMLElement>('[data-method]')].map((chip) => chip.dataset['method']);
    expect(of('1')).to.deep.equal(['leadership']);
    expect(of('2')).to.deep.equal(['housing']);
    expect(of('3')).to.not.include.members(['leadership', 'housing']);
    expect(of('3').length).to.be.greaterThan(5);
    expect(text(list.shadowRoot!.getElementById(groups[1]!.getAttribute('aria-labelledby')!))).to.equal('A permanent home nearby');
  });
});
