// Citations of the raw sources behind the outcome indicators, from stats/PROVENANCE-addendum-4.md.
import { kolada } from './sources.mjs';

const MUNCH_COMMIT = '62f701f96f2761946d15c09fe69d5620d272e4e7';
const munch = (path) => `https://github.com/gardenberg/imdikator-munch/blob/${MUNCH_COMMIT}/${path}`;
// Addendum 4, §12: the repository states no licence; the upstream licences were not verified there.
const MUNCH_LICENCE = 'not stated (the repository states none; upstream SSB and IMDi terms not verified)';

export const OUTCOME_SRC = {
  koladaRefugeesInWork: kolada('n00700', 'Förvärvsarbetande skyddsbehövande och anhöriga (flyktingar) 20-64 år, andel (%)', 'Statistics Sweden (SCB), STATIV', 'Statistics Sweden'),
  koladaEstablishmentToWork: kolada('n00971', 'Lämnat etableringsuppdraget och börjat arbeta (status efter 90 dagar), andel (%)', 'Statistics Sweden (SCB)', 'Statistics Sweden'),
  ssbFirstMunicipality2015: {
    publisher: 'Statistics Norway (SSB) delivery to IMDi for imdikator, via the gardenberg/imdikator-munch repository',
    organisation: 'Statistics Norway',
    table: 'flyktning_botid_flytting 2015 (flyktning_botid_flytting_K_2015.csv, kommuner; _L_2015.csv, Norway)',
    licence: MUNCH_LICENCE,
    licenceCode: 'not-stated',
    url: munch('data_flat_input/flyktning_botid_flytting_K_2015.csv'),
    countries: ['NO'],
  },
  ssbFirstMunicipality2014: {
    publisher: 'Statistics Norway (SSB) as prepared by IMDi for imdikator, via the gardenberg/imdikator-munch repository',
    organisation: 'Statistics Norway',
    table: 'flyktning_botid_flytting 2014 (flyktning_botid_flytting.csv, all levels)',
    licence: MUNCH_LICENCE,
    licenceCode: 'not-stated',
    url: munch('data_flat_input/flyktning_botid_flytting.csv'),
    countries: ['NO'],
  },
  ssbImmigrantsInWork: {
    publisher: 'Statistics Norway (SSB), delivery 2-2016 to IMDi (table 61.1a), via the gardenberg/imdikator-munch repository',
    organisation: 'Statistics Norway',
    table: 'Sysselsatte etter innvandringskategori, kommune, 2006-2014 (Tab_5_611a.csv)',
    licence: MUNCH_LICENCE,
    licenceCode: 'not-stated',
    url: munch('data_flat_input/diagnose/Tab_5_611a.csv'),
    countries: ['NO'],
  },
};
