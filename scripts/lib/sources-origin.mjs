// Citations of the raw sources behind the origin indicators, from stats/PROVENANCE-addendum-3.md.

export const ORIGIN_SRC = {
  dstOrigin: {
    publisher: 'Statistics Denmark (Danmarks Statistik), via the DennisHedegreen/danish-politics-data repository',
    organisation: 'Statistics Denmark',
    table: 'FOLK1E share not of Danish origin (immigration_share_pct.csv) and FOLK1A/FOLK1AM population (population.csv)',
    licence: 'CC BY 4.0 (Danmarks Statistik, as the repository\'s METHODOLOGY.md states); repository code MIT',
    licenceCode: 'CC-BY-4.0',
    url: 'https://github.com/DennisHedegreen/danish-politics-data/tree/74988ef86003ed6dc185f7d3064270903cc786be/denmark/factors',
    countries: ['DK'],
  },
  ssbImmigrants: {
    publisher: 'Statistics Norway (SSB) as prepared by IMDi for imdikator, via the gardenberg/imdikator-munch repository',
    organisation: 'Statistics Norway',
    table: 'Innvandrere og norskfødte med innvandrerforeldre, 1 January (befolkning_hovedgrupper.csv)',
    licence: 'not stated (the repository states none; SSB publishes under CC BY 4.0)',
    licenceCode: 'not-stated',
    upstreamLicenceCode: 'CC-BY-4.0',
    url: 'https://github.com/gardenberg/imdikator-munch/blob/6d9a2be3e51905897282f343abc6475dc4ae9fbe/training_files/befolkning_hovedgrupper.csv',
    countries: ['NO'],
  },
  statfinKeyFigures: {
    publisher: 'Statistics Finland, Municipal key figures 2018 (Kuntien avainluvut), via the tugee/dap2020 repository (University of Helsinki MOOC material)',
    organisation: 'Statistics Finland',
    table: 'Share of foreign citizens of the population, %; Population (municipal.tsv, data year 2017)',
    licence: 'not stated (the repository states none; Statistics Finland publishes under CC BY 4.0)',
    licenceCode: 'not-stated',
    upstreamLicenceCode: 'CC-BY-4.0',
    url: 'https://github.com/tugee/dap2020/blob/da5e0f2f29ad377a40e12dd16a87d278c34d1a3c/part04-e03_municipal_information/src/municipal.tsv',
    countries: ['FI'],
  },
};
