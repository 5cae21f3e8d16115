import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { IndicatorFile, LocalizedCaseStudiesFile, LocalizedCaseStudy } from '../../../src/core/data-types.js';
import { formatPeriod } from '../../../src/core/period.js';
import { diagnostics } from '../../../src/core/diagnostics.js';
import { formatOutcomeValue } from '../../../src/elements/case-study-card/case-model.js';
import type { CaseStudyCard } from '../../../src/elements/case-study-card/index.js';
import '../../../src/elements/case-study-card/index.js';

const dataFile = (lang: string) => new URL(`../../../data/case-studies/${lang}.json`, import.meta.url).href;
let en: LocalizedCaseStudiesFile;
const countryEn = new Intl.DisplayNames(['en'], { type: 'region' });

function shadowText(element: Element | null | undefined): string {
  return (element?.textContent ?? '').replace(/\s+/g, ' ').trim();
}

async function card(template: ReturnType<typeof html>): Promise<CaseStudyCard> {
  const element = await fixture<CaseStudyCard>(template);
  await waitUntil(() => element.shadowRoot?.querySelector('article, [role="alert"]'), 'card did not render', { timeout: 8000 });
  await element.updateComplete;
  return element;
}

function byId(id: string): LocalizedCaseStudy {
  const found = en.cases.find((study) => study.id === id);
  if (!found) throw new Error(`no case ${id} in the data file`);
  return found;
}

describe('<case-study-card>', () => {
  before(async () => {
    en = (await (await fetch(dataFile('en'))).json()) as LocalizedCaseStudiesFile;
  });

  it('the data file has the 13 learning examples', () => {
    expect(en.cases).to.have.length(13);
  });

  it('renders each example with its name, country, outcomes (or says there is none) and sources as safe links', async () => {
    for (const study of en.cases) {
      const element = await card(html`<case-study-card case=${study.id} lang="en"></case-study-card>`);
      const root = element.shadowRoot!;
      expect(shadowText(root.querySelector('[part="heading"]')), study.id).to.equal(study.name);
      expect(root.querySelector('[part="heading"]')!.getAttribute('role')).to.equal('heading');
      expect(shadowText(root.querySelector('.place')), study.id).to.contain(countryEn.of(study.country)!);
      const figures = [...root.querySelectorAll('[part="figure"]')];
      expect(figures, study.id).to.have.length(study.outcomes.length);
      study.outcomes.forEach((outcome, index) => {
        const text = shadowText(figures[index]);
        expect(text, study.id).to.contain(formatOutcomeValue(outcome, 'en'));
        expect(text, study.id).to.contain(outcome.definition);
        expect(text, study.id).to.contain(String(outcome.year));
      });
      if (!study.outcomes.length) expect(shadowText(root.querySelector('.no-figure')), study.id).to.not.equal('');
      const links = [...root.querySelectorAll<HTMLAnchorElement>('[part="sources"] a')];
      const linkable = study.sources.filter((source) => /^https?:/i.test(source.url));
      expect(links.length, study.id).to.equal(linkable.length);
      expect(links.length, study.id).to.be.greaterThan(0);
      for (const link of links) {
        expect(link.protocol).to.match(/^https?:$/);
        expect(link.rel).to.equal('noopener noreferrer');
      }
      if (study.locator) {
        const paths = [...root.querySelectorAll('svg[part="locator"] path')].map((path) => path.getAttribute('d'));
        expect(paths, study.id).to.deep.equal([study.locator.country, study.locator.municipality].filter(Boolean));
        expect(root.querySelector('svg[part="locator"]')!.getAttribute('aria-label')).to.contain(study.name);
      } else {
        expect(root.querySelector('svg'), study.id).to.equal(null);
      }
      element.remove();
    }
  });

  it('shows every Krokom figure with its own definition, the differing ones included', async () => {
    const krokom = byId('krokom');
    const element = await card(html`<case-study-card case="krokom" lang="en"></case-study-card>`);
    const texts = [...element.shadowRoot!.querySelectorAll('[part="figure"]')].map(shadowText);
    expect(texts.length).to.be.greaterThan(1);
    for (const outcome of krokom.outcomes) {
      expect(texts.some((text) => text.includes(formatOutcomeValue(outcome, 'en')) && text.includes(outcome.definition))).to.equal(true);
    }
    expect(shadowText(element.shadowRoot!.querySelector('.population'))).to.contain(String(krokom.population!.year));
  });

  it('names an unknown case and lists the valid ids, with nordic-error', async () => {
    const element = document.createElement('case-study-card') as CaseStudyCard;
    element.setAttribute('case', 'atlantis');
    element.lang = 'en';
    const error = oneEvent(element, 'nordic-error');
    document.body.append(element);
    try {
      const event = await error;
      expect(event.detail.code).to.equal('unknown-id');
      expect(event.detail.attribute).to.equal('case');
      expect(event.detail.value).to.equal('atlantis');
      expect(event.detail.accepted).to.deep.equal(en.cases.map((study) => study.id));
      await element.updateComplete;
      const alert = element.shadowRoot!.querySelector('[role="alert"]');
      expect(shadowText(alert)).to.contain('atlantis');
      // The message itself lists every valid id (the error box is the one place for it).
      for (const study of en.cases) expect(shadowText(alert)).to.contain(study.id);
    } finally {
      element.remove();
    }
  });

  it('emits nordic-select on click and on Enter, but not for its links', async () => {
    const naeroy = byId(en.cases[0]!.id);
    const element = await card(html`<case-study-card case=${naeroy.id} lang="en"></case-study-card>`);
    const article = element.shadowRoot!.querySelector('article')!;
    const seen: { caseId?: string; municipalityIds?: string[] }[] = [];
    element.addEventListener('nordic-select', (event) => seen.push(event.detail));

    article.querySelector<HTMLElement>('.summary')!.click();
    expect(seen).to.deep.equal([{ caseId: naeroy.id, municipalityIds: naeroy.municipalityIds, name: naeroy.name, country: naeroy.country }]);

    element.focus();
    expect(element.shadowRoot!.activeElement).to.equal(article);
    article.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }));
    expect(seen).to.have.length(2);
    article.dispatchEvent(new KeyboardEvent('keydown', { key: 'x', bubbles: true, composed: true }));
    expect(seen).to.have.length(2);

    const link = element.shadowRoot!.querySelector<HTMLAnchorElement>('[part="sources"] a')!;
    link.addEventListener('click', (event) => event.preventDefault());
    link.click();
    expect(seen).to.have.length(2);
  });

  it('lets an editor override the heading and show a compact card', async () => {
    const element = await card(html`<case-study-card case="krokom" heading="Housing first" compact lang="en"></case-study-card>`);
    const root = element.shadowRoot!;
    expect(shadowText(root.querySelector('[part="heading"]'))).to.equal('Housing first');
    expect(getComputedStyle(root.querySelector('.summary')!).display).to.equal('none');
    expect(root.querySelectorAll('[part="figure"]').length).to.be.greaterThan(0);
    const visibleFigures = [...root.querySelectorAll('[part="figure"]')].filter((figure) => getComputedStyle(figure).display !== 'none');
    expect(visibleFigures).to.have.length(1);
  });

  it('builds a partner example from attributes and slots', async () => {
    const element = await card(html`<case-study-card municipality="Exampleby" country="no" methods="mentoring housing" lang="en">
      <p>Our own story.</p><a slot="footer" href="https://example.org/">Read more</a>
    </case-study-card>`);
    const root = element.shadowRoot!;
    expect(shadowText(root.querySelector('[part="heading"]'))).to.equal('Exampleby');
    expect(shadowText(root.querySelector('.place'))).to.equal(countryEn.of('NO'));
    // Grouped by the theme's conclusion: housing (the second) before mentoring (the third).
    expect([...root.querySelectorAll('[part="tag"]')].map(shadowText)).to.deep.equal(['Housing', 'Mentoring']);
    const slotted = root.querySelector<HTMLSlotElement>('slot:not([name])')!.assignedElements();
    expect(slotted.map((node) => node.textContent)).to.deep.equal(['Our own story.']);
    expect(root.querySelector<HTMLSlotElement>('slot[name="footer"]')!.assignedElements()).to.have.length(1);
    expect(root.querySelector('[role="alert"]')).to.equal(null);
  });

  it('refuses an unknown country or method of a partner example, and still renders', async () => {
    const element = document.createElement('case-study-card') as CaseStudyCard;
    element.setAttribute('municipality', 'Exampleby');
    element.setAttribute('country', 'XX');
    element.lang = 'en';
    const error = oneEvent(element, 'nordic-error');
    document.body.append(element);
    try {
      const event = await error;
      expect(event.detail.code).to.equal('invalid-attribute');
      expect(event.detail.attribute).to.equal('country');
      expect(event.detail.accepted).to.include('FO');
      await element.updateComplete;
      expect(shadowText(element.shadowRoot!.querySelector('[role="alert"]'))).to.contain('XX');
      expect(shadowText(element.shadowRoot!.querySelector('[part="heading"]'))).to.equal('Exampleby');
    } finally {
      element.remove();
    }
  });

  it('loads only the reader\'s language and says when texts fell back to English', async () => {
    const is = (await (await fetch(dataFile('is'))).json()) as LocalizedCaseStudiesFile;
    const withFallback = is.cases.find((study) => study.fallback.length > 0);
    const fullyTranslated = is.cases.find((study) => study.fallback.length === 0);
    if (withFallback) {
      const element = await card(html`<case-study-card case=${withFallback.id} lang="is"></case-study-card>`);
      await waitUntil(() => element.shadowRoot!.querySelector('.fallback'), 'no fallback note', { timeout: 8000 });
      expect(shadowText(element.shadowRoot!.querySelector('.summary'))).to.equal(withFallback.summary);
      if (withFallback.fallback.includes('summary')) expect(element.shadowRoot!.querySelector('.summary')!.getAttribute('lang')).to.equal('en');
      element.remove();
    }
    if (fullyTranslated) {
      const element = await card(html`<case-study-card case=${fullyTranslated.id} lang="is"></case-study-card>`);
      expect(element.shadowRoot!.querySelector('.fallback')).to.equal(null);
      element.remove();
    }
    expect(withFallback ?? fullyTranslated).to.exist;
    const sv = await card(html`<case-study-card case="krokom" lang="sv"></case-study-card>`);
    const svFile = (await (await fetch(dataFile('sv'))).json()) as LocalizedCaseStudiesFile;
    expect(shadowText(sv.shadowRoot!.querySelector('.summary'))).to.equal(svFile.cases.find((s) => s.id === 'krokom')!.summary);
    const loaded = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.includes('/case-studies/'));
    expect(loaded.some((name) => name.endsWith('/sv.json'))).to.equal(true);
    expect(loaded.some((name) => /case-studies\.json$/.test(name))).to.equal(false);
  });

  it('shows the municipality\'s latest official figure beside its country\'s, as in the built indicator files', async () => {
    const indicator = async (id: string) => (await (await fetch(new URL(`../../../data/indicators/${id}.json`, import.meta.url).href)).json()) as IndicatorFile;
    const latest = (file: IndicatorFile, id: string) => {
      const values = file.values[id] ?? [];
      let i = values.length - 1;
      while (i >= 0 && values[i] === null) i--;
      return i;
    };
    const checked: string[] = [];
    for (const [caseId, ids] of [['krokom', ['refugees-in-work']], ['heroy', ['refugees-first-municipality', 'immigrants-in-work']]] as const) {
      const study = byId(caseId);
      const element = await card(html`<case-study-card case=${caseId} lang="en"></case-study-card>`);
      const items = [...element.shadowRoot!.querySelectorAll('[part="statistic"]')].map(shadowText);
      expect(items, caseId).to.have.length(ids.length);
      for (const [n, id] of ids.entries()) {
        const file = await indicator(id);
        const country = study.country as 'SE' | 'NO';
        const i = latest(file, study.municipalityIds[0]);
        expect(i, `${caseId} ${id}`).to.be.greaterThan(-1);
        const value = file.values[study.municipalityIds[0]][i]!;
        const national = file.national![country]![i]!;
        const period = formatPeriod(file.years[i], file.coverage[country]!.reference, 'en').text;
        // e.g. "Refugees aged 20–64 in work, November 2022: Krokom 70.2%, Sweden 67.7%"
        expect(items[n]).to.contain(`${file.label.en}, ${period}: `);
        // Each figure as the card writes outcome figures: whole percent without decimals, else one.
        expect(items[n]).to.contain(`: ${study.name} ${formatOutcomeValue({ value, unit: 'percent' }, 'en')}, ${countryEn.of(country)} ${formatOutcomeValue({ value: national, unit: 'percent' }, 'en')}`);
        expect(items[n]).to.contain(file.sources[0].publisher);
        checked.push(`${caseId} ${id} ${file.years[i]}`);
      }
      element.remove();
    }
    expect(checked).to.have.length(3);
    // The period as the map writes it: November for Sweden's employment, the 4th quarter for Norway's.
    const krokom = await card(html`<case-study-card case="krokom" lang="sv"></case-study-card>`);
    expect(shadowText(krokom.shadowRoot!.querySelector('[part="statistic"]'))).to.match(/^Flyktingar 20–64 år som förvärvsarbetar, november \d{4}: Krokom [\d,]+\s?%, Sverige [\d,]+\s?%/);
    krokom.remove();
    // A case whose municipality has no figure shows none (Berg is part of Senja, merged: no share is combined).
    for (const id of ['berg', 'punkalaidun', 'klaksvik']) {
      expect(byId(id).indicatorOutcomes ?? [], id).to.deep.equal([]);
      const element = await card(html`<case-study-card case=${id} lang="en"></case-study-card>`);
      expect(element.shadowRoot!.querySelectorAll('[part="statistic"]'), id).to.have.length(0);
      expect(element.shadowRoot!.querySelector('.stats'), id).to.equal(null);
      element.remove();
    }
  });

  it('a page with only cards requested no Vega and no map geometry', () => {
    const requested = performance.getEntriesByType('resource').map((entry) => entry.name);
    expect(requested.some((name) => name.includes('/case-studies/'))).to.equal(true);
    expect(requested.filter((name) => /vega|topo\.json|topojson/i.test(name))).to.deep.equal([]);
    expect(diagnostics.vegaLoads).to.equal(0);
  });
  it('groups its methods under the theme conclusion each puts into practice', async () => {
    const expected: Record<string, string> = { leadership: '1', housing: '2' };
    const names: Record<string, string> = { '1': 'Leadership that sees growth', '2': 'A permanent home nearby', '3': 'Working together' };
    for (const id of ['krokom', 'heroy']) {
      const study = byId(id);
      const element = await card(html`<case-study-card case=${id} lang="en"></case-study-card>`);
      const groups = [...element.shadowRoot!.querySelectorAll<HTMLElement>('.groups > li')];
      const wanted = [...new Set(study.methods.map((method) => expected[method] ?? '3'))].sort();
      expect(groups.map((group) => group.dataset['conclusion']), id).to.deep.equal(wanted);
      for (const group of groups) {
        expect(shadowText(group.querySelector('[part="conclusion"]'))).to.equal(names[group.dataset['conclusion']!]);
        for (const tag of group.querySelectorAll<HTMLElement>('[part="tag"]')) {
          expect(expected[tag.dataset['method']!] ?? '3', `${id} ${tag.dataset['method']}`).to.equal(group.dataset['conclusion']);
        }
      }
      expect(element.shadowRoot!.querySelectorAll('[part="tag"]')).to.have.length(study.methods.length);
      element.remove();
    }
  });

  it('alone shows everything: the whole summary, every figure and the sources, with no Read more', async () => {
    const study = byId('krokom');
    const element = await card(html`<case-study-card case="krokom" lang="en"></case-study-card>`);
    const root = element.shadowRoot!;
    expect(shadowText(root.querySelector('.summary'))).to.equal(study.summary.replace(/\s+/g, ' ').trim());
    expect(root.querySelectorAll('[part="figure"]')).to.have.length(study.outcomes.length);
    expect(root.querySelector('[part="sources"]')).to.exist;
    expect(root.querySelector('[part="more"]')).to.equal(null);
  });

  it('names each sources section after its card, so two cards\' sections differ', async () => {
    const holder = await fixture<HTMLElement>(html`<div>
      <case-study-card case="krokom" lang="en"></case-study-card><case-study-card case="sunne" lang="en"></case-study-card>
    </div>`);
    const cards = [...holder.querySelectorAll<CaseStudyCard>('case-study-card')];
    await waitUntil(() => cards.every((element) => element.shadowRoot?.querySelector('[part="sources"]')), 'no sources', { timeout: 8000 });
    const names = cards.map((element) => {
      const section = element.shadowRoot!.querySelector('[part="sources"]')!;
      expect(section.localName).to.equal('section');
      return section.getAttribute('aria-labelledby')!.split(/\s+/).map((id) => shadowText(element.shadowRoot!.getElementById(id))).join(' ');
    });
    expect(names).to.deep.equal(['Sources Krokom', 'Sources Sunne']);
  });
});
