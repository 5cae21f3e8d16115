// Who lives here: the share of residents of foreign origin in Denmark, Norway and Finland, each as its
// office measures it, and every country's municipalities relative to their own country (a location
// quotient), so the default map colours all four countries that have municipality figures.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readDelimited, parseDelimited, toNumber, round } from './io.mjs';
import { indicatorFile } from './indicator-file.mjs';
import { readKolada, readKoladaNational, readKommuner } from './indicators.mjs';
import { loadNorway, makeCrosswalk, mapYear } from './no-crosswalk.mjs';
import { SRC } from './sources.mjs';
import { ORIGIN_SRC } from './sources-origin.mjs';

const STATS = (rawDir, ...p) => join(rawDir, 'stats', 'raw', ...p);
const sumBy = (xs, f) => xs.reduce((s, x) => s + f(x), 0);

/** Municipality names of one country in the geometry (name and Swedish name) → feature id. */
function namesOf(topology, country) {
  const out = new Map();
  for (const g of topology.objects.municipalities.geometries) {
    if (g.properties.country !== country) continue;
    for (const n of [g.properties.name, g.properties.nameSv]) {
      if (!n) continue;
      if (out.has(n) && out.get(n) !== g.id) throw new Error(`${country}: the name ${n} belongs to two municipalities`);
      out.set(n, g.id);
    }
  }
  return out;
}

// Where the source's names differ from the geometry's: Statistics Denmark's English label of
// København (addendum 3, §7), and the hyphen the geometry's source leaves out of Høje-Taastrup.
const DK_ENGLISH_NAMES = { Copenhagen: 'København', 'Høje-Taastrup': 'Høje Taastrup' };

/**
 * Denmark (addendum 3, §7): share not of Danish origin per kommune, by the Folketing election year
 * the repository labels it with; the reference year comes from population.csv's reference_period
 * (2008Q1 … 2026M02; Q1 is the stock on 1 January, and the share's 2026 figure is 2026Q1).
 * Returns { share: Map(id → Map(year → %)), population: Map(id → Map(year → persons)), national, periods }.
 */
export function readDenmark(rawDir, topology) {
  const dir = STATS(rawDir, 'dk_municipalities_dst_hedegreen');
  const names = namesOf(topology, 'DK');
  const idOf = (name) => {
    const id = names.get(DK_ENGLISH_NAMES[name] ?? name);
    if (!id) throw new Error(`Denmark: kommune ${name} is not in the geometry`);
    return id;
  };
  const yearOf = new Map(); // election year → reference year
  const periods = new Map(); // reference year → population reference_period
  const population = new Map();
  for (const r of readDelimited(join(dir, 'population.csv'))) {
    const m = r.reference_period.match(/^(\d{4})(Q1|M\d{2})$/);
    if (!m) throw new Error(`Denmark: unreadable reference_period ${r.reference_period}`);
    const y = Number(m[1]);
    if (yearOf.has(r.year) && yearOf.get(r.year) !== y) throw new Error(`Denmark: election year ${r.year} has two reference years`);
    yearOf.set(r.year, y);
    periods.set(y, r.reference_period);
    const id = idOf(r.municipality);
    if (!population.has(id)) population.set(id, new Map());
    if (population.get(id).has(y)) throw new Error(`Denmark: ${r.municipality} ${y} twice in population.csv`);
    population.get(id).set(y, toNumber(r.value));
  }
  const share = new Map();
  const matched = new Map(); // id → name, to prove no two names join one kommune
  for (const r of readDelimited(join(dir, 'immigration_share_pct.csv'))) {
    const id = idOf(r.municipality);
    if (matched.has(id) && matched.get(id) !== r.municipality) throw new Error(`Denmark: ${r.municipality} and ${matched.get(id)} both join ${id}`);
    matched.set(id, r.municipality);
    const y = yearOf.get(r.year);
    if (y === undefined) throw new Error(`Denmark: election year ${r.year} has no reference period`);
    if (!share.has(id)) share.set(id, new Map());
    share.get(id).set(y, toNumber(r.value));
  }
  // The country's share: the population-weighted mean of the 98 kommuner (the file has shares only).
  const national = new Map();
  for (const y of [...periods.keys()].sort()) {
    const rows = [...share].map(([id, ys]) => ({ s: ys.get(y), p: population.get(id)?.get(y) }));
    if (rows.some((r) => typeof r.s !== 'number' || typeof r.p !== 'number')) continue;
    national.set(y, sumBy(rows, (r) => r.s * r.p) / sumBy(rows, (r) => r.p));
  }
  return { share, population, national, periods, kommuner: matched.size };
}

/**
 * Norway (addendum 3, §9): befolkning_hovedgrupper.csv, a PX-Web export with four header rows whose
 * column order differs by block. Short rows (old codes) lack the 2015 block: their field j belongs
 * to header column j + 30. Returns Map(year → Map(code → {total, immigrants, born}|values null)).
 */
export function readNorwayOrigin(rawDir) {
  const lines = readFileSync(STATS(rawDir, 'no_municipalities_imdi_munch', 'befolkning_hovedgrupper.csv'), 'utf8').split('\n').filter((l) => l !== '');
  const head = lines.slice(0, 4).map((l) => l.split(';'));
  const width = head[0].length;
  const strip = (cell, prefix) => {
    if (!cell.startsWith(prefix)) throw new Error(`Norway: header cell ${cell} does not start with ${prefix}`);
    return cell.slice(prefix.length);
  };
  const want = { 'Hele befolkningen': 'total', Innvandrere: 'immigrants', 'Norskfødte med innvandrerforeldre': 'born' };
  const columns = []; // { col, year, key }
  for (let j = 2; j < width; j++) {
    const bakgrunn = strip(head[0][j], 'Bakgrunn: ');
    const kjonn = strip(head[1][j], 'Kjønn: ');
    const unit = strip(head[2][j], 'Enheter for tall: ');
    const year = Number(strip(head[3][j], 'År: '));
    if (kjonn === 'Alle' && unit === 'Personer' && want[bakgrunn]) columns.push({ col: j, year, key: want[bakgrunn] });
  }
  const out = new Map();
  let shortRows = 0;
  for (const line of lines.slice(4)) {
    const f = line.split(';');
    const code = f[0].replace(/^K/, '');
    const short = f.length === width - 30;
    if (!short && f.length !== width) throw new Error(`Norway: row ${f[0]} has ${f.length} fields`);
    if (short) shortRows++;
    for (const { col, year, key } of columns) {
      const j = short ? col - 30 : col;
      if (j < 2) continue; // the 2015 block, absent from short rows
      const v = toNumber(f[j]);
      if (!out.has(year)) out.set(year, new Map());
      const y = out.get(year);
      if (!y.has(code)) y.set(code, { total: null, immigrants: null, born: null });
      y.get(code)[key] = v;
    }
  }
  return { byYear: out, shortRows };
}

/**
 * Finland (addendum 3, §10): municipal.tsv, data year 2017 on the 2018 structure (311 kunnat, names
 * only). Valtimo joined Nurmes (2020) and Honkajoki Kankaanpää (2021): their shares are combined
 * weighted by population, so today's 309 municipalities each have a figure.
 */
export function readFinlandCitizens(rawDir, topology) {
  const rows = parseDelimited(readFileSync(STATS(rawDir, 'fi_municipalities_statfin_mooc2018', 'municipal.tsv'), 'utf8'), '\t');
  const SHARE = 'Share of foreign citizens of the population, %';
  if (rows[0]['Region 2018'] !== 'WHOLE COUNTRY') throw new Error('Finland: first row is not WHOLE COUNTRY');
  const kunnat = rows.slice(1, 312); // the 311 municipalities precede the 178 regional aggregates
  const names = namesOf(topology, 'FI');
  const MERGED = { Valtimo: 'Nurmes', Honkajoki: 'Kankaanpää' };
  const parts = new Map(); // id → [{share, population, name}]
  for (const r of kunnat) {
    const name = r['Region 2018'];
    const id = names.get(MERGED[name] ?? name);
    if (!id) throw new Error(`Finland: ${name} is not a municipality in the geometry`);
    const s = toNumber(r[SHARE]);
    const p = toNumber(r.Population);
    if (s === null || p === null) throw new Error(`Finland: ${name} has no share or population`);
    if (!parts.has(id)) parts.set(id, []);
    parts.get(id).push({ name, share: s, population: p });
  }
  const share = new Map();
  for (const [id, ps] of parts) share.set(id, new Map([[2017, round(sumBy(ps, (x) => x.share * x.population) / sumBy(ps, (x) => x.population), 1)]]));
  return {
    share,
    national: new Map([[2017, toNumber(rows[0][SHARE])]]),
    populationSum: sumBy(kunnat, (r) => toNumber(r.Population)),
    merged: [...parts].filter(([, ps]) => ps.length > 1).map(([id, ps]) => ({ id, names: ps.map((x) => x.name) })),
  };
}

const T = {
  background: {
    label: { en: 'Immigrants and their descendants, share of the population', sv: 'Invandrare och deras barn, andel av befolkningen', nb: 'Innvandrere og norskfødte med innvandrerforeldre, andel av befolkningen', da: 'Indvandrere og efterkommere, andel af befolkningen', fi: 'Maahanmuuttajat ja heidän jälkeläisensä, osuus väestöstä', is: 'Innflytjendur og afkomendur þeirra, hlutfall íbúa' },
    definition: {
      en: 'Immigrants (born abroad to parents born abroad) and descendants (born in the country to immigrant parents) as a percentage of all residents on 1 January.',
      sv: 'Invandrare (födda utomlands av utrikes födda föräldrar) och ättlingar (födda i landet av invandrade föräldrar) i procent av alla invånare den 1 januari.',
      nb: 'Innvandrere (født i utlandet av utenlandsfødte foreldre) og norskfødte med innvandrerforeldre i prosent av alle innbyggere per 1. januar.',
      da: 'Indvandrere (født i udlandet af udenlandsfødte forældre) og efterkommere (født i landet af indvandrerforældre) i procent af alle indbyggere pr. 1. januar.',
      fi: 'Maahanmuuttajat (syntyneet ulkomailla ulkomailla syntyneille vanhemmille) ja jälkeläiset (syntyneet maassa maahanmuuttajavanhemmille), % kaikista asukkaista 1. tammikuuta.',
      is: 'Innflytjendur (fæddir erlendis af foreldrum fæddum erlendis) og afkomendur (fæddir í landinu af innflytjendaforeldrum) sem hlutfall af öllum íbúum 1. janúar.',
    },
    countryDefinitions: {
      DK: { en: 'Statistics Denmark FOLK1E: residents not of Danish origin (immigrants and descendants, Western and non-Western) ÷ all residents.', sv: 'Danmarks Statistik FOLK1E: invånare som inte är av dansk härkomst (invandrare och ättlingar) ÷ alla invånare.', nb: 'Danmarks Statistik FOLK1E: innbyggere som ikke er av dansk opprinnelse (innvandrere og etterkommere) ÷ alle innbyggere.', da: 'Danmarks Statistik FOLK1E: indbyggere, der ikke er af dansk oprindelse (indvandrere og efterkommere, vestlige og ikke-vestlige) ÷ alle indbyggere.', fi: 'Tanskan tilastokeskus FOLK1E: muut kuin tanskalaista syntyperää olevat (maahanmuuttajat ja jälkeläiset) ÷ kaikki asukkaat.', is: 'Hagstofa Danmerkur FOLK1E: íbúar sem ekki eru af dönskum uppruna (innflytjendur og afkomendur) ÷ allir íbúar.' },
      NO: { en: 'Statistics Norway: immigrants plus Norwegian-born to immigrant parents ÷ all residents (counts, on 2024 municipalities).', sv: 'SSB: invandrare plus norskfödda med invandrade föräldrar ÷ alla invånare (antal, på 2024 års kommuner).', nb: 'SSB: innvandrere pluss norskfødte med innvandrerforeldre ÷ hele befolkningen (antall, på 2024-kommuner).', da: 'SSB: indvandrere plus norskfødte med indvandrerforældre ÷ alle indbyggere (antal, på 2024-kommuner).', fi: 'SSB: maahanmuuttajat ja Norjassa syntyneet maahanmuuttajavanhempien lapset ÷ koko väestö (lukumäärät, vuoden 2024 kuntajaolla).', is: 'SSB: innflytjendur auk Noregsfæddra barna innflytjenda ÷ allir íbúar (fjöldi, sveitarfélög ársins 2024).' },
    },
    countryMeasures: {
      DK: { en: 'not of Danish origin', sv: 'ej av dansk härkomst', nb: 'ikke av dansk opprinnelse', da: 'ikke af dansk oprindelse', fi: 'muu kuin tanskalainen syntyperä', is: 'ekki af dönskum uppruna' },
      NO: { en: 'immigrants and Norwegian-born to immigrant parents', sv: 'invandrare och norskfödda med invandrade föräldrar', nb: 'innvandrere og norskfødte med innvandrerforeldre', da: 'indvandrere og norskfødte med indvandrerforældre', fi: 'maahanmuuttajat ja Norjassa syntyneet lapset', is: 'innflytjendur og Noregsfædd börn þeirra' },
    },
  },
  citizens: {
    label: { en: 'Foreign citizens, share of the population', sv: 'Utländska medborgare, andel av befolkningen', nb: 'Utenlandske statsborgere, andel av befolkningen', da: 'Udenlandske statsborgere, andel af befolkningen', fi: 'Ulkomaan kansalaiset, osuus väestöstä', is: 'Erlendir ríkisborgarar, hlutfall íbúa' },
    definition: {
      en: 'Residents who are citizens of another country as a percentage of all residents on 31 December (Statistics Finland, rounded to 0.1).',
      sv: 'Invånare som är medborgare i ett annat land i procent av alla invånare den 31 december (Statistikcentralen, avrundat till 0,1).',
      nb: 'Innbyggere som er statsborgere i et annet land, i prosent av alle innbyggere per 31. desember (Statistikcentralen i Finland, avrundet til 0,1).',
      da: 'Indbyggere, der er statsborgere i et andet land, i procent af alle indbyggere pr. 31. december (Finlands statistikcentral, afrundet til 0,1).',
      fi: 'Ulkomaan kansalaisten osuus kaikista asukkaista 31. joulukuuta, % (Tilastokeskus, pyöristetty 0,1:een).',
      is: 'Íbúar með ríkisfang í öðru landi sem hlutfall af öllum íbúum 31. desember (Hagstofa Finnlands, námundað að 0,1).',
    },
  },
  relative: {
    label: { en: 'Residents of foreign origin, relative to the country', sv: 'Invånare med utländsk bakgrund jämfört med landet', nb: 'Innbyggere med utenlandsk bakgrunn sammenlignet med landet', da: 'Indbyggere med udenlandsk baggrund i forhold til landet', fi: 'Ulkomaalaistaustaiset asukkaat suhteessa koko maahan', is: 'Íbúar af erlendum uppruna miðað við landið' },
    definition: {
      en: 'The municipality\'s share of residents of foreign origin divided by the same share for its whole country (1 = as the country, 2 = twice the country\'s share). Each country measures foreign origin its own way (named per country), so compare a municipality with its own country, not one country with another.',
      sv: 'Kommunens andel invånare med utländsk bakgrund dividerad med samma andel för hela landet (1 = som landet, 2 = dubbelt så stor andel). Varje land mäter utländsk bakgrund på sitt sätt (anges per land), så jämför en kommun med sitt eget land, inte länder med varandra.',
      nb: 'Kommunens andel innbyggere med utenlandsk bakgrunn delt på samme andel for hele landet (1 = som landet, 2 = dobbelt så stor andel). Hvert land måler utenlandsk bakgrunn på sin måte (oppgitt per land), så sammenlign en kommune med sitt eget land, ikke land med hverandre.',
      da: 'Kommunens andel af indbyggere med udenlandsk baggrund divideret med samme andel for hele landet (1 = som landet, 2 = dobbelt så stor en andel). Hvert land måler udenlandsk baggrund på sin måde (angivet pr. land), så sammenlign en kommune med sit eget land, ikke lande med hinanden.',
      fi: 'Kunnan ulkomaalaistaustaisten asukkaiden osuus jaettuna koko maan vastaavalla osuudella (1 = kuten koko maassa, 2 = kaksinkertainen osuus). Kukin maa mittaa ulkomaista taustaa omalla tavallaan (kerrottu maittain), joten vertaa kuntaa omaan maahansa, älä maita toisiinsa.',
      is: 'Hlutfall íbúa af erlendum uppruna í sveitarfélaginu deilt með sama hlutfalli fyrir allt landið (1 = eins og landið, 2 = tvöfalt hlutfall landsins). Hvert land mælir erlendan uppruna á sinn hátt (tilgreint fyrir hvert land), svo berðu sveitarfélag saman við eigið land, ekki lönd hvert við annað.',
    },
    countryMeasures: {
      SE: { en: 'foreign-born', sv: 'utrikes födda', nb: 'født i utlandet', da: 'født i udlandet', fi: 'ulkomailla syntyneet', is: 'fæddir erlendis' },
      FI: { en: 'foreign citizens', sv: 'utländska medborgare', nb: 'utenlandske statsborgere', da: 'udenlandske statsborgere', fi: 'ulkomaan kansalaiset', is: 'erlendir ríkisborgarar' },
    },
    countryDefinitions: {
      SE: { en: 'Foreign-born share (Kolada N02926, 31 December) ÷ Sweden\'s share.', sv: 'Andel utrikes födda (Kolada N02926, 31 december) ÷ rikets andel.', nb: 'Andel født i utlandet (Kolada N02926, 31. desember) ÷ Sveriges andel.', da: 'Andel født i udlandet (Kolada N02926, 31. december) ÷ Sveriges andel.', fi: 'Ulkomailla syntyneiden osuus (Kolada N02926, 31.12.) ÷ koko Ruotsin osuus.', is: 'Hlutfall fæddra erlendis (Kolada N02926, 31. desember) ÷ hlutfall Svíþjóðar.' },
      FI: { en: 'Foreign citizens\' share (Statistics Finland municipal key figures, 31 December 2017) ÷ the whole country\'s 4.5 %.', sv: 'Andel utländska medborgare (Statistikcentralens kommunala nyckeltal, 31 december 2017) ÷ hela landets andel.', nb: 'Andel utenlandske statsborgere (Statistikcentralens kommunale nøkkeltall, 31. desember 2017) ÷ hele landets andel.', da: 'Andel udenlandske statsborgere (Statistikcentralens kommunale nøgletal, 31. december 2017) ÷ hele landets andel.', fi: 'Ulkomaan kansalaisten osuus (Tilastokeskuksen kuntien avainluvut, 31.12.2017) ÷ koko maan osuus.', is: 'Hlutfall erlendra ríkisborgara (lykiltölur sveitarfélaga, Hagstofa Finnlands, 31. desember 2017) ÷ hlutfall landsins alls.' },
      DK: { en: 'Share not of Danish origin (FOLK1E, 1 January) ÷ the population-weighted share of all 98 kommuner.', sv: 'Andel ej av dansk härkomst (FOLK1E, 1 januari) ÷ befolkningsviktad andel för alla 98 kommuner.', nb: 'Andel ikke av dansk opprinnelse (FOLK1E, 1. januar) ÷ befolkningsvektet andel for alle 98 kommuner.', da: 'Andel ikke af dansk oprindelse (FOLK1E, 1. januar) ÷ den befolkningsvægtede andel for alle 98 kommuner.', fi: 'Muun kuin tanskalaista syntyperää olevien osuus (FOLK1E, 1.1.) ÷ kaikkien 98 kunnan väestöllä painotettu osuus.', is: 'Hlutfall ekki af dönskum uppruna (FOLK1E, 1. janúar) ÷ hlutfall allra 98 sveitarfélaganna, vegið með íbúafjölda.' },
      NO: { en: 'Immigrants plus Norwegian-born to immigrant parents (1 January) ÷ Norway\'s share (the sum over all kommuner).', sv: 'Invandrare plus norskfödda med invandrade föräldrar (1 januari) ÷ Norges andel (summan över alla kommuner).', nb: 'Innvandrere pluss norskfødte med innvandrerforeldre (1. januar) ÷ Norges andel (summen over alle kommuner).', da: 'Indvandrere plus norskfødte med indvandrerforældre (1. januar) ÷ Norges andel (summen over alle kommuner).', fi: 'Maahanmuuttajat ja Norjassa syntyneet maahanmuuttajavanhempien lapset (1.1.) ÷ koko Norjan osuus (kaikkien kuntien summa).', is: 'Innflytjendur auk Noregsfæddra barna innflytjenda (1. janúar) ÷ hlutfall Noregs (summa allra sveitarfélaga).' },
    },
  },
};

const DK_NATIONAL_NOTE = {
  en: 'Denmark: the source has shares only. The country\'s share is the mean of the 98 kommuner weighted by their population of the same date (for 2026 the nearest published, 1 February 2026); Christiansø is not included.',
  sv: 'Danmark: källan har bara andelar. Landets andel är medelvärdet av de 98 kommunerna viktat med deras folkmängd samma datum (för 2026 närmast publicerade, 1 februari 2026); Christiansø ingår inte.',
  nb: 'Danmark: kilden har bare andeler. Landets andel er gjennomsnittet av de 98 kommunene vektet med folketallet på samme dato (for 2026 nærmeste publiserte, 1. februar 2026); Christiansø er ikke med.',
  da: 'Danmark: kilden har kun andele. Landets andel er gennemsnittet af de 98 kommuner vægtet med deres folketal på samme dato (for 2026 det nærmeste offentliggjorte, 1. februar 2026); Christiansø er ikke med.',
  fi: 'Tanska: lähteessä on vain osuuksia. Koko maan osuus on 98 kunnan keskiarvo painotettuna saman ajankohdan väkiluvulla (vuodelle 2026 lähin julkaistu, 1.2.2026); Christiansø ei ole mukana.',
  is: 'Danmörk: heimildin hefur aðeins hlutföll. Hlutfall landsins er meðaltal sveitarfélaganna 98 vegið með íbúafjölda sama dags (fyrir 2026 sá næsti sem birtur var, 1. febrúar 2026); Christiansø er ekki með.',
};
const NO_YEARS_NOTE = {
  en: 'Norway: 1 January 2011-2015 only. The source goes back to 1986, but the codes of earlier years cannot be carried to today\'s municipalities with the change table we hold (it starts in 2010), and the source ends in 2015. Counts are summed onto the 2024 municipalities; where a municipality was later split, those years are left out.',
  sv: 'Norge: endast 1 januari 2011-2015. Källan går tillbaka till 1986, men tidigare års koder kan inte föras över till dagens kommuner med den ändringstabell vi har (den börjar 2010), och källan slutar 2015. Antalen summeras på 2024 års kommuner; där en kommun senare delades är de åren utelämnade.',
  nb: 'Norge: bare 1. januar 2011-2015. Kilden går tilbake til 1986, men kodene for tidligere år kan ikke føres over til dagens kommuner med endringstabellen vi har (den begynner i 2010), og kilden slutter i 2015. Antallene summeres på 2024-kommunene; der en kommune senere ble delt, er de årene utelatt.',
  da: 'Norge: kun 1. januar 2011-2015. Kilden går tilbage til 1986, men tidligere års koder kan ikke føres over til nutidens kommuner med den ændringstabel, vi har (den begynder i 2010), og kilden slutter i 2015. Antallene summeres på 2024-kommunerne; hvor en kommune senere blev delt, er de år udeladt.',
  fi: 'Norja: vain 1.1.2011-2015. Lähde alkaa vuodesta 1986, mutta aiempien vuosien koodeja ei voi siirtää nykyisiin kuntiin käytössämme olevalla muutostaulukolla (se alkaa 2010), ja lähde päättyy 2015. Lukumäärät summataan vuoden 2024 kuntiin; jos kunta myöhemmin jaettiin, ne vuodet jätetään pois.',
  is: 'Noregur: aðeins 1. janúar 2011-2015. Heimildin nær aftur til 1986, en kóða fyrri ára er ekki hægt að færa yfir á núverandi sveitarfélög með breytingatöflunni sem við höfum (hún hefst 2010), og heimildin endar 2015. Fjöldi er lagður saman á sveitarfélög ársins 2024; þar sem sveitarfélagi var síðar skipt eru þau ár undanskilin.',
};
const FI_MERGE_NOTE = {
  en: 'Finland: one year (31 December 2017) on the 2018 structure of 311 municipalities. Valtimo (now part of Nurmes) and Honkajoki (now part of Kankaanpää) are combined with them, weighted by population, so each of today\'s 309 municipalities has a figure.',
  sv: 'Finland: ett år (31 december 2017) med 2018 års indelning i 311 kommuner. Valtimo (numera del av Nurmes) och Honkajoki (numera del av Kankaanpää) är sammanvägda med dem efter folkmängd, så var och en av dagens 309 kommuner har en siffra.',
  nb: 'Finland: ett år (31. desember 2017) med 2018-inndelingen i 311 kommuner. Valtimo (nå en del av Nurmes) og Honkajoki (nå en del av Kankaanpää) er slått sammen med dem, vektet etter folketall, slik at hver av dagens 309 kommuner har et tall.',
  da: 'Finland: ét år (31. december 2017) med 2018-inddelingen i 311 kommuner. Valtimo (nu en del af Nurmes) og Honkajoki (nu en del af Kankaanpää) er lagt sammen med dem, vægtet efter folketal, så hver af nutidens 309 kommuner har et tal.',
  fi: 'Suomi: yksi vuosi (31.12.2017) vuoden 2018 311 kunnan jaolla. Valtimo (nyt osa Nurmesta) ja Honkajoki (nyt osa Kankaanpäätä) on yhdistetty niihin väkiluvulla painottaen, joten jokaisella nykyisellä 309 kunnalla on luku.',
  is: 'Finnland: eitt ár (31. desember 2017) miðað við skiptingu ársins 2018 í 311 sveitarfélög. Valtimo (nú hluti af Nurmes) og Honkajoki (nú hluti af Kankaanpää) eru sameinuð þeim, vegin með íbúafjölda, svo hvert af 309 sveitarfélögum dagsins í dag hefur tölu.',
};
const LEFT_OUT_NOTE = {
  en: 'Not used: Denmark\'s non-Western foreign citizens per 10,000 (Kommunale Nøgletal): its figures before 2007 are the ministry\'s estimates for the 2007 kommuner and its reference date is not stated. Iceland has no municipality figures in the sources we hold.',
  sv: 'Används inte: Danmarks icke-västliga utländska medborgare per 10 000 (Kommunale Nøgletal): siffrorna före 2007 är ministeriets skattningar för 2007 års kommuner och referensdatum anges inte. Island har inga kommunsiffror i de källor vi har.',
  nb: 'Ikke brukt: Danmarks ikke-vestlige utenlandske statsborgere per 10 000 (Kommunale Nøgletal): tallene før 2007 er departementets anslag for 2007-kommunene, og referansedatoen er ikke oppgitt. Island har ingen kommunetall i kildene vi har.',
  da: 'Ikke brugt: Danmarks ikke-vestlige udenlandske statsborgere pr. 10.000 (Kommunale Nøgletal): tallene før 2007 er ministeriets skøn for 2007-kommunerne, og referencedatoen er ikke oplyst. Island har ingen kommunetal i de kilder, vi har.',
  fi: 'Ei käytetty: Tanskan ei-länsimaiset ulkomaan kansalaiset 10 000 asukasta kohden (Kommunale Nøgletal): ennen vuotta 2007 luvut ovat ministeriön arvioita vuoden 2007 kunnille, eikä viiteajankohtaa kerrota. Islannista lähteissämme ei ole kuntatason lukuja.',
  is: 'Ekki notað: erlendir ríkisborgarar frá löndum utan Vesturlanda á hverja 10.000 íbúa í Danmörku (Kommunale Nøgletal): tölur fyrir 2007 eru áætlanir ráðuneytisins fyrir sveitarfélög ársins 2007 og viðmiðunardagur er ekki tilgreindur. Ísland hefur engar sveitarfélagatölur í heimildum okkar.',
};

/** Divides each municipality's value by its country's figure of the same year. */
function relativeTo(series, national) {
  const out = new Map();
  for (const [id, ys] of series) {
    const m = new Map();
    for (const [y, v] of ys) { const n = national.get(y); m.set(y, typeof v === 'number' && n ? v / n : null); }
    out.set(id, m);
  }
  return out;
}

export function buildOriginIndicators({ rawDir, built, topology }) {
  // Denmark.
  const dk = readDenmark(rawDir, topology);

  // Norway: counts per code valid in each year → 2024 municipalities, then shares.
  const noRaw = readNorwayOrigin(rawDir);
  const no = loadNorway(rawDir);
  const cw = makeCrosswalk(no);
  const noShare = new Map();
  const noNational = new Map();
  const noCounts = new Map(); // year → national {total, immigrants, born}
  const noLeftOut = [];
  const noYears = [...noRaw.byYear.keys()].filter((y) => no.population.has(y)).sort((a, b) => a - b);
  for (const y of noYears) {
    const rows = noRaw.byYear.get(y);
    const mapped = {};
    for (const key of ['total', 'immigrants', 'born']) {
      const r = mapYear({ crosswalk: cw, changes: no.changes, population: no.population, year: y, figures: new Map([...rows].map(([c, v]) => [c, v[key]])) });
      mapped[key] = r.values;
      if (key === 'total') noLeftOut.push(...r.leftOut.map((x) => `NO-${x.target} ${x.year}`));
    }
    for (const [code, total] of mapped.total) {
      const i = mapped.immigrants.get(code), b = mapped.born.get(code);
      const fid = `NO-${code}`;
      if (!noShare.has(fid)) noShare.set(fid, new Map());
      noShare.get(fid).set(y, total && typeof i === 'number' && typeof b === 'number' ? ((i + b) / total) * 100 : null);
    }
    const withTotal = [...rows.values()].filter((v) => typeof v.total === 'number');
    const sums = { total: sumBy(withTotal, (v) => v.total), immigrants: sumBy(withTotal, (v) => v.immigrants ?? 0), born: sumBy(withTotal, (v) => v.born ?? 0) };
    noCounts.set(y, sums);
    noNational.set(y, ((sums.immigrants + sums.born) / sums.total) * 100);
  }

  // Finland.
  const fi = readFinlandCitizens(rawDir, topology);

  // Sweden: foreign-born share and the country's own figure (riket).
  const kommuner = readKommuner(rawDir);
  const seFb = new Map([...readKolada(rawDir, 'n02926', kommuner)].map(([code, ys]) => [`SE-${code}`, ys]));
  const seNational = readKoladaNational(rawDir, 'n02926');

  const files = {};
  files['immigrant-background-share'] = indicatorFile({
    id: 'immigrant-background-share', unit: 'percent', built, digits: 2,
    label: T.background.label, definition: T.background.definition,
    countryDefinitions: T.background.countryDefinitions, countryMeasures: T.background.countryMeasures,
    reference: { DK: '01-01', NO: '01-01' },
    sources: [ORIGIN_SRC.dstOrigin, ORIGIN_SRC.ssbImmigrants, SRC.ssbChanges],
    series: { DK: dk.share, NO: noShare },
    national: { DK: dk.national, NO: noNational },
    coverageNotes: { DK: DK_NATIONAL_NOTE, NO: NO_YEARS_NOTE },
    notes: [DK_NATIONAL_NOTE, NO_YEARS_NOTE, LEFT_OUT_NOTE],
  });
  files['foreign-citizen-share'] = indicatorFile({
    id: 'foreign-citizen-share', unit: 'percent', built, digits: 1,
    label: T.citizens.label, definition: T.citizens.definition,
    reference: { FI: '12-31' },
    sources: [ORIGIN_SRC.statfinKeyFigures],
    series: { FI: fi.share },
    national: { FI: fi.national },
    coverageNotes: { FI: FI_MERGE_NOTE },
    notes: [FI_MERGE_NOTE],
  });
  files['foreign-share-vs-national'] = indicatorFile({
    id: 'foreign-share-vs-national', unit: 'ratio', built, digits: 2,
    label: T.relative.label, definition: T.relative.definition,
    countryDefinitions: T.relative.countryDefinitions,
    countryMeasures: { ...T.relative.countryMeasures, ...T.background.countryMeasures },
    reference: { SE: '12-31', DK: '01-01', NO: '01-01', FI: '12-31' },
    sources: [SRC.koladaForeignBorn, ORIGIN_SRC.dstOrigin, ORIGIN_SRC.ssbImmigrants, SRC.ssbChanges, ORIGIN_SRC.statfinKeyFigures],
    series: { SE: relativeTo(seFb, seNational), DK: relativeTo(dk.share, dk.national), NO: relativeTo(noShare, noNational), FI: relativeTo(fi.share, fi.national) },
    coverageNotes: { DK: DK_NATIONAL_NOTE, NO: NO_YEARS_NOTE, FI: FI_MERGE_NOTE },
    notes: [DK_NATIONAL_NOTE, NO_YEARS_NOTE, FI_MERGE_NOTE, LEFT_OUT_NOTE],
  });

  const pct = (v) => `${round(v, 2).toFixed(2)} %`;
  const readme = [
    '## Residents of foreign origin (Denmark, Norway, Finland) and the default map',
    '',
    `- Denmark (\`immigrant-background-share\`): ${dk.kommuner} kommuner joined by name to the geometry (Copenhagen is København, and the geometry spells Høje-Taastrup without its hyphen); every name matched one kommune. Reference dates: ${[...dk.periods].map(([y, p]) => `${y} (${p})`).join(', ')}; the election-year labels of the source are not used. Country share (population-weighted): ${[...dk.national].map(([y, v]) => `${y} ${pct(v)}`).join(', ')}.`,
    `- Norway (\`immigrant-background-share\`): 1 January ${noYears[0]}-${noYears[noYears.length - 1]} from befolkning_hovedgrupper.csv, columns chosen by their four header rows; ${noRaw.shortRows} short rows (old codes without the 2015 block) read with their 30-column shift. Country totals: ${[...noCounts].map(([y, s]) => `${y} ${s.total.toLocaleString('en')} residents, ${s.immigrants.toLocaleString('en')} immigrants, ${s.born.toLocaleString('en')} Norwegian-born to immigrant parents`).join('; ')}. Left out after the crosswalk (later split): ${noLeftOut.length ? noLeftOut.join(', ') : 'none'}.`,
    `- Finland (\`foreign-citizen-share\`): 311 municipalities of 2018 (population sum ${fi.populationSum.toLocaleString('en')}), joined by Finnish or Swedish name; combined onto today's municipalities: ${fi.merged.map((m) => `${m.names.join(' + ')} → ${m.id}`).join(', ')}. Whole country ${fi.national.get(2017)} %.`,
    '- `foreign-share-vs-national` divides each municipality\'s share by its own country\'s figure of the same date: Sweden foreign-born (N02926 ÷ riket), Denmark not of Danish origin, Norway immigrants and Norwegian-born to immigrant parents, Finland foreign citizens. The measures differ, so the file compares a municipality with its country, never countries with each other. With `year="latest"` each country shows its newest year.',
    '- Not used: Denmark\'s non-Western foreign citizens per 10,000 (SIM Kommunale Nøgletal, 2001-2019): figures before 2007 are estimates for the 2007 kommuner and the reference date is not stated. Iceland: no municipality figures in the sources held.',
    '',
  ];
  return { files, readme };
}
