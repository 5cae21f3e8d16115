
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's06bd3cbde777946c': str`Ukendt værdi for ${0}: “${1}”. Gyldige værdier: ${2}.`,
's261870590ca648a7': str`År: ${0}.`,
's2c8189544e3ea679': `Prøv igen`,
's35c87101255c201d': str`Kunne ikke hente data fra ${0} (HTTP ${1}).`,
's36d335fbb9d89786': str`Filen ${0} har ikke det forventede format`,
's4a37d317b4ec7a20': str`Der er ingen tal for ${0}.`,
's5c7be05b8b2136b5': `Diagrammet kunne ikke tegnes.`,
's8d218840dba8475f': str`Filen ${0} er ikke gyldig JSON.`,
's918181fad816007e': str`Tilgængeligt: ${0}.`,
's91e35b759940b346': `Kilde:`,
'sa8f194c49d2673aa': str`“${0}” er ikke en gyldig værdi for ${1}. Gyldige værdier: ${2}.`,
'sc00349fa42aa9e1d': str`Ukendt værdi for ${0}: “${1}”.`,
'se5645867087cf393': str`“${0}” er ikke en gyldig værdi for ${1}.`,
'sf436d5409366e500': str`licens: ${0}`,
'sf9c08dff1de0e78a': str`Kunne ikke hente data fra ${0}.`,
    };
  