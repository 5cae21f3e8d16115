// Builds data/country-series.json (CountrySeriesFile in src/core/data-types.ts).
import { join } from 'node:path';
import { readDelimited, toNumber } from './io.mjs';
import { SRC, NET_MIGRATION_SOURCES } from './sources.mjs';

export const ISO3 = { DK: 'DNK', FI: 'FIN', IS: 'ISL', NO: 'NOR', SE: 'SWE' };
const COUNTRIES = Object.keys(ISO3);

function series({ id, label, definition, sources, data, from, to, estimates, estimateNote }) {
  const years = [];
  for (let y = from; y <= to; y++) years.push(y);
  const values = {};
  for (const c of COUNTRIES) values[c] = years.map((y) => data[c].get(y) ?? null);
  values.NORDIC = years.map((_, i) => (COUNTRIES.every((c) => values[c][i] !== null) ? COUNTRIES.reduce((s, c) => s + values[c][i], 0) : null));
  const s = { id, unit: 'persons', label, definition, sources, years, values };
  if (estimates) { s.estimates = estimates; s.estimateNote = estimateNote; }
  return s;
}

const emptyData = () => Object.fromEntries(COUNTRIES.map((c) => [c, new Map()]));
const byIso3 = Object.fromEntries(Object.entries(ISO3).map(([a, b]) => [b, a]));

export function buildCountrySeries({ rawDir, built }) {
  const raw = (...p) => join(rawDir, 'stats', 'raw', ...p);

  const pop = emptyData();
  for (const r of readDelimited(raw('country_population', 'population.csv'))) {
    const c = byIso3[r['Country Code']];
    if (c) pop[c].set(Number(r.Year), toNumber(r.Value));
  }
  const net = emptyData();
  for (const r of readDelimited(raw('country_net_migration', 'Net_migration_data.csv'))) {
    const c = byIso3[r['Country ISO']];
    if (c) net[c].set(Math.trunc(Number(r.Year)), Math.round(toNumber(r['Net Number of Migrants'])));
  }
  const ref = emptyData();
  const asy = emptyData();
  for (const r of readDelimited(raw('country_refugees_unhcr', 'ddf--datapoints--population_arrived--by--geo--displacement_type--year.csv'))) {
    const c = byIso3[r.geo.toUpperCase()];
    if (!c) continue;
    if (r.displacement_type === 'refugees') ref[c].set(Number(r.year), toNumber(r.population_arrived));
    if (r.displacement_type === 'asylum_seekers') asy[c].set(Number(r.year), toNumber(r.population_arrived));
  }
  const firstYear = (d) => Math.min(...COUNTRIES.flatMap((c) => [...d[c].keys()]));
  const lastYear = (d) => Math.max(...COUNTRIES.flatMap((c) => [...d[c].keys()]));

  return {
    format: 'nordic-country-series/1',
    built,
    series: {
      population: series({
        id: 'population', data: pop, from: 1990, to: 2024, sources: [SRC.worldBank],
        label: { en: 'Population', sv: 'Folkmängd', nb: 'Folkemengde', da: 'Folketal', fi: 'Väkiluku', is: 'Mannfjöldi' },
        definition: { en: 'Total population, mid-year estimate (World Bank SP.POP.TOTL). Not the national 1 January or 31 December figures.', sv: 'Total folkmängd, skattning mitt på året (Världsbanken SP.POP.TOTL). Inte ländernas egna siffror för 1 januari eller 31 december.', nb: 'Samlet folkemengde, anslag for midten av året (Verdensbanken SP.POP.TOTL). Ikke landenes egne tall for 1. januar eller 31. desember.', da: 'Samlet befolkning, skøn midt på året (Verdensbanken SP.POP.TOTL). Ikke landenes egne tal for 1. januar eller 31. december.', fi: 'Kokonaisväkiluku, vuoden puolivälin arvio (Maailmanpankki SP.POP.TOTL). Ei maiden omia 1. tammikuuta tai 31. joulukuuta lukuja.', is: 'Heildaríbúafjöldi, áætlun um mitt ár (Alþjóðabankinn SP.POP.TOTL). Ekki tölur landanna sjálfra fyrir 1. janúar eða 31. desember.' },
      }),
      'net-migration': series({
        id: 'net-migration', data: net, from: 1990, to: lastYear(net), sources: NET_MIGRATION_SOURCES,
        label: { en: 'Net migration', sv: 'Nettomigration', nb: 'Nettoinnvandring', da: 'Nettoindvandring', fi: 'Nettomaahanmuutto', is: 'Hreinn aðflutningur' },
        definition: { en: 'Immigration minus emigration during the calendar year, from the national statistics offices.', sv: 'Invandring minus utvandring under kalenderåret, från ländernas statistikmyndigheter.', nb: 'Innvandring minus utvandring i løpet av kalenderåret, fra landenes statistikkbyråer.', da: 'Indvandring minus udvandring i løbet af kalenderåret, fra landenes statistikkontorer.', fi: 'Maahanmuutto miinus maastamuutto kalenterivuoden aikana, maiden tilastovirastojen mukaan.', is: 'Aðfluttir umfram brottflutta á almanaksárinu, samkvæmt hagstofum landanna.' },
        estimates: { NO: [...net.NO.keys()].filter((y) => y <= 1998).sort((a, b) => a - b) },
        estimateNote: { en: 'Norway 1990-1998: rounded UN World Population Prospects estimates, not registered counts.', sv: 'Norge 1990-1998: avrundade skattningar från FN:s World Population Prospects, inte registrerade antal.', nb: 'Norge 1990-1998: avrundede anslag fra FNs World Population Prospects, ikke registrerte tall.', da: 'Norge 1990-1998: afrundede skøn fra FN\'s World Population Prospects, ikke registrerede tal.', fi: 'Norja 1990-1998: YK:n World Population Prospects -arvioita pyöristettyinä, ei rekisteröityjä lukuja.', is: 'Noregur 1990-1998: námundaðar áætlanir úr World Population Prospects frá SÞ, ekki skráðar tölur.' },
      }),
      refugees: series({
        id: 'refugees', data: ref, from: firstYear(ref), to: lastYear(ref), sources: [SRC.unhcr],
        label: { en: 'Refugees', sv: 'Flyktingar', nb: 'Flyktninger', da: 'Flygtninge', fi: 'Pakolaiset', is: 'Flóttafólk' },
        definition: { en: 'Refugees (incl. refugee-like situations) living in the country at the end of the year, a stock (UNHCR). In the 2018 data UNHCR masked values 1-4; the source shows them as 3.', sv: 'Flyktingar (inkl. flyktingliknande situationer) som bor i landet vid årets slut, ett bestånd (UNHCR).', nb: 'Flyktninger (inkl. personer i flyktninglignende situasjoner) bosatt i landet ved årets slutt, en beholdning (UNHCR).', da: 'Flygtninge (inkl. personer i flygtningelignende situationer) bosat i landet ved årets udgang, en bestand (UNHCR).', fi: 'Maassa vuoden lopussa asuvat pakolaiset (ml. pakolaisen kaltaisessa asemassa olevat), kantaluku (UNHCR).', is: 'Flóttafólk (þ.m.t. fólk í sambærilegri stöðu) búsett í landinu í árslok, heildarfjöldi á þeim tíma (UNHCR).' },
      }),
      'asylum-seekers': series({
        id: 'asylum-seekers', data: asy, from: firstYear(asy), to: lastYear(asy), sources: [SRC.unhcr],
        label: { en: 'Asylum-seekers (pending cases)', sv: 'Asylsökande (pågående ärenden)', nb: 'Asylsøkere (ubehandlede saker)', da: 'Asylansøgere (verserende sager)', fi: 'Turvapaikanhakijat (vireillä olevat)', is: 'Umsækjendur um vernd (óafgreidd mál)' },
        definition: { en: 'Asylum-seekers whose cases were pending at the end of the year, a stock (UNHCR). Not the number of new applications during the year.', sv: 'Asylsökande vars ärenden pågick vid årets slut, ett bestånd (UNHCR). Inte antalet nya ansökningar under året.', nb: 'Asylsøkere med saker under behandling ved årets slutt, en beholdning (UNHCR). Ikke antall nye søknader i løpet av året.', da: 'Asylansøgere med verserende sager ved årets udgang, en bestand (UNHCR). Ikke antallet af nye ansøgninger i løbet af året.', fi: 'Turvapaikanhakijat, joiden hakemus oli vireillä vuoden lopussa, kantaluku (UNHCR). Ei vuoden aikana jätettyjen uusien hakemusten määrä.', is: 'Umsækjendur um vernd með óafgreidd mál í árslok, heildarfjöldi á þeim tíma (UNHCR). Ekki fjöldi nýrra umsókna á árinu.' },
      }),
    },
  };
}
