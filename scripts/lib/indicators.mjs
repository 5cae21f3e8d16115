// Builds data/indicators/<id>.json (IndicatorFile in src/core/data-types.ts) from the raw statistics.
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readDelimited, parseDelimited, readJson, toNumber } from './io.mjs';
import { indicatorFile } from './indicator-file.mjs';
import { SRC } from './sources.mjs';
import { loadNorway, makeCrosswalk, mapYear } from './no-crosswalk.mjs';

/** First year kept in population.json (the 25 KB gzip budget does not fit 1994-2022 for Sweden). */
export const POPULATION_FROM = 2012;

const STATS = (rawDir, ...p) => join(rawDir, 'stats', 'raw', ...p);

/** Kolada datapoints → Map(kommun code → Map(year → number)); riket/län rows are skipped. */
export function readKolada(rawDir, kpi, kommuner, folder = 'se_municipalities_kolada') {
  const rows = readDelimited(STATS(rawDir, folder, `ddf--datapoints--${kpi}--by--geo--year.csv`));
  const out = new Map();
  for (const r of rows) {
    if (!kommuner.has(r.geo)) continue;
    const v = toNumber(r[kpi]);
    if (v === null) continue;
    if (!out.has(r.geo)) out.set(r.geo, new Map());
    out.get(r.geo).set(Number(r.year), v);
  }
  return out;
}

/** Kolada riket rows (`geo` 0) → Map(year → number): Sweden's own figure under the same definition. */
export function readKoladaNational(rawDir, kpi, folder = 'se_municipalities_kolada') {
  const out = new Map();
  for (const r of readDelimited(STATS(rawDir, folder, `ddf--datapoints--${kpi}--by--geo--year.csv`))) {
    const v = toNumber(r[kpi]);
    if (r.geo === '0' && v !== null) out.set(Number(r.year), v);
  }
  return out;
}

/** The 290 kommun codes of Kolada's entity list. */
export function readKommuner(rawDir) {
  return new Set(readDelimited(STATS(rawDir, 'se_municipalities_kolada', 'ddf--entities--geo--kommun.csv')).map((r) => r.kommun));
}

/** IMDi faktisk bosetting (Enhet = Personer) → Map(year → Map(code → number|null)), plus cell counts. */
function readImdi(rawDir) {
  const text = readFileSync(STATS(rawDir, 'no_municipalities_imdi', 'Figur1_bosatt_anmodede.csv')).toString('latin1');
  const rows = parseDelimited(text, ';');
  const byYear = new Map();
  const cells = {};
  for (const r of rows) {
    if (r.Enhet !== 'Personer' || r.Bosetting !== 'Faktisk bosetting') continue;
    const y = Number(r['År']);
    if (y < 2012) continue; // faktisk bosetting has figures only from 2012 (all '.' before)
    if (!byYear.has(y)) byYear.set(y, new Map());
    const v = toNumber(r.Antall);
    byYear.get(y).set(r.Kommunenummer, v);
    const kind = v !== null ? 'number' : r.Antall === ':' ? 'suppressed' : r.Antall === '.' ? 'dot' : 'empty';
    cells[y] ??= { number: 0, suppressed: 0, dot: 0, empty: 0 };
    cells[y][kind]++;
  }
  return { byYear, cells };
}

const L = {
  population: {
    label: { en: 'Population', sv: 'Folkmängd', nb: 'Folkemengde', da: 'Folketal', fi: 'Väkiluku', is: 'Mannfjöldi' },
    definition: {
      en: 'Number of inhabitants at the end of the year (31 December; for Norway the 1 January figure of the following year, which is the same date).',
      sv: 'Antal invånare vid årets slut (31 december; för Norge folkmängden den 1 januari året därpå, som avser samma tidpunkt).',
      nb: 'Folkemengde ved utgangen av året (31. desember; for Norge folkemengden 1. januar året etter, som er samme tidspunkt).',
      da: 'Indbyggere ved årets udgang (31. december; for Norge tallet for 1. januar året efter, samme tidspunkt).',
      fi: 'Asukasluku vuoden lopussa (31.12.; Norjassa seuraavan vuoden 1.1. luku, sama ajankohta).',
      is: 'Íbúar í árslok (31. desember; fyrir Noreg talan 1. janúar næsta árs, sami tímapunktur).',
    },
  },
  'foreign-born-share': {
    label: { en: 'Foreign-born share of the population', sv: 'Andel utrikes födda', nb: 'Andel født i utlandet', da: 'Andel født i udlandet', fi: 'Ulkomailla syntyneiden osuus', is: 'Hlutfall íbúa fæddra erlendis' },
    definition: {
      en: 'Persons born abroad as a percentage of all inhabitants on 31 December.',
      sv: 'Antal personer födda utomlands i procent av antalet invånare den 31 december.',
      nb: 'Personer født i utlandet i prosent av alle innbyggere per 31. desember.',
      da: 'Personer født i udlandet i procent af alle indbyggere pr. 31. december.',
      fi: 'Ulkomailla syntyneiden osuus kaikista asukkaista 31. joulukuuta, %.',
      is: 'Íbúar fæddir erlendis sem hlutfall af öllum íbúum 31. desember.',
    },
  },
  'refugees-received': {
    label: { en: 'Refugees received by the municipality', sv: 'Flyktingar mottagna i kommunen', nb: 'Flyktninger bosatt i kommunen', da: 'Flygtninge modtaget i kommunen', fi: 'Kuntaan vastaanotetut pakolaiset', is: 'Flóttafólk sem sveitarfélagið tók á móti' },
    definition: {
      en: 'Persons received or settled during the year. Each country counts them its own way (named per country).',
      sv: 'Personer som tagits emot eller bosatts under året. Länderna räknar på olika sätt (anges per land).',
      nb: 'Personer mottatt eller bosatt i løpet av året. Landene teller på ulike måter (oppgitt per land).',
      da: 'Personer modtaget eller bosat i løbet af året. Landene tæller på forskellige måder (angivet pr. land).',
      fi: 'Vuoden aikana vastaanotetut tai kuntaan sijoitetut henkilöt. Maat laskevat ne eri tavoin (kerrottu maittain).',
      is: 'Einstaklingar sem tekið var á móti eða fengu búsetu á árinu. Löndin telja á ólíkan hátt (tilgreint fyrir hvert land).',
    },
    countryDefinitions: {
      SE: {
        en: 'Kommunmottagna, people with a residence permit as refugees, persons in need of protection, on exceptionally distressing grounds or as their family members, counted the first time a municipality receives state compensation for them (Migrationsverket).',
        sv: 'Kommunmottagna med uppehållstillstånd som flyktingar, skyddsbehövande, på grund av synnerligen ömmande omständigheter eller som anhöriga, räknade första gången en kommun får statlig ersättning för dem (Migrationsverket).',
        nb: 'Kommunmottagna, personer med oppholdstillatelse som flyktninger, personer med beskyttelsesbehov, på grunn av særlig sterke menneskelige hensyn eller som familiemedlemmer, talt første gang en kommune får statlig kompensasjon for dem (Migrationsverket).',
        da: 'Kommunmottagna, personer med opholdstilladelse som flygtninge, beskyttelsesberettigede, af særligt ømmende grunde eller som deres familiemedlemmer, talt første gang en kommune får statslig kompensation for dem (Migrationsverket).',
        fi: 'Kommunmottagna eli pakolaisina, suojelua tarvitsevina, erityisen painavin perustein tai heidän perheenjäseninään oleskeluluvan saaneet, laskettuna silloin, kun kunta ensimmäisen kerran saa heistä valtion korvausta (Migrationsverket).',
        is: 'Kommunmottagna, fólk með dvalarleyfi sem flóttafólk, fólk í þörf fyrir vernd, af sérstaklega knýjandi ástæðum eða sem fjölskyldumeðlimir þeirra, talið í fyrsta sinn sem sveitarfélag fær ríkisframlag vegna þeirra (Migrationsverket).',
      },
      NO: {
        en: 'Refugees settled in the municipality by agreement with IMDi (faktisk bosetting), including resettlement refugees, refugees granted asylum, family members and, from 2022, people with collective protection from Ukraine.',
        sv: 'Flyktingar som bosatts i kommunen efter överenskommelse med IMDi (faktisk bosetting), inklusive kvotflyktingar, asylsökande som fått skydd, familjemedlemmar och från 2022 personer med kollektivt skydd från Ukraina.',
        nb: 'Flyktninger bosatt i kommunen etter avtale med IMDi (faktisk bosetting), inkludert overføringsflyktninger, flyktninger som har fått asyl, familiegjenforente og fra 2022 personer med kollektiv beskyttelse fra Ukraina.',
        da: 'Flygtninge bosat i kommunen efter aftale med IMDi (faktisk bosetting), herunder kvoteflygtninge, flygtninge med asyl, familiesammenførte og fra 2022 personer med kollektiv beskyttelse fra Ukraine.',
        fi: 'IMDi:n kanssa sovitusti kuntaan sijoitetut pakolaiset (faktisk bosetting), mukaan lukien kiintiöpakolaiset, turvapaikan saaneet, perheenjäsenet ja vuodesta 2022 Ukrainasta tulleet kollektiivista suojelua saaneet.',
        is: 'Flóttafólk sem sest að í sveitarfélaginu samkvæmt samkomulagi við IMDi (faktisk bosetting), þar á meðal kvótaflóttafólk, flóttafólk sem fengið hefur hæli, fjölskyldumeðlimir og frá 2022 fólk með vernd vegna fjöldaflótta frá Úkraínu.',
      },
    },
  },
  'refugees-per-1000': {
    label: { en: 'Refugees received per 1,000 inhabitants', sv: 'Mottagna flyktingar per 1 000 invånare', nb: 'Bosatte flyktninger per 1 000 innbyggere', da: 'Modtagne flygtninge pr. 1.000 indbyggere', fi: 'Vastaanotetut pakolaiset 1 000 asukasta kohden', is: 'Flóttafólk á hverja 1.000 íbúa' },
    definition: {
      en: 'Refugees received or settled during the year (see refugees-received) per 1,000 inhabitants at the start of the year. Each country counts them its own way (named per country).',
      sv: 'Flyktingar som tagits emot eller bosatts under året (se refugees-received) per 1 000 invånare vid årets början. Länderna räknar på olika sätt (anges per land).',
      nb: 'Flyktninger mottatt eller bosatt i løpet av året (se refugees-received) per 1 000 innbyggere ved årets begynnelse. Landene teller på ulike måter (oppgitt per land).',
      da: 'Flygtninge modtaget eller bosat i løbet af året (se refugees-received) pr. 1.000 indbyggere ved årets begyndelse. Landene tæller på forskellige måder (angivet pr. land).',
      fi: 'Vuoden aikana vastaanotetut tai kuntaan sijoitetut pakolaiset (ks. refugees-received) 1 000 vuoden alun asukasta kohden. Maat laskevat ne eri tavoin (kerrottu maittain).',
      is: 'Flóttafólk sem tekið var á móti eða fékk búsetu á árinu (sjá refugees-received) á hverja 1.000 íbúa í upphafi árs. Löndin telja á ólíkan hátt (tilgreint fyrir hvert land).',
    },
    countryDefinitions: {
      SE: {
        en: 'Kolada N02006 as published (divided by the population on 31 December of the previous year).',
        sv: 'Kolada N02006 som publicerat (dividerat med folkmängden 31 december föregående år).',
        nb: 'Kolada N02006 som publisert (delt på folkemengden 31. desember året før).',
        da: 'Kolada N02006 som offentliggjort (divideret med befolkningstallet 31. december året før).',
        fi: 'Kolada N02006 sellaisenaan (jaettu edellisen vuoden 31. joulukuuta väkiluvulla).',
        is: 'Kolada N02006 eins og birt (deilt með íbúafjölda 31. desember fyrra árs).',
      },
      NO: {
        en: 'IMDi settled refugees divided by SSB population on 1 January of the same year, both on 2024 municipalities.',
        sv: 'IMDi:s bosatta flyktingar dividerat med SSB:s folkmängd 1 januari samma år, båda på 2024 års kommuner.',
        nb: 'Flyktninger bosatt etter avtale med IMDi delt på SSBs folkemengde 1. januar samme år, begge på 2024-kommuner.',
        da: 'IMDi\'s bosatte flygtninge divideret med SSB\'s befolkningstal 1. januar samme år, begge på 2024-kommuner.',
        fi: 'IMDi:n mukaan sijoitetut pakolaiset jaettuna SSB:n saman vuoden 1. tammikuuta väkiluvulla, molemmat vuoden 2024 kuntajaolla.',
        is: 'Flóttafólk sem fékk búsetu samkvæmt IMDi deilt með íbúafjölda SSB 1. janúar sama árs, hvort tveggja miðað við sveitarfélög ársins 2024.',
      },
    },
  },
  'net-migration-per-1000': {
    label: { en: 'Net international migration per 1,000 inhabitants', sv: 'Utrikes flyttnetto per 1 000 invånare', nb: 'Nettoinnvandring fra utlandet per 1 000 innbyggere', da: 'Nettoindvandring pr. 1.000 indbyggere', fi: 'Nettomaahanmuutto 1 000 asukasta kohden', is: 'Hreinn aðflutningur frá útlöndum á hverja 1.000 íbúa' },
    definition: {
      en: 'People who moved to the municipality from abroad minus people who moved from it abroad during the year (Kolada N01806), per 1,000 inhabitants on 31 December of the previous year (Kolada N01951).',
      sv: 'Antal som flyttat till kommunen från utlandet minus antal som flyttat från kommunen till utlandet under året (Kolada N01806), per 1 000 invånare den 31 december föregående år (Kolada N01951).',
      nb: 'Personer som flyttet til kommunen fra utlandet minus personer som flyttet fra kommunen til utlandet i løpet av året (Kolada N01806), per 1 000 innbyggere 31. desember året før (Kolada N01951).',
      da: 'Personer, der flyttede til kommunen fra udlandet, minus personer, der flyttede fra kommunen til udlandet i løbet af året (Kolada N01806), pr. 1.000 indbyggere 31. december året før (Kolada N01951).',
      fi: 'Ulkomailta kuntaan muuttaneet miinus kunnasta ulkomaille muuttaneet vuoden aikana (Kolada N01806), 1 000 asukasta kohden edellisen vuoden 31. joulukuuta (Kolada N01951).',
      is: 'Fjöldi sem flutti til sveitarfélagsins frá útlöndum að frádregnum þeim sem fluttu þaðan til útlanda á árinu (Kolada N01806), á hverja 1.000 íbúa 31. desember fyrra árs (Kolada N01951).',
    },
  },
  'foreign-language-share': {
    label: { en: 'Foreign-language speakers, share of the population', sv: 'Andel med främmande modersmål', nb: 'Andel med fremmedspråk som morsmål', da: 'Andel med fremmedsprog som modersmål', fi: 'Vieraskielisten osuus väestöstä', is: 'Hlutfall íbúa með erlent móðurmál' },
    definition: {
      en: 'Residents whose native language is other than Finnish, Swedish or Sámi, as a percentage of the population (Statistics Finland, rounded to 0.1).',
      sv: 'Invånare med annat modersmål än finska, svenska eller samiska, i procent av befolkningen (Statistikcentralen, avrundat till 0,1).',
      fi: 'Vieraskielisten (äidinkieli muu kuin suomi, ruotsi tai saame) osuus väestöstä, % (Tilastokeskus, pyöristetty 0,1:een).',
      nb: 'Innbyggere med et annet morsmål enn finsk, svensk eller samisk, i prosent av befolkningen (Statistikcentralen i Finland, avrundet til 0,1).',
      da: 'Indbyggere med et andet modersmål end finsk, svensk eller samisk, i procent af befolkningen (Finlands statistikcentral, afrundet til 0,1).',
      is: 'Íbúar með annað móðurmál en finnsku, sænsku eða samísku, sem hlutfall af íbúafjölda (Hagstofa Finnlands, námundað að 0,1).',
    },
  },
};

/** An indicator file of this module: labels and definition from `L`. */
const fileOf = ({ id, ...rest }) => indicatorFile({ id, label: L[id].label, definition: L[id].definition, countryDefinitions: L[id].countryDefinitions, ...rest });

const toSeMap = (kolada, fn = (v) => v) => {
  const m = new Map();
  for (const [code, ys] of kolada) m.set(`SE-${code}`, new Map([...ys].map(([y, v]) => [y, fn(v, y, code)])));
  return m;
};

/** Builds every indicator file. Returns { files: { id: IndicatorFile }, report } for the README. */
export function buildIndicators({ rawDir, built, geometryIds }) {
  const kommuner = readKommuner(rawDir);
  const sePop = readKolada(rawDir, 'n01951', kommuner);
  const seFb = readKolada(rawDir, 'n02926', kommuner);
  const seNet = readKolada(rawDir, 'n01806', kommuner);
  const seRef = readKolada(rawDir, 'n01986', kommuner);
  const seRef1000 = readKolada(rawDir, 'n02006', kommuner);

  // Sweden: kommun-years with no row in the refugee files (left as null, see README).
  const seRefMissing = [];
  const refYears = new Set();
  for (const ys of seRef.values()) for (const y of ys.keys()) refYears.add(y);
  for (const k of [...kommuner].sort()) for (const y of [...refYears].sort()) if (!seRef.get(k)?.has(y)) seRefMissing.push(`SE-${k} ${y}`);

  // Norway.
  const no = loadNorway(rawDir);
  const cw = makeCrosswalk(no);
  const imdi = readImdi(rawDir);
  const noSettled = new Map();
  const noPopStart = new Map(); // year → Map(code2024 → population 1 Jan of that year)
  const leftOut = { settled: [], population: [] };
  const dropped = [];
  const advanced = [];
  const ambiguous = [];
  for (const [y, figures] of [...imdi.byYear].sort((a, b) => a[0] - b[0])) {
    const r = mapYear({ crosswalk: cw, changes: no.changes, population: no.population, year: y, figures });
    leftOut.settled.push(...r.leftOut);
    dropped.push(...r.dropped);
    advanced.push(...r.advanced);
    ambiguous.push(...r.ambiguous);
    for (const [code, v] of r.values) {
      const fid = `NO-${code}`;
      if (!noSettled.has(fid)) noSettled.set(fid, new Map());
      noSettled.get(fid).set(y, v);
    }
  }
  for (const y of [...no.population.keys()].sort((a, b) => a - b)) {
    const r = mapYear({ crosswalk: cw, changes: no.changes, population: no.population, year: y, figures: no.population.get(y) });
    noPopStart.set(y, r.values);
    leftOut.population.push(...r.leftOut);
  }
  const noPopulation = new Map(); // end of year Y = 1 January Y+1
  for (const [y, vals] of noPopStart) for (const [code, v] of vals) {
    const fid = `NO-${code}`;
    if (!noPopulation.has(fid)) noPopulation.set(fid, new Map());
    noPopulation.get(fid).set(y - 1, v);
  }
  const noPer1000 = new Map();
  for (const [fid, ys] of noSettled) {
    const m = new Map();
    for (const [y, v] of ys) {
      const p = noPopStart.get(y)?.get(fid.slice(3));
      m.set(y, v !== null && p ? (v / p) * 1000 : null);
    }
    noPer1000.set(fid, m);
  }

  // Sweden: net migration per 1000 = N01806(T) / N01951(T-1) × 1000.
  const seNet1000 = new Map();
  for (const [code, ys] of seNet) {
    const m = new Map();
    for (const [y, v] of ys) { const p = sePop.get(code)?.get(y - 1); m.set(y, p ? (v / p) * 1000 : null); }
    seNet1000.set(`SE-${code}`, m);
  }

  // Finland.
  const fiRaw = readJson(STATS(rawDir, 'fi_municipalities_statfin_naapurustot', 'foreign_language_municipal.json'));
  const fiShare = new Map();
  for (const code of Object.keys(fiRaw).sort()) fiShare.set(`FI-${code}`, new Map(Object.entries(fiRaw[code]).map(([y, v]) => [Number(y), typeof v === 'number' ? v : null])));

  const NULL_NOTE = { en: 'null means no figure: not published, suppressed for privacy (IMDi `:`), not applicable (IMDi `.`), or left out because a boundary change made the figure uncertain.', sv: 'null betyder att siffra saknas: inte publicerad, skyddad av sekretesskäl (IMDi `:`), ej tillämplig (IMDi `.`) eller utelämnad eftersom en gränsändring gör siffran osäker.' };
  const NO_XWALK_NOTE = { en: 'Norway: IMDi and SSB figures are keyed by the code valid in each year and were mapped onto the 2024 municipalities with SSB\'s change table (munpatch changes.csv). Merged municipalities are summed (only when every part has a figure). Where a municipality was split (Ålesund/Haram 2024, Stokke 2017, Tysfjord and Snillfjord 2020), the affected years are left out (null).', sv: 'Norge: IMDi:s och SSB:s siffror anges med den kommunkod som gällde varje år och har förts över till 2024 års kommuner med SSB:s ändringstabell (munpatch changes.csv). Sammanslagna kommuner summeras (bara när alla delar har en siffra). Där en kommun delats (Ålesund/Haram 2024, Stokke 2017, Tysfjord och Snillfjord 2020) är de berörda åren utelämnade (null).' };
  const NO_2023_NOTE = { en: 'Norway 2023 is partial: the IMDi file was downloaded in September 2023.', sv: 'Norge 2023 är ofullständigt: IMDi-filen hämtades i september 2023.', nb: 'Norge 2023 er ufullstendig: IMDi-filen ble lastet ned i september 2023.', da: 'Norge 2023 er ufuldstændigt: IMDi-filen blev hentet i september 2023.', fi: 'Norjan vuoden 2023 luvut ovat vajaat: IMDi:n tiedosto ladattiin syyskuussa 2023.', is: 'Tölur Noregs fyrir 2023 eru ófullkomnar: skrá IMDi var sótt í september 2023.' };
  const SE_MISSING_NOTE = { en: `Sweden: ${seRefMissing.length} kommun-years have no row in the Kolada refugee files (${seRefMissing.join(', ')}); they are null, not 0, because the files also contain explicit zeros.`, sv: `Sverige: ${seRefMissing.length} kommunår saknar rad i Koladas flyktingfiler (${seRefMissing.join(', ')}); de är null, inte 0, eftersom filerna även innehåller uttryckliga nollor.` };

  const files = {};
  const fromYear = (m, y0) => new Map([...m].map(([k, ys]) => [k, new Map([...ys].filter(([y]) => y >= y0))]));
  files.population = fileOf({
    id: 'population', unit: 'persons', built, digits: 0, reference: { SE: '12-31', NO: '12-31' },
    sources: [SRC.koladaPopulation, SRC.ssbPopulation, SRC.ssbChanges],
    series: { SE: fromYear(toSeMap(sePop), POPULATION_FROM), NO: fromYear(noPopulation, POPULATION_FROM) },
    coverageNotes: { NO: { en: 'SSB population on 1 January of the following year, on 2024 municipalities.', sv: 'SSB:s folkmängd 1 januari året därpå, på 2024 års kommuner.', nb: 'SSBs folkemengde 1. januar året etter, på 2024-kommuner.', da: 'SSB\'s befolkningstal 1. januar året efter, på 2024-kommuner.', fi: 'SSB:n väkiluku seuraavan vuoden 1. tammikuuta, vuoden 2024 kuntajaolla.', is: 'Íbúafjöldi SSB 1. janúar næsta árs, sveitarfélög ársins 2024.' } },
    notes: [NO_XWALK_NOTE, NULL_NOTE],
  });
  files['foreign-born-share'] = fileOf({
    id: 'foreign-born-share', unit: 'percent', built, digits: 2, reference: { SE: '12-31' },
    national: { SE: readKoladaNational(rawDir, 'n02926') },
    sources: [SRC.koladaForeignBorn],
    series: { SE: toSeMap(seFb) },
    notes: [{ en: 'Rounded to 2 decimals. In 1997-2001 a few of today\'s kommuner did not yet exist and have no figure.', sv: 'Avrundat till 2 decimaler. 1997-2001 saknar några av dagens kommuner siffra eftersom de ännu inte fanns.' }],
  });
  files['refugees-received'] = fileOf({
    id: 'refugees-received', unit: 'persons', built, digits: 0, reference: { SE: 'year', NO: 'year' },
    sources: [SRC.koladaRefugees, SRC.imdi, SRC.ssbChanges],
    series: { SE: toSeMap(seRef), NO: noSettled },
    coverageNotes: { NO: NO_2023_NOTE },
    notes: [SE_MISSING_NOTE, NO_XWALK_NOTE, NO_2023_NOTE, NULL_NOTE],
  });
  files['refugees-per-1000'] = fileOf({
    id: 'refugees-per-1000', unit: 'per-1000', built, digits: 2, reference: { SE: 'year', NO: 'year' },
    sources: [SRC.koladaRefugeesPer1000, SRC.imdi, SRC.ssbPopulation, SRC.ssbChanges],
    series: { SE: toSeMap(seRef1000), NO: noPer1000 },
    coverageNotes: { NO: NO_2023_NOTE },
    notes: [{ en: 'Denominator: population at the start of the year in both countries (Sweden 31 December of the previous year, as published in N02006; Norway 1 January). Rounded to 2 decimals.', sv: 'Nämnare: folkmängden vid årets början i båda länderna (Sverige 31 december föregående år, som i N02006; Norge 1 januari). Avrundat till 2 decimaler.' }, SE_MISSING_NOTE, NO_XWALK_NOTE, NULL_NOTE],
  });
  files['net-migration-per-1000'] = fileOf({
    id: 'net-migration-per-1000', unit: 'per-1000', built, digits: 2, reference: { SE: 'year' },
    sources: [SRC.koladaNetMigration, SRC.koladaPopulation],
    series: { SE: seNet1000 },
    notes: [{ en: 'Computed as N01806 (year T) / N01951 (31 December of year T-1) × 1,000, rounded to 2 decimals. No municipality net migration is available for the other countries (Norway\'s SSB moves are domestic only).', sv: 'Beräknat som N01806 (år T) / N01951 (31 december år T-1) × 1 000, avrundat till 2 decimaler. Kommunalt utrikes flyttnetto finns inte för övriga länder (SSB:s flyttningar i Norge är bara inrikes).' }],
  });
  files['foreign-language-share'] = fileOf({
    id: 'foreign-language-share', unit: 'percent', built, digits: 1, reference: { FI: '12-31' },
    sources: [SRC.statfin],
    series: { FI: fiShare },
    coverageNotes: { FI: { en: '308 of 309 municipalities: 588 (Pertunmaa) has no figure in the source.', sv: '308 av 309 kommuner: 588 (Pertunmaa) saknar siffra i källan.', nb: '308 av 309 kommuner: 588 (Pertunmaa) har ikke noe tall i kilden.', da: '308 af 309 kommuner: 588 (Pertunmaa) har intet tal i kilden.', fi: '308 kuntaa 309:stä: kunnalle 588 (Pertunmaa) ei ole lukua lähteessä.', is: '308 af 309 sveitarfélögum: 588 (Pertunmaa) hefur enga tölu í heimildinni.' } },
    notes: [{ en: 'Shares only, as published (0.1 precision); the source has no counts.', sv: 'Endast andelar som publicerade (0,1 precision); källan har inga antal.' }],
  });

  return { files, report: { seRefMissing, leftOut, dropped, advanced, ambiguous, imdiCells: imdi.cells, crosswalk: cw, conflicts: no.conflicts } };
}
