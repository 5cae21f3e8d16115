// Do newcomers find work and stay: outcome indicators for Sweden (Kolada, SCB) and Norway (SSB
// deliveries to IMDi, via imdikator-munch), as stats/PROVENANCE-addendum-4.md describes them.
//   refugees-in-work             SE  Kolada N00700, employed in November, refugees 20-64
//   establishment-exit-to-work   SE  Kolada N00971, in work 90 days after leaving the programme
//   refugees-first-municipality  NO  refugees 0-4 years in Norway living in their first settlement municipality
//   immigrants-in-work           NO  SSB table 61.1a, employed immigrants, 4th quarter, 2006-2014
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { readDelimited, parseDelimited, toNumber, round } from './io.mjs';
import { indicatorFile } from './indicator-file.mjs';
import { readKolada, readKoladaNational, readKommuner } from './indicators.mjs';
import { loadNorway, makeCrosswalk, mapYear } from './no-crosswalk.mjs';
import { SRC } from './sources.mjs';
import { OUTCOME_SRC } from './sources-outcomes.mjs';

const STATS = (rawDir, ...p) => join(rawDir, 'stats', 'raw', ...p);
const SE_FOLDER = 'se_municipalities_kolada_outcomes';
const NO_FOLDER = 'no_municipalities_imdikator';
const sum = (xs) => xs.reduce((a, b) => a + b, 0);

/**
 * Years in which a Kolada KPI repeats another one exactly in every kommun that has both (and in
 * riket): addendum 4, §11 found N00712 (in work or studying) equal to N00700 (in work) in 2020.
 * Returns [{ year, kommuner }].
 */
export function identicalYears(rawDir, kpi, other) {
  const kommuner = readKommuner(rawDir);
  const a = readKolada(rawDir, kpi, kommuner, SE_FOLDER);
  const b = readKolada(rawDir, other, kommuner, SE_FOLDER);
  const na = readKoladaNational(rawDir, kpi, SE_FOLDER);
  const nb = readKoladaNational(rawDir, other, SE_FOLDER);
  const out = [];
  for (const y of [...na.keys()].sort((x, z) => x - z)) {
    const pairs = [...a].filter(([k, ys]) => ys.has(y) && b.get(k)?.has(y)).map(([k, ys]) => [ys.get(y), b.get(k).get(y)]);
    if (pairs.length && pairs.every(([x, z]) => x === z) && na.get(y) === nb.get(y)) out.push({ year: y, kommuner: pairs.length });
  }
  return out;
}

/**
 * Norway, addendum 4 §12a: refugees with 0-4 years in Norway by whether they live in their first
 * settlement kommune (`ja`), moved here from it (`nei`), or it is not known. 2014 from the combined
 * file (1 January 2014, no `uoppgitt` row), 2015 from the raw kommune delivery.
 * Returns { byYear: Map(year → Map(code → { ja, nei, all })), national: Map(year → { ja, nei, all }),
 * allResidents: Map(year → Σ kommune refugees of any duration) }.
 */
export function readFirstMunicipality(rawDir) {
  const byYear = new Map();
  const national = new Map();
  const allResidents = new Map();
  const put = (y, code, key, v) => {
    if (!byYear.has(y)) byYear.set(y, new Map());
    const m = byYear.get(y);
    if (!m.has(code)) m.set(code, { ja: null, nei: null, all: null });
    if (m.get(code)[key] !== null) throw new Error(`Norway first municipality: ${code} ${y} ${key} twice`);
    m.get(code)[key] = v;
  };
  const KEY = { ja: 'ja', nei: 'nei', alle: 'all' };
  // 2015, raw SSB delivery: `;`, decimal comma, trailing `;`.
  const parse2015 = (file) => parseDelimited(readFileSync(STATS(rawDir, NO_FOLDER, file), 'utf8'), ';');
  for (const r of parse2015('flyktning_botid_flytting_K_2015.csv')) {
    if (r.aar !== '2015') throw new Error(`Norway first municipality: year ${r.aar} in the 2015 file`);
    if (r.enhet !== 'person') continue;
    const v = toNumber(r.tabellvariabel);
    if (r.botid_3 === 'alle' && r.forste_bosettingskommune === 'alle') allResidents.set(2015, (allResidents.get(2015) ?? 0) + (v ?? 0));
    if (r.botid_3 === '0-4' && KEY[r.forste_bosettingskommune]) put(2015, r.kommune_id, KEY[r.forste_bosettingskommune], v);
  }
  for (const r of parse2015('flyktning_botid_flytting_L_2015.csv')) {
    if (r.fylke_id !== '00' || r.enhet !== 'person' || r.botid_3 !== '0-4' || !KEY[r.forste_bosettingskommune]) continue;
    national.set(2015, { ...national.get(2015), [KEY[r.forste_bosettingskommune]]: toNumber(r.tabellvariabel) });
  }
  // 2014, combined file: one level per row (the others are NULL).
  for (const r of readDelimited(STATS(rawDir, NO_FOLDER, 'flyktning_botid_flytting.csv'))) {
    if (r.aar !== '2014') throw new Error(`Norway first municipality: year ${r.aar} in the 2014 file`);
    if (r.enhet !== 'personer') continue;
    const v = toNumber(r.tabellvariabel);
    const isKommune = r.kommune_nr !== 'NULL' && r.bydel_nr === 'NULL' && r.fylke_nr === 'NULL' && r.naringsregion_nr === 'NULL';
    const isNorway = r.fylke_nr === '00' && r.kommune_nr === 'NULL' && r.bydel_nr === 'NULL';
    if (isKommune && r.botid_3 === 'alle' && r.forste_bosettingskommune === 'alle') allResidents.set(2014, (allResidents.get(2014) ?? 0) + (v ?? 0));
    if (r.botid_3 !== '0_4' || !KEY[r.forste_bosettingskommune]) continue;
    if (isKommune) put(2014, r.kommune_nr, KEY[r.forste_bosettingskommune], v);
    if (isNorway) national.set(2014, { ...national.get(2014), [KEY[r.forste_bosettingskommune]]: v });
  }
  return { byYear, national, allResidents };
}

/**
 * Norway, addendum 4 §12c: Tab_5_611a.csv, employed immigrants per kommune, 4th quarter 2006-2014.
 * The `prosent` rows are fractions with two decimals (0.63 = 63 %); they become whole percent.
 * Returns { share: Map(year → Map(code → %)), persons: Map(year → Map(code → employed immigrants)),
 * national: Map(year → %), nationalPersons: Map(year → persons) }.
 */
export function readImmigrantsInWork(rawDir) {
  const share = new Map();
  const persons = new Map();
  const national = new Map();
  const nationalPersons = new Map();
  for (const r of readDelimited(STATS(rawDir, NO_FOLDER, 'Tab_5_611a.csv'))) {
    if (r.innvkat_2 !== 'innvandrere') continue;
    const y = Number(r.aar);
    const v = toNumber(r.tabellvariabel);
    if (r.enhet === 'prosent') {
      if (v !== null && (v < 0 || v > 1)) throw new Error(`Norway employment: ${r.kommune_nr} ${y} share ${v} is not a fraction`);
      const pct = v === null ? null : Math.round(v * 100);
      if (r.kommune_nr === '0000') national.set(y, pct);
      else { if (!share.has(y)) share.set(y, new Map()); share.get(y).set(r.kommune_nr, pct); }
    } else if (r.enhet === 'personer') {
      if (r.kommune_nr === '0000') nationalPersons.set(y, v);
      else { if (!persons.has(y)) persons.set(y, new Map()); persons.get(y).set(r.kommune_nr, v); }
    } else throw new Error(`Norway employment: unknown unit ${r.enhet}`);
  }
  return { share, persons, national, nationalPersons };
}

/**
 * Carries shares (which cannot be summed) from the codes valid in `structureYear` to the 2024
 * municipalities: a 2024 municipality gets the share only if exactly one code of that year maps onto
 * it and the mapping is certain (no later split). Codes of the source not valid that year are
 * reported as `unplaced` and not used. Returns { values: Map(code2024 → number|null), merged, split, unplaced }.
 */
export function mapShares({ crosswalk, validCodes, structureYear, figures }) {
  const parts = new Map();
  for (const code of validCodes) {
    const target = crosswalk.forward(code, structureYear);
    if (target === null) continue;
    if (!parts.has(target)) parts.set(target, []);
    parts.get(target).push(code);
  }
  const unplaced = [...figures.keys()].filter((c) => !validCodes.has(c)).sort();
  const values = new Map();
  const merged = [];
  const split = [];
  for (const target of [...crosswalk.valid2024].sort()) {
    const u = crosswalk.uncertain.get(target);
    const sources = parts.get(target) ?? [];
    if (u && structureYear <= u.lastYear) { values.set(target, null); if (sources.some((c) => typeof figures.get(c) === 'number')) split.push(target); continue; }
    if (sources.length > 1) { values.set(target, null); merged.push({ target, sources: [...sources].sort() }); continue; }
    const v = sources.length ? figures.get(sources[0]) : undefined;
    values.set(target, typeof v === 'number' ? v : null);
  }
  return { values, merged, split, unplaced };
}

// ---- texts ---------------------------------------------------------------------------------

const T = {
  refugeesInWork: {
    label: { en: 'Refugees aged 20–64 in work', sv: 'Flyktingar 20–64 år som förvärvsarbetar', nb: 'Flyktninger 20–64 år i arbeid', da: 'Flygtninge 20–64 år i beskæftigelse', fi: 'Työssä käyvät 20–64-vuotiaat pakolaiset', is: 'Flóttafólk 20–64 ára í vinnu' },
    definition: {
      en: 'Refugees aged 20–64 who were in gainful employment in November, as a percentage of all refugees aged 20–64 living in the municipality. Refugees here are people granted a residence permit after seeking asylum, resettled (quota) refugees and their family members, however long they have lived in Sweden (Statistics Sweden, STATIV).',
      sv: 'Flyktingar 20–64 år som förvärvsarbetade i november, i procent av alla flyktingar 20–64 år som bor i kommunen. Med flyktingar avses här personer som sökt asyl och fått uppehållstillstånd, kvotflyktingar och deras anhöriga, oavsett hur länge de bott i Sverige (SCB, STATIV).',
      nb: 'Flyktninger 20–64 år som var i inntektsgivende arbeid i november, i prosent av alle flyktninger 20–64 år bosatt i kommunen. Flyktninger er her personer som har fått oppholdstillatelse etter å ha søkt asyl, overføringsflyktninger og familiemedlemmene deres, uansett hvor lenge de har bodd i Sverige (SCB, STATIV).',
      da: 'Flygtninge på 20–64 år, der var i lønnet beskæftigelse i november, i procent af alle flygtninge på 20–64 år bosat i kommunen. Flygtninge er her personer, der har fået opholdstilladelse efter at have søgt asyl, kvoteflygtninge og deres familiemedlemmer, uanset hvor længe de har boet i Sverige (SCB, STATIV).',
      fi: 'Marraskuussa ansiotyössä olleet 20–64-vuotiaat pakolaiset prosentteina kaikista kunnassa asuvista 20–64-vuotiaista pakolaisista. Pakolaisilla tarkoitetaan tässä turvapaikan haettuaan oleskeluluvan saaneita, kiintiöpakolaisia ja heidän perheenjäseniään riippumatta siitä, kuinka kauan he ovat asuneet Ruotsissa (SCB, STATIV).',
      is: 'Flóttafólk á aldrinum 20–64 ára sem var í launaðri vinnu í nóvember, sem hlutfall af öllu flóttafólki 20–64 ára sem býr í sveitarfélaginu. Flóttafólk merkir hér fólk sem fékk dvalarleyfi eftir að hafa sótt um hæli, kvótaflóttafólk og fjölskyldur þeirra, óháð því hve lengi það hefur búið í Svíþjóð (SCB, STATIV).',
    },
  },
  exitToWork: {
    label: { en: 'In work 90 days after leaving the establishment programme', sv: 'I arbete 90 dagar efter avslutat etableringsuppdrag', nb: 'I arbeid 90 dager etter avsluttet etableringsprogram', da: 'I arbejde 90 dage efter endt etableringsprogram', fi: 'Työssä 90 päivää kotoutumisohjelman päättymisen jälkeen', is: 'Í vinnu 90 dögum eftir að aðlögunaráætlun lauk' },
    definition: {
      en: 'Of the newly arrived refugees who left the Swedish Public Employment Service\'s establishment programme during the year, the percentage who were in work 90 days later (unsubsidised work, new-start jobs or subsidised work). The programme is for newly arrived refugees aged 20–64 and those aged 18–19 without parents in Sweden; the municipality is where the person was registered in December (Statistics Sweden).',
      sv: 'Av de nyanlända flyktingar som lämnade Arbetsförmedlingens etableringsuppdrag under året, andelen i procent som arbetade 90 dagar senare (arbete utan stöd, nystartsjobb eller arbete med stöd). Uppdraget gäller nyanlända flyktingar 20–64 år och 18–19-åringar utan föräldrar i Sverige; kommunen är den där personen var folkbokförd i december (SCB).',
      nb: 'Av de nyankomne flyktningene som forlot den svenske arbeidsformidlingens etableringsprogram i løpet av året, andelen i prosent som var i arbeid 90 dager senere (arbeid uten støtte, «nystartsjobb» eller arbeid med støtte). Programmet gjelder nyankomne flyktninger 20–64 år og 18–19-åringer uten foreldre i Sverige; kommunen er der personen var folkeregistrert i desember (SCB).',
      da: 'Af de nyankomne flygtninge, der forlod den svenske arbejdsformidlings etableringsprogram i løbet af året, andelen i procent, der var i arbejde 90 dage senere (ustøttet arbejde, «nystartsjobb» eller støttet arbejde). Programmet gælder nyankomne flygtninge på 20–64 år og 18–19-årige uden forældre i Sverige; kommunen er den, hvor personen var folkeregistreret i december (SCB).',
      fi: 'Niistä vasta saapuneista pakolaisista, jotka poistuivat vuoden aikana Ruotsin työnvälityksen kotoutumisohjelmasta (etableringsuppdraget), prosenttiosuus, joka oli työssä 90 päivää myöhemmin (tukematon työ, uuden alun työ tai tuettu työ). Ohjelma on tarkoitettu 20–64-vuotiaille vasta saapuneille pakolaisille ja 18–19-vuotiaille, joiden vanhemmat eivät ole Ruotsissa; kunta on se, jossa henkilö oli kirjoilla joulukuussa (SCB).',
      is: 'Af nýkomnu flóttafólki sem lauk aðlögunaráætlun sænsku vinnumálastofnunarinnar (etableringsuppdraget) á árinu, hlutfallið sem var í vinnu 90 dögum síðar (vinna án stuðnings, „nystartsjobb“ eða studd vinna). Áætlunin er fyrir nýkomið flóttafólk 20–64 ára og 18–19 ára án foreldra í Svíþjóð; sveitarfélagið er það þar sem viðkomandi var skráður í desember (SCB).',
    },
  },
  firstMunicipality: {
    label: { en: 'Refugee residents living in their first settlement municipality', sv: 'Boende flyktingar som bor kvar i sin första bosättningskommun', nb: 'Bosatte flyktninger som bor i sin første bosettingskommune', da: 'Flygtninge bosat i deres første bosætningskommune', fi: 'Ensimmäisessä sijoituskunnassaan asuvat pakolaisasukkaat', is: 'Flóttafólk sem býr í fyrsta búsetusveitarfélagi sínu' },
    definition: {
      en: 'Of the refugees who live in the municipality on 1 January and have lived in Norway for 0–4 years, the percentage for whom this municipality is the first one they were settled in; the others moved here after being settled elsewhere in Norway. Refugees whose first municipality is not known are left out of the percentage. This describes today\'s residents: it is not the share of the refugees once settled here who still live here (those who moved away are counted where they live now). Refugees include family members reunited with them (Statistics Norway).',
      sv: 'Av de flyktingar som bor i kommunen den 1 januari och har bott i Norge i 0–4 år, andelen i procent för vilka denna kommun är den första de bosattes i; övriga har flyttat hit efter att ha bosatts i en annan norsk kommun. Flyktingar vars första kommun är okänd ingår inte i andelen. Måttet beskriver dagens invånare: det är inte andelen av dem som en gång bosattes här som fortfarande bor kvar (de som flyttat räknas där de bor nu). Flyktingar omfattar familjeåterförenade (SSB).',
      nb: 'Av flyktningene som bor i kommunen 1. januar og har bodd i Norge i 0–4 år, andelen i prosent som har denne kommunen som første bosettingskommune; de øvrige flyttet hit etter å ha blitt bosatt i en annen norsk kommune. Flyktninger med ukjent første bosettingskommune er holdt utenfor andelen. Målet beskriver dagens innbyggere: det er ikke andelen av dem som en gang ble bosatt her som fortsatt bor her (de som har flyttet, telles der de bor nå). Flyktninger omfatter familiegjenforente (SSB).',
      da: 'Af de flygtninge, der bor i kommunen 1. januar og har boet i Norge i 0–4 år, andelen i procent, for hvem denne kommune er den første, de blev bosat i; de øvrige er flyttet hertil efter at være bosat i en anden norsk kommune. Flygtninge, hvis første kommune ikke kendes, indgår ikke i andelen. Målet beskriver de nuværende indbyggere: det er ikke andelen af dem, der engang blev bosat her, som stadig bor her (de, der er flyttet, tælles, hvor de bor nu). Flygtninge omfatter familiesammenførte (SSB).',
      fi: 'Niistä pakolaisista, jotka asuvat kunnassa 1. tammikuuta ja ovat asuneet Norjassa 0–4 vuotta, prosenttiosuus, joille tämä kunta on ensimmäinen sijoituskunta; muut ovat muuttaneet tänne sen jälkeen, kun heidät sijoitettiin muualle Norjaan. Pakolaiset, joiden ensimmäistä kuntaa ei tiedetä, eivät ole mukana osuudessa. Luku kuvaa nykyisiä asukkaita: se ei ole osuus tänne aikanaan sijoitetuista, jotka asuvat yhä täällä (poismuuttaneet lasketaan nykyiseen asuinkuntaansa). Pakolaisiin kuuluvat myös perheenyhdistämisen kautta tulleet (SSB).',
      is: 'Af flóttafólki sem býr í sveitarfélaginu 1. janúar og hefur búið í Noregi í 0–4 ár, hlutfallið sem fékk fyrst búsetu í þessu sveitarfélagi; hin fluttu hingað eftir að hafa fengið búsetu annars staðar í Noregi. Flóttafólk sem ekki er vitað hvar fékk fyrst búsetu er ekki talið með. Þetta lýsir núverandi íbúum: það er ekki hlutfall þeirra sem einu sinni fengu búsetu hér og búa hér enn (þau sem fluttu eru talin þar sem þau búa nú). Flóttafólk nær einnig til fjölskyldumeðlima sem sameinuðust þeim (SSB).',
    },
  },
  immigrantsInWork: {
    label: { en: 'Immigrants in work', sv: 'Sysselsatta invandrare', nb: 'Sysselsatte innvandrere', da: 'Beskæftigede indvandrere', fi: 'Työlliset maahanmuuttajat', is: 'Innflytjendur í vinnu' },
    definition: {
      en: 'Immigrants living in the municipality who were employed in the fourth quarter (register count: paid work of at least one hour in the reference week, including those temporarily absent), as a percentage of the immigrants in the group the employment rate refers to. Statistics Norway, delivered to IMDi; the age band and the denominator are not stated in the files, and the percentage is given in whole numbers.',
      sv: 'Invandrare bosatta i kommunen som var sysselsatta under fjärde kvartalet (registerräkning: betalt arbete minst en timme under mätveckan, inklusive tillfälligt frånvarande), i procent av de invandrare som sysselsättningsgraden avser. SSB, levererat till IMDi; åldersgrupp och nämnare anges inte i filerna, och andelen är avrundad till hela procent.',
      nb: 'Innvandrere bosatt i kommunen som var sysselsatt i fjerde kvartal (registertelling: inntektsgivende arbeid minst én time i måleuken, inkludert midlertidig fraværende), i prosent av innvandrerne sysselsettingsandelen gjelder. SSB, levert til IMDi; aldersgruppe og nevner er ikke oppgitt i filene, og andelen er avrundet til hele prosent.',
      da: 'Indvandrere bosat i kommunen, som var beskæftigede i fjerde kvartal (registeroptælling: lønnet arbejde mindst én time i referenceugen, inklusive midlertidigt fraværende), i procent af de indvandrere, som beskæftigelsesandelen vedrører. SSB, leveret til IMDi; aldersgruppe og nævner er ikke oplyst i filerne, og andelen er afrundet til hele procent.',
      fi: 'Kunnassa asuvat maahanmuuttajat, jotka olivat työllisiä neljännellä vuosineljänneksellä (rekisteritieto: palkkatyötä vähintään tunnin mittausviikolla, myös tilapäisesti poissa olevat), prosentteina niistä maahanmuuttajista, joita työllisyysosuus koskee. SSB:n aineisto IMDi:lle; ikäryhmää ja nimittäjää ei kerrota tiedostoissa, ja osuus on pyöristetty kokonaisiin prosentteihin.',
      is: 'Innflytjendur búsettir í sveitarfélaginu sem voru starfandi á fjórða ársfjórðungi (skráningartalning: launuð vinna minnst eina klukkustund í viðmiðunarvikunni, að meðtöldum þeim sem voru tímabundið fjarverandi), sem hlutfall af þeim innflytjendum sem atvinnuhlutfallið vísar til. SSB, afhent IMDi; aldursbil og nefnari eru ekki tilgreind í skránum og hlutfallið er námundað að heilum prósentum.',
    },
  },
};

const SE_ANY_TIME_NOTE = {
  en: 'Sweden: the refugees counted have lived in Sweden for any length of time, so a municipality\'s figure also reflects how long ago its refugees arrived. Kommuner without a row in a year were not published there (small numbers), not zero.',
  sv: 'Sverige: de flyktingar som räknas kan ha bott i Sverige hur länge som helst, så kommunens siffra speglar också hur länge sedan dess flyktingar kom. Kommuner utan rad ett år publicerades inte det året (små tal) och är inte noll.',
  nb: 'Sverige: flyktningene som telles, kan ha bodd i Sverige i hvor lang tid som helst, så kommunens tall gjenspeiler også hvor lenge siden flyktningene kom. Kommuner uten rad et år ble ikke publisert det året (små tall) og er ikke null.',
  da: 'Sverige: de flygtninge, der tælles, kan have boet i Sverige i en hvilken som helst periode, så kommunens tal afspejler også, hvor længe siden dens flygtninge kom. Kommuner uden en række et år blev ikke offentliggjort det år (små tal) og er ikke nul.',
  fi: 'Ruotsi: laskettavat pakolaiset ovat voineet asua Ruotsissa kuinka kauan tahansa, joten kunnan luku heijastaa myös sitä, kuinka kauan sitten sen pakolaiset saapuivat. Kunnat, joilta vuoden rivi puuttuu, jätettiin julkaisematta (pienet luvut); ne eivät ole nollia.',
  is: 'Svíþjóð: flóttafólkið sem er talið getur hafa búið í Svíþjóð hversu lengi sem er, svo tala sveitarfélags endurspeglar einnig hve langt er síðan flóttafólk þess kom. Sveitarfélög án línu tiltekið ár voru ekki birt það ár (litlar tölur) og eru ekki núll.',
};

/** The N00712 note, with the years the build found identical (addendum 4, §11: 2020). */
function n00712Note(years, gap) {
  const ys = years.map((y) => y.year).join(', ');
  const [lo, hi] = gap;
  return {
    en: `Source error, not used: Kolada's companion series N00712 (refugees 20–64 in work or studying) repeats this series' figures exactly in ${ys} in every municipality and for Sweden; a share of those working or studying cannot equal the share working alone, and in its other years N00712 lies ${lo}–${hi} points higher for Sweden. N00712 is not used in any file; this indicator is N00700 alone, whose ${ys} figures continue its own series.`,
    sv: `Fel i källan, används inte: Koladas systerserie N00712 (flyktingar 20–64 år som arbetar eller studerar) upprepar exakt den här seriens siffror ${ys} i alla kommuner och för riket; andelen som arbetar eller studerar kan inte vara lika med andelen som arbetar, och N00712 ligger övriga år ${lo}–${hi} procentenheter högre för riket. N00712 används inte i någon fil; indikatorn är enbart N00700, vars siffror för ${ys} följer dess egen serie.`,
    nb: `Feil i kilden, ikke brukt: Koladas søsterserie N00712 (flyktninger 20–64 år i arbeid eller utdanning) gjentar nøyaktig denne seriens tall i ${ys} i alle kommuner og for Sverige; andelen i arbeid eller utdanning kan ikke være lik andelen i arbeid, og N00712 ligger de øvrige årene ${lo}–${hi} prosentpoeng høyere for Sverige. N00712 brukes ikke i noen fil; indikatoren er bare N00700, der tallene for ${ys} følger seriens eget forløp.`,
    da: `Fejl i kilden, ikke brugt: Koladas søsterserie N00712 (flygtninge 20–64 år i arbejde eller under uddannelse) gentager præcis denne series tal i ${ys} i alle kommuner og for Sverige; andelen i arbejde eller uddannelse kan ikke være lig andelen i arbejde, og N00712 ligger de øvrige år ${lo}–${hi} procentpoint højere for Sverige. N00712 bruges ikke i nogen fil; indikatoren er alene N00700, hvis tal for ${ys} følger seriens eget forløb.`,
    fi: `Lähteen virhe, ei käytetty: Koladan rinnakkaissarja N00712 (työssä tai opiskelemassa olevat 20–64-vuotiaat pakolaiset) toistaa vuonna ${ys} tämän sarjan luvut täsmälleen kaikissa kunnissa ja koko maassa; työssä tai opiskelemassa olevien osuus ei voi olla sama kuin pelkästään työssä olevien, ja N00712 on muina vuosina koko maassa ${lo}–${hi} prosenttiyksikköä korkeampi. N00712:ta ei käytetä missään tiedostossa; tämä indikaattori on pelkkä N00700, jonka vuoden ${ys} luvut jatkavat sen omaa sarjaa.`,
    is: `Villa í heimild, ekki notað: systurröð Kolada, N00712 (flóttafólk 20–64 ára í vinnu eða námi), endurtekur nákvæmlega tölur þessarar raðar árið ${ys} í öllum sveitarfélögum og fyrir Svíþjóð; hlutfall þeirra sem vinna eða stunda nám getur ekki verið það sama og hlutfall þeirra sem vinna, og önnur ár liggur N00712 ${lo}–${hi} prósentustigum hærra fyrir Svíþjóð. N00712 er ekki notuð í neinni skrá; þessi vísir er N00700 einn, og tölur hans fyrir ${ys} fylgja eigin röð.`,
  };
}

/** Short notes shown with Norway's figures (the full lists are in the file's notes and data/README.md). */
const NO_FIRST_SHORT = {
  en: 'Norway: 1 January 2014 and 2015. Kommuner absent from the source, and merged municipalities with a part absent, have no figure; municipalities split later are left out.',
  sv: 'Norge: 1 januari 2014 och 2015. Kommuner som saknas i källan, och sammanslagna kommuner där en del saknas, har ingen siffra; kommuner som delats senare är utelämnade.',
  nb: 'Norge: 1. januar 2014 og 2015. Kommuner som mangler i kilden, og sammenslåtte kommuner der en del mangler, har ikke tall; kommuner som senere ble delt, er utelatt.',
  da: 'Norge: 1. januar 2014 og 2015. Kommuner, der mangler i kilden, og sammenlagte kommuner, hvor en del mangler, har intet tal; kommuner, der senere blev delt, er udeladt.',
  fi: 'Norja: 1.1.2014 ja 2015. Lähteestä puuttuvilla kunnilla ja yhdistyneillä kunnilla, joiden jokin osa puuttuu, ei ole lukua; myöhemmin jaetut kunnat on jätetty pois.',
  is: 'Noregur: 1. janúar 2014 og 2015. Sveitarfélög sem vantar í heimildina, og sameinuð sveitarfélög þar sem hluta vantar, hafa enga tölu; sveitarfélög sem síðar var skipt eru undanskilin.',
};
const NO_WORK_SHORT = {
  en: 'Norway: the source has percentages only, which cannot be combined, so municipalities formed later by merging several municipalities have no figure for the years before the merger; municipalities split later are left out.',
  sv: 'Norge: källan har bara andelar, som inte kan slås samman, så kommuner som senare bildats genom sammanslagning saknar siffra för åren före sammanslagningen; kommuner som delats senare är utelämnade.',
  nb: 'Norge: kilden har bare andeler, som ikke kan slås sammen, så kommuner som senere ble dannet ved sammenslåing, har ikke tall for årene før sammenslåingen; kommuner som senere ble delt, er utelatt.',
  da: 'Norge: kilden har kun andele, som ikke kan lægges sammen, så kommuner, der senere blev dannet ved sammenlægning, har intet tal for årene før sammenlægningen; kommuner, der senere blev delt, er udeladt.',
  fi: 'Norja: lähteessä on vain osuuksia, joita ei voi yhdistää, joten myöhemmin kuntaliitoksella syntyneillä kunnilla ei ole lukua liitosta edeltäviltä vuosilta; myöhemmin jaetut kunnat on jätetty pois.',
  is: 'Noregur: heimildin hefur aðeins hlutföll, sem ekki er hægt að sameina, svo sveitarfélög sem síðar urðu til við sameiningu hafa enga tölu fyrir árin fyrir sameininguna; sveitarfélög sem síðar var skipt eru undanskilin.',
};

const EXIT_NOTE = {
  en: 'Sweden: a share of a small group in many municipalities (in small ones a handful of people, so 0 % and over 80 % both occur); Kolada N00964 gives how many left the programme. Municipalities without a row were not published (small numbers), not zero; fewer are published for 2021 and 2022. Only work counts here: Kolada\'s work-or-studies variant (N00973) is a different measure and is not mixed in.',
  sv: 'Sverige: en andel av en liten grupp i många kommuner (i små kommuner en handfull personer, så både 0 % och över 80 % förekommer); Kolada N00964 anger hur många som lämnade uppdraget. Kommuner utan rad publicerades inte (små tal) och är inte noll; färre publiceras 2021 och 2022. Här räknas bara arbete: Koladas variant arbete eller studier (N00973) är ett annat mått och blandas inte in.',
  nb: 'Sverige: en andel av en liten gruppe i mange kommuner (i små kommuner en håndfull personer, så både 0 % og over 80 % forekommer); Kolada N00964 viser hvor mange som avsluttet programmet. Kommuner uten rad ble ikke publisert (små tall) og er ikke null; færre er publisert for 2021 og 2022. Her teller bare arbeid: Koladas variant arbeid eller utdanning (N00973) er et annet mål og er ikke blandet inn.',
  da: 'Sverige: en andel af en lille gruppe i mange kommuner (i små kommuner en håndfuld personer, så både 0 % og over 80 % forekommer); Kolada N00964 viser, hvor mange der forlod programmet. Kommuner uden en række blev ikke offentliggjort (små tal) og er ikke nul; færre er offentliggjort for 2021 og 2022. Her tæller kun arbejde: Koladas variant arbejde eller uddannelse (N00973) er et andet mål og blandes ikke ind.',
  fi: 'Ruotsi: monessa kunnassa pienen ryhmän osuus (pienissä kunnissa kourallinen ihmisiä, joten sekä 0 % että yli 80 % esiintyy); Kolada N00964 kertoo, kuinka moni poistui ohjelmasta. Kunnat ilman riviä jätettiin julkaisematta (pienet luvut) eivätkä ole nollia; vuosilta 2021 ja 2022 julkaistiin harvempia. Tässä lasketaan vain työ: Koladan muunnelma työ tai opiskelu (N00973) on eri mittari, eikä sitä sekoiteta tähän.',
  is: 'Svíþjóð: hlutfall af litlum hópi í mörgum sveitarfélögum (í litlum sveitarfélögum örfáir einstaklingar, svo bæði 0 % og yfir 80 % koma fyrir); Kolada N00964 sýnir hve margir luku áætluninni. Sveitarfélög án línu voru ekki birt (litlar tölur) og eru ekki núll; færri eru birt fyrir 2021 og 2022. Hér telst aðeins vinna: afbrigði Kolada, vinna eða nám (N00973), er annar mælikvarði og er ekki blandað saman við.',
};

function firstMunicipalityNotes({ merged, missing }) {
  const m = merged;
  return [{
    en: `Norway: 1 January 2014 and 2015 (the 2014 file's own date; the 2015 delivery gives the year only and is taken as the same date). Only kommuner listed in the source have a figure (337 in 2014, 354 in 2015); the others are absent there. Counts are summed onto the 2024 municipalities before the percentage is taken, and only when every merged part is listed (${m || 'none'}); otherwise the municipality has no figure for that year (${missing || 'none'}).`,
    sv: `Norge: 1 januari 2014 och 2015 (2014 års fil anger datumet; 2015 års leverans anger bara året och antas avse samma datum). Bara kommuner som finns i källan har en siffra (337 år 2014, 354 år 2015). Antalen summeras på 2024 års kommuner innan andelen räknas ut, och bara när varje sammanslagen del finns med (${m || 'inga'}); annars saknar kommunen siffra det året (${missing || 'inga'}).`,
    nb: `Norge: 1. januar 2014 og 2015 (2014-filen oppgir datoen; 2015-leveransen oppgir bare året og antas å gjelde samme dato). Bare kommuner som finnes i kilden, har tall (337 i 2014, 354 i 2015). Antallene summeres på 2024-kommunene før andelen regnes ut, og bare når hver sammenslått del er med (${m || 'ingen'}); ellers har kommunen ikke tall det året (${missing || 'ingen'}).`,
    da: `Norge: 1. januar 2014 og 2015 (2014-filen angiver datoen; 2015-leverancen angiver kun året og antages at gælde samme dato). Kun kommuner, der findes i kilden, har et tal (337 i 2014, 354 i 2015). Antallene summeres på 2024-kommunerne, før andelen beregnes, og kun når hver sammenlagt del er med (${m || 'ingen'}); ellers har kommunen intet tal det år (${missing || 'ingen'}).`,
    fi: `Norja: 1.1.2014 ja 2015 (vuoden 2014 tiedosto kertoo päivämäärän; vuoden 2015 toimitus kertoo vain vuoden, ja sen oletetaan koskevan samaa päivää). Luku on vain lähteessä mainituilla kunnilla (337 vuonna 2014, 354 vuonna 2015). Lukumäärät summataan vuoden 2024 kuntiin ennen osuuden laskemista ja vain, kun jokainen yhdistynyt osa on mukana (${m || 'ei yhtään'}); muuten kunnalla ei ole lukua sinä vuonna (${missing || 'ei yhtään'}).`,
    is: `Noregur: 1. janúar 2014 og 2015 (skrá ársins 2014 tilgreinir dagsetninguna; afhending ársins 2015 tilgreinir aðeins árið og er talin eiga við sama dag). Aðeins sveitarfélög sem eru í heimildinni hafa tölu (337 árið 2014, 354 árið 2015). Fjöldi er lagður saman á sveitarfélög ársins 2024 áður en hlutfallið er reiknað, og aðeins þegar hver sameinaður hluti er með (${m || 'engin'}); annars hefur sveitarfélagið enga tölu það ár (${missing || 'engin'}).`,
  }];
}

function immigrantsNotes({ merged, unplaced }) {
  const m = merged;
  return [{
    en: `Norway: the source gives percentages only (no denominator), and percentages of two municipalities cannot be combined. So 2024 municipalities formed by merging several municipalities of the data year have no figure for those years: ${m}. Municipalities split later (Stokke 2017, Tysfjord and Snillfjord 2020, Ålesund/Haram 2024) are left out as well. Codes are those valid on 1 January of the following year (data year T is published on the structure of T+1); for years before 2010 the change table we hold does not reach back, so codes not valid in 2011 are not used (${unplaced || 'none'}).`,
    sv: `Norge: källan har bara andelar (ingen nämnare), och två kommuners andelar kan inte slås samman. Därför saknar 2024 års kommuner som bildats genom sammanslagning av flera kommuner under dataåret siffra för de åren: ${m}. Kommuner som senare delats (Stokke 2017, Tysfjord och Snillfjord 2020, Ålesund/Haram 2024) är också utelämnade. Koderna är de som gällde 1 januari året därpå (dataår T publiceras med indelningen för T+1); före 2010 räcker vår ändringstabell inte till, så koder som inte gällde 2011 används inte (${unplaced || 'inga'}).`,
    nb: `Norge: kilden gir bare andeler (ingen nevner), og andelene til to kommuner kan ikke slås sammen. Derfor har 2024-kommuner som er dannet ved sammenslåing av flere kommuner i dataåret, ikke tall for de årene: ${m}. Kommuner som senere ble delt (Stokke 2017, Tysfjord og Snillfjord 2020, Ålesund/Haram 2024), er også utelatt. Kodene er de som gjaldt 1. januar året etter (dataår T er publisert med inndelingen for T+1); før 2010 rekker endringstabellen vår ikke, så koder som ikke gjaldt i 2011, brukes ikke (${unplaced || 'ingen'}).`,
    da: `Norge: kilden giver kun andele (ingen nævner), og to kommuners andele kan ikke lægges sammen. Derfor har 2024-kommuner, der er dannet ved sammenlægning af flere kommuner i dataåret, intet tal for de år: ${m}. Kommuner, der senere blev delt (Stokke 2017, Tysfjord og Snillfjord 2020, Ålesund/Haram 2024), er også udeladt. Koderne er dem, der gjaldt 1. januar året efter (dataår T er offentliggjort med inddelingen for T+1); før 2010 rækker vores ændringstabel ikke, så koder, der ikke gjaldt i 2011, bruges ikke (${unplaced || 'ingen'}).`,
    fi: `Norja: lähteessä on vain osuuksia (ei nimittäjää), eikä kahden kunnan osuuksia voi yhdistää. Siksi vuoden 2024 kunnilla, jotka ovat syntyneet tietovuoden useamman kunnan yhdistyessä, ei ole lukua niiltä vuosilta: ${m}. Myöhemmin jaetut kunnat (Stokke 2017, Tysfjord ja Snillfjord 2020, Ålesund/Haram 2024) on myös jätetty pois. Koodit ovat seuraavan vuoden 1. tammikuuta voimassa olleita (tietovuosi T julkaistaan vuoden T+1 kuntajaolla); ennen vuotta 2010 muutostaulukkomme ei ulotu, joten vuonna 2011 voimassa olemattomia koodeja ei käytetä (${unplaced || 'ei yhtään'}).`,
    is: `Noregur: heimildin gefur aðeins hlutföll (engan nefnara) og ekki er hægt að sameina hlutföll tveggja sveitarfélaga. Því hafa sveitarfélög ársins 2024 sem urðu til við sameiningu fleiri sveitarfélaga gagnaársins enga tölu fyrir þau ár: ${m}. Sveitarfélög sem síðar var skipt (Stokke 2017, Tysfjord og Snillfjord 2020, Ålesund/Haram 2024) eru einnig undanskilin. Kóðarnir eru þeir sem giltu 1. janúar næsta árs (gagnaár T er birt með skiptingu ársins T+1); fyrir 2010 nær breytingatafla okkar ekki, svo kóðar sem ekki giltu 2011 eru ekki notaðir (${unplaced || 'engir'}).`,
  }];
}

// ---- build ---------------------------------------------------------------------------------

/** Norway, refugees in their first settlement municipality: counts summed onto 2024, then ja ÷ (ja + nei). */
export function firstMunicipalitySeries(rawDir, no = loadNorway(rawDir), cw = makeCrosswalk(no)) {
  const src = readFirstMunicipality(rawDir);
  const series = new Map();
  const counts = new Map(); // year → Map(code2024 → { ja, nei })
  const leftOut = [];
  const dropped = [];
  for (const [y, rows] of [...src.byYear].sort((a, b) => a[0] - b[0])) {
    const mapped = {};
    for (const key of ['ja', 'nei']) {
      const r = mapYear({ crosswalk: cw, changes: no.changes, population: no.population, year: y, figures: new Map([...rows].map(([c, v]) => [c, v[key]])) });
      mapped[key] = r.values;
      if (key === 'ja') { leftOut.push(...r.leftOut); dropped.push(...r.dropped); }
    }
    const yc = new Map();
    for (const [code, ja] of mapped.ja) {
      const nei = mapped.nei.get(code);
      const fid = `NO-${code}`;
      if (!series.has(fid)) series.set(fid, new Map());
      const ok = typeof ja === 'number' && typeof nei === 'number';
      if (ok) yc.set(code, { ja, nei });
      series.get(fid).set(y, ok && ja + nei > 0 ? (ja / (ja + nei)) * 100 : null);
    }
    counts.set(y, yc);
  }
  const national = new Map([...src.national].map(([y, n]) => [y, (n.ja / (n.ja + n.nei)) * 100]));
  return { series, national, counts, source: src, leftOut, dropped };
}

/** Norway, employed immigrants: shares carried only where one code of the data year is one 2024 municipality. */
export function immigrantsInWorkSeries(rawDir, no = loadNorway(rawDir), cw = makeCrosswalk(no)) {
  const src = readImmigrantsInWork(rawDir);
  const firstListed = Math.min(...no.population.keys());
  const series = new Map();
  const merged = new Map(); // target → Set(years)
  const unplaced = [];
  const split = new Set();
  for (const [y, figures] of [...src.share].sort((a, b) => a[0] - b[0])) {
    const structureYear = Math.max(y + 1, firstListed);
    const validCodes = new Set(no.population.get(structureYear).keys());
    const r = mapShares({ crosswalk: cw, validCodes, structureYear, figures });
    for (const c of r.unplaced) unplaced.push(`${c} (${y})`);
    for (const m of r.merged) { if (!merged.has(m.target)) merged.set(m.target, { years: [], sources: new Set() }); merged.get(m.target).years.push(y); m.sources.forEach((s) => merged.get(m.target).sources.add(s)); }
    r.split.forEach((t) => split.add(t));
    for (const [code, v] of r.values) {
      const fid = `NO-${code}`;
      if (!series.has(fid)) series.set(fid, new Map());
      series.get(fid).set(y, v);
    }
  }
  return { series, national: src.national, source: src, merged, unplaced, split: [...split].sort() };
}

const yearRanges = (ys) => {
  const out = [];
  for (const y of [...ys].sort((a, b) => a - b)) { const l = out.at(-1); if (l && l[1] === y - 1) l[1] = y; else out.push([y, y]); }
  return out.map(([a, b]) => (a === b ? `${a}` : `${a}-${b}`)).join(', ');
};

export function buildOutcomeIndicators({ rawDir, built }) {
  const kommuner = readKommuner(rawDir);
  const toSe = (m) => new Map([...m].map(([code, ys]) => [`SE-${code}`, ys]));

  // Sweden.
  const seWork = toSe(readKolada(rawDir, 'n00700', kommuner, SE_FOLDER));
  const seWorkNational = readKoladaNational(rawDir, 'n00700', SE_FOLDER);
  const defect = identicalYears(rawDir, 'n00712', 'n00700');
  const seExit = toSe(readKolada(rawDir, 'n00971', kommuner, SE_FOLDER));
  const seExitNational = readKoladaNational(rawDir, 'n00971', SE_FOLDER);

  // Norway.
  const no = loadNorway(rawDir);
  const cw = makeCrosswalk(no);
  const first = firstMunicipalitySeries(rawDir, no, cw);
  const work = immigrantsInWorkSeries(rawDir, no, cw);
  const mergedList = [...work.merged].sort().map(([t, m]) => `${t} (${[...m.sources].sort().join('+')}, ${yearRanges(m.years)})`);
  // 2024 municipalities with a merged part missing in a year of the first-municipality files.
  const firstMissing = [];
  const firstMerged = new Set();
  for (const [y, rows] of first.source.byYear) {
    const valid = no.population.get(y);
    const parts = new Map();
    for (const code of valid.keys()) { const t = cw.forward(code, y); if (t === null) continue; if (!parts.has(t)) parts.set(t, []); parts.get(t).push(code); }
    for (const [t, ps] of parts) {
      const u = cw.uncertain.get(t);
      if (ps.length < 2 || (u && y <= u.lastYear)) continue; // split later: left out by mapYear
      const listed = ps.filter((c) => rows.has(c));
      if (listed.length === ps.length) firstMerged.add(`${t} ${y}`);
      else if (listed.length) firstMissing.push(`${t} ${y}`);
    }
  }

  const files = {};
  // How far N00712 lies above N00700 for Sweden in the years it is not a copy (whole points, rounded out).
  const n00712Nat = readKoladaNational(rawDir, 'n00712', SE_FOLDER);
  const gaps = [...n00712Nat].filter(([y]) => !defect.some((d) => d.year === y)).map(([y, v]) => v - seWorkNational.get(y));
  const n00712 = n00712Note(defect, [Math.floor(Math.min(...gaps)), Math.ceil(Math.max(...gaps))]);
  files['refugees-in-work'] = indicatorFile({
    id: 'refugees-in-work', unit: 'percent', built, digits: 1,
    label: T.refugeesInWork.label, definition: T.refugeesInWork.definition,
    reference: { SE: '11' },
    sources: [OUTCOME_SRC.koladaRefugeesInWork],
    series: { SE: seWork }, national: { SE: seWorkNational },
    coverageNotes: { SE: SE_ANY_TIME_NOTE },
    notes: [SE_ANY_TIME_NOTE, ...(defect.length ? [n00712] : [])],
  });
  files['establishment-exit-to-work'] = indicatorFile({
    id: 'establishment-exit-to-work', unit: 'percent', built, digits: 1,
    label: T.exitToWork.label, definition: T.exitToWork.definition,
    reference: { SE: 'year' },
    sources: [OUTCOME_SRC.koladaEstablishmentToWork],
    series: { SE: seExit }, national: { SE: seExitNational },
    coverageNotes: { SE: EXIT_NOTE },
    notes: [EXIT_NOTE],
  });
  const firstNotes = firstMunicipalityNotes({ merged: [...firstMerged].sort().join(', '), missing: firstMissing.sort().join(', ') });
  files['refugees-first-municipality'] = indicatorFile({
    id: 'refugees-first-municipality', unit: 'percent', built, digits: 1,
    label: T.firstMunicipality.label, definition: T.firstMunicipality.definition,
    reference: { NO: '01-01' },
    sources: [OUTCOME_SRC.ssbFirstMunicipality2014, OUTCOME_SRC.ssbFirstMunicipality2015, SRC.ssbChanges],
    series: { NO: first.series }, national: { NO: first.national },
    coverageNotes: { NO: NO_FIRST_SHORT },
    notes: firstNotes,
  });
  const workNotes = immigrantsNotes({ merged: mergedList.join(', '), unplaced: work.unplaced.join(', ') });
  files['immigrants-in-work'] = indicatorFile({
    id: 'immigrants-in-work', unit: 'percent', built, digits: 0,
    label: T.immigrantsInWork.label, definition: T.immigrantsInWork.definition,
    reference: { NO: 'Q4' },
    sources: [OUTCOME_SRC.ssbImmigrantsInWork, SRC.ssbChanges],
    series: { NO: work.series }, national: { NO: work.national },
    coverageNotes: { NO: NO_WORK_SHORT },
    notes: workNotes,
  });

  const pct = (v) => `${round(v, 1).toFixed(1)} %`;
  const fmt = (n) => n.toLocaleString('en');
  const nat = first.source.national;
  const readme = [
    '## Outcomes: refugees in work, leaving the establishment programme, staying in the first municipality (Sweden, Norway)',
    '',
    `- Sweden (\`refugees-in-work\`, \`establishment-exit-to-work\`): Kolada N00700 (refugees 20–64 in work in November; \`reference\` \`11\`) and N00971 (left the establishment programme during the year and in work 90 days later; \`reference\` \`year\`), each with riket as the country's figure. Kommun rows only; a kommun-year without a row is null (not published), never 0. The work-or-studies variants N00712 and N00973 are not used (one definition per indicator).`,
    `- **N00712 source error:** in ${defect.map((d) => `${d.year} (${d.kommuner} kommuner and riket)`).join(', ') || 'no year'} N00712 (in work or studying) equals N00700 (in work) exactly; the build checks this each time and says so in \`refugees-in-work\`'s notes. N00712 is treated as wrong for that year and is not used at all; N00700's own ${defect.map((d) => d.year).join(', ')} figures continue its series.`,
    `- Norway (\`refugees-first-municipality\`): SSB's count of refugees with 0–4 years in Norway by whether they live in their first settlement kommune, 1 January 2014 (combined file) and 2015 (raw delivery). Percentage = living in the first kommune ÷ (living there + moved here from it); first kommune unknown is left out. Country: ${[...nat].map(([y, n]) => `${y} ${fmt(n.ja)} ÷ (${fmt(n.ja)} + ${fmt(n.nei)}) = ${pct(first.national.get(y))}`).join('; ')}. Kommune rows of any duration sum to ${[...first.source.allResidents].map(([y, s]) => `${fmt(s)} (${y})`).join(' and ')}; kommuner absent from the source have no figure. Counts are summed onto 2024 municipalities (merged parts all listed: ${[...firstMerged].sort().join(', ') || 'none'}; a part missing: ${firstMissing.sort().join(', ') || 'none'}). This describes today's residents, not how many of those once settled in a kommune still live there.`,
    `- Norway (\`immigrants-in-work\`): SSB table 61.1a (delivery 2-2016 to IMDi), employed immigrants, 4th quarter 2006–2014 (\`reference\` \`Q4\`); the file's fractions (0.63) are whole percent. Age band and denominator are not stated in the source. Country: ${[...work.national].map(([y, v]) => `${y} ${v} %`).join(', ')}. Data year T uses the codes of 1 January T+1. Percentages cannot be combined, so 2024 municipalities merged from several codes have no figure in those years: ${mergedList.join(', ') || 'none'}. Split later (left out): ${work.split.join(', ') || 'none'}. Codes not valid in 2011 (before the change table): ${work.unplaced.join(', ') || 'none'}.`,
    '- Not built (addendum 4): Kolada\'s expected value and deviation (N00485/N00486) and the by-years-in-Sweden series (N02994, N02995), employment by reason for immigration 2013, introduction-programme outcomes 2014 and moves of immigrants (Norway). Kolada has no refugee retention measure.',
    '',
  ];
  return { files, readme };
}
