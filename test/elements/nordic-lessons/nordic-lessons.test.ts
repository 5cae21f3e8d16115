import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { CaseMethod, LocalizedCaseStudiesFile } from '../../../src/core/data-types.js';
import type { CaseStudyCard } from '../../../src/elements/case-study-card/index.js';
import type { CaseStudyList } from '../../../src/elements/case-study-list/index.js';
import type { NordicLessons } from '../../../src/elements/nordic-lessons/index.js';
import '../../../src/elements/case-study-list/index.js';
import '../../../src/elements/nordic-lessons/index.js';

/** The mapping the issue asks for, written out here so the test does not trust the module's. */
const EXPECTED: Record<1 | 2 | 3, CaseMethod[]> = {
  1: ['leadership'],
  2: ['housing'],
  3: ['coordinator', 'mentoring', 'language', 'work-practice', 'business-cooperation', 'civil-society', 'regional-cooperation', 'education', 'welcome-service'],
};

let en: LocalizedCaseStudiesFile;
const idsFor = (n: 1 | 2 | 3) => en.cases.filter((study) => study.methods.some((m) => EXPECTED[n].includes(m))).map((study) => study.id);

const text = (element: Element | null | undefined) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

async function lessons(template: ReturnType<typeof html>): Promise<NordicLessons> {
  const element = await fixture<NordicLessons>(template);
  await waitUntil(() => element.shadowRoot?.querySelectorAll('button[part="button"]').length === 3, 'no buttons', { timeout: 8000 });
  await element.updateComplete;
  return element;
}

describe('<nordic-lessons>', () => {
  before(async () => {
    en = (await (await fetch(new URL('../../../data/case-studies/en.json', import.meta.url))).json()) as LocalizedCaseStudiesFile;
  });

  it('states the three conclusions as a list with headings, each with the number of its examples, and cites the theme page', async () => {
    const element = await lessons(html`<nordic-lessons lang="en"></nordic-lessons>`);
    const root = element.shadowRoot!;
    expect(root.querySelector('[part="heading"]')!.getAttribute('aria-level')).to.equal('2');
    const items = [...root.querySelectorAll('ol > li[part="lesson"]')];
    expect(items).to.have.length(3);
    const names = items.map((item) => text(item.querySelector('[role="heading"]')));
    expect(names).to.deep.equal(['Leadership that sees growth', 'A permanent home nearby', 'Working together']);
    items.forEach((item) => expect(item.querySelector('[role="heading"]')!.getAttribute('aria-level')).to.equal('3'));
    expect(text(items[0]!.querySelector('.text'))).to.match(/growth/).and.match(/social services/);
    expect(text(items[1]!.querySelector('.text'))).to.match(/home/).and.match(/asylum/);
    expect(text(items[2]!.querySelector('.text'))).to.match(/coordinator/).and.match(/mentors/);
    ([1, 2, 3] as const).forEach((n, index) => {
      const count = idsFor(n).length;
      expect(count, `conclusion ${n}`).to.be.greaterThan(0);
      expect(text(items[index]!.querySelector('button'))).to.equal(`Show ${count} learning examples`);
    });
    const link = root.querySelector<HTMLAnchorElement>('[part="source"] a')!;
    expect(link.href).to.equal('http://www.nsh.se/en/nordic-integration/Current-theme/Current-Theme/');
    expect(text(link)).to.equal('New arrivals as a resource for the rural area');
    expect(text(root.querySelector('[part="source"]'))).to.contain('Nordic Welfare Centre').and.contain('2017');
  });

  it('speaks Finnish, with the same counts', async () => {
    const element = await lessons(html`<nordic-lessons lang="fi"></nordic-lessons>`);
    const root = element.shadowRoot!;
    const items = [...root.querySelectorAll('li[part="lesson"]')];
    expect(text(items[0]!.querySelector('[role="heading"]'))).to.equal('Kasvua näkevä johto');
    expect(text(items[1]!.querySelector('.text'))).to.contain('turvapaikanhakijoina');
    expect(text(root.querySelector('[part="heading"]'))).to.equal('Miksi tulijat jäävät: kolme johtopäätöstä');
    ([1, 2, 3] as const).forEach((n, index) => {
      expect(text(items[index]!.querySelector('button'))).to.equal(`Näytä ${idsFor(n).length} esimerkkiä`);
    });
  });

  it('emits nordic-select with the conclusion and its methods on click and on Enter', async () => {
    const element = await lessons(html`<nordic-lessons lang="en"></nordic-lessons>`);
    const buttons = [...element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="button"]')];
    setTimeout(() => buttons[1]!.click());
    const clicked = await oneEvent(element, 'nordic-select');
    expect(clicked.detail).to.deep.equal({ conclusion: 2, methods: EXPECTED[2] });
    expect(buttons[1]!.getAttribute('aria-pressed')).to.equal('true');

    buttons[2]!.focus();
    const pressed = oneEvent(element, 'nordic-select');
    await sendKeys({ press: 'Enter' });
    const event = await pressed;
    expect(event.detail.conclusion).to.equal(3);
    expect([...event.detail.methods!].sort()).to.deep.equal([...EXPECTED[3]].sort());
    await element.updateComplete;
    expect(element.selected).to.equal(3);
  });

  it('with for="…" filters a <case-study-list> to the examples of the chosen conclusion', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div>
      <nordic-lessons lang="en" for="examples"></nordic-lessons>
      <case-study-list id="examples" lang="en"></case-study-list>
    </div>`);
    const element = wrapper.querySelector('nordic-lessons')!;
    const list = wrapper.querySelector<CaseStudyList>('case-study-list')!;
    await waitUntil(() => element.shadowRoot?.querySelectorAll('button[part="button"]').length === 3, 'no buttons', { timeout: 8000 });
    await waitUntil(() => list.shadowRoot?.querySelector('.count'), 'list did not render', { timeout: 8000 });
    const shown = () => [...list.shadowRoot!.querySelectorAll<CaseStudyCard>('case-study-card')].map((card) => card.dataset['case']);
    expect(shown()).to.have.length(en.cases.length);
    for (const n of [2, 1] as const) {
      element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="button"]')[n - 1]!.click();
      await list.updateComplete;
      expect(list.method.split(' ').sort()).to.deep.equal([...EXPECTED[n]].sort());
      expect(shown(), `conclusion ${n}`).to.deep.equal(idsFor(n));
      expect(idsFor(n).length).to.be.lessThan(en.cases.length);
    }
    // A listener that cancels the event keeps the list as it is.
    element.addEventListener('nordic-select', (event) => event.preventDefault(), { once: true });
    element.shadowRoot!.querySelectorAll<HTMLButtonElement>('button[part="button"]')[1]!.click();
    await list.updateComplete;
    expect(shown()).to.deep.equal(idsFor(1));
  });
});
