// Builds data/country-series.json (CountrySeriesFile in src/core/data-types.ts).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readDelimited, toNumber } from './io.mjs';
import { readRda } from './rda.mjs';
import { SRC, NET_MIGRATION_SOURCES, unhcrPackage, EUROSTAT_FOREIGN_BORN } from './sources.mjs';
import { newestSnapshot } from './fetch/store.mjs';
import { snapshotSource } from './snapshot-source.mjs';

export const ISO3 = { DK: 'DNK', FI: 'FIN', IS: 'ISL', NO: 'NOR', SE: 'SWE' };
const COUNTRIES = Object.keys(ISO3);

function series({ id, reference, label, definition, sources, data, from, to, estimates, estimateNote }) {
  const years = [];
  for (let y = from; y <= to; y++) years.push(y);
  const values = {};
  for (const c of COUNTRIES) values[c] = years.map((y) => data[c].get(y) ?? null);
  values.NORDIC = years.map((_, i) => (COUNTRIES.every((c) => values[c][i] !== null) ? COUNTRIES.reduce((s, c) => s + values[c][i], 0) : null));
  const s = { id, unit: 'persons', reference, label, definition, sources, years, values };
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
  // UNHCR's refugees package: origin × asylum rows, summed over origins per Nordic country of asylum.
  // The newest snapshot from `npm run data:fetch` replaces the copy in stats/raw when there is one.
  const snapshots = join(rawDir, 'snapshots');
  const unhcrSnap = Object.fromEntries(['population', 'asylum_applications', 'solutions'].map((n) => [n, newestSnapshot(snapshots, 'unhcr', n)]));
  const unhcrSource = (name, table) => (unhcrSnap[name] ? snapshotSource(unhcrSnap[name], { table, countries: Object.keys(ISO3) }) : unhcrPackage(table));
  const pkg = (name) => {
    const bytes = unhcrSnap[name]?.files.get(`${name}.rda`) ?? readFileSync(raw('country_refugees_unhcr_refugees_pkg', `${name}.rda`));
    const df = readRda(bytes).get(name);
    if (!df?.columns) throw new Error(`${name}.rda: no data frame named ${name}`);
    return df;
  };
  const nordicRows = (df, columns) => {
    const coa = df.column('coa_iso');
    const year = df.column('year');
    const cols = columns.map((c) => df.column(c));
    const out = [];
    for (let i = 0; i < df.nrow; i++) {
      const c = byIso3[coa[i]];
      if (!c) continue;
      const row = { c, year: year[i] };
      columns.forEach((name, j) => { row[name] = cols[j][i]; });
      out.push(row);
    }
    return out;
  };
  /** Σ over origins of `value(row)` per country and year; a country-year whose rows are all NA stays absent. */
  const sumRows = (rows, value, keep = () => true) => {
    const d = emptyData();
    for (const r of rows) {
      if (!keep(r)) continue;
      const v = value(r);
      if (v === null || v === undefined) continue;
      d[r.c].set(r.year, (d[r.c].get(r.year) ?? 0) + v);
    }
    return d;
  };

  const population = nordicRows(pkg('population'), ['refugees', 'asylum_seekers']);
  const ref = sumRows(population, (r) => r.refugees);
  const asy = sumRows(population, (r) => r.asylum_seekers);
  // The package stores 0 where UNHCR has no asylum-seeker figure (the older UNHCR export had no row
  // there): a country-year whose asylum-seekers sum to 0 is "not reported", not zero pending cases.
  const asyZero = [];
  for (const c of COUNTRIES) for (const [y, v] of asy[c]) if (v === 0) { asy[c].delete(y); asyZero.push(`${c} ${y}`); }

  // New applications at first instance, persons: app_type N with dec_level FI or NA (not AR, the
  // appeal / review rows that some years also mark N). A country-year with rows counted in cases
  // (app_pc C) is left out: cases and persons do not add up.
  const applications = nordicRows(pkg('asylum_applications'), ['app_type', 'dec_level', 'app_pc', 'applied']);
  const isNew = (r) => r.app_type === 'N' && (r.dec_level === 'FI' || r.dec_level === 'NA');
  const app = sumRows(applications, (r) => r.applied, (r) => isNew(r) && r.app_pc === 'P');
  const appCases = [];
  for (const r of applications) if (isNew(r) && r.app_pc !== 'P' && !appCases.includes(`${r.c} ${r.year}`)) appCases.push(`${r.c} ${r.year}`);
  for (const key of appCases) { const [c, y] = key.split(' '); app[c].delete(Number(y)); }

  const solutions = nordicRows(pkg('solutions'), ['resettlement']);
  const res = sumRows(solutions, (r) => r.resettlement);

  // Eurostat foreign-born on 1 January (JSON-stat 2.0; every dimension but geo and time has size 1).
  const fbSnap = newestSnapshot(snapshots, 'eurostat', 'migr_pop3ctb');
  const fbJson = JSON.parse((fbSnap?.files.get('migr_pop3ctb.json') ?? readFileSync(raw('country_foreign_born_eurostat_kuo', 'eurostat_migr_pop3ctb.json'))).toString('utf8'));
  const fbSource = fbSnap ? snapshotSource(fbSnap, { table: EUROSTAT_FOREIGN_BORN.table, countries: Object.keys(ISO3) }) : EUROSTAT_FOREIGN_BORN;
  const fb = emptyData();
  {
    const { id, size, dimension, value, status = {} } = fbJson;
    if (id.join(',') !== 'freq,c_birth,age,unit,sex,geo,time' || size.slice(0, 5).some((n) => n !== 1)) throw new Error('eurostat_migr_pop3ctb.json: unexpected dimensions');
    if (Object.keys(dimension.c_birth.category.index).join() !== 'FOR') throw new Error('eurostat_migr_pop3ctb.json: not c_birth=FOR');
    const nTime = size[6];
    for (const c of COUNTRIES) {
      const g = dimension.geo.category.index[c];
      for (const [year, t] of Object.entries(dimension.time.category.index)) {
        const k = String(g * nTime + t);
        if (status[k]) throw new Error(`eurostat_migr_pop3ctb.json: ${c} ${year} has flag ${status[k]}, not handled`);
        if (value[k] !== undefined && value[k] !== null) fb[c].set(Number(year), value[k]);
      }
    }
  }
  const notes = { asyZero, appCases };
  const firstYear = (d) => Math.min(...COUNTRIES.flatMap((c) => [...d[c].keys()]));
  const lastYear = (d) => Math.max(...COUNTRIES.flatMap((c) => [...d[c].keys()]));

  const file = {
    format: 'nordic-country-series/1',
    built,
    series: {
      population: series({
        id: 'population', reference: '07-01', data: pop, from: 1990, to: 2024, sources: [SRC.worldBank],
        label: { en: 'Population', sv: 'Folkmängd', nb: 'Folkemengde', da: 'Folketal', fi: 'Väkiluku', is: 'Mannfjöldi' },
        definition: { en: 'Total population, mid-year estimate (World Bank SP.POP.TOTL). Not the national 1 January or 31 December figures.', sv: 'Total folkmängd, skattning mitt på året (Världsbanken SP.POP.TOTL). Inte ländernas egna siffror för 1 januari eller 31 december.', nb: 'Samlet folkemengde, anslag for midten av året (Verdensbanken SP.POP.TOTL). Ikke landenes egne tall for 1. januar eller 31. desember.', da: 'Samlet befolkning, skøn midt på året (Verdensbanken SP.POP.TOTL). Ikke landenes egne tal for 1. januar eller 31. december.', fi: 'Kokonaisväkiluku, vuoden puolivälin arvio (Maailmanpankki SP.POP.TOTL). Ei maiden omia 1. tammikuuta tai 31. joulukuuta lukuja.', is: 'Heildaríbúafjöldi, áætlun um mitt ár (Alþjóðabankinn SP.POP.TOTL). Ekki tölur landanna sjálfra fyrir 1. janúar eða 31. desember.' },
      }),
      'net-migration': series({
        id: 'net-migration', reference: 'year', data: net, from: 1990, to: lastYear(net), sources: NET_MIGRATION_SOURCES,
        label: { en: 'Net migration', sv: 'Nettomigration', nb: 'Nettoinnvandring', da: 'Nettoindvandring', fi: 'Nettomaahanmuutto', is: 'Hreinn aðflutningur' },
        definition: { en: 'Immigration minus emigration during the calendar year, from the national statistics offices.', sv: 'Invandring minus utvandring under kalenderåret, från ländernas statistikmyndigheter.', nb: 'Innvandring minus utvandring i løpet av kalenderåret, fra landenes statistikkbyråer.', da: 'Indvandring minus udvandring i løbet af kalenderåret, fra landenes statistikkontorer.', fi: 'Maahanmuutto miinus maastamuutto kalenterivuoden aikana, maiden tilastovirastojen mukaan.', is: 'Aðfluttir umfram brottflutta á almanaksárinu, samkvæmt hagstofum landanna.' },
        estimates: { NO: [...net.NO.keys()].filter((y) => y <= 1998).sort((a, b) => a - b) },
        estimateNote: { en: 'Norway 1990-1998: rounded UN World Population Prospects estimates, not registered counts.', sv: 'Norge 1990-1998: avrundade skattningar från FN:s World Population Prospects, inte registrerade antal.', nb: 'Norge 1990-1998: avrundede anslag fra FNs World Population Prospects, ikke registrerte tall.', da: 'Norge 1990-1998: afrundede skøn fra FN\'s World Population Prospects, ikke registrerede tal.', fi: 'Norja 1990-1998: YK:n World Population Prospects -arvioita pyöristettyinä, ei rekisteröityjä lukuja.', is: 'Noregur 1990-1998: námundaðar áætlanir úr World Population Prospects frá SÞ, ekki skráðar tölur.' },
      }),
      'asylum-applications': series({
        id: 'asylum-applications', reference: 'year', data: app, from: firstYear(app), to: lastYear(app), sources: [unhcrSource('asylum_applications', 'asylum_applications: applied, app_type N, dec_level FI or NA, app_pc P')],
        label: { en: 'New asylum applications', sv: 'Nya asylansökningar', nb: 'Nye asylsøknader', da: 'Nye asylansøgninger', fi: 'Uudet turvapaikkahakemukset', is: 'Nýjar umsóknir um alþjóðlega vernd' },
        definition: {
          en: 'People who applied for asylum for the first time during the calendar year, counted at the first instance (UNHCR; repeat applications and appeals are not included). Finland 2017 and 2019 were reported as cases, not persons, and are left out.',
          sv: 'Personer som sökte asyl för första gången under kalenderåret, räknade i första instans (UNHCR; förnyade ansökningar och överklaganden ingår inte). Finland 2017 och 2019 redovisades som ärenden, inte personer, och är utelämnade.',
          nb: 'Personer som søkte asyl for første gang i løpet av kalenderåret, talt i første instans (UNHCR; gjentatte søknader og klager er ikke med). Finland 2017 og 2019 ble rapportert som saker, ikke personer, og er utelatt.',
          da: 'Personer, der søgte asyl for første gang i løbet af kalenderåret, talt i første instans (UNHCR; gentagne ansøgninger og klager er ikke med). Finland 2017 og 2019 blev indberettet som sager, ikke personer, og er udeladt.',
          fi: 'Kalenterivuoden aikana ensimmäistä kertaa turvapaikkaa hakeneet henkilöt ensimmäisessä asteessa (UNHCR; uusintahakemukset ja valitukset eivät sisälly). Suomen vuodet 2017 ja 2019 ilmoitettiin tapauksina, ei henkilöinä, ja ne on jätetty pois.',
          is: 'Fólk sem sótti um alþjóðlega vernd í fyrsta sinn á almanaksárinu, talið á fyrsta stjórnsýslustigi (UNHCR; endurteknar umsóknir og kærur eru ekki með). Finnland 2017 og 2019 var tilkynnt sem mál, ekki einstaklingar, og er sleppt.',
        },
      }),
      'resettlement-arrivals': series({
        id: 'resettlement-arrivals', reference: 'year', data: res, from: firstYear(res), to: lastYear(res), sources: [unhcrSource('solutions', 'solutions: resettlement (arrivals)')],
        label: { en: 'Resettled refugees (arrivals)', sv: 'Vidarebosatta flyktingar (ankomster)', nb: 'Overføringsflyktninger (ankomster)', da: 'Genbosatte flygtninge (ankomster)', fi: 'Uudelleensijoitetut pakolaiset (saapuneet)', is: 'Kvótaflóttafólk (komur)' },
        definition: {
          en: 'Refugees who arrived during the calendar year through resettlement from a first country of asylum (the refugee quota), as UNHCR records the arrivals. A year without a figure is not zero: no arrivals were reported (Denmark 2018-2019).',
          sv: 'Flyktingar som kom under kalenderåret genom vidarebosättning från ett första asylland (flyktingkvoten), enligt UNHCR:s registrering av ankomster. Ett år utan siffra betyder inte noll: inga ankomster redovisades (Danmark 2018-2019).',
          nb: 'Flyktninger som kom i løpet av kalenderåret gjennom gjenbosetting fra et første asylland (kvoteflyktninger), slik UNHCR registrerer ankomstene. Et år uten tall betyr ikke null: ingen ankomster ble rapportert (Danmark 2018-2019).',
          da: 'Flygtninge, der ankom i løbet af kalenderåret ved genbosætning fra et første asylland (kvoteflygtninge), som UNHCR registrerer ankomsterne. Et år uden tal betyder ikke nul: ingen ankomster blev indberettet (Danmark 2018-2019).',
          fi: 'Kalenterivuoden aikana uudelleensijoituksen kautta ensimmäisestä turvapaikkamaasta saapuneet pakolaiset (pakolaiskiintiö) UNHCR:n kirjaamina. Vuosi ilman lukua ei tarkoita nollaa: saapumisia ei ilmoitettu (Tanska 2018-2019).',
          is: 'Flóttafólk sem kom á almanaksárinu með búsetuflutningi frá fyrsta griðlandi (kvótaflóttafólk), eins og UNHCR skráir komurnar. Ár án tölu þýðir ekki núll: engar komur voru tilkynntar (Danmörk 2018-2019).',
        },
      }),
      refugees: series({
        id: 'refugees', reference: '12-31', data: ref, from: firstYear(ref), to: lastYear(ref), sources: [unhcrSource('population', 'population: refugees (end-year stock)')],
        label: { en: 'Refugees', sv: 'Flyktingar', nb: 'Flyktninger', da: 'Flygtninge', fi: 'Pakolaiset', is: 'Flóttafólk' },
        definition: { en: 'Refugees (incl. refugee-like situations) living in the country at the end of the year, a stock (UNHCR).', sv: 'Flyktingar (inkl. flyktingliknande situationer) som bor i landet vid årets slut, ett bestånd (UNHCR).', nb: 'Flyktninger (inkl. personer i flyktninglignende situasjoner) bosatt i landet ved årets slutt, en beholdning (UNHCR).', da: 'Flygtninge (inkl. personer i flygtningelignende situationer) bosat i landet ved årets udgang, en bestand (UNHCR).', fi: 'Maassa vuoden lopussa asuvat pakolaiset (ml. pakolaisen kaltaisessa asemassa olevat), kantaluku (UNHCR).', is: 'Flóttafólk (þ.m.t. fólk í sambærilegri stöðu) búsett í landinu í árslok, heildarfjöldi á þeim tíma (UNHCR).' },
      }),
      'asylum-seekers': series({
        id: 'asylum-seekers', reference: '12-31', data: asy, from: firstYear(asy), to: lastYear(asy), sources: [unhcrSource('population', 'population: asylum_seekers (end-year stock)')],
        label: { en: 'Asylum-seekers (pending cases)', sv: 'Asylsökande (pågående ärenden)', nb: 'Asylsøkere (ubehandlede saker)', da: 'Asylansøgere (verserende sager)', fi: 'Turvapaikanhakijat (vireillä olevat)', is: 'Umsækjendur um vernd (óafgreidd mál)' },
        definition: { en: 'Asylum-seekers whose cases were pending at the end of the year, a stock (UNHCR). Not the number of new applications during the year.', sv: 'Asylsökande vars ärenden pågick vid årets slut, ett bestånd (UNHCR). Inte antalet nya ansökningar under året.', nb: 'Asylsøkere med saker under behandling ved årets slutt, en beholdning (UNHCR). Ikke antall nye søknader i løpet av året.', da: 'Asylansøgere med verserende sager ved årets udgang, en bestand (UNHCR). Ikke antallet af nye ansøgninger i løbet af året.', fi: 'Turvapaikanhakijat, joiden hakemus oli vireillä vuoden lopussa, kantaluku (UNHCR). Ei vuoden aikana jätettyjen uusien hakemusten määrä.', is: 'Umsækjendur um vernd með óafgreidd mál í árslok, heildarfjöldi á þeim tíma (UNHCR). Ekki fjöldi nýrra umsókna á árinu.' },
      }),
      'foreign-born': series({
        id: 'foreign-born', reference: '01-01', data: fb, from: firstYear(fb), to: lastYear(fb), sources: [fbSource],
        label: { en: 'Foreign-born residents', sv: 'Utrikes födda', nb: 'Utenlandsfødte', da: 'Udlandsfødte', fi: 'Ulkomailla syntyneet', is: 'Fædd erlendis' },
        definition: {
          en: 'People living in the country on 1 January who were born in another country, whatever their citizenship, a stock (Eurostat migr_pop3ctb, from the national population registers).',
          sv: 'Personer som bor i landet den 1 januari och är födda i ett annat land, oavsett medborgarskap, ett bestånd (Eurostat migr_pop3ctb, från ländernas befolkningsregister).',
          nb: 'Personer bosatt i landet 1. januar som er født i et annet land, uansett statsborgerskap, en beholdning (Eurostat migr_pop3ctb, fra landenes befolkningsregistre).',
          da: 'Personer bosat i landet 1. januar, som er født i et andet land, uanset statsborgerskab, en bestand (Eurostat migr_pop3ctb, fra landenes befolkningsregistre).',
          fi: 'Maassa 1. tammikuuta asuvat, toisessa maassa syntyneet henkilöt kansalaisuudesta riippumatta, kantaluku (Eurostat migr_pop3ctb, maiden väestörekistereistä).',
          is: 'Fólk búsett í landinu 1. janúar sem fæddist í öðru landi, óháð ríkisborgararétti, heildarfjöldi á þeim tíma (Eurostat migr_pop3ctb, úr þjóðskrám landanna).',
        },
      }),
    },
  };
  return { file, notes };
}
