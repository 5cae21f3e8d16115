// The six languages in the browser: a card and a map table in each, Swedish names of Finnish
// municipalities under `sv`, the English-fallback note, and switching languages at run time
// (re-render without reload, each locale's messages fetched once).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { CaseStudyCard } from '../../src/elements/case-study-card/index.js';
import type { NordicMigrationMap } from '../../src/elements/nordic-migration-map/index.js';
import type { IndicatorFile, LangCode, LocalizedCaseStudiesFile, LocalizedCaseStudy } from '../../src/core/data-types.js';
import { intlLocales } from '../../src/core/format.js';
import { clean } from '../helpers.js';

// Every resource the page fetches from here on, before any element (and so any locale) loads.
const fetched: string[] = [];
new PerformanceObserver((list) => list.getEntries().forEach((entry) => fetched.push(entry.name))).observe({ type: 'resource', buffered: true });
const localeFetches = (lang: string) => fetched.filter((name) => new URL(name).pathname === `/src/generated/locales/${lang}.ts`).length;

const LANGS: LangCode[] = ['en', 'sv', 'nb', 'da', 'fi', 'is'];
/** How each language writes Sweden and Norway (our own translations; Chromium has no Icelandic region names). */
const SWEDEN: Record<LangCode, string> = { en: 'Sweden', sv: 'Sverige', nb: 'Sverige', da: 'Sverige', fi: 'Ruotsi', is: 'Svíþjóð' };
const COUNTRY: Record<string, Record<LangCode, string>> = {
  SE: SWEDEN,
  NO: { en: 'Norway', sv: 'Norge', nb: 'Norge', da: 'Norge', fi: 'Norja', is: 'Noregur' },
  FI: { en: 'Finland', sv: 'Finland', nb: 'Finland', da: 'Finland', fi: 'Suomi', is: 'Finnland' },
};
const MUNICIPALITY_HEADER: Record<LangCode, string> = { en: 'Municipality', sv: 'Kommun', nb: 'Kommune', da: 'Kommune', fi: 'Kunta', is: 'Sveitarfélag' };

const dataUrl = (path: string) => new URL(`../../data/${path}`, import.meta.url).href;
const readJson = async <T>(path: string): Promise<T> => (await fetch(dataUrl(path))).json() as Promise<T>;
// Intl for the language (with the stand-in for a language the browser lacks: Chromium has no Icelandic).
const count = (value: number, lang: LangCode) => clean(new Intl.NumberFormat(intlLocales(lang), { maximumFractionDigits: 0 }).format(value));
const percent = (value: number, lang: LangCode) =>
  clean(new Intl.NumberFormat(intlLocales(lang), { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(value / 100));

const rowsOf = (map: NordicMigrationMap) => [...map.shadowRoot!.querySelectorAll('tbody tr')].map((r) => [...r.children].map((c) => clean(c.textContent)));
const rowNamed = (map: NordicMigrationMap, name: string) => rowsOf(map).find((cells) => cells[0] === name);

async function tableShown(map: NordicMigrationMap): Promise<void> {
  await waitUntil(() => map.shadowRoot?.querySelectorAll('tbody tr').length, 'no table', { timeout: 20000 });
  await map.updateComplete;
}

async function cardShown(card: CaseStudyCard): Promise<void> {
  await waitUntil(() => card.shadowRoot?.querySelector('article .place'), 'card did not render', { timeout: 10000 });
  await card.updateComplete;
}

describe('six languages', () => {
  let share: IndicatorFile;
  let latest: number;
  let botkyrka: number;
  /** The learning example with the largest population, so its figure has a thousands separator. */
  let biggest: string;

  before(async function () {
    this.timeout(60000);
    document.documentElement.lang = 'en';
    await import('../../src/elements/case-study-card/index.js');
    await import('../../src/elements/nordic-migration-map/index.js');
    share = await readJson<IndicatorFile>('indicators/foreign-born-share.json');
    latest = share.years.length - 1;
    botkyrka = share.values['SE-0127']![latest]!;
    const en = await readJson<LocalizedCaseStudiesFile>('case-studies/en.json');
    const withPopulation = en.cases.filter((study) => study.population);
    biggest = withPopulation.reduce((a, b) => (b.population!.value > a.population!.value ? b : a)).id;
    expect(en.cases.find((s) => s.id === biggest)!.population!.value).to.be.greaterThan(9999);
  });

  after(() => {
    document.documentElement.lang = 'en';
  });

  // First, so it sees the first fetch of each locale's messages.
  it('switches language at run time: <html lang> and an element\'s lang re-render without reload, each locale loaded once', async function () {
    this.timeout(60000);
    const noReload = Symbol('page');
    (window as unknown as Record<string, unknown>).__page = noReload;
    const box = await fixture<HTMLDivElement>(html`<div>
      <case-study-card case="krokom"></case-study-card>
      <nordic-migration-map view="table" countries="SE" indicator="foreign-born-share"></nordic-migration-map>
    </div>`);
    const card = box.querySelector<CaseStudyCard>('case-study-card')!;
    const map = box.querySelector<NordicMigrationMap>('nordic-migration-map')!;
    await cardShown(card);
    await tableShown(map);
    const place = () => clean(card.shadowRoot!.querySelector('.place')?.textContent);
    const botkyrkaRow = () => rowNamed(map, 'Botkyrka') ?? [];
    expect(place()).to.contain('Sweden');
    expect(botkyrkaRow()).to.deep.equal(['Botkyrka', 'Sweden', percent(botkyrka, 'en')]);
    for (const lang of ['sv', 'fi', 'is']) expect(localeFetches(lang), `${lang} before`).to.equal(0);

    // The page language changes: both widgets follow.
    document.documentElement.lang = 'sv';
    await waitUntil(() => place().includes('Sverige') && botkyrkaRow()[2] === percent(botkyrka, 'sv'), `sv: ${place()} / ${botkyrkaRow()}`, { timeout: 10000 });
    expect(botkyrkaRow()[1]).to.equal('Sverige');
    expect(clean(map.shadowRoot!.querySelector('thead th')?.textContent)).to.contain('Kommun');

    document.documentElement.lang = 'fi-FI';
    await waitUntil(() => place().includes('Ruotsi') && botkyrkaRow()[1] === 'Ruotsi', `fi: ${place()} / ${botkyrkaRow()}`, { timeout: 10000 });
    expect(botkyrkaRow()[2]).to.equal(percent(botkyrka, 'fi'));

    // Back to Swedish: already in memory, no second fetch.
    document.documentElement.lang = 'sv';
    await waitUntil(() => place().includes('Sverige') && botkyrkaRow()[1] === 'Sverige', `sv again: ${place()}`, { timeout: 10000 });

    // One element's own lang: only that element changes.
    card.lang = 'is';
    await waitUntil(() => place().includes('Svíþjóð'), `is: ${place()}`, { timeout: 10000 });
    await map.updateComplete;
    expect(botkyrkaRow()[1]).to.equal('Sverige');
    card.removeAttribute('lang');
    await waitUntil(() => place().includes('Sverige'), `inherited again: ${place()}`, { timeout: 10000 });

    expect((window as unknown as Record<string, unknown>).__page).to.equal(noReload);
    expect(box.querySelector('case-study-card')).to.equal(card);
    expect(localeFetches('sv'), 'sv fetched').to.equal(1);
    expect(localeFetches('fi'), 'fi fetched').to.equal(1);
    expect(localeFetches('is'), 'is fetched').to.equal(1);
    expect(localeFetches('da'), 'da never asked for').to.equal(0);
    document.documentElement.lang = 'en';
  });

  for (const lang of LANGS) {
    it(`${lang}: a card and a map table show the localized country name and the locale's number format`, async function () {
      this.timeout(40000);
      const file = await readJson<LocalizedCaseStudiesFile>(`case-studies/${lang}.json`);
      const study = file.cases.find((s) => s.id === biggest)!;
      const card = await fixture<CaseStudyCard>(html`<case-study-card case=${biggest} lang=${lang}></case-study-card>`);
      await cardShown(card);
      expect(clean(card.shadowRoot!.querySelector('.place')?.textContent)).to.contain(COUNTRY[study.country]![lang]);
      const population = clean(card.shadowRoot!.querySelector('.population')?.textContent);
      expect(population).to.contain(count(study.population!.value, lang));
      expect(clean(card.shadowRoot!.querySelector('.summary')?.textContent)).to.equal(clean(study.summary));
      card.remove(); // widgets render when near the viewport: the map takes the card's place

      const map = await fixture<NordicMigrationMap>(html`<nordic-migration-map view="table" countries="SE" indicator="foreign-born-share" lang=${lang}></nordic-migration-map>`);
      await tableShown(map);
      expect(rowNamed(map, 'Botkyrka')).to.deep.equal(['Botkyrka', SWEDEN[lang], percent(botkyrka, lang)]);
      expect(clean(map.shadowRoot!.querySelector('thead th')?.textContent)).to.contain(MUNICIPALITY_HEADER[lang]);
      // The caption carries the indicator's name from the data file in this language.
      expect(clean(map.shadowRoot!.querySelector('caption')?.textContent)).to.contain(share.label[lang]!);
      // Whatever Intl knows: every Nordic language writes a decimal comma and never groups with a comma.
      if (lang !== 'en') {
        expect(rowNamed(map, 'Botkyrka')![2]).to.match(/^\d+,\d ?%$/);
        expect(population).to.match(/\d[ .]\d{3}/);
        expect(population).not.to.match(/\d,\d{3}/);
      }
      map.remove();
    });
  }

  it('names Finnish municipalities in Swedish under sv (Helsingfors, Vasa, Närpes) and bilingually otherwise', async function () {
    this.timeout(40000);
    const sv = await fixture<NordicMigrationMap>(html`<nordic-migration-map view="table" countries="FI" indicator="foreign-language-share" lang="sv"></nordic-migration-map>`);
    await tableShown(sv);
    const svNames = rowsOf(sv).map((cells) => cells[0]);
    for (const name of ['Helsingfors', 'Vasa', 'Närpes', 'Esbo']) expect(svNames, name).to.include(name);
    for (const name of ['Helsinki', 'Vaasa', 'Närpiö']) expect(svNames.some((n) => n!.includes(name)), name).to.equal(false);
    expect(rowNamed(sv, 'Helsingfors')![1]).to.equal('Finland');
    sv.remove();
    const fi = await fixture<NordicMigrationMap>(html`<nordic-migration-map view="table" countries="FI" indicator="foreign-language-share" lang="fi"></nordic-migration-map>`);
    await tableShown(fi);
    expect(rowNamed(fi, 'Helsinki / Helsingfors')![1]).to.equal('Suomi');
    fi.remove();
  });

  it('says in the reader\'s language when a learning example falls back to English', async function () {
    this.timeout(30000);
    const english = 'Some texts of this example are not translated yet and are shown in English.';
    const en = await readJson<LocalizedCaseStudiesFile>('case-studies/en.json');
    const seen = new Set<string>();
    for (const lang of LANGS) {
      const file = await readJson<LocalizedCaseStudiesFile>(`case-studies/${lang}.json`);
      const own = file.cases[0]!;
      // A record as the data build writes it when the summary has no translation yet.
      const study: LocalizedCaseStudy = { ...own, summary: en.cases.find((s) => s.id === own.id)!.summary, fallback: ['summary'] };
      const card = await fixture<CaseStudyCard>(html`<case-study-card .study=${study} lang=${lang}></case-study-card>`);
      await cardShown(card);
      const note = clean(card.shadowRoot!.querySelector('.fallback')?.textContent);
      if (lang === 'en') {
        expect(note).to.equal('');
      } else {
        expect(note, lang).to.not.equal('');
        expect(note, lang).to.not.equal(english);
        seen.add(note);
        expect(card.shadowRoot!.querySelector('.summary')!.getAttribute('lang'), lang).to.equal('en');
      }
      if (lang === 'sv') expect(note).to.equal('Vissa texter i det här exemplet är inte översatta ännu och visas på engelska.');
      card.remove();
    }
    expect(seen.size).to.equal(LANGS.length - 1);
  });
});
