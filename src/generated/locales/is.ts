
    // Do not modify this file by hand!
    // Re-generate this file by running lit-localize

    
    import {str} from '@lit/localize';

    /* eslint-disable no-irregular-whitespace */
    /* eslint-disable @typescript-eslint/no-explicit-any */

    export const templates = {
      's06bd3cbde777946c': str`Óþekkt gildi fyrir ${0}: „${1}“. Leyfileg gildi: ${2}.`,
's261870590ca648a7': str`Ár: ${0}.`,
's2c8189544e3ea679': `Reyna aftur`,
's35c87101255c201d': str`Ekki tókst að sækja gögn frá ${0} (HTTP ${1}).`,
's36d335fbb9d89786': str`Skráin ${0} er ekki á væntu sniði`,
's4a37d317b4ec7a20': str`Engar tölur eru til fyrir ${0}.`,
's5c7be05b8b2136b5': `Ekki tókst að teikna myndina.`,
's8d218840dba8475f': str`Skráin ${0} er ekki gilt JSON.`,
's918181fad816007e': str`Tiltækt: ${0}.`,
's91e35b759940b346': `Heimild:`,
'sa8f194c49d2673aa': str`„${0}“ er ekki gilt gildi fyrir ${1}. Leyfileg gildi: ${2}.`,
'sc00349fa42aa9e1d': str`Óþekkt gildi fyrir ${0}: „${1}“.`,
'se5645867087cf393': str`„${0}“ er ekki gilt gildi fyrir ${1}.`,
'sf436d5409366e500': str`leyfi: ${0}`,
'sf9c08dff1de0e78a': str`Ekki tókst að sækja gögn frá ${0}.`,
    };
  