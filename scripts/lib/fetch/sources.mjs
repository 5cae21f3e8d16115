// What `npm run data:fetch` downloads: per source, the tables behind our indicators, for all
// municipalities and the newest years. Table ids and addresses are the publishers' own; variable
// values are chosen from each table's metadata at run time (by code or by the publisher's text), so a
// renamed value stops the run with the list of what the table offers instead of a silent wrong query.
import { request, parseJson } from './http.mjs';
import { readJsonStat } from './jsonstat.mjs';
import { fetchPxTable } from './pxweb.mjs';
import { fetchStatbankTable } from './statbank.mjs';

const YEARS = 5; // newest years asked per municipal table
const CC_BY = { licence: 'CC BY 4.0', licenceCode: 'CC-BY-4.0' };

const SCB_V2 = 'https://statistikdatabasen.scb.se/api/v2';
const scb = (id, table, pick) => ({
  dataset: id, table, publisher: 'Statistics Sweden (SCB)', licence: 'CC0 1.0 (SCB open data)', licenceCode: 'CC0-1.0',
  fetch: (f, what) => fetchPxTable(f, { api: 'v2', metadataUrl: `${SCB_V2}/tables/${table}/metadata?lang=en`, dataUrl: `${SCB_V2}/tables/${table}/data?lang=en&outputFormat=json-stat2`, configUrl: `${SCB_V2}/config`, pick }, what),
});
const v1 = (base, publisher, licence) => (dataset, table, path, pick) => ({
  dataset, table, publisher, ...licence,
  fetch: (f, what) => fetchPxTable(f, { api: 'v1', metadataUrl: `${base}/${path}`, dataUrl: `${base}/${path}`, configUrl: `${base}/?config`, pick }, what),
});
const ssb = v1('https://data.ssb.no/api/v0/en/table', 'Statistics Norway (SSB)', CC_BY);
const statfin = v1('https://pxdata.stat.fi/PxWeb/api/v1/en/StatFin', 'Statistics Finland', CC_BY);
const hagstofa = v1('https://px.hagstofa.is/pxen/api/v1/en', 'Statistics Iceland (Hagstofa Íslands)', CC_BY);

/** Downloads one address as is (Eurostat JSON-stat, the UNHCR package's data files). */
const file = (dataset, table, publisher, licence, url, name, check) => ({
  dataset, table, publisher, ...licence,
  fetch: async (f, what) => {
    const res = await request(f, url);
    check?.(res.bytes, what);
    return { files: [{ name, bytes: res.bytes, url, method: 'GET', query: null }], notes: [] };
  },
});
const isJsonStat = (bytes, what) => readJsonStat(parseJson(bytes, what), what);
const isRda = (bytes, what) => {
  // R's save() files are xz, bzip2 or gzip compressed; anything else (an HTML error page) is refused here.
  const magic = bytes.subarray(0, 3).toString('latin1');
  if (!['\xFD7z', 'BZh', '\x1F\x8B\x08'].includes(magic)) throw new Error(`${what}: not an R data file (starts with ${JSON.stringify(bytes.subarray(0, 20).toString('latin1'))})`);
};

const MUNI_SE = /^\d{4}$/;
const MUNI_NO = /^\d{4}$/;
const MUNI_FI = /^KU\d{3}$/;

export const EUROSTAT_FOREIGN_BORN_URL = 'https://ec.europa.eu/eurostat/api/dissemination/statistics/1.0/data/migr_pop3ctb?format=JSON&lang=EN&age=TOTAL&sex=T&unit=NR&c_birth=FOR&geo=DK&geo=FI&geo=IS&geo=NO&geo=SE&sinceTimePeriod=2010';
export const UNHCR_PACKAGE_DATA = 'https://github.com/PopulationStatistics/refugees/raw/HEAD/data';

export const SOURCES = {
  scb: {
    name: 'Statistics Sweden (PxWeb API v2)',
    datasets: [
      // TAB638 = BefolkningNy: population 31 December by region (290 kommuner), ContentsCode BE0101N1.
      scb('population', 'TAB638', { Region: { pattern: MUNI_SE }, ContentsCode: { values: ['BE0101N1'] }, Tid: { latest: YEARS } }),
    ],
  },
  ssb: {
    name: 'Statistics Norway (PxWeb API v0/v1)',
    datasets: [
      ssb('population', '07459', '07459', { Region: { pattern: MUNI_NO }, Tid: { latest: YEARS } }),
      // 09817 cannot eliminate its immigrant category and country background. Not from recorded metadata
      // (none found): two public scripts query it with Landbakgrunn 999 (all countries, 09817's own total)
      // and one InnvandrKat at a time; we take every category so a builder can add immigrants and
      // Norwegian-born to immigrant parents. If a code is wrong the run stops and lists the table's values.
      ssb('immigrants', '09817', '09817', { Region: { pattern: MUNI_NO }, InnvandrKat: { all: true }, Landbakgrunn: { values: ['999'] }, Tid: { latest: YEARS } }),
    ],
  },
  statfin: {
    name: 'Statistics Finland (PxWeb API v1)',
    datasets: [
      // Key figures on population by region. Public scripts read this table at this address with Tiedot codes
      // vaesto, vaesto_yli64_p and vaesto_kieli_ulk_p ("share of foreign-language speakers"); a foreign-citizen
      // share code was not seen, so the contents are chosen by their English text. One script (late 2026)
      // names the area variable after its division (alue_23_20260101): if `Alue` is gone, the run says so.
      statfin('population-key-figures', 'statfin_vaerak_pxt_11ra', 'vaerak/statfin_vaerak_pxt_11ra.px', { Alue: { pattern: MUNI_FI }, Tiedot: { text: /foreign/i }, Vuosi: { latest: YEARS } }),
    ],
  },
  hagstofa: {
    name: 'Statistics Iceland (PxWeb API v1)',
    datasets: [
      hagstofa('population', 'MAN02005', 'Ibuar/mannfjoldi/2_byggdir/sveitarfelog/MAN02005.px', { Sveitarfélag: { all: true }, Ár: { latest: YEARS } }),
      // Population by sex, municipality and citizenship, 1 January. Id and path from a 2023 catalogue of
      // Hagstofa's tables (datador/hagstofan, hagstofan/configs/table_data.json: "Mannfjöldi eftir kyni,
      // sveitarfélagi og ríkisfangi 1. janúar 1998-2022"); its variables were not seen, so sex and
      // citizenship are left to the table: if they cannot be eliminated the run lists their values.
      hagstofa('citizenship', 'MAN04203', 'Ibuar/mannfjoldi/3_bakgrunnur/Rikisfang/MAN04203.px', { Sveitarfélag: { all: true }, Ár: { latest: YEARS } }),
    ],
  },
  dst: {
    name: 'Statistics Denmark (StatBank API)',
    datasets: [{
      dataset: 'folk1e', table: 'FOLK1E', publisher: 'Statistics Denmark', ...CC_BY,
      // FOLK1E: population on the first day of the quarter by region and ancestry (HERKOMST).
      fetch: (f, what) => fetchStatbankTable(f, { id: 'FOLK1E', pick: { OMRÅDE: { pattern: /^\d{3}$/ }, HERKOMST: { all: true }, Tid: { latest: 4 * YEARS } } }, what),
    }],
  },
  eurostat: {
    name: 'Eurostat (dissemination API, JSON-stat 2)',
    datasets: [file('migr_pop3ctb', 'migr_pop3ctb', 'Eurostat', CC_BY, EUROSTAT_FOREIGN_BORN_URL, 'migr_pop3ctb.json', isJsonStat)],
  },
  unhcr: {
    name: 'UNHCR Refugee Data Finder (the refugees R package, UNHCR\'s own data files)',
    datasets: ['population', 'asylum_applications', 'solutions'].map((t) => file(t, t, 'UNHCR', CC_BY, `${UNHCR_PACKAGE_DATA}/${t}.rda`, `${t}.rda`, isRda)),
  },
};
